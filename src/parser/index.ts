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
import { GIVEN, GREETING, ID_FILLER, KIN_3RD, KIN_MY, lex, NAME_TITLE, PLACE, SIGNOFF, STOPWORD, SURNAME, wordFlags } from './word-info.ts';

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
  // Every word capitalised ("Ben Isitme Engelli Isim Baris Koc Is Aramak …"): the case says no more than in capitals.
  if (inner >= 6 && capInner / inner >= 0.9) return 'upper';
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
  let idCand = ids.tckn ?? ids.invalid;
  const nameRes = findName({ text, tokens, words, idSpan: idCand?.span ?? null, phones: ids.phones, numbers: ids.numbers, mode });
  if (idCand !== null && nameRes.span !== null && selfIntroduced(tokens, nameRes.span, nameRes.cueSpan) && idOfNamedOther(tokens, idCand.span, nameRes.span)) {
    ids.tckn = null;
    ids.invalid = null;
    idCand = null;
  }

  const place = findProvince(text, tokens, words, nameRes.span, mode !== 'mixed', ids.phones);
  const { category: cat, urgency: urg } = triage(folded, nameRes.span);
  const lang = detectLang(tokens);

  const request = extractRequest(text, tokens, nameRes.cueSpan, idCand === null ? [] : idSpans(folded, idCand, ids.numbers), nameRes.name);

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

/** The writer's name came with a cue ("ben", "adım", "Ad Soyad:") or a role ("Hemşire İrem Ak", "Sınıf öğretmeni Umut Ay"). */
function selfIntroduced(tokens: Token[], name: Span, cueSpan: Span | null): boolean {
  if (cueSpan !== null && cueSpan[0] < name[0]) return true;
  let k = tokens.length - 1;
  while (k >= 0 && (tokens[k] as Token).start >= name[0]) k--;
  // (A form line too: "Gönüllü: Gizem Aydoğan".)
  if (tokens[k]?.kind === 'punct' && ((tokens[k] as Token).code === 58 || (tokens[k] as Token).code === 45)) k--;
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && (lex(t) & NAME_TITLE) !== 0;
}

/**
 * The ID right after a full name that is not the writer's ("Ben … muhtarı Recep Kara. Köyümüzde Ali Rıza
 * Uzun (TC 956…)", "Takip ettiğimiz Cemal Oral (52 yaş, TC …)"): that person's, as a form line is.
 */
function idOfNamedOther(tokens: Token[], id: Span, name: Span): boolean {
  // Back from the ID over its cue words and punctuation, and a short aside in brackets ("(52 yaş, …, TC").
  let k = tokens.length - 1;
  while (k >= 0 && (tokens[k] as Token).start >= id[0]) k--;
  let open = -1;
  for (let j = k; j >= 0 && j >= k - 12; j--) {
    const t = tokens[j] as Token;
    if ((t.kind === 'num' && t.end - t.start > 4) || t.kind === 'nl' || t.code === 41 || t.base === 'benim') break;
    if (t.code === 40) {
      open = j;
      break;
    }
  }
  // (Or the name inside the brackets, before the cue: "Rıza amca (Rıza Güneş, TC …)".)
  if (open !== -1 && namedInBrackets(tokens, open, name)) return true;
  if (open !== -1) k = open - 1;
  else {
    while (k >= 0) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct' ? t.code === 58 || t.code === 46 || t.code === 44 : t.kind === 'word' && (lex(t) & ID_FILLER) !== 0 && t.base !== 'benim') k--;
      else break;
    }
  }
  // Two or three capitalised name words, then: the named one.
  let count = 0;
  let given = false;
  while (k >= 0 && count < 3) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !t.cap || t.arabic || t.suffix !== '' && count > 0) break;
    const f = lex(t);
    if ((f & (ID_FILLER | KIN_MY | KIN_3RD | GREETING | SIGNOFF | NAME_TITLE)) !== 0 || ((f & PLACE) !== 0 && (f & SURNAME) === 0)) break;
    // (The last word any capitalised one after a given name: "Ali Rıza Uzun".)
    const before = tokens[k - 1];
    if ((f & (GIVEN | SURNAME)) === 0 && !(count === 0 && !t.upper && before !== undefined && before.kind === 'word' && before.cap && before.end + 1 === t.start && (lex(before) & GIVEN) !== 0)) break;
    if ((f & GIVEN) !== 0) given = true;
    count++;
    k--;
  }
  if (count < 2 || !given) return false;
  const first = tokens[k + 1] as Token;
  const last = tokens[k + count] as Token;
  // (Not the writer's own name, nor the writer's given name said again with the surname: "Ben Ali. … Ali Kaya TC".)
  if (last.end > name[0] && first.start < name[1]) return false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start >= name[0] && t.end <= name[1] && t.kind === 'word' && t.base === first.base) return false;
  }
  return true;
}

/** Two or three capitalised name words, a given name among them, right after the bracket and before a comma: not the writer's. */
function namedInBrackets(tokens: Token[], open: number, name: Span): boolean {
  let k = open + 1;
  let given = false;
  while (k < tokens.length && k - open <= 3) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !t.cap || t.arabic || t.suffix !== '') break;
    const f = lex(t);
    if ((f & (GIVEN | SURNAME)) === 0 || (f & (ID_FILLER | KIN_MY | KIN_3RD | NAME_TITLE)) !== 0) break;
    if ((f & GIVEN) !== 0) given = true;
    k++;
  }
  const count = k - open - 1;
  const comma = tokens[k];
  if (count < 2 || !given || comma === undefined || comma.kind !== 'punct' || comma.code !== 44) return false;
  const first = tokens[open + 1] as Token;
  return (tokens[k - 1] as Token).end <= name[0] || first.start >= name[1];
}

/** The ID's span, and those of the same number written again ("TC 765… … TC 765…" at the end). */
function idSpans(folded: string, id: { digits: string; span: Span }, numbers: readonly Span[]): Span[] {
  const spans: Span[] = [id.span];
  for (const n of numbers) {
    if (n[0] === id.span[0] || n[1] - n[0] < id.digits.length) continue;
    if (folded.slice(n[0], n[1]).replace(/\D/g, '') === id.digits) spans.push(n);
  }
  return spans;
}

/** Words that make "ederim" a thank-you. */
const THANKS = new Set(['tesekkur', 'tesekkurler', 'tsk', 'rica', 'arz', 'sukran', 'sukranlarimi']);
const CONTENT_WORD = /[\p{L}]{2,}/u;
/** [:.\-=] */
const isCuePunct = (c: number) => c === 58 || c === 46 || c === 45 || c === 61;
const COUNT_PREFIX = /^\d\/\d/;
/** [.!?:] */
const isSentencePunct = (c: number) => c === 46 || c === 33 || c === 63 || c === 58;

function extractRequest(text: string, tokens: Token[], nameSpan: Span | null, idSpans: readonly Span[], name: string | null): string {
  const remove: Span[] = [];
  if (nameSpan) remove.push(nameSpan);
  // The full name written again ("Sahin Tekin 1490… … Sahin Tekin 1490… Sakarya"): each time.
  if (nameSpan && name !== null && name.includes(' ')) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (at + name.length <= nameSpan[0] || at >= nameSpan[1]) remove.push([at, at + name.length]);
    }
  }
  for (const idSpan of idSpans) {
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
    // The brackets around it go with it ("Selin Acar (9618…)").
    const open = text.lastIndexOf('(', start - 1);
    const close = text.indexOf(')', end);
    if (open !== -1 && close !== -1 && text.slice(open + 1, start).trim() === '' && text.slice(end, close).trim() === '') {
      start = open;
      end = close + 1;
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
    // ("… Nasıl şikayet ederim?": "ederim" signs off only after thanks, "teşekkür ederim".)
    if (t.kind === 'word' && (lex(t) & SIGNOFF) !== 0 && !((t.base === 'ederim' || t.base === 'ederiz') && !THANKS.has(tokens[t.i - 1]?.base ?? ''))) tail = t.start;
    else if (t.kind === 'punct' || t.kind === 'nl') continue;
    else break;
  }
  if (tail < text.length) remove.push([tail, text.length]);

  // Cuts in order of their start (insertion sort: a handful at most; stable like sort()).
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
