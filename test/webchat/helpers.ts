import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createWebchatChannel, type WebchatChannel } from '../../channels/webchat/index.ts';
import type { ServerFrame } from '../../channels/webchat/protocol.ts';
import { serveTestApp, type ServedApp } from '../harness/serve-app.ts';
import { createTestContext, type TestContext } from '../harness/test-deps.ts';

export interface WebchatTest {
  t: TestContext;
  served: ServedApp;
  channel: WebchatChannel;
  close(): Promise<void>;
}

/** The whole app with the web chat on a loopback port, settings from `env` as in production. */
export async function startWebchat(env: Record<string, string> = {}, options: { outbox?: boolean } = {}): Promise<WebchatTest> {
  let channel!: WebchatChannel;
  const t = createTestContext({
    env,
    channels: (deps) => {
      channel = createWebchatChannel({ config: deps.config.channels.webchat!, db: deps.db, bus: deps.bus, log: deps.log, now: deps.now });
      return [channel];
    },
  });
  const served = await serveTestApp(t);
  if (options.outbox !== false) t.deps.outbox.start();
  return {
    t,
    served,
    channel,
    async close() {
      await served.close();
      await t.close();
    },
  };
}

export const newToken = () => randomBytes(32).toString('base64url');

/** A web chat client on `ws`: collects frames and waits for the ones a test expects. */
export async function connect(url: string, options: { origin?: string } = {}) {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/webchat/ws', options.origin ? { origin: options.origin } : {});
  const frames: ServerFrame[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as ServerFrame);
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  const client = {
    ws,
    frames,
    closed,
    send: (frame: unknown) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    /** Resolves with the first frame (from the start) that matches; fails after `ms`. */
    async waitFor<T extends ServerFrame>(match: (f: ServerFrame) => f is T, ms = 5000): Promise<T> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = frames.find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching frame within ${ms} ms; got ${JSON.stringify(frames)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async hello(token: string, after = 0) {
      client.send({ type: 'hello', token, after });
      return client.waitFor((f): f is Extract<ServerFrame, { type: 'ready' }> => f.type === 'ready');
    },
    close: () => ws.close(),
  };
  return client;
}

export const isType =
  <K extends ServerFrame['type']>(type: K, extra: (f: Extract<ServerFrame, { type: K }>) => boolean = () => true) =>
  (f: ServerFrame): f is Extract<ServerFrame, { type: K }> =>
    f.type === type && extra(f as Extract<ServerFrame, { type: K }>);
