// npm run bench:smpp [-- --messages 20000 --window 64 --sync FULL]
// A fake SMSC (node-smpp's server) pushes N citizen SMS — a quarter of them 3-part concatenated UCS2 —
// to the gateway as fast as its window allows; each deliver_sm is answered only after commit (the part,
// or the reassembled message through intake with the parser and the acknowledgement). In the same run,
// the floor: the same SMSC pushing to a bare ESME (our SMPP link) that answers without storing.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { FakeSmsc, type CitizenSms } from '../channels/smpp/fake-smsc.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Math.min(Number(arg('messages', '20000')), 200_000);
const WINDOW = Number(arg('window', '64'));
const SYNC = arg('sync', 'FULL');

const SHORT = [
  'Merhaba, engelli maaşım bu ay yatmadı. Mehmet Demir 12345678950',
  'slm esim beni dovuyor cocuklarla evden cikamiyorum acil yardim edin. Fatma K. Van',
  'Gazi maaşı başvurusu için hangi belgeler gerekli? Ali Vural',
  'Iyi gunler annem 82 yasinda evde bakim destegi istiyoruz Konya',
];
const LONG =
  'Merhaba, ben Ayşe Yılmaz, T.C. kimlik numaram 10000000146. Eşim bana ve çocuklarıma şiddet uyguluyor, dün gece evden ' +
  'çıkmak zorunda kaldık. Şu an Ankara Çankaya’da bir akrabamızın yanındayız, barınma ve hukuki destek istiyoruz. ';

function sms(i: number): CitizenSms {
  const from = `+90532${String(i % 5_000).padStart(7, '0')}`;
  // Each text is unique (the SMSC resending identical content would be deduplicated, which is right but not this test).
  if (i % 4 === 0) return { from, text: `${LONG.slice(0, 190)} #${i}`, forceUcs2: true, ref: i & 0xff }; // 3 UCS2 parts
  return { from, text: `${SHORT[i % SHORT.length]!} #${i}` };
}

async function run(mode: 'full' | 'bare' | 'store'): Promise<{ perSecond: number; seconds: number; pdus: number; stored: string; cpuPerMessage: number }> {
  const smsc = new FakeSmsc({ window: WINDOW, systemId: 'bench', password: 'bench' });
  const port = await smsc.listen();
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : []), '--import', 'tsx', 'bench/smpp-gateway.ts', String(port), mode, SYNC], { stdio: 'pipe' });
  child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  const lines = createInterface({ input: child.stdout });
  try {
    await smsc.waitForBind(60_000);
    const messages = Array.from({ length: N }, (_, i) => sms(i));
    const pdus = messages.reduce((n, m) => n + smsc.pdusFor(m).length, 0);
    const ask = async () => {
      child.stdin.write('count\n');
      const [line] = (await once(lines, 'line')) as [string];
      const [, stored, acks, cpu] = line.split(' ');
      return { stored: `${stored} ${acks}`, cpu: Number(cpu) };
    };
    const before = await ask();
    const started = performance.now();
    await Promise.all(messages.map((m) => smsc.send(m)));
    const seconds = (performance.now() - started) / 1000;
    const after = await ask();
    return { perSecond: N / seconds, seconds, pdus, stored: after.stored, cpuPerMessage: (after.cpu - before.cpu) / N };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await smsc.close();
  }
}

const bare = await run('bare');
const store = await run('store');
const full = await run('full');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (2 cores)`);
console.log(`bench:smpp — ${N} SMS (${N / 4} of them 3-part UCS2 → ${full.pdus} deliver_sm), SMSC window ${WINDOW}, SQLite synchronous=${SYNC}`);
console.log(`  floor  bare ESME (answers at once, stores nothing):      ${fmt(bare.perSecond)} messages/s  (${bare.seconds.toFixed(2)} s; gateway CPU ${fmt(bare.cpuPerMessage)} µs/message)`);
console.log(`  floor  the same ESME storing each deliver_sm in a plain table, resp after group commit: ${fmt(store.perSecond)} messages/s  (${store.seconds.toFixed(2)} s; gateway CPU ${fmt(store.cpuPerMessage)} µs/message)`);
const [stored, acks] = full.stored.split(' ');
console.log(`  köprü  reassembly + intake + parser + ack, resp after commit: ${fmt(full.perSecond)} messages/s  (${full.seconds.toFixed(2)} s; gateway CPU ${fmt(full.cpuPerMessage)} µs/message; stored ${stored}, acks queued ${acks})`);
console.log(`  ratio  ${(full.perSecond / bare.perSecond).toFixed(2)} of the bare floor, ${(full.perSecond / store.perSecond).toFixed(2)} of the storing floor; target ≥ 5,000 messages/s: ${full.perSecond >= 5000 ? 'met' : 'NOT met'}`);
if (Number(stored) !== N) {
  console.error(`stored ${stored} messages, expected ${N}`);
  process.exitCode = 1;
}
