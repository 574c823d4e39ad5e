// npm run bench:routing [-- --events 20000 --operators 20 --concurrency 64]
// What auto-assignment costs intake: the same synthetic SMS (every one a new ticket, so the routing
// hook runs on each) through the real intake and parser, once without routing (the floor) and once with
// the routing hook and N online operators with live sessions: with the default cap (most tickets then wait
// in the queue) and without one (every ticket assigned, each operator's open load growing: the worst case).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBus } from '../src/bus.ts';
import { createPersonalDataCipher } from '../src/crypto/personal-data.ts';
import { openDatabase, type Db } from '../src/db/client.ts';
import { createIntake } from '../src/intake/create-intake.ts';
import { parseMessage } from '../src/parser/index.ts';
import { createRoutingHook } from '../src/routing/router.ts';
import { setPresence, setSkills } from '../src/store/operator-profiles.ts';
import { createSession } from '../src/store/sessions.ts';
import { addUser } from '../src/store/users.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Math.min(200_000, Number(arg('events', '20000')));
const OPERATORS = Number(arg('operators', '20'));
const CONCURRENCY = Number(arg('concurrency', '64'));
const TEXTS = [
  'Merhaba, annem 82 yaşında yatağa bağımlı, evde bakım maaşı için başvurmak istiyorum. Ayşe Yılmaz Konya',
  'slm esim beni dovuyor cocuklarla evden cikamiyorum acil yardim edin. Fatma K. Van',
  'Silav, navê min Rojda ye. Mêrê min li min dixe, ez alîkarî dixwazim. Diyarbakır',
  'مرحبا اسمي فاطمة زوجي يضربني أحتاج مساعدة في غازي عنتاب',
  'Kızım 15 yaşında, okula gitmiyor, ne yapabilirim? Hatice Şahin Ankara Keçiören',
];

function staff(db: Db, now: number) {
  for (let i = 0; i < OPERATORS; i++) {
    const id = addUser(db, { username: `op${i}`, role: 'operator', passwordHash: 'x' });
    createSession(db, { userId: id, ip: null, userAgent: null, now, expiresAt: now + 12 * 3600_000 });
    setSkills(db, id, { languages: i % 4 === 0 ? ['tr', 'ku'] : i % 4 === 1 ? ['tr', 'ar'] : ['tr'], categories: [] }, 'bench', now);
    setPresence(db, id, 'online', 'bench', now);
  }
}

async function run(routing: boolean, cap = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-routing-'));
  const db = openDatabase({ path: join(dir, 'bench.db'), synchronous: 'NORMAL' });
  const now = Date.now();
  if (routing) staff(db, now);
  const hook = routing ? createRoutingHook({ db, now: Date.now, config: { ops: { maxOpenPerOperator: cap } } }) : null;
  const intake = createIntake({
    db,
    bus: createBus(),
    cipher: createPersonalDataCipher(randomBytes(32)),
    log: pino({ level: 'silent' }),
    parse: parseMessage,
    ticketPrefix: '183',
    threadIdleDays: 7,
    afterMessage: hook ? [hook] : [],
  });
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) {
        const i = next++;
        await intake.receive([{ type: 'message', channel: 'bench', externalId: `R${i}`, from: `+90555${String(i).padStart(7, '0')}`, text: TEXTS[i % TEXTS.length]!, attachments: [], receivedAt: new Date() }]);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const assigned = (db.$client.prepare('SELECT count(*) AS n FROM tickets WHERE assignee_id IS NOT NULL').get() as { n: number }).n;
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
  return { rate: N / seconds, assigned };
}

console.log(`bench:routing — ${N} new tickets, ${OPERATORS} online operators, ${CONCURRENCY} concurrent callers, synchronous=NORMAL, Node ${process.version}`);
const floor = await run(false);
const capped = await run(true, 10);
const unbounded = await run(true, 1_000_000_000);
console.log(`intake without routing (floor)           ${floor.rate.toFixed(0)} events/s`);
console.log(`with routing, cap 10 open per operator   ${capped.rate.toFixed(0)} events/s, ${capped.assigned}/${N} assigned | /floor ${(capped.rate / floor.rate).toFixed(2)}×`);
console.log(`with routing, no cap (loads grow to ${Math.round(N / OPERATORS)}) ${unbounded.rate.toFixed(0)} events/s, ${unbounded.assigned}/${N} assigned | /floor ${(unbounded.rate / floor.rate).toFixed(2)}×`);
