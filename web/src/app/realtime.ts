/**
 * The WebSocket of real-time messages (docs/notifications.md): connects with the access token,
 * sends an application ping every 60 s (API Gateway closes idle connections), and reconnects after a
 * drop with exponential backoff (1 s doubling to 30 s, with jitter). Listeners get every message;
 * a message whose version is not above what a screen shows is the screen's to ignore.
 */
export interface RealtimeMessage {
  type: string;
  version?: number;
  taskId?: string;
  quoteId?: string;
  by?: string;
  at?: string;
  [key: string]: unknown;
}

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface Realtime {
  subscribe(listener: (message: RealtimeMessage) => void): () => void;
  onState(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

export interface Timing {
  pingEveryMs: number;
  firstRetryMs: number;
  maxRetryMs: number;
}

export const DEFAULT_TIMING: Timing = { pingEveryMs: 60_000, firstRetryMs: 1_000, maxRetryMs: 30_000 };

/** The wait before retry number {@code attempt} (0-based): doubling, capped, less up to a fifth at random. */
export function backoff(attempt: number, timing: Timing = DEFAULT_TIMING, random = Math.random): number {
  const base = Math.min(timing.maxRetryMs, timing.firstRetryMs * 2 ** attempt);
  return Math.round(base - base * 0.2 * random());
}

export function connectRealtime(url: string, token: () => Promise<string | null>, timing: Timing = DEFAULT_TIMING,
                                makeSocket: (url: string) => WebSocket = (u) => new WebSocket(u)): Realtime {
  const listeners = new Set<(m: RealtimeMessage) => void>();
  const stateListeners = new Set<(s: ConnectionState) => void>();
  let socket: WebSocket | null = null;
  let attempt = 0;
  let closed = false;
  let ping: ReturnType<typeof setInterval> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const setState = (s: ConnectionState) => stateListeners.forEach((l) => l(s));

  async function open() {
    if (closed) return;
    setState('connecting');
    const accessToken = await token();
    if (!accessToken || closed) return;
    const ws = makeSocket(`${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(accessToken)}`);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState('open');
      ping = setInterval(() => ws.readyState === 1 && ws.send(JSON.stringify({ action: 'ping' })), timing.pingEveryMs);
    };
    ws.onmessage = (event) => {
      try {
        const message = JSON.parse(String(event.data)) as RealtimeMessage;
        if (message.type !== 'pong') listeners.forEach((l) => l(message));
      } catch {
        // not a message of ours
      }
    };
    ws.onclose = () => {
      clearInterval(ping);
      if (closed) return;
      setState('closed');
      retry = setTimeout(open, backoff(attempt++, timing));
    };
  }
  void open();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close() {
      closed = true;
      clearInterval(ping);
      clearTimeout(retry);
      socket?.close();
    },
  };
}
