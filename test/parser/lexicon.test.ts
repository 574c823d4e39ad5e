// The word lists are loaded whole (one string and a hash table each, folded in one go): they must
// answer exactly as a Set of the per-word folds of their lines would.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonWords, commonWordsExact, givenNames, givenSupplement, properNouns, surnameSupplement, surnames, WordList } from '../../src/parser/lexicon/index.ts';
import { fold } from '../../src/parser/text.ts';

const lines = (file: string) =>
  readFileSync(new URL(`../../src/parser/lexicon/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);

describe('lexicon word lists', () => {
  const lists = [
    ['given-names.txt', givenNames, true, givenSupplement],
    ['surnames.txt', surnames, true, surnameSupplement],
    ['proper-nouns.txt', properNouns, true, []],
    ['common-words.txt', commonWords, true, []],
    ['common-words.txt', commonWordsExact, false, []],
  ] as const;

  for (const [file, list, folded, supplement] of lists) {
    it(`${file}${folded ? ' (folded)' : ''} and its hand-written supplement hold exactly their words`, () => {
      const words = [...lines(file), ...supplement].map((w) => (folded ? fold(w) : w));
      const set = new Set(words);
      const missing = words.filter((w) => !list.has(w));
      expect(missing).toEqual([]);
      // Near misses: a letter more, a letter less, other case, joined with the next word.
      const probes = words.flatMap((w, i) => [`${w}x`, w.slice(0, -1), w.slice(1), w.toUpperCase(), `${w}\n${words[i + 1] ?? ''}`, `${w} `]);
      const wrong = probes.filter((p) => list.has(p) !== set.has(p));
      expect(wrong).toEqual([]);
    });
  }

  it('answers as a Set does, for any words and probes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 30 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 30 }), (words, probes) => {
        const text = words.map((w) => w.replace(/\n/g, '')).join('\n');
        const set = new Set(text.split('\n').filter((l) => l.length > 0));
        const list = new WordList(text);
        for (const p of [...probes, ...set]) expect(list.has(p)).toBe(set.has(p));
      }),
      { numRuns: 2000 },
    );
  });
});
