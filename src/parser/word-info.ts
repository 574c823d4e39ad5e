/**
 * Everything the rules ask about a folded word (which lexicons and tables hold it, which endings it
 * has), worked out once per distinct word and kept in a bounded cache: a message's words then cost
 * one look-up each instead of a dozen look-ups in large sets. Pure: a word's flags never change.
 */
import { arabicGivenNames, commonWords, givenNames, places, properNouns, surnames } from './lexicon/index.ts';
import { rememberFlags, type Token } from './text.ts';
import {
  ARABIC_STOP,
  ARABIZI_WORDS,
  GREETINGS,
  ID_FILLERS,
  INFLECTED,
  KIN_MINE,
  KIN_ROOT_AFTER,
  KIN_THIRD,
  KU_WORDS,
  NAME_LABELS,
  NAME_TITLES,
  SIGNOFFS,
  STOP,
  STREET,
  TITLE_AFTER,
  TR_ENDINGS,
  TR_WORDS,
} from './words.ts';

export const GIVEN = 1 << 0;
export const SURNAME = 1 << 1;
export const PROPER = 1 << 2;
export const COMMON = 1 << 3;
export const STOPWORD = 1 << 4;
export const KIN_MY = 1 << 5;
export const KIN_3RD = 1 << 6;
export const GREETING = 1 << 7;
export const SIGNOFF = 1 << 8;
export const ID_FILLER = 1 << 9;
export const NAME_LABEL = 1 << 10;
export const PROVINCE = 1 << 11;
export const DISTRICT = 1 << 12;
export const ALIAS = 1 << 13;
/** INFLECTED matches (a verb or case ending). */
export const INFLECTED_END = 1 << 14;
/** TITLE_AFTER matches (amca, teyze, hanım …). */
export const TITLE = 1 << 15;
/** KIN_ROOT_AFTER matches (eşi, annesi …). */
export const KIN_ROOT = 1 << 16;
export const ARABIC_GIVEN = 1 << 17;
export const ARABIC_STOPWORD = 1 << 18;
export const KU_WORD = 1 << 19;
export const TR_WORD = 1 << 20;
/** Longer than four letters and ending like a Turkish verb or plural. */
export const TR_ENDING = 1 << 21;
/** Contains x, w or q (rare in Turkish, common in Kurmanji). */
export const XWQ = 1 << 22;
export const STREET_WORD = 1 << 23;
/** A place name with a case ending glued on ("istanbulda", "amedê"): see gluedIsPlace. */
export const GLUED_PLACE = 1 << 24;
/** First word of a two-word place name ("غازي عنتاب"). */
export const PHRASE_HEAD = 1 << 25;
/** A role signed before a name (NAME_TITLES). */
export const NAME_TITLE = 1 << 26;
/** A frequent word of Arabic written in Latin letters (ARABIZI_WORDS). */
export const ARABIZI = 1 << 27;

export const PLACE = PROVINCE | DISTRICT | ALIAS;

// Case suffixes written without an apostrophe (istanbulda, amedê, wane, elazigdayim).
export const GLUED = /(?:[dt][ae]y[iu][mz]|dan|den|tan|ten|da|de|ta|te|ya|ye|e|a|i)$/;
/** "tepebasinda": a name ending in its own possessive (Tepebaşı) takes an "n" before the ending. */
export const POSSESSIVE_N = /(?<=[iu])n(?:da|de|dan|den)$/;
const isPlaceKey = (k: string) => places.provinces.has(k) || places.aliases.has(k) || places.districts.has(k);
/** Would place.ts's glued-ending look-up find a place for this word? */
function gluedIsPlace(base: string): boolean {
  const m = GLUED.exec(base);
  if (m && base.length - m[0].length >= 3 && isPlaceKey(base.slice(0, base.length - m[0].length))) return true;
  const n = POSSESSIVE_N.exec(base);
  if (n && base.length - n[0].length >= 4 && isPlaceKey(base.slice(0, base.length - n[0].length))) return true;
  return base.endsWith('e') && base.length > 4 && isPlaceKey(base.slice(0, -1));
}
const PHRASE_HEADS = new Set<string>();
for (const k of places.phrases.keys()) PHRASE_HEADS.add(k.slice(0, k.indexOf(' ')));

function computeFlags(w: string): number {
  let f = 0;
  if (givenNames.has(w)) f |= GIVEN;
  if (surnames.has(w)) f |= SURNAME;
  if (properNouns.has(w)) f |= PROPER;
  if (commonWords.has(w)) f |= COMMON;
  if (STOP.has(w)) f |= STOPWORD;
  if (KIN_MINE.has(w)) f |= KIN_MY;
  if (KIN_THIRD.has(w)) f |= KIN_3RD;
  if (GREETINGS.has(w)) f |= GREETING;
  if (SIGNOFFS.has(w)) f |= SIGNOFF;
  if (NAME_TITLES.has(w)) f |= NAME_TITLE;
  if (ID_FILLERS.has(w)) f |= ID_FILLER;
  if (NAME_LABELS.has(w)) f |= NAME_LABEL;
  if (places.provinces.has(w)) f |= PROVINCE;
  if (places.districts.has(w)) f |= DISTRICT;
  if (places.aliases.has(w)) f |= ALIAS;
  if (INFLECTED.test(w)) f |= INFLECTED_END;
  if (TITLE_AFTER.test(w)) f |= TITLE;
  if (KIN_ROOT_AFTER.test(w)) f |= KIN_ROOT;
  if (arabicGivenNames.has(w)) f |= ARABIC_GIVEN;
  if (ARABIC_STOP.has(w)) f |= ARABIC_STOPWORD;
  if (KU_WORDS.has(w)) f |= KU_WORD;
  if (ARABIZI_WORDS.has(w)) f |= ARABIZI;
  if (TR_WORDS.has(w)) f |= TR_WORD;
  if (w.length > 4) {
    for (const e of TR_ENDINGS) {
      if (w.endsWith(e)) {
        f |= TR_ENDING;
        break;
      }
    }
  }
  if (w.includes('x') || w.includes('w') || w.includes('q')) f |= XWQ;
  if (STREET.has(w)) f |= STREET_WORD;
  if (gluedIsPlace(w)) f |= GLUED_PLACE;
  if (PHRASE_HEADS.has(w)) f |= PHRASE_HEAD;
  return f;
}

/** Enough for a day of hotline vocabulary; emptied when full (a miss only costs the look-ups again). */
const MAX_CACHED = 50_000;
const cache = new Map<string, number>();

export function wordFlags(w: string): number {
  let f = cache.get(w);
  if (f === undefined) {
    f = computeFlags(w);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(w, f);
  }
  return f;
}

/** Flags of a token's base (its folded form before an apostrophe), computed on first use and kept with the word in text.ts's table of recent words. */
export function lex(t: Token): number {
  let f = t.lex;
  if (f < 0) {
    f = wordFlags(t.base);
    t.lex = f;
    rememberFlags(t, f);
  }
  return f;
}
