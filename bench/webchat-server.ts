// The server side of `npm run bench:webchat`, in its own process so its RSS is the server's alone.
// MODE=kopru: the real app (intake with the parser, outbox worker, web chat channel) on a file
// database, with an "operator" that answers every visitor's message the way the API route does.
// MODE=floor: a bare `ws` echo server.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { WebSocketServer } from 'ws';
import { channelContext } from '../src/intake/channel-context.ts';
import { searchIndex } from '../src/search/search-index.ts';

const mode = process.env.MODE ?? 'kopru';
let peakRss = 0;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100).unref();
const report = () => {
  const rss = process.memoryUsage.rss();
  peakRss = Math.max(peakRss, rss);
  return { rss, peakRss };
};
let cleanup = () => {};
process.on('message', (m: { type: string }) => {
  if (m.type === 'rss') process.send!({ type: 'rss', ...report() });
  if (m.type === 'exit') {
    cleanup();
    process.exit(0);
  }
});

if (mode === 'floor') {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, backlog: 4096 });
  wss.on('connection', (ws) => ws.on('message', (data) => ws.send(String(data))));
  wss.on('listening', () => process.send!({ type: 'ready', port: (wss.address() as AddressInfo).port }));
} else {
  const { createBus } = await import('../src/bus.ts');
  const { createChannels } = await import('../src/channels.ts');
  const { loadConfig } = await import('../src/config.ts');
  const { createPersonalDataCipher } = await import('../src/crypto/personal-data.ts');
  const { openDatabase } = await import('../src/db/client.ts');
  const { createApp } = await import('../src/http/app.ts');
  const { createIntake } = await import('../src/intake/create-intake.ts');
  const { createOutboxWorker } = await import('../src/outbox/outbox-worker.ts');
  const { parseMessage } = await import('../src/parser/index.ts');
  const { queueReply } = await import('../src/store/queue-reply.ts');

  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-webchat-'));
  cleanup = () => rmSync(dir, { recursive: true, force: true });
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: join(dir, 'bench.db'),
    SQLITE_SYNCHRONOUS: process.env.SYNC ?? 'FULL',
    OUTBOX_POLL_MS: '500',
    // Every client comes from 127.0.0.1: the per-IP conversation limit would stop the run at 6.
    WEBCHAT_MAX_CONVERSATIONS_PER_IP: '1000000',
  });
  const log = pino({ level: 'silent' });
  const db = openDatabase({ path: config.databasePath, synchronous: config.sqliteSynchronous });
  const cipher = createPersonalDataCipher(randomBytes(32));
  const bus = createBus();
  const now = Date.now;
  const channels = new Map(createChannels({ config, db, log, bus, cipher, now }).map((c) => [c.name, c]));
  const intake = createIntake({ db, bus, cipher, log, parse: parseMessage, ticketPrefix: '183', threadIdleDays: 7, now });
  const outbox = createOutboxWorker({ db, bus, log, channels: () => channels, maxAttempts: 8, pollMs: config.outbox.pollMs, now });
  const app = createApp({ config, db, log, bus, cipher, intake, outbox, channels, now });
  for (const channel of channels.values()) await channel.start(channelContext(intake, log));
  // As in production: the search index follows intake in batches.
  searchIndex(db, log).start();
  outbox.start();

  // The operator: what POST /api/tickets/:id/replies does (reply + outbox row in one transaction,
  // live event, kick the outbox), without the HTTP request and token check.
  bus.subscribe((e) => {
    if (e.type !== 'message.created' || e.direction !== 'in') return;
    const reply = queueReply(db, { ticketId: e.ticketId, text: 'Talebiniz alındı, bir operatör ilgileniyor.', authorId: null, actor: 'token:bench' });
    bus.publish({ type: 'message.created', ticketId: e.ticketId, messageId: reply.messageId, direction: 'out', ticketCreated: false, urgent: false });
    outbox.kick();
  });

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send!({ type: 'ready', port: info.port })) as Server;
  for (const channel of channels.values()) channel.attach?.(server);
}
