import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBus, type LiveEvent } from '../../src/bus.ts';
import type { Channel, InboundMessage } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createPersonalDataCipher } from '../../src/crypto/personal-data.ts';
import { openDatabase } from '../../src/db/client.ts';
import type { AppDeps } from '../../src/deps.ts';
import { createApp } from '../../src/http/app.ts';
import { createIntake, type IntakeOptions } from '../../src/intake/create-intake.ts';
import type { ParseHook } from '../../src/intake/process-message.ts';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.ts';
import { createApiToken } from '../../src/store/api-tokens.ts';

export interface TestContext {
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  token: string;
  dir: string;
  dbPath: string;
  live: LiveEvent[];
  clock: { now: number };
  /** Authorised request helper: `api('GET', '/api/tickets')`. */
  api(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export interface TestOptions {
  env?: Record<string, string>;
  parse?: ParseHook;
  /** Channels, or a factory for channels that need the context's database, bus or config. */
  channels?: Channel[] | ((deps: ChannelFactoryDeps) => Channel[]);
  afterMessage?: IntakeOptions['afterMessage'];
  /** A file database in a temp folder (default) so the file itself can be inspected. */
  file?: boolean;
}

/** A whole app on a fresh database with a fake clock, the way main.ts wires it. */
export function createTestContext(options: TestOptions = {}): TestContext {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-test-'));
  const dbPath = options.file === false ? ':memory:' : join(dir, 'kopru.db');
  const config: Config = loadConfig({ DATABASE_URL: dbPath, NODE_ENV: 'test', SQLITE_SYNCHRONOUS: 'NORMAL', ...options.env });
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const db = openDatabase({ path: dbPath, synchronous: config.sqliteSynchronous });
  const cipher = createPersonalDataCipher(randomBytes(32));
  const bus = createBus();
  const live: LiveEvent[] = [];
  bus.subscribe((e) => live.push(e));
  const clock = { now: Date.UTC(2026, 10, 23, 9, 0, 0) };
  const now = () => clock.now;
  const made = typeof options.channels === 'function' ? options.channels({ config, db, log, bus, cipher, now }) : (options.channels ?? []);
  const channels = new Map(made.map((c) => [c.name, c]));
  const intake = createIntake({
    db,
    bus,
    cipher,
    log,
    parse: options.parse,
    ticketPrefix: config.ticketPrefix,
    threadIdleDays: config.threadIdleDays,
    now,
    afterMessage: options.afterMessage,
  });
  const outbox = createOutboxWorker({ db, bus, log, channels: () => channels, maxAttempts: config.outbox.maxAttempts, pollMs: 20, now, random: () => 0 });
  const deps: AppDeps = { config, db, log, bus, cipher, intake, outbox, channels, now };
  const app = createApp(deps);
  const token = createApiToken(db, 'test');
  return {
    deps,
    app,
    token,
    dir,
    dbPath,
    live,
    clock,
    api: (method, path, body) =>
      Promise.resolve(
        app.request(path, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    async close() {
      await outbox.stop();
      await intake.drain();
      if (db.$client.open) db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
export function inbound(partial: Partial<InboundMessage> = {}): InboundMessage {
  seq++;
  return {
    type: 'message',
    channel: 'sms',
    externalId: `ext-${seq}`,
    from: '+905321234567',
    text: `merhaba ${seq}`,
    attachments: [],
    receivedAt: new Date(Date.UTC(2026, 10, 23, 9, 0, 0)),
    ...partial,
  };
}
