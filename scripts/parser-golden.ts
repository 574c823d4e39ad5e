/**
 * Golden outputs of the SMS parser, to prove that a refactor or speed-up changes nothing:
 *   node --import tsx scripts/parser-golden.ts --write /tmp/parser-golden.jsonl   (record)
 *   node --import tsx scripts/parser-golden.ts --check /tmp/parser-golden.jsonl   (parse its texts again, exit 1 on a diff)
 * Inputs: the dev corpus texts, the string literals of test/parser/*.test.ts, and a deterministic
 * synthetic set (seeded PRNG) recombining dev texts with lexicon names, IDs, phones, separators,
 * case changes, stripped diacritics and Eastern digits. The golden file holds citizen-like text:
 * keep it outside the repository (it is written where you say).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../src/parser/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusPath = join(root, '../shared/corpus/sms-dev.jsonl');
const SYNTH_COUNT = 25_000;

function devTexts(): string[] {
  if (!existsSync(corpusPath)) return [];
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** String literals of the parser tests, with the test files' constant IDs substituted. */
function testTexts(): string[] {
  const dir = join(root, 'test/parser');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.ts')).sort()) {
    const src = readFileSync(join(dir, f), 'utf8');
    const consts = new Map<string, string>();
    for (const m of src.matchAll(/const (\w+) = '([^'\\]*)'/g)) consts.set(m[1] as string, m[2] as string);
    const re = /'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
    for (const m of src.matchAll(re)) {
      let s: string;
      try {
        if (m[1] !== undefined) s = JSON.parse(`"${m[1].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
        else {
          const raw = (m[2] as string).replace(/\$\{(\w+)\}/g, (x, k: string) => consts.get(k) ?? x);
          s = JSON.parse(`"${raw.replace(/\\`/g, '`').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`) as string;
        }
      } catch {
        continue;
      }
      if (s.length >= 2) out.push(s);
    }
  }
  return [...new Set(out)];
}

function lexicon(file: string): string[] {
  return readFileSync(join(root, 'src/parser/lexicon', file), 'utf8').split('\n').filter(Boolean);
}

function synthetic(dev: string[]): string[] {
  let seed = 20250101;
  // mulberry32
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
  const given = lexicon('given-names.txt');
  const sur = lexicon('surnames.txt');
  const places = (JSON.parse(readFileSync(join(root, 'src/parser/lexicon/places.json'), 'utf8')) as { name: string; districts: string[] }[]);
  const provinces = places.map((p) => p.name);
  const districts = places.flatMap((p) => p.districts);
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('tr-TR') + w.slice(1);
  const digit = () => Math.floor(rand() * 10);
  const tckn = (valid: boolean) => {
    const d = [1 + Math.floor(rand() * 9), ...Array.from({ length: 8 }, digit)];
    const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
    const even = d[1]! + d[3]! + d[5]! + d[7]!;
    const d10 = (((odd * 7 - even) % 10) + 10) % 10;
    const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
    return [...d, d10, valid ? d11 : (d11 + 1) % 10].join('');
  };
  const group = (s: string) => {
    const seps = [' ', '.', '-', ' - ', ''];
    const sep = pick(seps);
    const shapes = [[11], [3, 3, 3, 2], [4, 4, 3], [5, 6], [3, 4, 4], [2, 3, 3, 3]];
    const shape = pick(shapes);
    const parts: string[] = [];
    let at = 0;
    for (const g of shape) {
      parts.push(s.slice(at, at + g));
      at += g;
    }
    return parts.join(sep);
  };
  const phone = () => {
    const n = `5${digit()}${digit()}${Array.from({ length: 7 }, digit).join('')}`;
    return pick([`0${n}`, `+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, `0 ${n.slice(0, 3)} ${n.slice(3)}`, n]);
  };
  const name = () => {
    const parts = [cap(pick(given))];
    if (rand() < 0.2) parts.push(cap(pick(given)));
    parts.push(cap(pick(sur)));
    return parts.join(rand() < 0.05 ? '-' : ' ');
  };
  const place = () => (rand() < 0.5 ? pick(provinces) : `${pick(districts)}${pick([' ', '/', ', '])}${pick(provinces)}`);
  const idPhrase = () => {
    const id = group(tckn(rand() < 0.85));
    return `${pick(['TC', 'tc', 'T.C.', 'TCKN', 'kimlik no', 'TC Kimlik No:', 'tc no', '', 'رقم الكملك', 'hejmara min'])} ${id}`;
  };
  const stripDiacritics = (s: string) =>
    s.replace(/[çÇğĞıİöÖşŞüÜâÂîÎûÛêÊ]/g, (c) => ({ ç: 'c', Ç: 'C', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ş: 's', Ş: 'S', ü: 'u', Ü: 'U', â: 'a', Â: 'A', î: 'i', Î: 'I', û: 'u', Û: 'U', ê: 'e', Ê: 'E' })[c] ?? c);
  const eastern = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode((rand() < 0.5 ? 0x0660 : 0x06f0) + Number(d)));
  const words = dev.flatMap((t) => t.split(/\s+/)).filter(Boolean);

  const out: string[] = [];
  for (let i = 0; i < SYNTH_COUNT; i++) {
    let body = pick(dev);
    if (rand() < 0.25) body = `${body} ${pick(dev)}`;
    if (rand() < 0.15) {
      // A shuffled sentence of corpus words.
      const n = 3 + Math.floor(rand() * 15);
      body = Array.from({ length: n }, () => pick(words)).join(' ');
    }
    const who = name();
    const id = idPhrase();
    const ph = rand() < 0.3 ? ` ${pick(['tel', 'cep', 'telefon', ''])} ${phone()}` : '';
    const pl = rand() < 0.4 ? ` ${place()}` : '';
    let msg: string;
    switch (Math.floor(rand() * 8)) {
      case 0:
        msg = `${body} ${who} ${id}${ph}${pl}`;
        break;
      case 1:
        msg = `${pick(['Merhaba', 'Slm', 'mrb', 'Selamün aleyküm', 'Silav', 'İyi günler'])} ben ${who}, ${body} ${id}`;
        break;
      case 2:
        msg = `${id} ${who}. ${body}${ph}`;
        break;
      case 3:
        msg = `Adım ${who}${pl}\n${body}\n${id}${ph}`;
        break;
      case 4:
        msg = `${body}${pl} ${pick(['Saygılarımla', 'teşekkürler', 'tşk', 'Allah razı olsun'])} ${who}`;
        break;
      case 5:
        msg = `navê min ${who} e. ${body} ${id}`;
        break;
      case 6:
        msg = `${body}${ph}`;
        break;
      default:
        msg = body;
    }
    const r = rand();
    if (r < 0.12) msg = msg.toLocaleUpperCase('tr-TR');
    else if (r < 0.2) msg = msg.toUpperCase();
    else if (r < 0.32) msg = msg.toLocaleLowerCase('tr-TR');
    if (rand() < 0.2) msg = stripDiacritics(msg);
    if (rand() < 0.08) msg = eastern(msg);
    if (rand() < 0.03) msg = msg.slice(0, Math.floor(rand() * msg.length));
    if (rand() < 0.02) msg = msg.repeat(2 + Math.floor(rand() * 40));
    out.push(msg);
  }
  return out;
}

function inputs(): string[] {
  const dev = devTexts();
  const edge = ['', ' ', '\n', '...', '١٢٣', 'x'.repeat(6000), 'a\u0000b', '\ud800', 'İİİ ııı', '0'.repeat(30)];
  return [...dev, ...testTexts(), ...edge, ...synthetic(dev.length ? dev : ['Merhaba kira yardımı istiyorum'])];
}

function main(): number {
  const [mode, path] = process.argv.slice(2);
  if ((mode !== '--write' && mode !== '--check') || !path) {
    process.stderr.write('usage: parser-golden.ts --write|--check <golden.jsonl>\n');
    return 2;
  }
  if (mode === '--write') {
    const lines = inputs().map((text) => JSON.stringify({ text, result: parseMessage(text) }));
    writeFileSync(path, lines.join('\n') + '\n');
    process.stdout.write(`wrote ${lines.length} golden results to ${path}\n`);
    return 0;
  }
  // The golden file is self-contained: its own texts are parsed again, so later changes to the
  // input generators or the test files do not matter.
  const want = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  let diffs = 0;
  for (let i = 0; i < want.length; i++) {
    const line = want[i] as string;
    const { text } = JSON.parse(line) as { text: string };
    const got = JSON.stringify({ text, result: parseMessage(text) });
    if (got === line) continue;
    if (++diffs <= 5) process.stdout.write(`DIFF #${i}\n  want ${line}\n  got  ${got}\n`);
  }
  process.stdout.write(diffs ? `${diffs} of ${want.length} results differ\n` : `all ${want.length} results identical\n`);
  return diffs ? 1 : 0;
}

process.exitCode = main();
