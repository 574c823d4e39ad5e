// The gateway side of `npm run bench:smpp`, in its own process (as in production, apart from the SMSC):
//   full: SMPP channel → intake (parser, acknowledgement enqueued) → SQLite file, deliver_sm_resp after commit
//   bare: the same SMPP link answering every deliver_sm at once, storing nothing (the floor)
// Usage: node --import tsx bench/smpp-gateway.ts <smsc port> full|bare [FULL|NORMAL]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { SmppLink } from '../channels/smpp/link.ts';
import { createSmppChannel } from '../channels/smpp/index.ts';
import { createBus } from '../src/bus.ts';
import { loadConfig } from '../src/config.ts';
import { createPersonalDataCipher } from '../src/crypto/personal-data.ts';
import { openDatabase } from '../src/db/client.ts';
import { createAcknowledger } from '../src/intake/acknowledge.ts';
import { createIntake } from '../src/intake/create-intake.ts';
import { parseMessage } from '../src/parser/index.ts';
import { channelContext } from '../src/intake/channel-context.ts';
import { searchIndex } from '../src/search/search-index.ts';

const [port, mode = 'full', sync = 'FULL'] = process.argv.slice(2);
const log = pino({ level: 'warn' });
/** The gateway's own CPU time, so a run on a busy machine still tells what a message costs. */
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const linkEnv = { SMPP_HOST: '127.0.0.1', SMPP_PORT: port!, SMPP_SYSTEM_ID: 'bench', SMPP_PASSWORD: 'bench' };

if (mode === 'bare' || mode === 'store') {
  // store: each deliver_sm's bytes INSERTed into a plain table, answered after a group commit — the least
  // any gateway that keeps what it acknowledges must do.
  const store = mode === 'store' ? plainStore(sync) : null;
  const link = new SmppLink({
    name: 'bare', host: '127.0.0.1', port: Number(port), tls: false, systemId: 'bench', password: 'bench', systemType: '',
    bindMode: 'transceiver', window: 10, tps: 0, enquireLinkMs: 30_000, responseTimeoutMs: 10_000, reconnectBaseMs: 200, reconnectMaxMs: 2_000,
    log, onDeliver: async (pdu) => (store ? store.add(String(pdu.source_addr), pdu.short_message as Buffer) : 0),
  });
  link.start();
  createInterface({ input: process.stdin }).on('line', () => process.stdout.write(`count ${store?.count() ?? 0} 0 ${cpuMicros()}\n`));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-smpp-'));
  const config = loadConfig({ ...linkEnv, DATABASE_URL: join(dir, 'k.db'), SQLITE_SYNCHRONOUS: sync, NODE_ENV: 'development' });
  const db = openDatabase({ path: config.databasePath, synchronous: config.sqliteSynchronous });
  const cipher = createPersonalDataCipher(randomBytes(32));
  const bus = createBus();
  const intake = createIntake({
    db, bus, cipher, log, parse: parseMessage, ticketPrefix: '183', threadIdleDays: 7,
    afterMessage: [createAcknowledger({ db, config: config.channels.ack! })],
  });
  const channel = createSmppChannel({ config, db, log, bus, cipher, now: Date.now }, config.channels.smpp!.links[0]!, { reconnectBaseMs: 200 });
  await channel.start(channelContext(intake, log));
  // As in production: the search index follows intake in batches.
  searchIndex(db, log).start();
  createInterface({ input: process.stdin }).on('line', () => {
    searchIndex(db).catchUp(); // the index's share of the work is counted in the CPU figure
    const n = (db.$client.prepare("SELECT count(*) AS n FROM messages WHERE direction = 'in'").get() as { n: number }).n;
    const acks = (db.$client.prepare("SELECT count(*) AS n FROM outbox WHERE kind = 'ack'").get() as { n: number }).n;
    process.stdout.write(`count ${n} ${acks} ${cpuMicros()}\n`);
  });
  process.on('SIGTERM', () => {
    void channel.stop().finally(() => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

function plainStore(sync: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-smpp-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const sqlite = openDatabase({ path: join(dir, 'plain.db'), synchronous: sync as 'FULL', migrate: false }).$client;
  sqlite.exec('CREATE TABLE pdus (id INTEGER PRIMARY KEY, source TEXT, body BLOB)');
  const insert = sqlite.prepare('INSERT INTO pdus (source, body) VALUES (?, ?)');
  let queue: Array<{ source: string; body: Buffer; done: () => void }> = [];
  const commit = sqlite.transaction((rows: typeof queue) => {
    for (const r of rows) insert.run(r.source, r.body);
  });
  return {
    add: (source: string, body: Buffer) =>
      new Promise<number>((resolve) => {
        if (queue.push({ source, body, done: () => resolve(0) }) === 1)
          setImmediate(() => {
            const rows = queue;
            queue = [];
            commit.immediate(rows);
            for (const r of rows) r.done();
          });
      }),
    count: () => (sqlite.prepare('SELECT count(*) AS n FROM pdus').get() as { n: number }).n,
  };
}
