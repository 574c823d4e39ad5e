/**
 * A learned second opinion on urgency: logistic regression over the words of a message, each cut to its
 * first five letters ("dövüyor", "dövüyo" → "dovuy"), and over pairs of neighbouring words. The phrase
 * rules know the phrases someone wrote down; the model knows the situations the labelled messages
 * describe in words no rule lists ("bebek kucağımda çok soğuk", "ilaçlar elimde"). It can only raise
 * urgency, never lower it: a missed emergency costs more than a second look.
 *
 * Trained by scripts/train-urgency.ts on the project's own labelled sets (test/parser/corpus), never on
 * the dev corpus; the weights ship as lexicon/urgency-model.tsv. A feature is a string ("u:kocam",
 * "b:kocam dovuy"); at run time its 32-bit FNV-1a hash is computed straight from the folded text, with no
 * string made, and looked up in an open-addressing table.
 */
import { URGENCY_MODEL_TEXT } from './lexicon/index.ts';

/**
 * The model finds a message urgent from this log-odds on (p ≥ 0.27). Chosen leaving one labelled set out
 * at a time (`npm run train:urgency -- --cross`): recall 99.1 %, precision 98.2 % on the set left out.
 * Below 0 because the L2 pull keeps the weights small, so the model is under-confident.
 */
export const URGENT_LOGIT = -1;

/** Letters of a word that make its feature. */
export const MODEL_PREFIX = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** A folded character that belongs to a word: a-z, 0-9, Arabic letters and their marks (not Arabic punctuation). */
function isWordCode(c: number): boolean {
  return c < 0x700 && WORD_CODE[c] === 1;
}
const WORD_CODE = new Uint8Array(0x700);
for (let c = 0; c < 0x700; c++) {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x620 && c <= 0x65f) || (c >= 0x66e && c <= 0x6d3)) WORD_CODE[c] = 1;
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Words of a folded text that count: [start, end) of each, at least two characters, not only digits. */
function forEachWord(folded: string, visit: (start: number, end: number) => void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    while (i < n && isWordCode(folded.charCodeAt(i))) {
      if (!isDigitCode(folded.charCodeAt(i))) digits = false;
      i++;
    }
    if (i - start > 1 && !digits) visit(start, i);
  }
}

/** The features of a folded text as strings, each once, in order of first appearance (for training and explaining). */
export function featureStrings(folded: string): string[] {
  const out = new Set<string>();
  let prev: string | null = null;
  forEachWord(folded, (start, end) => {
    const p = folded.slice(start, Math.min(end, start + MODEL_PREFIX));
    out.add(`u:${p}`);
    if (prev !== null) out.add(`b:${prev} ${p}`);
    prev = p;
  });
  return [...out];
}

function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}
const UNIGRAM = fnv(FNV_OFFSET, 'u:');
const BIGRAM = fnv(FNV_OFFSET, 'b:');

/** The hash of a feature string (what forEachFeatureHash computes without making the string). */
export function featureHash(feature: string): number {
  return fnv(FNV_OFFSET, feature) | 0;
}

/** Reused room for the feature hashes of one text. */
let hashBuffer = new Int32Array(1024);

/**
 * The hash of every feature of a folded text into hashBuffer (a feature that occurs twice is there
 * twice); returns their count. One pass, no string made: the pair's hash goes on from "b:" + the
 * previous word's prefix + " ".
 */
function featureHashes(folded: string, skipFrom: number, skipTo: number): number {
  const n = folded.length;
  if (skipFrom >= skipTo) skipFrom = skipTo = -1;
  // At most a word per two characters, two features per word.
  if (hashBuffer.length < n + 2) hashBuffer = new Int32Array(2 * n + 2);
  const out = hashBuffer;
  let count = 0;
  let pairStart = 0;
  let first = true;
  let i = 0;
  while (i < n) {
    // The skipped span reads as spaces (what blankSpan makes of it).
    if (i === skipFrom) i = skipTo;
    if (i >= n || !isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    while (i < n && i !== skipFrom) {
      const c = folded.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c < 48 || c > 57) digits = false;
      i++;
    }
    if (i - start < 2 || digits) continue;
    const stop = i - start > MODEL_PREFIX ? start + MODEL_PREFIX : i;
    let uni = UNIGRAM;
    let pair = pairStart;
    let next = BIGRAM;
    for (let k = start; k < stop; k++) {
      const c = folded.charCodeAt(k);
      uni = Math.imul(uni ^ c, FNV_PRIME);
      pair = Math.imul(pair ^ c, FNV_PRIME);
      next = Math.imul(next ^ c, FNV_PRIME);
    }
    out[count++] = uni;
    if (!first) out[count++] = pair;
    pairStart = Math.imul(next ^ SPACE, FNV_PRIME);
    first = false;
  }
  return count;
}

/** The hash of every feature of a folded text, `skip` read as spaces (a feature that occurs twice is visited twice). */
export function forEachFeatureHash(folded: string, visit: (hash: number) => void, skip: readonly [number, number] | null = null): void {
  const count = featureHashes(folded, skip === null ? -1 : skip[0], skip === null ? -1 : skip[1]);
  for (let k = 0; k < count; k++) visit(hashBuffer[k] as number);
}

/**
 * The shipped model: bias, and weights by feature hash in an open-addressing table of (hash, weight ×
 * 10,000, stamp of the last message that counted it) triples, side by side so a lookup touches one cache
 * line (key 0: empty). The file holds weights to four decimals, so the integers are exact.
 */
interface Model {
  bias: number;
  table: Int32Array;
  /** Slots − 1 (a power of two less one). */
  mask: number;
}

const nonZero = (h: number) => (h === 0 ? 1 : h);
const SCALE = 10_000;
/** Ints per slot: hash, weight, stamp. */
const WIDTH = 3;

export function loadModel(text: string): Model {
  let bias = 0;
  const entries: [number, number][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const feature = line.slice(0, tab);
    const weight = Math.round(Number(line.slice(tab + 1)) * SCALE);
    if (feature === 'bias') bias = weight / SCALE;
    else entries.push([nonZero(featureHash(feature)), weight]);
  }
  let slots = 16;
  while (slots < entries.length * 2) slots *= 2;
  const table = new Int32Array(WIDTH * slots);
  const mask = slots - 1;
  for (const [h, w] of entries) {
    let slot = h & mask;
    while (table[WIDTH * slot] !== 0 && table[WIDTH * slot] !== h) slot = (slot + 1) & mask;
    // Two features with one hash were one feature in training too (it hashes the same way): weights add.
    table[WIDTH * slot] = h;
    table[WIDTH * slot + 1] = (table[WIDTH * slot + 1] as number) + w;
  }
  return { bias, table, mask };
}

const MODEL = loadModel(URGENCY_MODEL_TEXT);

/** Slot of a feature's hash, or -1 when the model has no weight for it. */
function slotOf(m: Model, hash: number): number {
  const h = nonZero(hash);
  const table = m.table;
  let slot = h & m.mask;
  for (;;) {
    const key = table[WIDTH * slot] as number;
    if (key === h) return slot;
    if (key === 0) return -1;
    slot = (slot + 1) & m.mask;
  }
}

/**
 * Below this many features the model knows, it says nothing: a line of three words has too little
 * evidence against it ("köprü" alone is no suicide note).
 */
export const MIN_KNOWN_FEATURES = 3;

let stamp = 0;

/**
 * log(p / (1 − p)) that the message (folded, the sender's name blanked) is urgent; -Infinity when the
 * model knows fewer than MIN_KNOWN_FEATURES of its features. `skip`: a span read as blanked (the caller's
 * text need not be blanked: a string made by concatenation is slow to read character by character).
 */
export function urgencyLogit(folded: string, skip: readonly [number, number] | null = null): number {
  const m = MODEL;
  const table = m.table;
  if (++stamp === 0x7fffffff) {
    for (let k = 2; k < table.length; k += WIDTH) table[k] = 0;
    stamp = 1;
  }
  const count = featureHashes(folded, skip === null ? -1 : skip[0], skip === null ? -1 : skip[1]);
  const hashes = hashBuffer;
  let sum = 0;
  let known = 0;
  for (let k = 0; k < count; k++) {
    const slot = slotOf(m, hashes[k] as number);
    // Unknown, or already counted: a feature counts once per message.
    if (slot < 0 || table[WIDTH * slot + 2] === stamp) continue;
    table[WIDTH * slot + 2] = stamp;
    sum += table[WIDTH * slot + 1] as number;
    known++;
  }
  return known < MIN_KNOWN_FEATURES ? -Infinity : m.bias + sum / SCALE;
}

/** The model's features in a folded text with their weights (for `npm run explain`). */
export function explainUrgencyModel(folded: string, model: Model = MODEL): { feature: string; weight: number }[] {
  return featureStrings(folded)
    .map((feature) => {
      const slot = slotOf(model, featureHash(feature));
      return { feature, weight: slot < 0 ? 0 : (model.table[WIDTH * slot + 1] as number) / SCALE };
    })
    .filter((f) => f.weight !== 0);
}
