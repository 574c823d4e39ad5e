import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByIcu, foldTurkish, ftsQuery } from '../../src/text/fold.ts';

describe('foldTurkish (search and matching)', () => {
  it.each([
    ['AYŞE Yılmaz', 'ayse yilmaz'],
    ['İSTANBUL ığdır IĞDIR', 'istanbul igdir igdir'],
    ['Çankaya’da ÖĞRENCİ', 'cankaya’da ogrenci'],
    ['Âşık Îmân ûmit', 'asik iman umit'],
    ['I\u0307stanbul', 'istanbul'],
    ['ΟΔΥΣΣΕΥΣ', 'οδυσσευς'],
    ['مرحبا 😀 Xêr', 'مرحبا 😀 xer'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldTurkish(text)).toBe(folded);
    expect(foldByIcu(text)).toBe(folded);
  });

  it('folds character by character exactly as ICU folds the whole text', () => {
    const chars = [...'aIıİiŞşĞğÇçÖöÜüÂâÎîÛûêÊ’\'-. 0ΣσςΑéÉ\u0307\u0301ßẞﬁǅمرحبا😀𐐀', 'A', 'Z', 'z'];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    fc.assert(fc.property(text, (t) => {
        expect(foldTurkish(t)).toBe(foldByIcu(t));
      }), { numRuns: 3_000 });
  });

  it('turns search words into quoted prefix terms', () => {
    expect(ftsQuery('Ayşe  YILMAZ!')).toBe('"ayse"* "yilmaz"*');
    expect(ftsQuery(' ,, ')).toBeNull();
  });
});
