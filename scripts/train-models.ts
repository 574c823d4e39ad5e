// npm run train:models: the urgency and category models (src/parser/word-model.ts) from every labelled set
// the project keeps: its own (test/parser/corpus/own-*.jsonl) and the held-out sets once they have been
// scored unseen (test/parser/heldout/*.jsonl); never the dev corpus, which stays a check by other hands.
//   (no flag)  writes src/parser/lexicon/urgency-model.tsv and category-model.tsv
//   --check    exits 1 when a shipped file is not what training makes (CI runs this as a test)
//   --cross    leave one set out: each set scored by models trained on all the others
// Deterministic: the same sets give the same file, byte for byte.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { triageInput } from '../src/parser/index.ts';
import { withoutOwnImpairment } from '../src/parser/triage.ts';
import { CATEGORIES, type Category } from '../src/parser/types.ts';
import { featureHash, featureStrings, URGENT_LOGIT } from '../src/parser/word-model.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS_DIR = join(root, 'test/parser/corpus');
export const HELDOUT_DIR = join(root, 'test/parser/heldout');
export const URGENCY_FILE = join(root, 'src/parser/lexicon/urgency-model.tsv');
export const CATEGORY_FILE = join(root, 'src/parser/lexicon/category-model.tsv');

/** Adagrad steps on the log loss, L2 pull towards 0, passes over the shuffled messages. */
const EPOCHS = 8;
const RATE = 0.5;
const L2 = 1e-6;
/** Weights this small change no decision: left out of the file. */
const SMALLEST = 5e-4;
/**
 * A feature seen in fewer messages than this is left out: one message's words say little about the next
 * message, and the tables stay smaller (about 40,400 features from 29,260 messages; 44,300 from 33,160). Leaving one set out
 * when it was chosen (21 sets), it also found more (recall 99.1 % against 97.4 % at the same precision).
 */
export const MIN_COUNT = 3;

interface Example {
  set: string;
  /** What the urgency model reads: the text without the sender's name. */
  features: number[];
  /** What the category model reads: that, without the writer's own impairment too (as the category rules). */
  categoryFeatures: number[];
  urgent: boolean;
  category: Category;
}

/** The labelled sets training reads, in a fixed order: the own sets, then the held-out ones. */
export function trainingFiles(): string[] {
  const own = readdirSync(CORPUS_DIR).filter((f) => /^own-.*\.jsonl$/.test(f)).sort();
  const heldout = readdirSync(HELDOUT_DIR).filter((f) => f.endsWith('.jsonl')).sort();
  return [...own.map((f) => join(CORPUS_DIR, f)), ...heldout.map((f) => join(HELDOUT_DIR, f))];
}

export function loadExamples(files = trainingFiles()): { examples: Example[]; names: Map<number, string> } {
  const names = new Map<number, string>();
  const examples: Example[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { text: string; expect: { urgent: boolean; category: Category } };
      const read = triageInput(c.text);
      const hashes = (text: string) => {
        const features = new Set<number>();
        for (const f of featureStrings(text)) {
          const h = featureHash(f);
          // One string per hash: two features with one hash are one feature, here as at run time.
          if (!names.has(h) || (names.get(h) as string) > f) names.set(h, f);
          features.add(h);
        }
        return [...features];
      };
      examples.push({ set: basename(file), features: hashes(read), categoryFeatures: hashes(withoutOwnImpairment(read)), urgent: c.expect.urgent, category: c.expect.category });
    }
  }
  return { examples, names };
}

/** The examples as the category model reads them. */
export const forCategory = (examples: Example[]): Example[] => examples.map((e) => ({ ...e, features: e.categoryFeatures }));

/** The examples with only the features that occur in at least MIN_COUNT of them. */
export function common(examples: Example[]): Example[] {
  const count = new Map<number, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  return examples.map((e) => ({ ...e, features: e.features.filter((f) => (count.get(f) as number) >= MIN_COUNT) }));
}

/** Logistic regression on the examples' common features, for a yes/no label. */
export function train(all: Example[], label: (e: Example) => boolean = (e) => e.urgent): { bias: number; weights: Map<number, number> } {
  const examples = common(all);
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  let bias = 0;
  let gBias = 0;
  const reg = L2 * examples.length;
  let seed = 1;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const ex = examples[i] as Example;
      let z = bias;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (label(ex) ? 1 : 0);
      for (const f of ex.features) {
        const wf = w.get(f) ?? 0;
        const gf = g + reg * wf;
        const acc = (g2.get(f) ?? 0) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (RATE * gf) / Math.sqrt(acc + 1e-8));
      }
      gBias += g * g;
      bias -= (RATE * g) / Math.sqrt(gBias + 1e-8);
    }
  }
  return { bias, weights: w };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const byFeature = (a: readonly [string, number[]], b: readonly [string, number[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** A model file: one weight column per label. */
function fileText(title: string, examples: Example[], names: Map<number, string>, labels: ((e: Example) => boolean)[]): string {
  const models = labels.map((label) => train(examples, label));
  const features = new Set<number>();
  for (const m of models) for (const h of m.weights.keys()) features.add(h);
  const rows = [...features]
    .map((h) => [names.get(h) as string, models.map((m) => round(m.weights.get(h) ?? 0))] as [string, number[]])
    .filter(([, ws]) => ws.some((x) => Math.abs(x) >= SMALLEST))
    .sort(byFeature)
    .map(([f, ws]) => `${f}\t${ws.join('\t')}`);
  const sets = new Set(examples.map((e) => e.set)).size;
  return [
    `# ${title}: logistic regression weights by feature (u: a word's first 5 letters, b: two neighbouring words).`,
    `# Written by scripts/train-models.ts from ${examples.length} labelled messages in ${sets} sets (test/parser/corpus/own-*.jsonl, test/parser/heldout/*.jsonl). Do not edit.`,
    `bias\t${models.map((m) => round(m.bias)).join('\t')}`,
    ...rows,
    '',
  ].join('\n');
}

/** The two model files' text, as training makes them: [urgency, category]. */
export function modelTexts(): [string, string] {
  const { examples, names } = loadExamples();
  return [
    fileText('Urgency model', examples, names, [(e) => e.urgent]),
    fileText(`Category model (columns: ${CATEGORIES.join(', ')})`, forCategory(examples), names, CATEGORIES.map((c) => (e: Example) => e.category === c)),
  ];
}

function crossCheck(): void {
  const { examples } = loadExamples();
  const sets = [...new Set(examples.map((e) => e.set))];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const set of sets) {
    const { bias, weights } = train(examples.filter((e) => e.set !== set));
    let t = 0;
    let f = 0;
    let n = 0;
    for (const ex of examples.filter((e) => e.set === set)) {
      let z = bias;
      for (const h of ex.features) z += weights.get(h) ?? 0;
      if (z >= URGENT_LOGIT && ex.urgent) t++;
      else if (z >= URGENT_LOGIT) f++;
      else if (ex.urgent) n++;
    }
    tp += t;
    fp += f;
    fn += n;
    console.log(`${set.padEnd(12)} model alone, trained without it: recall ${((100 * t) / (t + n)).toFixed(1)} %, precision ${((100 * t) / Math.max(1, t + f)).toFixed(1)} %`);
  }
  console.log(`all sets: recall ${((100 * tp) / (tp + fn)).toFixed(1)} %, precision ${((100 * tp) / (tp + fp)).toFixed(1)} %`);
  let right = 0;
  const read = forCategory(examples);
  for (const set of sets) {
    const train_ = read.filter((e) => e.set !== set);
    const models = CATEGORIES.map((c) => train(train_, (e) => e.category === c));
    let r = 0;
    const test = read.filter((e) => e.set === set);
    for (const ex of test) {
      const z = models.map((m) => ex.features.reduce((s, h) => s + (m.weights.get(h) ?? 0), m.bias));
      if (CATEGORIES[z.indexOf(Math.max(...z))] === ex.category) r++;
    }
    right += r;
    console.log(`${set.padEnd(12)} category model alone, trained without it: ${((100 * r) / test.length).toFixed(1)} %`);
  }
  console.log(`all sets: category ${((100 * right) / examples.length).toFixed(1)} %`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--cross')) crossCheck();
  else if (process.argv.includes('--check')) {
    const [urgency, category] = modelTexts();
    const same = readFileSync(URGENCY_FILE, 'utf8') === urgency && readFileSync(CATEGORY_FILE, 'utf8') === category;
    console.log(same ? 'the models are up to date' : 'the models differ from what training makes: run npm run train:models');
    process.exit(same ? 0 : 1);
  } else {
    const texts = modelTexts();
    [URGENCY_FILE, CATEGORY_FILE].forEach((file, k) => {
      writeFileSync(file, texts[k] as string);
      console.log(`wrote ${(texts[k] as string).split('\n').length - 4} features to ${file}`);
    });
  }
}
