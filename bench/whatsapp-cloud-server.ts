// The server side of `npm run bench:whatsapp-cloud`, in its own process:
//   cloud: the real app (createApp) with the WhatsApp Cloud channel; each webhook's signature checked over
//          the raw body, parsed, committed by intake (parser on), answered 200 after commit
//   bare:  a bare hono route reading the body and answering 200 at once (the floor)
// Prints `port N`; on a line on stdin prints `count N`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { createWhatsappCloudChannel } from '../channels/whatsapp-cloud/index.ts';
import { createBus } from '../src/bus.ts';
import type { Channel } from '../src/channel.ts';
import { loadConfig } from '../src/config.ts';
import { createPersonalDataCipher } from '../src/crypto/personal-data.ts';
import { openDatabase } from '../src/db/client.ts';
import type { AppDeps } from '../src/deps.ts';
import { createApp } from '../src/http/app.ts';
import { createIntake } from '../src/intake/create-intake.ts';
import { createMediaStore, mediaDirFor } from '../src/media/media-store.ts';
import { createOutboxWorker } from '../src/outbox/outbox-worker.ts';
import { parseMessage } from '../src/parser/index.ts';
import { channelContext } from '../src/intake/channel-context.ts';
import { searchIndex } from '../src/search/search-index.ts';

const BENCH_CLOUD = { appSecret: 'bench-app-secret', phoneNumberId: '106540352242922' };

const [mode = 'cloud', sync = 'FULL'] = process.argv.slice(2);
let count = () => 0;
let cleanup = () => undefined as void;
let fetchHandler: (req: Request) => Response | Promise<Response>;

if (mode === 'bare') {
  const app = new Hono();
  app.post('/webhooks/whatsapp', async (c) => {
    await c.req.arrayBuffer();
    return c.json({ received: 1 }, 200);
  });
  fetchHandler = app.fetch;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-wa-'));
  const config = loadConfig({
    DATABASE_URL: join(dir, 'k.db'),
    SQLITE_SYNCHRONOUS: sync,
    WEBCHAT_ENABLED: 'false',
    WHATSAPP_CLOUD_VERIFY_TOKEN: 'v',
    WHATSAPP_CLOUD_APP_SECRET: BENCH_CLOUD.appSecret,
    WHATSAPP_CLOUD_ACCESS_TOKEN: 'token',
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: BENCH_CLOUD.phoneNumberId,
    WHATSAPP_CLOUD_API_BASE: 'http://127.0.0.1:9/v23.0',
  });
  const log = pino({ level: 'warn' });
  const db = openDatabase({ path: config.databasePath, synchronous: config.sqliteSynchronous });
  const cipher = createPersonalDataCipher(randomBytes(32));
  const bus = createBus();
  const now = Date.now;
  const intake = createIntake({ db, bus, cipher, log, parse: parseMessage, ticketPrefix: '183', threadIdleDays: 7, now });
  const media = createMediaStore({ db, cipher, dir: mediaDirFor(config.databasePath), maxBytes: config.channels.media.maxBytes });
  const channel = createWhatsappCloudChannel({ config, db, log, bus, cipher, now }, config.channels.whatsappCloud!, { media });
  const channels = new Map<string, Channel>([['whatsapp-cloud', channel]]);
  const outbox = createOutboxWorker({ db, bus, log, channels: () => channels, maxAttempts: 3, pollMs: 60_000, now });
  const deps: AppDeps = { config, db, log, bus, cipher, intake, outbox, channels, now };
  await channel.start(channelContext(intake, log));
  // As in production: the search index follows intake in batches.
  searchIndex(db, log).start();
  fetchHandler = createApp(deps).fetch;
  count = () => (db.$client.prepare("SELECT count(*) AS n FROM messages WHERE direction = 'in'").get() as { n: number }).n;
  cleanup = () => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

const server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`port ${info.port}`));
createInterface({ input: process.stdin }).on('line', () => {
  const u = process.cpuUsage(); // the server's own CPU time: what a request costs, even on a busy machine
  console.log(`count ${count()} ${u.user + u.system}`);
});
process.on('SIGTERM', () => {
  server.close();
  cleanup();
  process.exit(0);
});
