import { serve } from '@hono/node-server';
import { ensureFirstAdmin } from './auth/first-admin.ts';
import { createBus } from './bus.ts';
import type { Channel } from './channel.ts';
import { createChannels } from './channels.ts';
import { ConfigError, loadConfig } from './config.ts';
import { resolveDataKey } from './crypto/data-key.ts';
import { createPersonalDataCipher } from './crypto/personal-data.ts';
import { openDatabase } from './db/client.ts';
import type { AppDeps } from './deps.ts';
import { createApp } from './http/app.ts';
import { createAcknowledger } from './intake/acknowledge.ts';
import { createIntake } from './intake/create-intake.ts';
import { createLogger } from './log.ts';
import { createOutboxWorker } from './outbox/outbox-worker.ts';
import { parseMessage } from './parser/index.ts';
import { createOpsWorkers } from './ops-workers.ts';
import { createRoutingHook } from './routing/router.ts';
import { createSurveyAnswerer } from './store/surveys.ts';
import { channelContext } from './intake/channel-context.ts';
import { searchIndex } from './search/search-index.ts';

/** Composition root: config → db → migrate → intake/outbox → channels → HTTP. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`kopru: ${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const db = openDatabase({ path: config.databasePath, synchronous: config.sqliteSynchronous });
  const cipher = createPersonalDataCipher(resolveDataKey(config, log));
  const bus = createBus();
  const now = Date.now;
  const channels = new Map<string, Channel>(createChannels({ config, db, log, bus, cipher, now }).map((c) => [c.name, c]));
  const intake = createIntake({
    db,
    bus,
    cipher,
    log,
    parse: parseMessage,
    ticketPrefix: config.ticketPrefix,
    threadIdleDays: config.threadIdleDays,
    now,
    // A new SMS ticket gets its automatic acknowledgement in the same transaction.
    // Then a new ticket goes to an online operator with the right skills (routing), still in the transaction.
    // A reply to the satisfaction survey stores the rating instead of reopening the resolved ticket.
    surveyAnswer: createSurveyAnswerer(db),
    afterMessage: [...(config.channels.ack ? [createAcknowledger({ db, config: config.channels.ack, log })] : []), createRoutingHook({ db, config, now })],
  });
  const outbox = createOutboxWorker({ db, bus, log, channels: () => channels, maxAttempts: config.outbox.maxAttempts, pollMs: config.outbox.pollMs, now });
  // An acknowledgement was enqueued with the new ticket: send it now rather than at the next poll.
  bus.subscribe((e) => {
    if (e.type === 'message.created' && e.ticketCreated) outbox.kick();
  });
  const deps: AppDeps = { config, db, log, bus, cipher, intake, outbox, channels, now };

  await ensureFirstAdmin(db, config, log);
  const app = createApp(deps);
  for (const channel of channels.values()) await channel.start(channelContext(intake, log.child({ channel: channel.name })));
  outbox.start();
  const search = searchIndex(db, log);
  search.start();
  const ops = createOpsWorkers(deps);
  ops.start();

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log.info({ port: info.port, database: config.databasePath, channels: [...channels.keys()] }, `Köprü listening on http://localhost:${info.port}`);
  });
  for (const channel of channels.values()) channel.attach?.(server as import('node:http').Server);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    // Stop taking new work, let what is under way commit, then close the database.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.allSettled([...channels.values()].map((c) => c.stop()));
    await ops.stop();
    await outbox.stop();
    search.stop();
    await intake.drain();
    db.$client.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main();
