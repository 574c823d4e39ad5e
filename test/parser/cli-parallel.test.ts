import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/kopru.mjs');
const run = (input: string, workers: string) =>
  spawnSync(process.execPath, [bin, 'parse'], { input, encoding: 'utf8', env: { ...process.env, KOPRU_PARSE_WORKERS: workers }, timeout: 60_000 });

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
});
