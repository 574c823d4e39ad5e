// The server side of `npm run bench:webhook`, in its own process:
//   twilio: the real app (createApp) with the Twilio channel; each request verified, parsed, committed by intake
//           (parser, acknowledgement enqueued), answered with TwiML after commit
//   bare:   a bare hono route answering the same TwiML at once (the floor)
// Prints `port N`; on a line on stdin prints `count N`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { createTwilioChannel } from '../channels/twilio/index.ts';
import { createBus } from '../src/bus.ts';
import type { Channel } from '../src/channel.ts';
import { loadConfig } from '../src/config.ts';
import { createPersonalDataCipher } from '../src/crypto/personal-data.ts';
import { openDatabase } from '../src/db/client.ts';
import type { AppDeps } from '../src/deps.ts';
import { createApp } from '../src/http/app.ts';
import { createAcknowledger } from '../src/intake/acknowledge.ts';
import { createIntake } from '../src/intake/create-intake.ts';
import { createOutboxWorker } from '../src/outbox/outbox-worker.ts';
import { parseMessage } from '../src/parser/index.ts';
import { channelContext } from '../src/intake/channel-context.ts';
import { searchIndex } from '../src/search/search-index.ts';

export const BENCH_TWILIO = { sid: `AC${'b'.repeat(32)}`, token: 'bench-auth-token-0123456789abcdef', publicUrl: 'https://hotline.example.gov.tr' };
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

const [mode = 'twilio', sync = 'FULL'] = process.argv.slice(2);
let count = () => 0;
let cleanup = () => undefined as void;
let fetchHandler: (req: Request) => Response | Promise<Response>;

if (mode === 'bare') {
  const app = new Hono();
  app.post('/webhooks/twilio/sms', async (c) => {
    await c.req.text();
    return c.body(TWIML, 200, { 'content-type': 'text/xml; charset=utf-8' });
  });
  fetchHandler = app.fetch;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-webhook-'));
  const config = loadConfig({
    DATABASE_URL: join(dir, 'k.db'),
    SQLITE_SYNCHRONOUS: sync,
    PUBLIC_URL: BENCH_TWILIO.publicUrl,
    TWILIO_ACCOUNT_SID: BENCH_TWILIO.sid,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO.token,
    TWILIO_FROM: '+908501234567',
    WEBCHAT_ENABLED: 'false',
  });
  const log = pino({ level: 'warn' });
  const db = openDatabase({ path: config.databasePath, synchronous: config.sqliteSynchronous });
  const cipher = createPersonalDataCipher(randomBytes(32));
  const bus = createBus();
  const now = Date.now;
  const intake = createIntake({ db, bus, cipher, log, parse: parseMessage, ticketPrefix: '183', threadIdleDays: 7, now, afterMessage: [createAcknowledger({ db, config: config.channels.ack! })] });
  const channel = createTwilioChannel({ config, db, log, bus, cipher, now }, config.channels.twilio!);
  const channels = new Map<string, Channel>([['twilio', channel]]);
  // No outbox worker: this measures the inbound webhook; acknowledgements are queued, not sent.
  const outbox = createOutboxWorker({ db, bus, log, channels: () => new Map(), maxAttempts: 8, pollMs: 60_000, now });
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

const server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(`port ${info.port}\n`));
createInterface({ input: process.stdin }).on('line', () => {
  const u = process.cpuUsage(); // the server's own CPU time: what a request costs, even on a busy machine
  process.stdout.write(`count ${count()} ${u.user + u.system}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  cleanup();
  process.exit(0);
});
