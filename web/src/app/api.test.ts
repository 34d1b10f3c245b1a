import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, OfflineError } from './api';
import { loadConfig } from './config';

const config = { apiBaseUrl: 'http://api.test', webSocketUrl: null, signInMode: 'local' as const };

function answer(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends the token, leaves out empty query parameters and puts an Idempotency-Key on every command', async () => {
    const fetchMock = vi.fn(async () => answer(200, { streamId: 's', version: 3 }));
    vi.stubGlobal('fetch', fetchMock);
    const api = createApi(config, async () => 'tok', () => {});
    await api.get('/quotes', { state: 'draft', customerId: undefined, cursor: '' });
    await api.command('POST', '/quotes/q/issue');
    await api.command('POST', '/quotes/q/issue');
    const calls = fetchMock.mock.calls as unknown as [URL, RequestInit][];
    expect(String(calls[0][0])).toBe('http://api.test/quotes?state=draft');
    expect((calls[0][1].headers as Record<string, string>).authorization).toBe('Bearer tok');
    const keys = calls.slice(1).map(([, init]) => (init.headers as Record<string, string>)['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('turns problem+json and the gateway\'s own answers into ApiError, and a 401 into signing out', async () => {
    const signOut = vi.fn();
    vi.stubGlobal('fetch', vi.fn()
      .mockResolvedValueOnce(answer(400, { type: 't', title: 'Invalid input', status: 400, errors: [{ field: 'title', pointer: '#/title', detail: 'x' }] }, 'application/problem+json'))
      .mockResolvedValueOnce(answer(401, { message: 'Unauthorized' })));
    const api = createApi(config, async () => 'tok', signOut);
    const invalid = await api.command('POST', '/quotes', {}).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ApiError);
    expect((invalid as ApiError).problem.errors?.[0].field).toBe('title');
    const unauthorized = await api.get('/quotes').catch((e: unknown) => e);
    expect((unauthorized as ApiError).problem.title).toBe('Unauthorized');
    expect(signOut).toHaveBeenCalledOnce();
  });

  it('says it is offline when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const api = createApi(config, async () => 'tok', () => {});
    await expect(api.get('/tasks/mine')).rejects.toBeInstanceOf(OfflineError);
  });
});

describe('the configuration', () => {
  it('is read at run time from /config.json; a Cognito one has no sign-in URL', async () => {
    const fetcher = vi.fn(async () => answer(200, { apiBaseUrl: 'https://x.execute-api.eu-west-2.amazonaws.com/', webSocketUrl: 'wss://w/prod',
      signInMode: 'cognito', userPoolId: 'eu-west-2_abc', clientId: 'c', region: 'eu-west-2' }));
    const c = await loadConfig(fetcher as unknown as typeof fetch);
    expect(c).toMatchObject({ apiBaseUrl: 'https://x.execute-api.eu-west-2.amazonaws.com', signInMode: 'cognito', userPoolId: 'eu-west-2_abc' });
    expect(fetcher).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });
});
