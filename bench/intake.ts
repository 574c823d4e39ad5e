// npm run bench:intake [-- --events 100000 --concurrency 64 --sync FULL,NORMAL --parser on|off]
// 100k synthetic inbound events through the real intake (parser included) into a file database, and in
// the same run the floor: the same rows as plain better-sqlite3 INSERTs, one transaction per event.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBus } from '../src/bus.ts';
import type { InboundMessage } from '../src/channel.ts';
import { createPersonalDataCipher } from '../src/crypto/personal-data.ts';
import { openDatabase } from '../src/db/client.ts';
import { createIntake } from '../src/intake/create-intake.ts';
import { parseMessage } from '../src/parser/index.ts';
import { foldTurkish } from '../src/text/fold.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('events', '100000'));
const CONCURRENCY = Number(arg('concurrency', '64'));
const MODES = arg('sync', 'FULL,NORMAL').split(',') as Array<'FULL' | 'NORMAL'>;
const PARSER = arg('parser', 'on') !== 'off';

const TEXTS = [
  'Merhaba, annem 82 yaşında yatağa bağımlı, evde bakım maaşı için başvurmak istiyorum. Ayşe Yılmaz TC 10000000146 Konya',
  'slm esim beni dovuyor cocuklarla evden cikamiyorum acil yardim edin. Fatma K. Van',
  'İyi günler, engelli maaşım bu ay yatmadı, sebebini öğrenebilir miyim? Mehmet Demir 12345678950',
  'Kızım 15 yaşında, okula gitmiyor, ne yapabilirim? Hatice Şahin Ankara Keçiören',
  'Gazi maaşı başvurusu için hangi belgeler gerekli? Ali Vural',
];

function event(i: number): InboundMessage {
  return {
    type: 'message',
    channel: 'bench',
    externalId: `B${i}`,
    from: `+90555${String(i % 20_000).padStart(7, '0')}`,
    text: TEXTS[i % TEXTS.length]!,
    attachments: [],
    receivedAt: new Date(),
  };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function runIntake(sync: 'FULL' | 'NORMAL') {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-'));
  const db = openDatabase({ path: join(dir, 'bench.db'), synchronous: sync });
  const intake = createIntake({
    db,
    bus: createBus(),
    cipher: createPersonalDataCipher(randomBytes(32)),
    log: pino({ level: 'silent' }),
    parse: PARSER ? parseMessage : undefined,
    ticketPrefix: '183',
    threadIdleDays: 7,
  });
  const latencies = new Float64Array(N);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) {
        const i = next++;
        const t0 = performance.now();
        await intake.receive([event(i)]);
        latencies[i] = performance.now() - t0;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const count = (db.$client.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
  if (count !== N) throw new Error(`stored ${count} of ${N}`);
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  return { rate: N / seconds, p50: pct(sorted, 50), p99: pct(sorted, 99) };
}

/** The floor: the rows intake writes (contact, a ticket and its event per new contact, message, FTS row), one transaction per event. */
function runFloor(sync: 'FULL' | 'NORMAL') {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-floor-'));
  const db = openDatabase({ path: join(dir, 'floor.db'), synchronous: sync });
  const c = db.$client;
  const contact = c.prepare(
    `INSERT INTO contacts (channel, address, created_at) VALUES ('bench', ?, ?) ON CONFLICT (channel, address) DO UPDATE SET name = name RETURNING id`,
  );
  const ticket = c.prepare(
    `INSERT INTO tickets (number, channel, contact_id, status, created_at, updated_at, last_message_at) VALUES (?, 'bench', ?, 'new', ?, ?, ?) RETURNING id`,
  );
  const message = c.prepare(
    `INSERT INTO messages (ticket_id, direction, channel, external_id, body, attachments, status, created_at) VALUES (?, 'in', 'bench', ?, ?, '[]', 'received', ?) RETURNING id`,
  );
  const fts = c.prepare('INSERT INTO messages_fts (rowid, body) VALUES (?, ?)');
  const ev = c.prepare(`INSERT INTO events (ticket_id, actor, type, created_at) VALUES (?, 'channel:bench', 'ticket.created', ?)`);
  const tickets = new Map<number, number>();
  const one = c.transaction((i: number) => {
    const e = event(i);
    const now = Date.now();
    const contactId = (contact.get(e.from, now) as { id: number }).id;
    let ticketId = tickets.get(contactId);
    if (ticketId === undefined) {
      ticketId = (ticket.get(`F-${contactId}`, contactId, now, now, now) as { id: number }).id;
      tickets.set(contactId, ticketId);
      ev.run(ticketId, now);
    }
    const id = (message.get(ticketId, e.externalId, e.text, now) as { id: number }).id;
    fts.run(id, foldTurkish(e.text));
  });
  const latencies = new Float64Array(N);
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    one(i);
    latencies[i] = performance.now() - t0;
  }
  const seconds = (performance.now() - start) / 1000;
  c.close();
  rmSync(dir, { recursive: true, force: true });
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  return { rate: N / seconds, p50: pct(sorted, 50), p99: pct(sorted, 99) };
}

const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
console.log(`bench:intake — ${N} events, ${CONCURRENCY} concurrent callers, parser ${PARSER ? 'on' : 'off'}, Node ${process.version}`);
for (const sync of MODES) {
  const floor = runFloor(sync);
  const intake = await runIntake(sync);
  console.log(
    `synchronous=${sync.padEnd(6)} intake ${f(intake.rate)} events/s (p50 ${f(intake.p50)} ms, p99 ${f(intake.p99)} ms per event)` +
      ` | floor ${f(floor.rate)} rows-sets/s (p99 ${f(floor.p99)} ms) | intake/floor ${(intake.rate / floor.rate).toFixed(2)}×`,
  );
}
