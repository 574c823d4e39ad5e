// The parser's fast paths must give exactly what their plain definitions give: the per-character
// fold table vs whole-string folding, and the table-driven tokenizer vs the TOKEN_RE grammar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldString, tokenize, TOKEN_RE } from '../../src/parser/text.ts';

const PIECES = [
  'a', 'Z', 'İ', 'I', 'ı', 'i', 'ş', 'Ş', 'ğ', 'Ç', 'ö', 'Ü', 'ê', 'Î', 'û', 'x', 'Σ', 'σ', 'ς', 'Α', 'Ж', 'ж',
  'ا', 'أ', 'ة', 'ى', 'ک', 'ی', '٣', '۷', '0', '9', "'", '’', '‘', '`', '´', 'ʼ', '\u0307', ' ', '\t', '\n',
  '\u00a0', '\u2028', '\u3000', '.', ',', ':', '-', '/', '+', '😀', '\ud800', 'ẞ', 'Ａ', 'ǅ', 'ﻻ', '\u200b',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

function reference(s: string) {
  const out: { kind: string; text: string; start: number; end: number }[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : m[3] !== undefined ? 'nl' : 'punct';
    out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

describe('parser fast paths', () => {
  it('fold equals whole-string folding', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(fold(s)).toBe(foldString(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('fold of every single UTF-16 unit equals whole-string folding', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (fold(s) !== foldString(s)) expect([c, fold(s)]).toEqual([c, foldString(s)]);
    }
  });

  it('tokenize gives the TOKEN_RE tokens', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const got = tokenize(s, fold(s)).map((t) => ({ kind: t.kind, text: t.text, start: t.start, end: t.end }));
        expect(got).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
