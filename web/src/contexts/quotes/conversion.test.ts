import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../app/api';
import { convertToJob } from './conversion';

describe('converting a quote to its job', () => {
  it('sends no body and takes the job from the answer, reading the quote back one version on', async () => {
    const command = vi.fn(async () => ({ streamId: 'job-1', version: 1 }));
    const api: ApiClient = { get: vi.fn(), command };
    const converted = await convertToJob(api, 'q-7', 4);
    expect(command).toHaveBeenCalledOnce();
    expect(command.mock.calls[0]).toEqual(['POST', '/quotes/q-7/convert-to-job']);
    expect(converted).toEqual({ jobId: 'job-1', jobVersion: 1, quote: { streamId: 'q-7', version: 5 } });
  });
});
