/**
 * Text primitives for the parser: a length-preserving fold (so offsets in the folded text are offsets
 * in the original) and a tokenizer that keeps character spans.
 */
import { Buffer } from 'node:buffer';

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
// Windows-1254 text read as Latin-1 (a phone or gateway with the wrong code page): ý ð þ stand for ı ğ ş.
setFold('ýÝ', 'i');
setFold('ðÐ', 'g');
setFold('þÞ', 's');
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
  return foldCodes(s) ?? foldString(s);
}

/** fold(), or null when the string holds a character whose fold depends on its neighbours (Σ, surrogates). */
export function foldOrNull(s: string): string | null {
  return foldCodes(s);
}

/**
 * Per character through a table filled lazily from the whole-string definition below; null when a
 * character's lower case depends on its neighbours (Σ, surrogate halves). The codes are gathered and
 * turned into one flat string at once (cheaper than concatenating): by String.fromCharCode for a short
 * word, by a CodeBuffer for longer text.
 */
function foldCodes(s: string): string | null {
  const n = s.length;
  if (n <= SHORT) {
    const codes = SHORT_CODES[n] as number[];
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      let m = FOLD_CHAR[c] as number;
      if (m === UNKNOWN) m = learnFold(c);
      if (m === CONTEXTUAL) return null;
      codes[i] = m;
    }
    return String.fromCharCode.apply(null, codes);
  }
  const buf = FOLD_CODES.reserve(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let m = FOLD_CHAR[c] as number;
    if (m === UNKNOWN) m = learnFold(c);
    if (m === CONTEXTUAL) return null;
    buf[i] = m;
  }
  return FOLD_CODES.text(0, n);
}

/**
 * A reusable buffer of UTF-16 codes that turns a stretch of itself into a string in one native call
 * (Buffer's UTF-16 decoding keeps every code as it is, lone surrogates too, and gives a one-byte string
 * when the codes allow; cheaper per call than TextDecoder or String.fromCharCode over an array).
 */
export class CodeBuffer {
  codes = new Uint16Array(0);
  private bytes = Buffer.alloc(0);

  constructor(size: number) {
    this.grow(size);
  }

  /** The codes array, with room for at least n codes (its content is lost when it grows). */
  reserve(n: number): Uint16Array {
    if (this.codes.length < n) this.grow(Math.max(n, this.codes.length * 2));
    return this.codes;
  }

  text(start: number, end: number): string {
    return this.bytes.toString('utf16le', 2 * start, 2 * end);
  }

  private grow(size: number): void {
    const memory = new ArrayBuffer(2 * size);
    this.codes = new Uint16Array(memory);
    this.bytes = Buffer.from(memory);
  }
}

/**
 * The fold of one UTF-16 unit (what fold() puts in its place), or CONTEXTUAL (negative) when it depends on
 * its neighbours: for a caller that folds a text while it scans it (triage's foldScanned).
 */
export function foldCode(c: number): number {
  const m = FOLD_CHAR[c] as number;
  return m === UNKNOWN ? learnFold(c) : m;
}

/** Up to this length a fold goes through one of the fixed-length arrays below. */
export const SHORT = 16;
const SHORT_CODES: number[][] = Array.from({ length: SHORT + 1 }, (_, n) => new Array<number>(n).fill(0));
/** Reused buffer of folded codes for longer strings. */
const FOLD_CODES = new CodeBuffer(8192);
const UNKNOWN = -1;
const CONTEXTUAL = -2;
const FOLD_CHAR = new Int32Array(0x10000).fill(UNKNOWN);
function learnFold(c: number): number {
  let m = CONTEXTUAL;
  if (!(c >= 0xd800 && c <= 0xdfff) && c !== 0x3a3) {
    const f = foldString(String.fromCharCode(c));
    if (f.length === 1) m = f.charCodeAt(0);
  }
  FOLD_CHAR[c] = m;
  return m;
}

/** fold() by whole-string operations: the definition the per-character table is filled from (exported for tests). */
export function foldString(s: string): string {
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

/**
 * A token of a message. The original and folded text of a token are cut out only when asked for (most
 * words are only looked up by their folded base, which is cut out at once).
 */
export class Token {
  // Fields are `declare`d: set in the constructor only (a class field would first be defined as undefined
  // by an initializer run per token, and tokens are made for every character run of every message).
  declare kind: TokenKind;
  declare start: number;
  declare end: number;
  /** For words: the folded part before an apostrophe ("aydın'ım" → "aydin"); for other tokens the folded text. */
  declare base: string;
  /** For words: the folded suffix after an apostrophe, without it ('' if none). */
  declare suffix: string;
  /** End offset of the base in the original text. */
  declare baseEnd: number;
  /** Word starts with an upper-case letter. */
  declare cap: boolean;
  /** Word is all upper case (and has at least two letters). */
  declare upper: boolean;
  /** Word is written in Arabic script. */
  declare arabic: boolean;
  /** Index in the token list. */
  declare i: number;
  /** First UTF-16 unit of the original text (a punctuation token is one unit: this is the token). */
  declare code: number;
  /** For words: the base's slot in the table of words seen lately (see internWord), where lex() keeps its flags; -1 for other tokens. */
  declare slot: number;
  /** For words: LETTER_MARKS of its characters, or-ed (1: a Kurmanji letter ê î û, 2: a Turkish one ı ğ ö ü). */
  declare marks: number;
  /** Lexicon flags of the base (word-info.ts), -1 until first asked for. */
  declare lex: number;
  /** The original text and its fold (shared by the tokens of a text), the token's own text cut from them when asked for. */
  private declare readonly src: Source;

  constructor(
    kind: TokenKind,
    src: Source,
    start: number,
    end: number,
    base: string,
    suffix: string,
    baseEnd: number,
    cap: boolean,
    upper: boolean,
    arabic: boolean,
    i: number,
    slot: number,
    marks: number,
    lex: number,
  ) {
    this.kind = kind;
    this.src = src;
    this.start = start;
    this.end = end;
    this.base = base;
    this.suffix = suffix;
    this.baseEnd = baseEnd;
    this.cap = cap;
    this.upper = upper;
    this.arabic = arabic;
    this.i = i;
    this.code = src.text.charCodeAt(start);
    this.slot = slot;
    this.marks = marks;
    this.lex = lex;
  }

  /** Original text of the token. */
  get text(): string {
    return this.src.text.slice(this.start, this.end);
  }

  /** Folded text of the token (same length). */
  get f(): string {
    return this.src.folded.slice(this.start, this.end);
  }
}

interface Source {
  readonly text: string;
  readonly folded: string;
}

// Upper- and lower-case letters of the Latin, Turkish, Cyrillic and Greek alphabets (character class contents).
const UPPER = 'A-Z\u00c0-\u00d6\u00d8-\u00de\u0130\u015e\u011e\u0400-\u042f\u0391-\u03a9';
const LOWER = 'a-z\u00df-\u00f6\u00f8-\u00ff\u0131\u015f\u011f\u0430-\u044f\u03b1-\u03c9';
// Letters of the Latin, Greek, Cyrillic and Arabic blocks (no \p{…}: this regex runs per message).
const L = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u036f\u0370-\u03ff\u0400-\u052f\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\u1e00-\u1eff\ufb50-\ufdff\ufe70-\ufefc';
const DIGITS = '0-9\u0660-\u0669\u06f0-\u06f9';
/** What /\s/ matches. */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const APOSTROPHES = "'’‘`´ʼ";
/** The token grammar; tokenize() scans the same by table (kept as its specification and for tests). */
export const TOKEN_RE = new RegExp(`([${L}]+(?:[${APOSTROPHES}][${L}]+)*)|([${DIGITS}]+)|(\\n)|([^\\s${L}${DIGITS}])`, 'g');

// Character classes of the tokenizer, one table look-up per UTF-16 unit, filled from the character
// classes above (test/parser/fast-paths.test.ts checks them against the regular expressions).
const C_OTHER = 0; // punctuation and symbols: a token of one unit
const C_LETTER = 1;
const C_DIGIT = 2;
const C_NL = 3;
const C_SPACE = 4; // other white space: skipped
const CLASS = new Uint8Array(0x10000);
const APOSTROPHE = new Uint8Array(0x10000);
const IS_UPPER = new Uint8Array(0x10000);
const IS_LOWER = new Uint8Array(0x10000);
/** Set table[c] = value for every unit of a character class's contents ("a-z\u00e7…": single units and ranges). */
function fillClass(table: Uint8Array, contents: string, value: number): void {
  for (let i = 0; i < contents.length; i++) {
    const from = contents.charCodeAt(i);
    let to = from;
    if (contents[i + 1] === '-' && i + 2 < contents.length) {
      to = contents.charCodeAt(i + 2);
      i += 2;
    }
    table.fill(value, from, to + 1);
  }
}
// Disjoint classes; a letter is a letter before anything else, as in TOKEN_RE.
fillClass(CLASS, SPACES, C_SPACE);
CLASS[10] = C_NL;
fillClass(CLASS, DIGITS, C_DIGIT);
fillClass(CLASS, L, C_LETTER);
fillClass(APOSTROPHE, APOSTROPHES, 1);
fillClass(IS_UPPER, UPPER, 1);
fillClass(IS_LOWER, LOWER, 1);
/** Letters that mark a word as Kurmanji (1) or Turkish (2), for the language guess. */
const LETTER_MARKS = new Uint8Array(0x10000);
fillClass(LETTER_MARKS, 'êîûÊÎÛ', 1);
fillClass(LETTER_MARKS, 'ığöüİĞÖÜ', 2);

/** The tokenizer's tables (for the test that they are the regular expressions' classes). */
export function charTables(): { letter: boolean[]; digit: boolean[]; space: boolean[]; apostrophe: boolean[]; upper: boolean[]; lower: boolean[]; definitions: Record<string, RegExp> } {
  const all = Array.from({ length: 0x10000 }, (_, c) => c);
  return {
    letter: all.map((c) => CLASS[c] === C_LETTER),
    digit: all.map((c) => CLASS[c] === C_DIGIT),
    space: all.map((c) => CLASS[c] === C_SPACE || CLASS[c] === C_NL),
    apostrophe: all.map((c) => APOSTROPHE[c] === 1),
    upper: all.map((c) => IS_UPPER[c] === 1),
    lower: all.map((c) => IS_LOWER[c] === 1),
    definitions: {
      letter: new RegExp(`^[${L}]$`),
      digit: new RegExp(`^[${DIGITS}]$`),
      space: /^\s$/,
      apostrophe: new RegExp(`^[${APOSTROPHES}]$`),
      upper: new RegExp(`^[${UPPER}]$`),
      lower: new RegExp(`^[${LOWER}]$`),
    },
  };
}

/** Same tokens as TOKEN_RE would give, scanned by character class (the words also pushed to `words` when given). */
export function tokenize(text: string, folded: string, words: Token[] | null = null): Token[] {
  const tokens: Token[] = [];
  scan(text, folded, tokens, words, null);
  return tokens;
}

/** Does any token satisfy the test? Tokenizes only as far as the first one that does. */
export function someToken(text: string, folded: string, test: (t: Token) => boolean): boolean {
  return scan(text, folded, [], null, test);
}

/** Every code unit /\s/ matches. */
export const WHITE_SPACE_CODES: readonly number[] = (() => {
  const codes: number[] = [];
  for (let i = 0; i < SPACES.length; i++) {
    const from = SPACES.charCodeAt(i);
    let to = from;
    if (SPACES[i + 1] === '-' && i + 2 < SPACES.length) {
      to = SPACES.charCodeAt(i + 2);
      i += 2;
    }
    for (let c = from; c <= to; c++) codes.push(c);
  }
  return codes;
})();

/** White space as /\s/ sees it (\n included). */
export function isSpaceCode(c: number): boolean {
  const k = CLASS[c];
  return k === C_SPACE || k === C_NL;
}

/**
 * Does any word of the text pass the test (given the word as written and its folded base, as
 * tokenize() would give them)? Folds only the words it looks at, and stops at the first that passes;
 * a word whose fold depends on its neighbours (Σ) sends the text the long way (tokenize the whole fold).
 */
export function someWord(text: string, test: (word: string, base: string) => boolean): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (CLASS[text.charCodeAt(i)] !== C_LETTER) {
      i++;
      continue;
    }
    // The word grammar of scan(): other tokens hold no letters, so a letter not in a word starts one.
    const start = i;
    i++;
    while (i < n && CLASS[text.charCodeAt(i)] === C_LETTER) i++;
    while (i + 1 < n && APOSTROPHE[text.charCodeAt(i)] === 1 && CLASS[text.charCodeAt(i + 1)] === C_LETTER) {
      i += 2;
      while (i < n && CLASS[text.charCodeAt(i)] === C_LETTER) i++;
    }
    const word = text.slice(start, i);
    const f = foldOrNull(word);
    if (f === null) return someToken(text, fold(text), (t) => t.kind === 'word' && test(t.text, t.base));
    const a = f.indexOf("'");
    if (test(word, a > 0 ? f.slice(0, a) : f)) return true;
  }
  return false;
}

function scan(text: string, folded: string, tokens: Token[], words: Token[] | null, test: ((t: Token) => boolean) | null): boolean {
  const n = text.length;
  const src: Source = { text, folded };
  // The next "'" in the folded text at or after the current token (apostrophe variants fold to it).
  let apos = folded.indexOf("'");
  let i = 0;
  while (i < n) {
    const start = i;
    const cls = CLASS[text.charCodeAt(i)] as number;
    if (cls === C_SPACE) {
      i++;
      continue;
    }
    let kind: TokenKind;
    let marks = 0;
    if (cls === C_LETTER) {
      kind = 'word';
      marks = LETTER_MARKS[text.charCodeAt(i)] as number;
      i++;
      for (;;) {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (CLASS[c] !== C_LETTER) break;
          marks |= LETTER_MARKS[c] as number;
          i++;
        }
        // (?:['’‘`´ʼ][L]+)*
        if (!(i + 1 < n && APOSTROPHE[text.charCodeAt(i)] === 1 && CLASS[text.charCodeAt(i + 1)] === C_LETTER)) break;
        marks |= LETTER_MARKS[text.charCodeAt(i + 1)] as number;
        i += 2;
      }
      // "ŞenTC9683…": a word with "TC" glued on before the number is the word, then "TC".
      if (i < n && CLASS[text.charCodeAt(i)] === C_DIGIT && i - start > 3 && text.charCodeAt(i - 1) === 67 && text.charCodeAt(i - 2) === 84 && IS_LOWER[text.charCodeAt(i - 3)] === 1) i -= 2;
    } else if (cls === C_DIGIT) {
      kind = 'num';
      i++;
      while (i < n && CLASS[text.charCodeAt(i)] === C_DIGIT) i++;
    } else {
      kind = cls === C_NL ? 'nl' : 'punct';
      i++;
    }
    const end = i;
    let base: string;
    let suffix = '';
    let baseEnd = end;
    let cap = false;
    let upper = false;
    let arabic = false;
    let slot = -1;
    let flags = -1;
    if (kind === 'word') {
      // The folded word splits at its first "'" unless that is its first character ("ʼ" is a letter).
      while (apos !== -1 && apos < start) apos = folded.indexOf("'", apos + 1);
      if (apos > start && apos < end) {
        suffix = folded.slice(apos + 1, end);
        baseEnd = apos;
      }
      slot = internWord(folded, start, baseEnd);
      base = wordOf(slot);
      flags = flagsOf(slot);
      const c0 = text.charCodeAt(start);
      arabic = c0 >= 0x0600 && c0 <= 0x06ff;
      if (!arabic) {
        cap = IS_UPPER[c0] === 1;
        if (cap && baseEnd - start >= 2) {
          upper = true;
          for (let k = start; k < baseEnd; k++) {
            if (IS_LOWER[text.charCodeAt(k)] === 1) {
              upper = false;
              break;
            }
          }
        }
      }
    } else base = folded.slice(start, end);
    const token = new Token(kind, src, start, end, base, suffix, baseEnd, cap, upper, arabic, tokens.length, slot, marks, flags);
    tokens.push(token);
    if (words !== null && kind === 'word') words.push(token);
    if (test !== null && test(token)) return true;
  }
  return false;
}

/**
 * The words seen lately, each held once: an open-addressing table by FNV-1a hash of the folded base. A
 * word already there costs no new string (its tokens share the one string, whose hash V8 then keeps for
 * every Set and Map look-up after) and brings its lexicon flags along (word-info.ts's lex() puts them in
 * WORD_META, through rememberFlags, the first time they are asked for). Emptied when half full: a miss only costs the work again.
 */
const WORD_SLOTS = 1 << 15;
const WORD_MASK = WORD_SLOTS - 1;
const WORDS: string[] = new Array<string>(WORD_SLOTS).fill('');
/**
 * Per slot, side by side so a probe reads one cache line and not the string: the word's hash, its length
 * (0: an empty slot) and its lexicon flags (-1 until asked for).
 */
const WORD_META = new Int32Array(WORD_SLOTS * 4);
let wordCount = 0;
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** The slot of folded[start, end) in the table, put in when not there (never an empty word). */
function internWord(folded: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ folded.charCodeAt(k), HASH_PRIME);
  const len = end - start;
  const meta = WORD_META;
  let slot = hash & WORD_MASK;
  for (;;) {
    const at = slot << 2;
    const l = meta[at + 1] as number;
    if (l === 0) break;
    if (meta[at] === hash && l === len && sameChars(WORDS[slot] as string, folded, start)) return slot;
    slot = (slot + 1) & WORD_MASK;
  }
  if (wordCount >= WORD_SLOTS >> 1) {
    WORDS.fill('');
    meta.fill(0);
    wordCount = 0;
    slot = hash & WORD_MASK;
  }
  WORDS[slot] = folded.slice(start, end);
  meta[slot << 2] = hash;
  meta[(slot << 2) + 1] = len;
  meta[(slot << 2) + 2] = -1;
  wordCount++;
  return slot;
}

/** The word in a slot, and its flags (-1: not known yet). */
const wordOf = (slot: number) => WORDS[slot] as string;
const flagsOf = (slot: number) => WORD_META[(slot << 2) + 2] as number;

function sameChars(w: string, s: string, from: number): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== s.charCodeAt(from + k)) return false;
  return true;
}

/** Keep a word's flags with it in the table (unless its slot went to another word since). */
export function rememberFlags(t: Token, flags: number): void {
  if (t.slot >= 0 && WORDS[t.slot] === t.base) WORD_META[(t.slot << 2) + 2] = flags;
}

/** Nothing but punctuation, line breaks and numbers after token i. */
export function onlyPunctOrNumbersAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) if ((tokens[k] as Token).kind === 'word') return false;
  return true;
}

/** Nothing but punctuation and line breaks after token i. */
export function onlyPunctAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const x = tokens[k] as Token;
    if (x.kind !== 'punct' && x.kind !== 'nl') return false;
  }
  return true;
}
