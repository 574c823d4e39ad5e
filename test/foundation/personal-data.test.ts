import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from '../../src/crypto/personal-data.ts';
import { maskKimlikNumbers } from '../../src/intake/mask-kimlik.ts';
import { isValidTckn, maskTckn } from '../../src/parser/tckn.ts';
import type { ParseResult } from '../../src/parser/types.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';

/** The first implementation, kept as the reference the character-code one must equal. */
function maskByRegex(text: string, spans: ([number, number] | null)[]): string {
  const latin = (ch: string) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
    if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
    return ch;
  };
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/(?<![\d٠-٩۰-۹])[\d٠-٩۰-۹](?:[ .\-]?[\d٠-٩۰-۹]){10}(?![\d٠-٩۰-۹])/g)) {
    if (isValidTckn(Array.from(m[0].replace(/[ .\-]/g, ''), latin).join(''))) ranges.push([m.index, m.index + m[0].length]);
  }
  for (const s of spans) if (s) ranges.push(s);
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const [start, end] of ranges) {
    const positions: number[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) if (/[\d٠-٩۰-۹]/.test(chars[i]!)) positions.push(i);
    positions.slice(3, -2).forEach((i) => (chars[i] = '*'));
  }
  return chars.join('');
}

let t: TestContext;
afterEach(async () => t?.close());

describe('AES-256-GCM and the blind index', () => {
  const cipher = createPersonalDataCipher(randomBytes(32));

  it.each(['10000000146', 'Ayşe Yılmaz', '', 'عربي ✓ 😀'])('round-trips %j', (plain) => {
    const sealed = cipher.encrypt(plain);
    expect(sealed).not.toContain(plain || '\u0000');
    expect(cipher.decrypt(sealed)).toBe(plain);
  });

  it('seals the same value differently each time but indexes it the same', () => {
    expect(cipher.encrypt('10000000146')).not.toBe(cipher.encrypt('10000000146'));
    expect(cipher.blindIndex('10000000146')).toBe(cipher.blindIndex('10000000146'));
    expect(cipher.blindIndex('10000000146')).not.toBe(createPersonalDataCipher(randomBytes(32)).blindIndex('10000000146'));
  });

  it('never reuses an IV, across refills of the pooled random buffer', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 1_000; i++) {
      const sealed = cipher.encrypt(`değer ${i}`);
      ivs.add(Buffer.from(sealed.split(':')[1]!, 'base64').subarray(0, 12).toString('hex'));
      expect(cipher.decrypt(sealed)).toBe(`değer ${i}`);
    }
    expect(ivs.size).toBe(1_000);
  });

  it('refuses a tampered value and a value sealed under another key', () => {
    const sealed = cipher.encrypt('10000000146');
    const flipped = sealed.slice(0, -3) + (sealed.at(-3) === 'A' ? 'B' : 'A') + sealed.slice(-2);
    expect(() => cipher.decrypt(flipped)).toThrow();
    expect(() => createPersonalDataCipher(randomBytes(32)).decrypt(sealed)).toThrow();
  });
});

describe('masking', () => {
  it.each([
    ['10000000146', '100******46'],
    ['12345678901', '123******01'],
  ])('maskTckn(%s) = %s', (id, masked) => expect(maskTckn(id)).toBe(masked));

  it.each([
    ['TC 10000000146 yardım', 'TC 100******46 yardım'],
    ['TC 100 000 001 46', 'TC 100 *** *** 46'],
    ['tc:100-000-001-46.', 'tc:100-***-***-46.'],
    ['kimlik ١٠٠٠٠٠٠٠١٤٦', 'kimlik ١٠٠******٤٦'],
    ['tel 05321234567 not an id', 'tel 05321234567 not an id'],
    ['checksum wrong 10000000147 stays', 'checksum wrong 10000000147 stays'],
    ['IBAN TR330006100519786457841326', 'IBAN TR330006100519786457841326'],
  ])('maskKimlikNumbers(%j)', (text, expected) => {
    const out = maskKimlikNumbers(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  it('masks a mistyped ID where the parser says it is one', () => {
    expect(maskKimlikNumbers('no 10000000147', [[3, 14]])).toBe('no 100******47');
  });

  it('masks exactly as the regex it replaced, on any mix of digits, separators and spans', () => {
    const piece = fc.oneof(
      fc.constantFrom('10000000146', '100 000 001 46', '١٠٠٠٠٠٠٠١٤٦', '۱۰۰۰۰۰۰۰۱۴۶', '98765432150', '05321234567'),
      fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ .-ab'.split('')),
    );
    const text = fc.array(piece, { maxLength: 20 }).map((a) => a.join(''));
    const span = fc.option(fc.tuple(fc.integer({ min: -2, max: 60 }), fc.integer({ min: -2, max: 60 })), { nil: null });
    fc.assert(
      fc.property(text, fc.array(span, { maxLength: 3 }), (t, spans) => {
        expect(maskKimlikNumbers(t, spans)).toBe(maskByRegex(t, spans));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('no clear kimlik no in the database', () => {
  it('is found neither in the database file nor in its WAL after intake', async () => {
    const ids = ['10000000146', '98765432150'].filter(isValidTckn);
    expect(ids.length).toBe(2);
    t = createTestContext({
      parse: (text): ParseResult => {
        const id = text.match(/\d{11}/)?.[0] ?? null;
        return {
          name: 'Ayşe',
          tckn: id,
          tcknInvalid: null,
          request: text,
          province: null,
          category: 'genel',
          urgent: false,
          lang: 'tr',
          confidence: { name: 1, tckn: 1, request: 1, province: 1, category: 1, urgent: 1, lang: 1 },
          spans: { name: null, tckn: id ? [text.indexOf(id), text.indexOf(id) + 11] : null },
        };
      },
    });
    for (const [i, id] of ids.entries()) {
      await t.deps.intake.receive([inbound({ from: `+90555000000${i}`, text: `Adım Ayşe, TC ${id}, annemin kimliği de ${id.slice(0, 9)}${id.slice(9)} yardım` })]);
    }
    const bytes = () =>
      readdirSync(t.dir)
        .filter((f) => f.startsWith('kopru.db'))
        .map((f) => readFileSync(join(t.dir, f)).toString('latin1'))
        .join('');
    for (const id of ids) expect(bytes()).not.toContain(id);
    t.deps.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    for (const id of ids) expect(bytes()).not.toContain(id);
    // …but an operator can still reveal it, and it links the citizen.
    const reveal = await t.api('POST', '/api/tickets/1/reveal');
    expect(((await reveal.json()) as { tckn: string }).tckn).toBe(ids[0]);
  });
});
