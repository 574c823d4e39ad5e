import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/parser/index.ts';
import { isValidTckn } from '../../src/parser/tckn.ts';

/** Any 9 leading digits (first non-zero) completed with the two check digits. */
const validTckn = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
  .map(([d1, rest]) => {
    const d = [d1, ...rest];
    const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
    const even = d[1]! + d[3]! + d[5]! + d[7]!;
    const d10 = (((odd * 7 - even) % 10) + 10) % 10;
    const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
    return [...d, d10, d11].join('');
  });

const WORDS = [
  'merhaba', 'kira', 'yardımı', 'istiyorum', 'engelli', 'maaşı', 'kocam', 'annem', 'çocuğum', 'için', 'lütfen',
  'Ankara', 'Kadıköy', 'acil', 'değil', 'ŞİDDET', 'yok', 'huzurevi', 'bilgi', 've', 'ama', 'tc', 'kimlik', 'no',
  'Ayşe', 'Yılmaz', 'Umut', 'Deniz', 'اسمي', 'مساعدة', 'silav', 'ez', '3', '2024', '12.05.2024', '%40', '4.500 TL',
];
/** A digit group that could open a mobile number (050x, 053x–056x). */
const MOBILE_GROUP = /^05[03-6]/;
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
// (A line break too: an ID broken over lines of a narrow phone screen.)
const separators = fc.constantFrom(' ', '.', '-', '\n');
/** Write the ID the way people do: grouped with spaces, dots or dashes, or in one piece. */
const written = fc.tuple(validTckn, separators, fc.constantFrom([11], [3, 3, 3, 2], [4, 4, 3], [5, 6], [3, 4, 4])).map(
  ([id, sep, groups]) => {
    const parts: string[] = [];
    let at = 0;
    for (const g of groups) {
      parts.push(id.slice(at, at + g));
      at += g;
    }
    return { id, text: parts.join(sep) };
  },
);

describe('parseMessage properties', () => {
  it('never throws and always returns the contract shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = parseMessage(s);
        expect(typeof r.request).toBe('string');
        expect(['kadin', 'cocuk', 'yasli', 'engelli', 'sehit_gazi', 'genel']).toContain(r.category);
        expect(['tr', 'ku', 'ar']).toContain(r.lang);
        if (r.tckn !== null) expect(isValidTckn(r.tckn)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives non-strings and huge input', () => {
    expect(() => parseMessage(undefined as unknown as string)).not.toThrow();
    expect(() => parseMessage(null as unknown as string)).not.toThrow();
    expect(() => parseMessage('ş'.repeat(200_000))).not.toThrow();
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), sentence, (a, b) => {
        const t = `${a} ${b}`;
        expect(parseMessage(t)).toEqual(parseMessage(t));
      }),
      { numRuns: 300 },
    );
  });

  it('finds any valid kimlik no put into Turkish text with any separators', () => {
    fc.assert(
      fc.property(sentence, written, sentence, fc.constantFrom('', 'TC ', 'tc: ', 'T.C. Kimlik No: ', 'kimlik '), (pre, id, post, cue) => {
        // Left out: an ID whose later group opens with a mobile prefix ("1000 0501 018" + " 2024" from the
        // sentence reads as "1000" and the phone "0501 018 2024"). A 05xx mobile number is never taken
        // for an ID, so there the phone wins: see the cases below.
        fc.pre(!id.text.split(/[ .\-\n]/).slice(1).some((g) => MOBILE_GROUP.test(g)));
        // Left out too: a relative's word a few words before the cue ("annem tc: …", "çocuğum Umut tc: …",
        // "Annem Saniye Kılınç TC …") says whose number it is; so does a relative's word, a given name and a
        // surname right before a bare number ("annem Ayşe Yılmaz 1000…"). ("tc kimlik" is one cue: "kocam … tc kimlik 1000…".)
        fc.pre(!/(?:annem|kocam|çocuğum)(?: \S+){0,3} (?:tc:?|TC|T\.C\. Kimlik No:|(?:tc )?kimlik|no)$/.test(`${pre} ${cue}`.trim()));
        fc.pre(!(cue === '' && /(?:annem|kocam|çocuğum) \S+ \S+$/.test(pre)));
        // (A relative's word just before the bare number marks it as maybe theirs: where the digits after it
        // happen to make another valid number, "annem merhaba 2625⏎2000⏎018 4.500 TL", that one is taken.)
        fc.pre(!(cue === '' && /(?:annem|kocam|çocuğum)(?: \S+){0,3}$/.test(pre)));
        // And a full name right before the ID ("… Deniz Yılmaz TC …") when the writer has named themself
        // before it ("اسمي Ayşe …"): that person's number.
        // (Also with cue words of the sentence between: "… Umut Ayşe no 1000… اسمي …", "… Ayşe Ayşe tc tc 1000… اسمي …".)
        fc.pre(!/(?:Ayşe|Umut|Deniz|Yılmaz) (?:Ayşe|Yılmaz|Umut|Deniz)(?: (?:no|tc:?|TC|kimlik))*$/.test(pre));
        const text = `${pre} ${cue}${id.text} ${post}`;
        const r = parseMessage(text);
        expect(r.tckn).toBe(id.id);
        expect(r.request.replace(/\D/g, '')).not.toContain(id.id);
      }),
      { numRuns: 500 },
    );
  });

  it('never takes a 05xx mobile number for an ID', () => {
    const mobile = fc
      // Operator prefixes in use in Türkiye: 050x, 053x–055x, 056x.
      .tuple(
        fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 30, max: 59 }), fc.integer({ min: 61, max: 69 })),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
      )
      .map(([op, rest]) => `05${String(op).padStart(2, '0')}${rest.join('')}`);
    const style = fc.constantFrom(
      (m: string) => m,
      (m: string) => `${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7, 9)} ${m.slice(9)}`,
      (m: string) => `+90 ${m.slice(1, 4)} ${m.slice(4, 7)} ${m.slice(7)}`,
      (m: string) => `0 ${m.slice(1, 4)} ${m.slice(4, 7)} ${m.slice(7, 9)} ${m.slice(9)}`,
      (m: string) => `tel:${m}`,
    );
    fc.assert(
      fc.property(sentence, mobile, style, sentence, (pre, m, fmt, post) => {
        const r = parseMessage(`${pre} ${fmt(m)} ${post}`);
        expect(r.tckn).toBeNull();
        expect(r.tcknInvalid).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('cases the properties once found', () => {
  it.each([
    // an ID written 4-4-3 next to a year: "0500 028 2024" looks like a phone number, but 0500 is no operator's prefix
    [' 1000 0500 028 2024', '10000500028'],
    ['TC 1000 0500 028 12.05.2024', '10000500028'],
    // a real mobile prefix after a year stays a phone number
    ['2024 0532 123 45 67', null],
    // …also when it is the middle of a valid ID followed by another number: the phone reading wins
    ['1000 0501 018 2024', null],
    // …but not when the digits after it cannot make a phone number
    ['1000 0501 018 yardım', '10000501018'],
  ])('%j → %s', (text, tckn) => {
    expect(parseMessage(text).tckn).toBe(tckn);
  });
});
