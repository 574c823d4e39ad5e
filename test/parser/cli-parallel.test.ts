import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runParseCommand } from '../../src/cli/parse-command.ts';

const bin = resolve(import.meta.dirname, '../../bin/kopru.mjs');
const run = (input: string | Buffer, workers: string) =>
  spawnSync(process.execPath, [bin, 'parse'], { input, encoding: 'utf8', env: { ...process.env, KOPRU_PARSE_WORKERS: workers }, timeout: 60_000 });

/** The line-by-line reference (readline), fed in small chunks that split lines and UTF-8 sequences. */
async function reference(input: Buffer): Promise<string> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < input.length; at += 7) chunks.push(input.subarray(at, at + 7));
  const out = new PassThrough();
  const got: Buffer[] = [];
  out.on('data', (c: Buffer) => got.push(c));
  await runParseCommand(Readable.from(chunks), out);
  return Buffer.concat(got).toString('utf8');
}

describe('kopru parse on worker threads', () => {
  it('keeps input order across many batches and equals the single-threaded output', { timeout: 90_000 }, () => {
    const texts = ['Adım Ayşe Yılmaz TC 10000000146 Konya', 'eşim beni dövüyor acil yardım', '', 'not json', 'mrb engelli maaşı ne zaman yatar'];
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 97 === 5 ? '{broken' : JSON.stringify({ id: i, text: `${texts[i % texts.length]} ${i}` })));
    const input = lines.join('\n') + '\n';
    const parallel = run(input, '3');
    const single = run(input, '1');
    expect(parallel.status, parallel.stderr).toBe(0);
    expect(parallel.stdout).toBe(single.stdout);
    const out = parallel.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number | null; error?: string });
    expect(out).toHaveLength(3000);
    out.forEach((o, i) => (i % 97 === 5 ? expect(o.error).toMatch(/invalid JSON/) : expect(o.id).toBe(i)));
  });

  it('splits lines as readline does (CRLF, lone CR, blank lines, no final line break, BOM, bad UTF-8)', { timeout: 90_000 }, async () => {
    const line = (i: number) => JSON.stringify({ id: i, text: `Adım Şükrü Öztürk ${i}, eşim beni dövüyor` });
    const parts = [
      Buffer.from(`\ufeff${line(0)}\r\n${line(1)}\r${line(2)}\n\n  \r\n\r\r${line(3)}\n{bad\n`),
      Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x35, 0x2c, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d, 0x0a]),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => line(10 + i)).join('\r\n')),
    ];
    const input = Buffer.concat(parts);
    const expected = await reference(input);
    expect(expected.split('\n').length).toBeGreaterThan(4000);
    for (const workers of ['1', '2']) {
      const r = run(input, workers);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  });
});
