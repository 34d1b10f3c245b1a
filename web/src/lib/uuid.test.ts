import { describe, expect, it } from 'vitest';
import { uuidv7 } from './uuid';

describe('UUIDv7', () => {
  it('carries the time, version 7 and the RFC variant', () => {
    const id = uuidv7(0x0193a5b27c41, (b) => b.fill(0xff));
    expect(id).toBe('0193a5b2-7c41-7fff-bfff-ffffffffffff');
  });
  it('sorts by time', () => {
    expect(uuidv7(1_000) < uuidv7(2_000)).toBe(true);
  });
});
