/**
 * Text primitives for the parser: a length-preserving fold (so offsets in the folded text are offsets
 * in the original) and a tokenizer that keeps character spans.
 */

const FOLD = new Map<number, string>();
function setFold(chars: string, to: string) {
  for (const c of chars) FOLD.set(c.charCodeAt(0), to);
}
setFold('İIıi', 'i');
setFold('ŞşŠš', 's');
setFold('ĞğĜĝ', 'g');
setFold('ÇçĆć', 'c');
setFold('ÖöÔôÒòÓó', 'o');
setFold('ÜüÛûÙùÚú', 'u');
setFold('ÂâÀàÁáÄä', 'a');
setFold('ÎîÌìÍíÏï', 'i');
setFold('ÊêÈèÉéË', 'e');
setFold('ë', 'e');
setFold('Xx', 'x');
// Arabic-Indic and Persian digits → ASCII digits (one UTF-16 unit each, so lengths are kept).
for (let d = 0; d <= 9; d++) {
  FOLD.set(0x0660 + d, String(d));
  FOLD.set(0x06f0 + d, String(d));
}
// Arabic letter variants that writers use interchangeably.
setFold('أإآٱ', 'ا');
setFold('ى', 'ي');
setFold('ة', 'ه');
setFold('ک', 'ك');
setFold('ی', 'ي');
// Apostrophe variants.
setFold('’‘`´ʼ', "'");

const FOLD_TABLE: string[] = [];
for (let c = 0; c < 0x700; c++) {
  const m = FOLD.get(c);
  if (m !== undefined) FOLD_TABLE[c] = m;
  else if (c >= 65 && c <= 90) FOLD_TABLE[c] = String.fromCharCode(c + 32);
  else if (c >= 0xc0 && c < 0x250) {
    const l = String.fromCharCode(c).toLowerCase();
    FOLD_TABLE[c] = l.length === 1 ? l : String.fromCharCode(c);
  } else FOLD_TABLE[c] = String.fromCharCode(c);
}

/**
 * Lower case, Turkish and Kurdish letters to ASCII (ı/İ/i/I → i, ş → s, ê → e …), Eastern digits to
 * ASCII, apostrophes to "'". Always returns a string of the same length as its input.
 */
export function fold(s: string): string {
  // Fast path: native lower-casing, then the few letters and digits that need mapping.
  const l = s.replace(/İ/g, 'i').toLowerCase();
  if (l.length === s.length) {
    // eslint-disable-next-line no-control-regex
    return l.replace(FOLD_RE, (c) => FOLD_TABLE[c.charCodeAt(0)] ?? (c >= '\u06f0' && c <= '\u06f9' ? String(c.charCodeAt(0) - 0x06f0) : "'"));
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x700) out += FOLD_TABLE[c] as string;
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else if (c === 0x2019 || c === 0x2018 || c === 0x02bc) out += "'";
    else out += s[i] as string;
  }
  return out;
}
const FOLD_RE = /[\u00c0-\u024f\u0600-\u06ff\u06f0-\u06f9\u2018\u2019\u02bc`´]/g;

/** Fold of a whole word (for lexicon look-ups). */
export const foldWord = fold;

export type TokenKind = 'word' | 'num' | 'punct' | 'nl';

export interface Token {
  kind: TokenKind;
  /** Original text of the token. */
  text: string;
  /** Folded text of the token (same length). */
  f: string;
  start: number;
  end: number;
  /** For words: the folded part before an apostrophe ("aydın'ım" → "aydin"). */
  base: string;
  /** For words: the folded suffix after an apostrophe, without it ('' if none). */
  suffix: string;
  /** End offset of the base in the original text. */
  baseEnd: number;
  /** Word starts with an upper-case letter. */
  cap: boolean;
  /** Word is all upper case (and has at least two letters). */
  upper: boolean;
  /** Word is written in Arabic script. */
  arabic: boolean;
  /** Index in the token list. */
  i: number;
}

const isLetter = (c: string) => /[\p{L}\p{M}]/u.test(c);

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0130\u015e\u011e\u0400-\u042f\u0391-\u03a9]/;
const LOWER_RE = /[a-z\u00df-\u00f6\u00f8-\u00ff\u0131\u015f\u011f\u0430-\u044f\u03b1-\u03c9]/;
// Letters of the Latin, Greek, Cyrillic and Arabic blocks (no \p{…}: this regex runs per message).
const L = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u036f\u0370-\u03ff\u0400-\u052f\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\u1e00-\u1eff\ufb50-\ufdff\ufe70-\ufefc';
const TOKEN_RE = new RegExp(
  `([${L}]+(?:['’‘\`´ʼ][${L}]+)*)|([0-9\u0660-\u0669\u06f0-\u06f9]+)|(\\n)|([^\\s${L}0-9\u0660-\u0669\u06f0-\u06f9])`,
  'g',
);

export function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const t = m[0];
    const end = start + t.length;
    const f = folded.slice(start, end);
    let kind: TokenKind;
    if (m[1] !== undefined) kind = 'word';
    else if (m[2] !== undefined) kind = 'num';
    else if (m[3] !== undefined) kind = 'nl';
    else kind = 'punct';
    let base = f;
    let suffix = '';
    let baseEnd = end;
    let cap = false;
    let upper = false;
    let arabic = false;
    if (kind === 'word') {
      const a = f.indexOf("'");
      if (a > 0) {
        base = f.slice(0, a);
        suffix = f.slice(a + 1);
        baseEnd = start + a;
      }
      const c0 = t[0] as string;
      arabic = c0 >= '\u0600' && c0 <= '\u06ff';
      if (!arabic) {
        cap = UPPER_RE.test(c0);
        const b = t.slice(0, baseEnd - start);
        upper = cap && b.length >= 2 && !LOWER_RE.test(b);
      }
    }
    tokens.push({ kind, text: t, f, start, end, base, suffix, baseEnd, cap, upper, arabic, i: tokens.length });
  }
  return tokens;
}

export { isLetter, LETTER_RE };
