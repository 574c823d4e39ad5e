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

describe('parseLine', () => {
  it('writes the bytes JSON.stringify writes for the result object (escapes, surrogates, any id)', async () => {
    const { parseLine } = await import('../../src/cli/parse-command.ts');
    const { parseMessage } = await import('../../src/parser/index.ts');
    const texts = ['kira "yardım" \\ \t tab \ud800 lone Ankara', 'Ben "Ali" Kaya\u0007 \u2028 kömür \udc00 \ud83d\ude00 İzmir', 'Merhaba ben Ayşe Kaya \u0000', 'tc 12387374476', '"""\\\\', 'x'];
    const ids: unknown[] = ['q"\\\u0001\u001f', '\u2028x\u007f\ud800', 7, -1.5, null, true, { k: 'v"', n: [1, { z: null }] }, ['a']];
    for (const text of texts) {
      for (const id of ids) {
        const r = parseMessage(text);
        const expected = JSON.stringify({ id, name: r.name, tckn: r.tckn, tckn_invalid: r.tcknInvalid, request: r.request === '' ? null : r.request, province: r.province, category: r.category, urgent: r.urgent, lang: r.lang });
        expect(parseLine(JSON.stringify({ id, text }))).toBe(expected);
      }
    }
  });
});
