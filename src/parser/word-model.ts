/**
 * Learned second opinions on triage: logistic regression over the words of a message, each cut to its
 * first five letters ("dövüyor", "dövüyo" → "dovuy"), and over pairs of neighbouring words. The phrase
 * rules know the phrases someone wrote down; the models know the situations the labelled messages
 * describe in words no rule lists ("bebek kucağımda çok soğuk", "ilaçlar elimde").
 *  - urgency: raises urgency where the rules find none (a missed emergency costs more than a second look),
 *    and lowers it only where the rules found one middling cue and the model is sure (triage.ts says when);
 *  - category: one model per category (one against the rest), heard only where the rules find no case.
 *
 * Trained by scripts/train-models.ts on every labelled set the project keeps (test/parser/corpus and the
 * held-out sets once scored unseen, 33,160 messages in 218 sets), never on the dev corpus; the weights
 * ship as lexicon/urgency-model.tsv and lexicon/category-model.tsv. A feature is a string ("u:kocam",
 * "b:kocam dovuy"); at run time its 32-bit FNV-1a hash is computed straight from the folded text, with no
 * string made, and looked up in an open-addressing table.
 */
import { CATEGORY_MODEL_TEXT, URGENCY_MODEL_TEXT } from './lexicon/index.ts';
import { CATEGORIES, type Category } from './types.ts';

/**
 * The urgency model finds a message urgent from this log-odds on (p ≥ 0.27). Below 0 because the L2 pull
 * keeps the weights small, so the model is under-confident. Checked when the models began to train on the
 * held-out sets too, by replaying 50 of them (7,500 messages), each scored by the rules of the day before
 * it was learnt and by models trained on every set there was then: recall 98.4 %, precision 97.4 % (at
 * −1.5: 98.8 and 97.2; at −2: 99.0 and 96.3). Lower thresholds cost precision on the dev corpus, which
 * other hands labelled and which is stricter about "now" (at −1.5: 87.0 % against 90.9 %, recall 100 %
 * both), and on the next two unseen sets (q151/q152: 93.7 against 95.2 %, recall 100 % both).
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

/** hashesOf(), made once for a text that both models read; `skip` read as spaces. */
function featureHashes(folded: string, skip: readonly [number, number] | null): number {
  let skipFrom = skip === null ? -1 : skip[0];
  let skipTo = skip === null ? -1 : skip[1];
  if (skipFrom >= skipTo) skipFrom = skipTo = -1;
  // The urgency and the category model read the same text: its hashes are made once.
  if (folded === hashedText && skipFrom === hashedFrom && skipTo === hashedTo) return hashedCount;
  hashedText = folded;
  hashedFrom = skipFrom;
  hashedTo = skipTo;
  hashedCount = hashesOf(folded, skipFrom, skipTo);
  return hashedCount;
}
let hashedText: string | null = null;
let hashedFrom = -1;
let hashedTo = -1;
let hashedCount = 0;

/**
 * The hash of every feature of a folded text into hashBuffer (a feature that occurs twice is there
 * twice); returns their count. One pass, no string made: the pair's hash goes on from "b:" + the
 * previous word's prefix + " ".
 */
function hashesOf(folded: string, skipFrom: number, skipTo: number): number {
  const n = folded.length;
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
  const count = featureHashes(folded, skip);
  for (let k = 0; k < count; k++) visit(hashBuffer[k] as number);
}

/**
 * A shipped model: a bias per output, and weights by feature hash in an open-addressing table of (hash,
 * weight × 10,000 for each output, stamp of the last message that counted it) rows, side by side so a
 * lookup touches one cache line (key 0: empty). The file holds weights to four decimals, so the integers
 * are exact.
 */
export interface WordModel {
  outputs: number;
  bias: Float64Array;
  table: Int32Array;
  /** Ints per row: hash, one weight per output, stamp. */
  width: number;
  /** Rows − 1 (a power of two less one). */
  mask: number;
}

const nonZero = (h: number) => (h === 0 ? 1 : h);
const SCALE = 10_000;
/** Outputs a model may have (the room `sums` holds). */
const MAX_OUTPUTS = 8;

/** A model from its file: "bias\tw…" and "feature\tw…" lines, one weight per output; "#" lines are comments. */
export function loadModel(text: string): WordModel {
  let bias: number[] = [];
  const keys: number[] = [];
  const weights: number[] = [];
  // Read in place (no array per line): every worker thread of `kopru parse` loads both models.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start && text.charCodeAt(start) !== 35 /* # */) {
      let tab = text.indexOf('\t', start);
      const isBias = tab - start === 4 && text.startsWith('bias', start);
      if (!isBias) keys.push(nonZero(featureHash(text.slice(start, tab))));
      while (tab !== -1 && tab < end) {
        const next = text.indexOf('\t', tab + 1);
        const stop = next === -1 || next > end ? end : next;
        const w = Math.round(Number(text.slice(tab + 1, stop)) * SCALE);
        if (isBias) bias.push(w / SCALE);
        else weights.push(w);
        tab = stop === end ? -1 : stop;
      }
    }
    start = end + 1;
  }
  const outputs = bias.length;
  if (outputs < 1 || outputs > MAX_OUTPUTS || weights.length !== keys.length * outputs) throw new Error(`a word model needs 1 to ${MAX_OUTPUTS} weights on every line, as many as its bias line has`);
  const width = outputs + 2;
  let rows = 16;
  while (rows < keys.length * 2) rows *= 2;
  const table = new Int32Array(width * rows);
  const mask = rows - 1;
  for (let k = 0; k < keys.length; k++) {
    const h = keys[k] as number;
    let row = h & mask;
    while (table[width * row] !== 0 && table[width * row] !== h) row = (row + 1) & mask;
    // Two features with one hash were one feature in training too (it hashes the same way): weights add.
    table[width * row] = h;
    for (let o = 0; o < outputs; o++) table[width * row + 1 + o] = (table[width * row + 1 + o] as number) + (weights[k * outputs + o] ?? 0);
  }
  return { outputs, bias: Float64Array.from(bias), table, width, mask };
}

/** Row of a feature's hash, or -1 when the model has no weights for it. */
function rowOf(m: WordModel, hash: number): number {
  const h = nonZero(hash);
  const table = m.table;
  let row = h & m.mask;
  for (;;) {
    const key = table[m.width * row] as number;
    if (key === h) return row;
    if (key === 0) return -1;
    row = (row + 1) & m.mask;
  }
}

/**
 * Below this many features the model knows, it says nothing: a line of three words has too little
 * evidence against it ("köprü" alone is no suicide note).
 */
export const MIN_KNOWN_FEATURES = 3;

let stamp = 0;
const sums = new Float64Array(MAX_OUTPUTS);

/**
 * Each output's log(p / (1 − p)) for a folded text into `out`; false (out untouched) when the model knows
 * fewer than MIN_KNOWN_FEATURES of its features. `skip`: a span read as blanked (the caller's text need
 * not be blanked: a string made by concatenation is slow to read character by character).
 */
export function modelLogits(m: WordModel, folded: string, skip: readonly [number, number] | null, out: Float64Array): boolean {
  const table = m.table;
  const width = m.width;
  if (++stamp === 0x7fffffff) {
    for (let k = width - 1; k < table.length; k += width) table[k] = 0;
    stamp = 1;
  }
  const count = featureHashes(folded, skip);
  const hashes = hashBuffer;
  sums.fill(0);
  let known = 0;
  for (let k = 0; k < count; k++) {
    const row = rowOf(m, hashes[k] as number);
    // Unknown, or already counted: a feature counts once per message.
    if (row < 0 || table[width * row + width - 1] === stamp) continue;
    table[width * row + width - 1] = stamp;
    for (let o = 0; o < m.outputs; o++) sums[o] = (sums[o] as number) + (table[width * row + 1 + o] as number);
    known++;
  }
  if (known < MIN_KNOWN_FEATURES) return false;
  for (let o = 0; o < m.outputs; o++) out[o] = (m.bias[o] as number) + (sums[o] as number) / SCALE;
  return true;
}

/** The model's features in a folded text with their weights (for `npm run explain`). */
export function explainModel(m: WordModel, folded: string): { feature: string; weights: number[] }[] {
  return featureStrings(folded)
    .map((feature) => {
      const row = rowOf(m, featureHash(feature));
      const weights = Array.from({ length: m.outputs }, (_, o) => (row < 0 ? 0 : (m.table[m.width * row + 1 + o] as number) / SCALE));
      return { feature, weights };
    })
    .filter((f) => f.weights.some((w) => w !== 0));
}

export const URGENCY_MODEL = loadModel(URGENCY_MODEL_TEXT);
/** Outputs in the order of CATEGORIES. */
export const CATEGORY_MODEL = loadModel(CATEGORY_MODEL_TEXT);

/**
 * Both models in one table for reading messages: they know nearly the same features, so one probe per
 * feature serves both, and a row of five ints (hash; the six category weights as 16-bit pairs; the
 * urgency weight with, above it, which models know the feature) is less than half the memory of the two
 * tables: a message's probes miss the cache less. The weights are the same integers, so the sums are
 * the same. (null, and each model read from its own table, should a weight ever not fit in 16 bits.)
 */
interface JointModel {
  table: Int32Array;
  mask: number;
  /** Stamp of the last message that counted each row (a feature counts once per message). */
  seen: Int32Array;
}
const JOINT_WIDTH = 5;
const IN_CATEGORY = 1;
const IN_URGENCY = 2;

function joinModels(cat: WordModel, urg: WordModel): JointModel | null {
  if (cat.outputs !== 6 || urg.outputs !== 1) return null;
  // Every weight must fit in 16 bits; count the features while looking.
  let features = 0;
  for (const m of [cat, urg]) {
    for (let r = 0; r <= m.mask; r++) {
      if (m.table[m.width * r] === 0) continue;
      features++;
      for (let o = 1; o <= m.outputs; o++) {
        const w = m.table[m.width * r + o] as number;
        if (w < -32768 || w > 32767) return null;
      }
    }
  }
  let rows = 16;
  while (rows < features * 0.8) rows *= 2;
  const table = new Int32Array(JOINT_WIDTH * rows);
  const mask = rows - 1;
  const rowFor = (h: number) => {
    let row = h & mask;
    while (table[JOINT_WIDTH * row] !== 0 && table[JOINT_WIDTH * row] !== h) row = (row + 1) & mask;
    table[JOINT_WIDTH * row] = h;
    return JOINT_WIDTH * row;
  };
  const pair = (lo: number, hi: number) => (lo & 0xffff) | (hi << 16);
  const ct = cat.table;
  for (let r = 0; r <= cat.mask; r++) {
    const from = cat.width * r;
    if (ct[from] === 0) continue;
    const at = rowFor(ct[from] as number);
    table[at + 1] = pair(ct[from + 1] as number, ct[from + 2] as number);
    table[at + 2] = pair(ct[from + 3] as number, ct[from + 4] as number);
    table[at + 3] = pair(ct[from + 5] as number, ct[from + 6] as number);
    table[at + 4] = (table[at + 4] as number) | (IN_CATEGORY << 16);
  }
  const ut = urg.table;
  for (let r = 0; r <= urg.mask; r++) {
    const from = urg.width * r;
    if (ut[from] === 0) continue;
    const at = rowFor(ut[from] as number);
    table[at + 4] = ((ut[from + 1] as number) & 0xffff) | ((((table[at + 4] as number) >>> 16) | IN_URGENCY) << 16);
  }
  return { table, mask, seen: new Int32Array(rows) };
}
const JOINT = joinModels(CATEGORY_MODEL, URGENCY_MODEL);

/** What the joint table read of the last text: the sums of each model and how many features each knows. */
let jointText: string | null = null;
let jointFrom = -2;
let jointTo = -2;
let jointStamp = 0;
const jointCategory = new Float64Array(6);
let jointUrgency = 0;
let knownCategory = 0;
let knownUrgency = 0;

function readJoint(m: JointModel, folded: string, skip: readonly [number, number] | null): void {
  const from = skip === null ? -1 : skip[0];
  const to = skip === null ? -1 : skip[1];
  if (folded === jointText && from === jointFrom && to === jointTo) return;
  jointText = folded;
  jointFrom = from;
  jointTo = to;
  if (++jointStamp === 0x7fffffff) {
    m.seen.fill(0);
    jointStamp = 1;
  }
  const count = featureHashes(folded, skip);
  const hashes = hashBuffer;
  const table = m.table;
  const seen = m.seen;
  const mask = m.mask;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let c5 = 0;
  let u = 0;
  let kc = 0;
  let ku = 0;
  for (let k = 0; k < count; k++) {
    const h = nonZero(hashes[k] as number);
    let row = h & mask;
    for (;;) {
      const key = table[JOINT_WIDTH * row] as number;
      if (key === h || key === 0) break;
      row = (row + 1) & mask;
    }
    const at = JOINT_WIDTH * row;
    // Unknown, or already counted: a feature counts once per message.
    if (table[at] === 0 || seen[row] === jointStamp) continue;
    seen[row] = jointStamp;
    const a = table[at + 1] as number;
    const b = table[at + 2] as number;
    const c = table[at + 3] as number;
    const d = table[at + 4] as number;
    const inModels = d >>> 16;
    if ((inModels & IN_CATEGORY) !== 0) {
      c0 += (a << 16) >> 16;
      c1 += a >> 16;
      c2 += (b << 16) >> 16;
      c3 += b >> 16;
      c4 += (c << 16) >> 16;
      c5 += c >> 16;
      kc++;
    }
    if ((inModels & IN_URGENCY) !== 0) {
      u += (d << 16) >> 16;
      ku++;
    }
  }
  jointCategory[0] = c0;
  jointCategory[1] = c1;
  jointCategory[2] = c2;
  jointCategory[3] = c3;
  jointCategory[4] = c4;
  jointCategory[5] = c5;
  jointUrgency = u;
  knownCategory = kc;
  knownUrgency = ku;
}

/** Each category's log-odds for a folded text into `out` (as modelLogits(CATEGORY_MODEL, …) gives them). */
function categoryLogits(folded: string, skip: readonly [number, number] | null, out: Float64Array): boolean {
  if (JOINT === null) return modelLogits(CATEGORY_MODEL, folded, skip, out);
  readJoint(JOINT, folded, skip);
  if (knownCategory < MIN_KNOWN_FEATURES) return false;
  for (let o = 0; o < 6; o++) out[o] = (CATEGORY_MODEL.bias[o] as number) + (jointCategory[o] as number) / SCALE;
  return true;
}

const one = new Float64Array(1);
/** The urgency model's log-odds for a folded text (`skip`: the sender's name); -Infinity when it says nothing. */
export function urgencyLogit(folded: string, skip: readonly [number, number] | null = null): number {
  if (JOINT === null) return modelLogits(URGENCY_MODEL, folded, skip, one) ? (one[0] as number) : -Infinity;
  readJoint(JOINT, folded, skip);
  return knownUrgency < MIN_KNOWN_FEATURES ? -Infinity : (URGENCY_MODEL.bias[0] as number) + jointUrgency / SCALE;
}

const perCategory = new Float64Array(CATEGORIES.length);
/**
 * The category model's share for each category (one-against-the-rest probabilities, made to sum to 1),
 * in the order of CATEGORIES, into `out`; false (out untouched) when it knows too little of the text.
 */
export function categoryShares(folded: string, skip: readonly [number, number] | null, out: Float64Array): boolean {
  if (!categoryLogits(folded, skip, perCategory)) return false;
  let sum = 0;
  for (let o = 0; o < CATEGORIES.length; o++) sum += out[o] = 1 / (1 + Math.exp(-(perCategory[o] as number)));
  for (let o = 0; o < CATEGORIES.length; o++) out[o] = (out[o] as number) / sum;
  return true;
}

/** The category model's most likely category and its share; null when it says nothing (for `npm run explain`). */
export function modelCategory(folded: string, skip: readonly [number, number] | null = null): { category: Category; p: number } | null {
  const shares = new Float64Array(CATEGORIES.length);
  if (!categoryShares(folded, skip, shares)) return null;
  let best = 0;
  for (let o = 1; o < CATEGORIES.length; o++) if ((shares[o] as number) > (shares[best] as number)) best = o;
  return { category: CATEGORIES[best] as Category, p: shares[best] as number };
}
