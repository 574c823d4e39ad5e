/**
 * SMS understanding for the hotline: who wrote (name, kimlik no), what they ask, where they are,
 * what kind of case it is and whether it is urgent. Pure, synchronous, total and deterministic:
 * lexicons are loaded once at import; a call does no I/O and never throws.
 */
import { findIds } from './id.ts';
import { findName } from './name.ts';
import { findProvince } from './place.ts';
import { fold, someWord, tokenize, type Token } from './text.ts';
import { tidyCut } from './tidy.ts';
import { blankSpan, detectLang, foldScanned, triage } from './triage.ts';
import type { ParseResult, Span } from './types.ts';
import { GREETING, ID_FILLER, lex, PLACE, SIGNOFF, STOPWORD, wordFlags } from './word-info.ts';

export type { ParseResult, Span, Category, Lang } from './types.ts';
export { isValidTckn, maskTckn } from './tckn.ts';

/** Longest text looked at; longer input is cut (an SMS thread is far shorter). */
const MAX_LEN = 5000;

export function parseMessage(text: string): ParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch {
    return empty(typeof text === 'string' ? text : '');
  }
}

/** The text the triage rules and the urgency model read: folded, the sender's name blanked (for training and explaining). */
export function triageInput(input: string): string {
  const text = input.length > MAX_LEN ? input.slice(0, MAX_LEN) : input;
  const name = parseMessage(text).spans.name;
  return name === null ? fold(text) : blankSpan(fold(text), name);
}

function empty(text: string): ParseResult {
  return {
    name: null,
    tckn: null,
    tcknInvalid: null,
    request: text.trim().slice(0, MAX_LEN),
    province: null,
    category: 'genel',
    urgent: false,
    lang: 'tr',
    confidence: { name: 0, tckn: 0, request: 0, province: 0, category: 0, urgent: 0, lang: 0 },
    spans: { name: null, tckn: null },
  };
}

function caseMode(tokens: Token[], words: Token[]): 'mixed' | 'lower' | 'upper' {
  let latin = 0;
  let upper = 0;
  let capInner = 0;
  let inner = 0;
  let sentenceStart = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'nl' || (t.kind === 'punct' && isSentencePunct(t.code))) {
      sentenceStart = true;
      continue;
    }
    if (t.kind !== 'word' || t.arabic) {
      if (t.kind === 'num') sentenceStart = false;
      continue;
    }
    latin++;
    if (t.upper) upper++;
    if (!sentenceStart && t.base.length > 1) {
      inner++;
      if (t.cap) capInner++;
    }
    sentenceStart = false;
  }
  void words;
  if (latin >= 3 && upper / latin >= 0.6) return 'upper';
  if (inner >= 3 && capInner / inner < 0.1) return 'lower';
  if (inner > 0 && capInner === 0) return 'lower';
  return 'mixed';
}

function parse(input: string): ParseResult {
  const text = input.length > MAX_LEN ? input.slice(0, MAX_LEN) : input;
  // Folded and scanned for the triage rules' literals in one pass.
  const folded = foldScanned(text);
  const words: Token[] = [];
  const tokens = tokenize(text, folded, words);
  const mode = caseMode(tokens, words);

  const ids = findIds(folded, tokens);
  const idCand = ids.tckn ?? ids.invalid;
  const nameRes = findName({ text, tokens, words, idSpan: idCand?.span ?? null, phones: ids.phones, numbers: ids.numbers, mode });

  const place = findProvince(text, tokens, words, nameRes.span, mode !== 'mixed', ids.phones);
  const { category: cat, urgency: urg } = triage(folded, nameRes.span);
  const lang = detectLang(tokens);

  const request = extractRequest(text, tokens, nameRes.cueSpan, idCand?.span ?? null);

  return {
    name: nameRes.name,
    tckn: ids.tckn?.digits ?? null,
    tcknInvalid: ids.tckn ? null : (ids.invalid?.digits ?? null),
    request,
    province: place.province,
    category: cat.category,
    urgent: urg.urgent,
    lang: lang.lang,
    confidence: {
      name: nameRes.confidence,
      tckn: ids.tckn ? (ids.tckn.cue === 'own' ? 0.99 : 0.9) : ids.invalid ? 0.7 : 0.85,
      request: request ? 0.8 : 0.6,
      province: place.confidence,
      category: cat.confidence,
      urgent: urg.confidence,
      lang: lang.confidence,
    },
    spans: { name: nameRes.span, tckn: idCand?.span ?? null },
  };
}

const CONTENT_WORD = /[\p{L}]{2,}/u;
/** [:.\-=] */
const isCuePunct = (c: number) => c === 58 || c === 46 || c === 45 || c === 61;
const COUNT_PREFIX = /^\d\/\d/;
/** [.!?:] */
const isSentencePunct = (c: number) => c === 46 || c === 33 || c === 63 || c === 58;

function extractRequest(text: string, tokens: Token[], nameSpan: Span | null, idSpan: Span | null): string {
  const remove: Span[] = [];
  if (nameSpan) remove.push(nameSpan);
  if (idSpan) {
    let start = idSpan[0];
    let end = idSpan[1];
    // Cue words before the ID ("TC Kimlik No:", "tc", "رقم الكملك").
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k] as Token;
      if (t.end > start) continue;
      if (t.kind === 'word' && ((lex(t) & ID_FILLER) !== 0 || t.base === 'benim')) start = t.start;
      else if (t.kind === 'punct' && isCuePunct(t.code)) start = t.start;
      else break;
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.start < end) continue;
      if (t.kind === 'word' && (t.base === 'numarali' || t.base === 'nolu')) end = t.end;
      break;
    }
    remove.push([start, end]);
  }
  // Greetings at the start and sign-offs at the end.
  let head = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && (lex(t) & GREETING) !== 0) head = t.end;
    else if (t.kind === 'punct' || t.kind === 'nl') continue;
    else if (t.kind === 'num' && t.start === 0 && COUNT_PREFIX.test(text.slice(t.start, t.start + 3))) continue;
    else break;
  }
  if (head) remove.push([0, head]);
  let tail = text.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && (lex(t) & SIGNOFF) !== 0) tail = t.start;
    else if (t.kind === 'punct' || t.kind === 'nl') continue;
    else break;
  }
  if (tail < text.length) remove.push([tail, text.length]);

  // Cuts in order of their start (insertion sort: there are four at most; stable like sort()).
  for (let k = 1; k < remove.length; k++) {
    const r = remove[k] as Span;
    let j = k - 1;
    while (j >= 0 && (remove[j] as Span)[0] > r[0]) {
      remove[j + 1] = remove[j] as Span;
      j--;
    }
    remove[j + 1] = r;
  }
  const cuts: number[] = [];
  for (let k = 0; k < remove.length; k++) {
    const r = remove[k] as Span;
    cuts.push(r[0], r[1]);
  }
  // The text with each cut as one space, tidied.
  const out = tidyCut(text, cuts);
  // Only cue words, places and punctuation left: there is no request. (A content word the cuts leave
  // whole is in the request as it was, so its token answers; else the request's own words are read.)
  return contentLeft(tokens, cuts) || someWord(out, isContentWord) ? out : '';
}

/** A word token outside every cut that is a content word. */
function contentLeft(tokens: Token[], cuts: readonly number[]): boolean {
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    while (c < cuts.length && (cuts[c + 1] as number) <= t.start) c += 2;
    // (Cuts are sorted by start and do not overlap but for nested spans: any one touching the token counts.)
    let inside = false;
    for (let d = c; d < cuts.length && (cuts[d] as number) < t.end; d += 2) if ((cuts[d + 1] as number) > t.start) inside = true;
    if (inside) continue;
    if ((lex(t) & (STOPWORD | GREETING | SIGNOFF | ID_FILLER | PLACE)) === 0 && CONTENT_WORD.test(t.text)) return true;
  }
  return false;
}

function isContentWord(word: string, base: string): boolean {
  return (wordFlags(base) & (STOPWORD | GREETING | SIGNOFF | ID_FILLER | PLACE)) === 0 && CONTENT_WORD.test(word);
}
