import { describe, expect, it, vi } from 'vitest';
import { backoff, connectRealtime, type Timing } from './realtime';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) { FakeSocket.all.push(this); }
  send(data: string) { this.sent.push(data); }
  close() { this.readyState = 3; }
  open() { this.readyState = 1; this.onopen?.(); }
  drop() { this.readyState = 3; this.onclose?.(); }
}

const timing: Timing = { pingEveryMs: 1000, firstRetryMs: 100, maxRetryMs: 800 };

describe('real time', () => {
  it('waits longer after each failed attempt, up to the cap, less some jitter', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoff(a, timing, () => 0))).toEqual([100, 200, 400, 800, 800, 800]);
    expect(backoff(2, timing, () => 1)).toBe(320);
  });

  it('connects with the token, pings, passes messages on, and reconnects after a drop', async () => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    const seen: unknown[] = [];
    const r = connectRealtime('ws://x/ws', async () => 'tok en', timing, (u) => new FakeSocket(u) as unknown as WebSocket);
    r.subscribe((m) => seen.push(m.type));
    await vi.advanceTimersByTimeAsync(0);
    const first = FakeSocket.all[0];
    expect(first.url).toBe('ws://x/ws?token=tok%20en');
    first.open();
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.sent).toEqual(['{"action":"ping"}']);
    first.onmessage?.({ data: '{"type":"task.assigned","taskId":"t","version":2}' });
    first.onmessage?.({ data: '{"type":"pong"}' });
    expect(seen).toEqual(['task.assigned']);
    first.drop();
    await vi.advanceTimersByTimeAsync(100);
    expect(FakeSocket.all).toHaveLength(2);
    r.close();
    vi.useRealTimers();
  });
});
