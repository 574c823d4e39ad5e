// npm run bench:webchat [-- --clients 10000 --senders 10000 --spread 100 --sync FULL]
// N WebSocket visitors on loopback (the `ws` package, in this process) against the server in a child
// process: each says hello, sends one message and waits for the operator's reply (intake with the
// parser → auto-reply through queueReply → the real outbox worker → the web chat channel → frame).
// --senders of them (default all) send, spread over --spread seconds (senders/spread a second). Printed: connect time, round-trip
// p50/p99 from send to the reply frame, the server's RSS; and in the same run the floor: a bare `ws`
// echo server with the same clients and the same schedule.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('clients', '10000'));
const SENDERS = Math.min(N, Number(arg('senders', String(N))));
const SPREAD_S = Number(arg('spread', '100'));
const SYNC = arg('sync', 'FULL');
const CONNECT_CONCURRENCY = 200;
const WAIT_AFTER_MS = 30_000;

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface Server {
  child: ChildProcess;
  port: number;
  rss(): Promise<{ rss: number; peakRss: number }>;
  stop(): void;
}

async function startServer(mode: 'kopru' | 'floor'): Promise<Server> {
  const child = fork(fileURLToPath(new URL('./webchat-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [])],
    env: { ...process.env, MODE: mode, SYNC },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && resolve(m.port!));
  });
  return {
    child,
    port,
    rss: () =>
      new Promise((resolve) => {
        const on = (m: { type: string; rss: number; peakRss: number }) => {
          if (m.type !== 'rss') return;
          child.off('message', on);
          resolve(m);
        };
        child.on('message', on);
        child.send({ type: 'rss' });
      }),
    stop: () => child.send({ type: 'exit' }),
  };
}

interface Visitor {
  ws: WebSocket;
  sentAt: number;
  rtt: number;
}

async function run(mode: 'kopru' | 'floor') {
  const server = await startServer(mode);
  const idle = await server.rss();
  const url = `ws://127.0.0.1:${server.port}${mode === 'kopru' ? '/webchat/ws' : '/'}`;
  const visitors: Visitor[] = [];
  let failedConnects = 0;

  // Connect everyone (bounded concurrency, so the accept queue is not the thing measured).
  const t0 = performance.now();
  let next = 0;
  const connectOne = () =>
    new Promise<void>((resolve) => {
      const v: Visitor = { ws: new WebSocket(url, { perMessageDeflate: false }), sentAt: 0, rtt: -1 };
      v.ws.once('error', () => {
        failedConnects++;
        resolve();
      });
      v.ws.once('open', () => {
        if (mode === 'floor') {
          visitors.push(v);
          return resolve();
        }
        v.ws.send(JSON.stringify({ type: 'hello', token: randomBytes(32).toString('base64url'), after: 0 }));
        v.ws.once('message', () => {
          visitors.push(v);
          resolve();
        });
      });
    });
  await Promise.all(
    Array.from({ length: CONNECT_CONCURRENCY }, async () => {
      while (next < N) {
        next++;
        await connectOne();
      }
    }),
  );
  const connectS = (performance.now() - t0) / 1000;
  const connected = await server.rss();

  // Each visitor sends once, at a random moment in the spread; the clock stops at the reply.
  let done = 0;
  let allDone: () => void = () => {};
  const finished = new Promise<void>((resolve) => (allDone = resolve));
  const senders = visitors.slice(0, SENDERS);
  senders.forEach((v, i) => {
    v.ws.on('message', (data) => {
      if (v.rtt >= 0 || v.sentAt === 0) return;
      const text = String(data);
      const isReply = mode === 'floor' ? true : text.includes('"dir":"out"');
      if (!isReply) return;
      v.rtt = performance.now() - v.sentAt;
      if (++done === senders.length) allDone();
    });
    setTimeout(() => {
      v.sentAt = performance.now();
      v.ws.send(JSON.stringify({ type: 'message', cid: `bench-${i}`, text: 'Merhaba, annem için evde bakım desteği hakkında bilgi almak istiyorum.' }));
    }, Math.random() * SPREAD_S * 1000);
  });
  const sendStart = performance.now();
  await Promise.race([finished, new Promise((r) => setTimeout(r, SPREAD_S * 1000 + WAIT_AFTER_MS))]);
  const wall = (performance.now() - sendStart) / 1000;
  const after = await server.rss();

  const rtts = senders.map((v) => v.rtt).filter((x) => x >= 0).sort((a, b) => a - b);
  for (const v of visitors) v.ws.terminate();
  server.stop();
  return {
    mode,
    connected: visitors.length,
    failedConnects,
    connectS,
    replies: rtts.length,
    senders: senders.length,
    rate: senders.length / SPREAD_S,
    wall,
    p50: pct(rtts, 50),
    p99: pct(rtts, 99),
    max: rtts.at(-1) ?? NaN,
    rssIdle: idle.rss,
    rssConnected: connected.rss,
    rssPeak: after.peakRss,
  };
}

const [load1] = (await import('node:os')).loadavg();
console.log(
  `web chat: ${N} visitors connected on loopback, ${SENDERS} of them send one message each, spread over ${SPREAD_S} s ` +
    `(≈${Math.round(SENDERS / SPREAD_S)}/s); SQLite synchronous=${SYNC}; load average before the run ${load1!.toFixed(1)}`,
);
const results = [await run('kopru'), await run('floor')];
console.log('');
console.log('| server | connected | connect time | replies | round trip p50 | p99 | max | RSS idle | RSS connected | RSS peak |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
  console.log(
    `| ${r.mode === 'kopru' ? 'Köprü (intake + parser + outbox + web chat)' : 'floor: bare ws echo'} | ${r.connected}${r.failedConnects ? ` (${r.failedConnects} failed)` : ''} | ${r.connectS.toFixed(1)} s | ${r.replies}/${r.senders} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${mb(r.rssIdle)} | ${mb(r.rssConnected)} | ${mb(r.rssPeak)} |`,
  );
const [k, f] = results as [(typeof results)[0], (typeof results)[0]];
console.log('');
console.log(`RSS per connection: Köprü ${((k.rssConnected - k.rssIdle) / Math.max(1, k.connected) / 1024).toFixed(1)} KB, floor ${((f.rssConnected - f.rssIdle) / Math.max(1, f.connected) / 1024).toFixed(1)} KB`);
console.log(`targets: RSS < 1 GB (${k.rssPeak < 1024 ** 3 ? 'met' : 'NOT met'}), p99 < 100 ms (${k.p99 < 100 ? 'met' : 'NOT met'})`);
process.exit(0);
