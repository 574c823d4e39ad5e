import type { ClientFrame, ServerFrame } from '../protocol.ts';

const READY_TIMEOUT_MS = 10_000;

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface TransportOptions {
  /** The web chat's base URL, ending in `/webchat/`. */
  base: string;
  token: string;
  /** The last server message id this page holds: the server resumes after it. */
  cursor(): number;
  onFrame(frame: ServerFrame): void;
  onState(state: ConnectionState): void;
}

/**
 * WebSocket first; after two attempts that never became ready (a proxy that blocks upgrades),
 * server-sent events over a streamed POST plus POSTs for messages. Reconnects with backoff and
 * resumes from the cursor, so nothing is lost and the client drops what it has already seen.
 */
export function createTransport(o: TransportOptions) {
  let mode: 'ws' | 'sse' = typeof WebSocket === 'function' ? 'ws' : 'sse';
  let ws: WebSocket | null = null;
  let stream: AbortController | null = null;
  let ready = false;
  let failures = 0;
  let wsAttemptsWithoutReady = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const json = (s: string): ServerFrame | null => {
    try {
      return JSON.parse(s) as ServerFrame;
    } catch {
      return null;
    }
  };
  const receive = (frame: ServerFrame | null) => {
    if (!frame) return;
    if (frame.type === 'ready') {
      ready = true;
      failures = 0;
      wsAttemptsWithoutReady = 0;
      o.onState('online');
    }
    o.onFrame(frame);
  };
  const lost = () => {
    ready = false;
    o.onState('offline');
    if (closed) return;
    const delay = Math.min(15_000, 500 * 2 ** failures++) * (0.5 + Math.random() / 2);
    clearTimeout(timer);
    timer = setTimeout(connect, delay);
  };

  const openSocket = () => {
    const sock = new WebSocket(o.base.replace(/^http/, 'ws') + 'ws');
    ws = sock;
    // A socket that opens but never becomes ready (a broken proxy) is given up and tried again.
    const patience = setTimeout(() => ws === sock && !ready && sock.close(), READY_TIMEOUT_MS);
    sock.onopen = () => sock.send(JSON.stringify({ type: 'hello', token: o.token, after: o.cursor() } satisfies ClientFrame));
    sock.onmessage = (e) => {
      if (ws === sock && typeof e.data === 'string') receive(json(e.data));
    };
    sock.onclose = () => {
      clearTimeout(patience);
      if (ws !== sock) return;
      ws = null;
      if (!ready && ++wsAttemptsWithoutReady >= 2) mode = 'sse';
      lost();
    };
  };

  const openStream = async () => {
    const ctrl = new AbortController();
    stream = ctrl;
    const patience = setTimeout(() => stream === ctrl && !ready && ctrl.abort(), READY_TIMEOUT_MS);
    try {
      const res = await fetch(o.base + 'events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: o.token, after: o.cursor() }),
        signal: ctrl.signal,
        cache: 'no-store',
      });
      if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).replace(/^ /, ''))
            .join('\n');
          buffer = buffer.slice(end + 2);
          if (data && stream === ctrl) receive(json(data));
        }
      }
    } catch {
      /* the stream ended or never began: reconnect below */
    }
    clearTimeout(patience);
    if (stream !== ctrl) return;
    stream = null;
    lost();
  };

  const connect = () => {
    if (closed) return;
    clearTimeout(timer);
    o.onState('connecting');
    if (mode === 'ws') openSocket();
    else void openStream();
  };

  const post = async (frame: Extract<ClientFrame, { type: 'message' }>) => {
    try {
      const res = await fetch(o.base + 'messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: o.token, ...frame }),
        cache: 'no-store',
      });
      const body = (await res.json().catch(() => null)) as { type?: string; id?: number; error?: { code?: string } } | null;
      if (res.ok && body?.type === 'ack' && typeof body.id === 'number') o.onFrame({ type: 'ack', cid: frame.cid, id: body.id });
      else o.onFrame({ type: 'error', code: (body?.error?.code as never) ?? 'unavailable', cid: frame.cid });
    } catch {
      /* offline: the message stays pending and goes again when the stream is back */
    }
  };

  addEventListener('online', () => {
    if (!ready) {
      failures = 0;
      connect();
    }
  });

  return {
    connect,
    get ready() {
      return ready;
    },
    /** Hands a message to the wire when connected; false when it must wait for the next `ready`. */
    send(frame: Extract<ClientFrame, { type: 'message' }>): boolean {
      if (!ready) return false;
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
      else if (mode === 'sse') void post(frame);
      else return false;
      return true;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      ws?.close();
      stream?.abort();
    },
  };
}
