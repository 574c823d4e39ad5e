/**
 * Parser benchmark (npm run bench:parser):
 *  1. parseMessage over synthetic corpus-like messages on one core: msgs/s, median and p99 per message.
 *  2. `kopru parse` over 100k JSON lines vs a plain JSON echo of the same lines, timed in the same run.
 * Messages are made by recombining the dev corpus texts (when present) or built-in templates with
 * random names, IDs, phone numbers and places — fine for timing, not for scoring.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../src/parser/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusPath = join(root, '../shared/corpus/sms-dev.jsonl');

// A 31-bit LCG; Math.imul keeps the product exact (a plain * passes 2^53 and repeats after a few hundred draws).
let seed = 42;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;

function tckn(): string {
  const d = [1 + Math.floor(rand() * 9), ...Array.from({ length: 8 }, () => Math.floor(rand() * 10))];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return [...d, d10, d11].join('');
}

const FIRST = ['Ayşe', 'Mehmet', 'Fatma', 'Ali', 'Zeynep', 'Mustafa', 'Elif', 'Hüseyin', 'Emine', 'Umut', 'Deniz', 'Gül'];
const LAST = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kurt'];
const PLACES = ['Keçiören Ankara', 'Kadıköy/İstanbul', 'Bornova İzmir', 'Siverek', 'Amed', 'Sarıçam Adana', ''];
const TEMPLATES = [
  'Merhaba, kira yardımı için başvurdum sonuç çıkmadı.',
  'Kocam beni dövüyor şu an evdeyim yardım edin.',
  'Annem 80 yaşında huzurevi başvurusu yapmak istiyoruz.',
  'Engelli maaşım 2 aydır yatmıyor, kontrol eder misiniz?',
  'Oğlum 12 yaşında okulda şiddet görüyor ne yapmalıyım?',
];

function bodies(): string[] {
  if (!existsSync(corpusPath)) return TEMPLATES;
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function synth(base: string[]): string {
  const body = pick(base);
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const id = tckn();
  const idText = rand() < 0.3 ? `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}` : id;
  const phone = rand() < 0.3 ? ` 05${Math.floor(rand() * 1e9).toString().padStart(9, '0')}` : '';
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `${body} ${name} TC ${idText}${phone} ${pick(PLACES)}`;
    case 1:
      return `Merhaba ben ${name}, ${body} tc ${idText}`;
    case 2:
      return `${idText} ${name}. ${body}${phone}`;
    default:
      return body;
  }
}

function inProcess(): void {
  const base = bodies();
  const msgs = Array.from({ length: 20_000 }, () => synth(base));
  for (let i = 0; i < 5_000; i++) parseMessage(msgs[i % msgs.length] as string); // warm-up
  const n = 200_000;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) parseMessage(msgs[i % msgs.length] as string);
  const total = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const samples: number[] = [];
  for (let i = 0; i < 50_000; i++) {
    const m = msgs[i % msgs.length] as string;
    const a = process.hrtime.bigint();
    parseMessage(m);
    samples.push(Number(process.hrtime.bigint() - a) / 1e3);
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] as number;
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${os.availableParallelism()} cores)`);
  console.log(`parseMessage: ${n} messages in ${total.toFixed(2)} s = ${Math.round(n / total)} msgs/s on one core (target ≥ 50000)`);
  console.log(`  (process CPU time ${cpuSeconds.toFixed(2)} s = ${Math.round(n / cpuSeconds)} msgs per CPU-second)`);
  console.log(`per message: median ${q(0.5).toFixed(1)} µs, p99 ${q(0.99).toFixed(1)} µs`);
  console.log(`  (${msgs.length} synthetic messages, ${new Set(msgs).size} distinct)`);
}

function cli(): void {
  const base = bodies();
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-'));
  try {
    const input = join(dir, 'in.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(JSON.stringify({ id: `m${i}`, text: synth(base) }));
    writeFileSync(input, lines.join('\n') + '\n');
    console.log(`kopru parse input: ${lines.length} lines, ${new Set(lines.map((l) => (JSON.parse(l) as { text: string }).text)).size} distinct texts`);
    const run = (cmd: string) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync('sh', ['-c', `${cmd} < ${input} > ${join(dir, 'out.jsonl')}`], { cwd: root, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`${cmd} failed`);
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    const echoCmd = `node ${join(root, 'bench/echo-jsonl.mjs')}`;
    const parseCmd = `node ${join(root, 'bin/kopru.mjs')} parse`;
    // Start-up alone: one line in, best of three.
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, '{"id":1,"text":"x"}\n');
    const startup = (cmd: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = process.hrtime.bigint();
        const r = spawnSync('sh', ['-c', `${cmd} < ${one} > /dev/null`], { cwd: root, stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`${cmd} failed`);
        best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
      }
      return best;
    };
    console.log(`start-up, one line: kopru parse ${startup(parseCmd).toFixed(2)} s, JSON echo ${startup(echoCmd).toFixed(2)} s`);
    const echo = run(echoCmd);
    const parse = run(parseCmd);
    const outLines = readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n').filter(Boolean).length;
    console.log(`kopru parse, 100k lines: ${parse.toFixed(2)} s (${outLines} lines out)`);
    console.log(`JSON echo,   100k lines: ${echo.toFixed(2)} s`);
    console.log(`ratio parse/echo: ${(parse / echo).toFixed(2)}x (target ≤ 3x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

inProcess();
cli();
