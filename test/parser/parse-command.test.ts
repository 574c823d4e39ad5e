import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runParseCommand } from '../../src/cli/parse-command.ts';

async function run(input: string): Promise<Record<string, unknown>[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runParseCommand(Readable.from([input]), out);
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('kopru parse', () => {
  it('writes one line per input, same order, with the contract keys', async () => {
    const rows = await run(
      [
        JSON.stringify({ id: 'a', text: 'Ben Ali Kaya TC 12387374476 kömür yardımı, Erzurum' }),
        JSON.stringify({ id: 7, text: 'kocam şu an dövüyor' }),
      ].join('\n') + '\n',
    );
    expect(rows.map((r) => r.id)).toEqual(['a', 7]);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'name', 'tckn', 'tckn_invalid', 'request', 'province', 'category', 'urgent', 'lang']);
    expect(rows[0]).toMatchObject({ name: 'Ali Kaya', tckn: '12387374476', province: 'Erzurum' });
    expect(rows[1]).toMatchObject({ name: null, tckn: null, category: 'kadin', urgent: true });
  });

  it('reports malformed lines and goes on', async () => {
    const rows = await run('{"id":"x1","text":\n[1,2]\n{"id":"x2"}\n{"id":"x3","text":"tc 12387374476"}\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ id: 'x1' });
    expect(rows[0]!.error).toBeTypeOf('string');
    expect(rows[1]).toMatchObject({ id: null });
    expect(rows[2]).toMatchObject({ id: 'x2' });
    expect(rows[3]).toMatchObject({ id: 'x3', tckn: '12387374476', request: null });
  });
});
