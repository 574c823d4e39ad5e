// Regression guards: labelled corpora through the parser, with floors a little below the figures
// reached when this was written.
//  - the dev corpus (shared/corpus beside the repo; skipped when absent);
//  - our own sets in test/parser/corpus (own-a: plain SMS style, own-b: adversarial, own-c: mixed, 120
//    messages each; own-d to own-g: 150 each in many voices, danger said in many ways; own-h, own-i: 200
//    each; own-j … own-x, 150–200 each), written on 2026-12-06 by separate writers who never saw the parser, labelled by
//    shared/corpus/LABELS.md, with every kimlik no generated and checksum-checked by a script. Each was
//    scored unseen first (README, "Parser quality") and then learnt from (all are the word models'
//    training data), so they guard, they no longer measure.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/parser/index.ts';

const corpusPath = new URL('../../../shared/corpus/sms-dev.jsonl', import.meta.url);
const present = existsSync(corpusPath);

const fold = (s: unknown) =>
  String(s ?? '')
    .toLocaleLowerCase('tr-TR')
    .normalize('NFC')
    .replace(/[ıi̇]/g, 'i')
    .replace(/ş/g, 's')
    .replace(/ğ/g, 'g')
    .replace(/ç/g, 'c')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/[âà]/g, 'a')
    .replace(/[îì]/g, 'i')
    .replace(/[ûù]/g, 'u')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Case {
  id: string;
  text: string;
  expect: {
    name: string | null;
    tckn: string | null;
    tckn_invalid: string | null;
    request_contains: string[];
    province: string | null;
    category: string;
    urgent: boolean;
    lang: string;
  };
}

interface Scores {
  n: number;
  name: number;
  tckn: number;
  tckn_invalid: number;
  request: number;
  province: number;
  category: number;
  lang: number;
  recall: number;
  precision: number;
}

function score(path: URL): Scores {
  const cases = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  const right = { name: 0, tckn: 0, tckn_invalid: 0, request: 0, province: 0, category: 0, lang: 0 };
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const c of cases) {
    const r = parseMessage(c.text);
    const e = c.expect;
    if (fold(r.name) === fold(e.name)) right.name++;
    if (r.tckn === e.tckn) right.tckn++;
    if (r.tcknInvalid === e.tckn_invalid) right.tckn_invalid++;
    const req = fold(r.request);
    const id = e.tckn ?? e.tckn_invalid;
    const reqOk =
      e.request_contains.length === 0
        ? req === ''
        : e.request_contains.every((p) => req.includes(fold(p))) && !(id && r.request.replace(/\D/g, '').includes(id));
    if (reqOk) right.request++;
    if (fold(r.province) === fold(e.province)) right.province++;
    if (r.category === e.category) right.category++;
    if (r.lang === e.lang) right.lang++;
    if (e.urgent && r.urgent) tp++;
    if (e.urgent && !r.urgent) fn++;
    if (!e.urgent && r.urgent) fp++;
  }
  const pct = (x: number) => (100 * x) / cases.length;
  return {
    n: cases.length,
    name: pct(right.name),
    tckn: pct(right.tckn),
    tckn_invalid: pct(right.tckn_invalid),
    request: pct(right.request),
    province: pct(right.province),
    category: pct(right.category),
    lang: pct(right.lang),
    recall: (100 * tp) / (tp + fn),
    precision: (100 * tp) / (tp + fp),
  };
}

function expectFloors(s: Scores, floors: Omit<Scores, 'n'>): void {
  for (const [k, v] of Object.entries(floors)) expect({ field: k, value: s[k as keyof Scores] >= v ? v : s[k as keyof Scores] }).toEqual({ field: k, value: v });
}

describe.skipIf(!present)('dev corpus regression guard', () => {
  it('keeps every field above its floor', () => {
    // Reached: 100 on every field (2026-12-06, the rules alone). With the word models (2026-12-06 night): category 99.3,
    // urgent precision 93 (the urgency model's 3 borderline alarms: a father who withholds food, a stalker, a child
    // selling tissues at night), recall 100. Since the word models train on every held-out set (eleventh session of
    // 2026-12-07) the precision moves between 87 and 93 as sets join the training: five borderline alarms at most (also
    // a woman of 70 alone with no coal, an assault the night before), two of them within 0.1 of the threshold. In the
    // twelfth session, with 30,460 messages in training, 87.0 (40 of 46: a protection order broken, p 0.30, joined).
    // The threshold stays at −1: on that session's unseen q177/q178 −1, −0.75 and −0.5 gave the same answers; only
    // the dev corpus (93.0 at −0.5) would choose otherwise, and it is not for fitting.
    expectFloors(score(corpusPath), { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 98, lang: 98, recall: 98, precision: 86 });
  });
});

describe('own labelled sets regression guard', () => {
  // Reached (2026-12-06): own-a name 100, tckn 99.2, request 100, province 99.2, category 100, urgent recall
  // and precision 100; own-b 97.5, 99.2, 98.3, 98.3, 98.3, 100, 100; own-c 97.5, 98.3, 96.7, 95, 98.3, 100, 97.6;
  // own-d 95.3, 97.3, 97.3, 97.3, 97.3, 100, 100; own-e 98.7, 99.3, 98, 96, 97.3, 98.1, 100; own-f 98, 99.3, 98.7, 94.7, 94, 100, 96.3; own-g 92, 100, 96, 94, 93.3, 100, 100; own-h 97.5, 99, 97, 90, 96.5, 100, 97;
  // own-i 90, 98.5, 96, 90.5, 94.5, 100, 98.5 (unseen it scored 90, 98.5, 96, 90.5, 84.5, 74.2, 90.7);
  // own-j (unseen, not learnt from) 96.7, 100, 98.7, 94.7, 91.3, 79.2, 84.4; after learning from own-k and own-n 81.3, 84.8.
  // own-k and own-n (2026-12-06 late): unseen 95.5, 99, 98, 94, 91.5, 84.9, 98.4 and 96.5, 98, 98, 89.5, 92.5, 78.1, 96.6;
  // after learning from them 99, 99, 99, 96, 97, 100, 100 and 97, 98, 98.5, 95.5, 97.5, 100, 100.
  // own-m: unseen after learning from own-k and own-n 98.5, 99.5, 98.5, 96, 88, 76.5, 89.7 (before them: 93.5 province, 87 category, 75 / 89.5);
  // after learning from it 98.5, 99.5, 98.5, 96, 95, 100, 97.1.
  // own-o (unseen, after a–n): 91, 99.5, 98, 94.5, 88, 81.2, 87.5; after learning from it 95, 99.5, 98, 94.5, 96, 100, 94.5.
  // own-p (unseen after a–o): 97, 98.5, 98, 96, 87, 88.7, 91.7 (the parser of the session's start: 95, 98.5, 97.5, 96, 85.5, 79, 86);
  // own-q (unseen after a–o and p's urgency rules): 95, 99.5, 97.5, 95, 90, 79.1, 88.3. Both learnt from: p 97, 98.5, 98, 96, 95, 100, 100;
  // q 95, 99.5, 97.5, 95, 97, 100, 98.5. own-r (unseen, not learnt from): after a–o 97, 99.5, 97.5, 94.5, 90.5, 88.9, 91.8; after p and q
  // 97, 99.5, 97.5, 94.5, 90.5, 88.9, 93.3 (the parser of the session's start: 96, 97, 92.5, 89.5, 82.5, 91.2 for name, request, province, category, recall, precision).
  // own-s (unseen after a–r): 98, 98, 99.5, 97.5, 98, 96, 90.3, 93.3; learnt from: recall 100, precision 98.4. After it, own-r (still unseen)
  // 97, 99.5, 99.5, 97.5, 94.5, 90.5, 90.5 / 95; own-t (150, unseen, written last) 94.7, 100, 100, 98.7, 96, 93.3, 91.1 / 89.1
  // (the parser of the session's start on t: 94, 100, 98.7, 96, 92, 80 / 87.8).
  // own-t then learnt from: 97.3, 100, 100, 99.3, 96, 98.7, 100 / 100.
  // own-u (unseen after a–t): 99, 99.5, 99, 98.5, 90.5, 88, 84.1 / 93; learnt from: 99, 99.5, 99, 98.5, 91.5, 88.5, 100 / 100.
  // own-v (150, never learnt from): after a–t 98, 99.3, 100, 99.3, 91.3, 94.7, 85.1 / 95.2; after u 98, 99.3, 100, 99.3, 92, 94.7, 85.1 / 95.2
  // (the parser of the session's start: 98, 98.7, 99.3, 88, 93.3, 85.1 / 93). own-r (never learnt from) after u: 92.1 / 95.1.
  // own-w (borderline urgency) and own-x (a week of the free SMS line), 150 each, unseen by the rules and by word models
  // trained on a–v: w 98.7, 99.3, 99.3, 98.7, 96.7, 86.7, 100 / 92.1 (the rules alone: category 82.7, 80 / 90.3);
  // x 96.7, 99.3, 98.7, 97.3, 98, 92.7, 100 / 97.8 (the rules alone: category 90, 90.9 / 100). Then trained on.
  // own-y (150, non-native writers: 40 % Arabic, 30 % Kurmanji), unseen after a–x: 86.7, 98.7, 100, 92.7, 88.7, 80,
  // 96.4 / 85.7 (the rules alone 83.9 / 88.7); after its Arabic signatures and Kurdish names were learnt 97.3, 98.7,
  // 100, 98.7, 92, 91.3, 100 / 90.3. own-z (150, written to read like the dev set), unseen: 98, 99.3, 100, 100, 98.7,
  // 95.3, 100 / 75.5 (the rules alone 87.5 / 79.5: its questions about services that name a danger).
  // Then both trained on.
  it.each([
    ['own-a', { name: 98, tckn: 98, tckn_invalid: 98, request: 98, province: 97, category: 97, lang: 98, recall: 97, precision: 95 }],
    ['own-b', { name: 95, tckn: 97, tckn_invalid: 97, request: 96, province: 96, category: 96, lang: 98, recall: 97, precision: 95 }],
    ['own-c', { name: 95, tckn: 96, tckn_invalid: 98, request: 94, province: 93, category: 96, lang: 98, recall: 97, precision: 93 }],
    ['own-e', { name: 94, tckn: 97, tckn_invalid: 98, request: 94, province: 92, category: 94, lang: 98, recall: 96, precision: 95 }],
    ['own-f', { name: 93, tckn: 97, tckn_invalid: 98, request: 96, province: 92, category: 92, lang: 98, recall: 97, precision: 94 }],
    ['own-g', { name: 90, tckn: 98, tckn_invalid: 98, request: 94, province: 92, category: 92, lang: 98, recall: 98, precision: 97 }],
    ['own-h', { name: 95, tckn: 97, tckn_invalid: 98, request: 94, province: 88, category: 94, lang: 98, recall: 98, precision: 95 }],
    ['own-i', { name: 88, tckn: 97, tckn_invalid: 98, request: 94, province: 88, category: 92, lang: 98, recall: 98, precision: 95 }],
    ['own-j', { name: 94, tckn: 98, tckn_invalid: 98, request: 96, province: 92, category: 89, lang: 98, recall: 79, precision: 82 }],
    ['own-k', { name: 96, tckn: 98, tckn_invalid: 98, request: 96, province: 93, category: 95, lang: 98, recall: 97, precision: 97 }],
    ['own-n', { name: 94, tckn: 97, tckn_invalid: 98, request: 96, province: 93, category: 95, lang: 98, recall: 97, precision: 97 }],
    ['own-m', { name: 96, tckn: 98, tckn_invalid: 97, request: 96, province: 94, category: 93, lang: 98, recall: 97, precision: 95 }],
    ['own-o', { name: 93, tckn: 98, tckn_invalid: 98, request: 96, province: 92, category: 94, lang: 98, recall: 97, precision: 92 }],
    ['own-p', { name: 95, tckn: 97, tckn_invalid: 97, request: 96, province: 94, category: 93, lang: 98, recall: 97, precision: 97 }],
    ['own-q', { name: 93, tckn: 98, tckn_invalid: 97, request: 95, province: 93, category: 95, lang: 98, recall: 97, precision: 96 }],
    ['own-s', { name: 96, tckn: 97, tckn_invalid: 98, request: 95, province: 96, category: 94, lang: 98, recall: 97, precision: 92 }],
    ['own-t', { name: 95, tckn: 98, tckn_invalid: 98, request: 96, province: 94, category: 96, lang: 98, recall: 97, precision: 97 }],
    ['own-u', { name: 96, tckn: 98, tckn_invalid: 97, request: 96, province: 89, category: 86, lang: 98, recall: 97, precision: 97 }],
    ['own-v', { name: 96, tckn: 97, tckn_invalid: 98, request: 97, province: 89, category: 92, lang: 98, recall: 82, precision: 92 }],
    ['own-r', { name: 95, tckn: 98, tckn_invalid: 97, request: 95, province: 92, category: 88, lang: 98, recall: 89, precision: 92 }],
    ['own-d', { name: 93, tckn: 96, tckn_invalid: 98, request: 95, province: 95, category: 95, lang: 98, recall: 97, precision: 95 }],
    ['own-w', { name: 97, tckn: 98, tckn_invalid: 98, request: 97, province: 95, category: 90, lang: 98, recall: 98, precision: 90 }],
    ['own-x', { name: 95, tckn: 98, tckn_invalid: 97, request: 96, province: 96, category: 92, lang: 98, recall: 98, precision: 95 }],
    ['own-y', { name: 96, tckn: 97, tckn_invalid: 98, request: 97, province: 90, category: 89, lang: 98, recall: 98, precision: 88 }],
    ['own-z', { name: 97, tckn: 98, tckn_invalid: 98, request: 98, province: 97, category: 96, lang: 98, recall: 98, precision: 80 }],
  ] as const)('%s keeps every field above its floor', (name, floors) => {
    expectFloors(score(new URL(`./corpus/${name}.jsonl`, import.meta.url)), floors);
  });
});

describe('held-out sets, scored once unseen, then learnt from', () => {
  // Unseen figures are each set's one score before it was looked at. Once scored, a set is learnt from: by
  // the rules, and (since the eleventh session of 2026-12-07) by the word models, which train on every set
  // here. So a set guards once scored; it no longer measures. The urgent precision floors of q77, q104 and
  // own-x were lowered by 2 then, of q115 by 1 and own-s by 3, and later of q48 and q74 by 2 and q137 by 1 (as more sets
  // joined the training): the models read cold children, no coal and children selling tissues as most sets label them
  // (urgent), which these label calm.
  it.each([
    // test/parser/heldout/q2.jsonl (150, written on 2026-12-06 to read like the dev set) was scored once, unseen,
    // by the parser of that night: name 98, tckn 100, tckn_invalid 100, request 98.7, province 99.3, category 92,
    // lang 99.3, urgent recall 100 at precision 95.2 (the parser of that morning: category 90.7, recall 95 at 97.4).
    ['q2', { name: 97, tckn: 99, tckn_invalid: 99, request: 97, province: 98, category: 93, lang: 98, recall: 98, precision: 90 }],
    // q3 (150, the same brief, written after q2), scored once, unseen, at the end of that night: name 97.3, tckn 100,
    // tckn_invalid 100, request 100, province 96.7, category 90, lang 100, urgent recall 97.5 (one of 40 missed) at
    // precision 95.1 (the parser of that morning: category 86, recall 72.5 at 93.5). Its failures were not studied.
    ['q3', { name: 96, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 92, lang: 98, recall: 98, precision: 90 }],
    // q4 (150, the same brief, written after q3), scored once, unseen: name 98, tckn 100, tckn_invalid 100, request 100,
    // province 99.3, category 93.3, lang 100, urgent recall 97.5 (one of 40) at precision 95.1 (the parser of that
    // morning: category 91.3, recall 90 at 92.3). Its failures were not studied.
    ['q4', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 93, lang: 98, recall: 97, precision: 90 }],
    // q5 (150, written on 2026-12-06 late by three hands: a day on the free SMS line, relatives and veterans,
    // non-native writers), scored unseen by the parser of that session's start: name 96, tckn 99.3, tckn_invalid
    // 100, request 98.7, province 94.7, category 96.7, lang 100, urgent recall 100 at precision 96.4. Then studied:
    // the sender's own province over a relative's, lone and lower-case signatures, "Annemin adı X TC …".
    ['q5', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 96, lang: 98, recall: 98, precision: 90 }],
    // q6 (150, the same three briefs, written after q5), scored once unseen by the parser of the middle of that
    // session: name 98, tckn 99.3, tckn_invalid 99.3, request 98.7, province 98.7, category 97.3, lang 100, urgent
    // recall 98.2 (one of 56) at precision 100. Its failures were then looked at, so it guards, it no longer measures.
    ['q6', { name: 97, tckn: 99, tckn_invalid: 98, request: 97, province: 98, category: 95, lang: 98, recall: 98, precision: 90 }],
    // q7 (150, three more briefs: a winter week, fear and haste, Kurdish and Arabic places), scored once unseen by the
    // parser of late that session: name 99.3, tckn 99.3 (a mother's ID, "oğlu yazıyorum"), tckn_invalid 100,
    // request 99.3, province 97.3, category 100, lang 100, urgent recall 100 at precision 94.7. Then looked at.
    ['q7', { name: 98, tckn: 99, tckn_invalid: 98, request: 98, province: 96, category: 97, lang: 98, recall: 98, precision: 90 }],
    // q8 (150, three more briefs: a month on the line, east and west with relatives elsewhere, deaf and non-native
    // writers), scored once unseen near the end of that session: name 98.7, tckn 98.7 (a relative's ID announced
    // before the writer's "Ben oğlu …" one), tckn_invalid 100, request 98.7, province 97.3, category 98, lang 100,
    // urgent recall 100 at precision 94.6 (the parser of the session's start: province 93.3, category 96). Then looked at.
    ['q8', { name: 98, tckn: 99, tckn_invalid: 98, request: 97, province: 96, category: 96, lang: 98, recall: 98, precision: 90 }],
    // q9 (150, three more briefs: an ordinary week, several people and numbers in one message, the whole country),
    // scored once unseen at the end of that session: name 98.7, tckn 99.3 (a mother's ID announced in a sentence
    // about her), tckn_invalid 100, request 98.7, province 97.3, category 98, lang 100, urgent recall 100 at
    // precision 100 (the parser of the session's start: name 96.7, tckn 98.7, province 94). Then looked at.
    ['q9', { name: 97, tckn: 99, tckn_invalid: 98, request: 97, province: 96, category: 96, lang: 98, recall: 98, precision: 90 }],
    // q10 (150, three more briefs: an ordinary day, relatives and carers, non-native and deaf writers), scored once
    // unseen last: name 96.7, tckn 98.7, tckn_invalid 99.3, request 98, province 99.3, category 100, lang 100, urgent
    // recall 100 at precision 98.2 (the parser of the session's start: name 96, province 95.3, category 98). Then looked at.
    ['q10', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 98, lang: 98, recall: 98, precision: 90 }],
    // q11 (150, written on 2026-12-07 by three hands: IDs among other numbers, names that are words, triage that is
    // easy to get wrong), scored once unseen by the parser of that session's start: name 98.7, tckn 96 as written
    // (98 once three labels that gave a relative's ID as the sender's were set to null, as DESIGN and dev-055 say),
    // tckn_invalid 100, request 96 (98), province 98.7, category 95.3, lang 100, urgent recall 95.6 (an Arabic
    // "I will end my life tonight" missed) at precision 97.7. Then looked at.
    ['q11', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 96, lang: 98, recall: 95, precision: 90 }],
    // q12 (150, the same day: urgency said without "acil", IDs and names of people written for, long messy
    // messages), scored once unseen after q11's lessons: name 98.7, tckn 96.7 (a patient's, a pupil's, a client's
    // and a grandmother's ID taken), tckn_invalid 100, request 98.7, province 93.3, category 97.3, lang 100, urgent
    // recall 96.3 at precision 100. Then looked at.
    ['q12', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 96, lang: 98, recall: 96, precision: 90 }],
    // q13 (150, the end of that session: an ordinary week, hurried and non-fluent writers, several people and places
    // in one message), scored once unseen after q11's and q12's lessons: name 94.7, tckn 100, tckn_invalid 100,
    // request 99.3, province 95.3 (four of seven misses: the writer elsewhere for work, the case's province
    // labelled), category 96.7, lang 100, urgent recall 100 at precision 96.2. Then looked at.
    ['q13', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 94, category: 95, lang: 98, recall: 98, precision: 90 }],
    // q14 (150, last that session: a month on the line, the sender's identity easy to confuse, urgent and not urgent
    // hard to tell apart), scored once unseen after q13's lessons: name 95.3, tckn 94 (nine numbers of a pupil, a
    // patient, a client, a mother given with no kinship word: "Öğrenci TC", "TC ya wê", "رقم هويتها"),
    // tckn_invalid 100, request 99.3, province 95.3, category 98.7, lang 100, urgent recall 100 at precision 98.3.
    ['q14', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 94, category: 96, lang: 98, recall: 98, precision: 90 }],
    // q15 (150, the last of that session: an ordinary fortnight, people writing on behalf of others or in a role,
    // triage that needs the whole message), scored once unseen after q14's lessons: name 97.3, tckn 98.7 (Kurmanji
    // "TC ya bavê malê", "Müvekkil TC"), tckn_invalid 100, request 98.7, province 94.7 (four of eight misses: the
    // case's province labelled where the writer is elsewhere), category 96, lang 100, urgent recall 96.5 at 98.2.
    ['q15', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 95, lang: 98, recall: 96, precision: 90 }],
    // q16 (150, written at the very end of that session: a winter day, unsure and indirect writers who correct
    // themselves, very short messages), scored once unseen: name 98.7, tckn 94 (five corrections, "yanlış yazdım,
    // doğrusu …", and four numbers of others), tckn_invalid 97.3, request 96.7, province 95.3, category 95.3,
    // lang 100, urgent recall 100 at precision 98. Its ID misses were then learnt from; its others were not.
    ['q16', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 94, category: 94, lang: 98, recall: 98, precision: 90 }],
    // q17 (150, a new session's first: everyday Turkish; hard IDs and names; Kurmanji, Arabic and elderly
    // writers in capitals), scored once unseen: name 93.3, tckn 98 (a father's "TC" in a sentence the writer
    // signs as his daughter, Arabic "رقم جدتي", Kurmanji "TC kalê min"), tckn_invalid 100, request 96,
    // province 94.7, category 94.7, lang 100, urgent recall 90.7 at precision 100. Its lessons were then learnt.
    ['q17', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 93, category: 94, lang: 98, recall: 96, precision: 90 }],
    // q18 (150, after q17's lessons: short messy SMS; professionals and relatives writing about someone else;
    // Kurmanji, Iraqi and Syrian Arabic, broken Turkish), scored once unseen: name 92, tckn 95.3 (an imam's
    // "Kendisinin kimlik no", "14 yaşındaki Elif Yaman (TC", "Çocuğun adı Eymen, TC", "Anneannenin TC",
    // signatures as a relative: "Yeğeni Kadir", "Eşi Pınar Uçar"), tckn_invalid 100, request 94.7, province
    // 92.7 (four: the case's province where the writer says they live elsewhere), category 94.7, lang 100,
    // urgent recall 93.6 at precision 89.8. Its lessons were then learnt.
    ['q18', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 93, lang: 98, recall: 98, precision: 88 }],
    // q19 (150, after q18's lessons: emergencies beside their look-alikes; forms; Kurmanji, Syrian, Iraqi and
    // Gulf Arabic), scored once unseen: name 92.7 (Latin-script Arabic names after "انا", "معك", "esmi"; Arabic
    // signatures with "بن" or a compound given name), tckn 100, tckn_invalid 100, request 94.7, province 96.7,
    // category 93.3, lang 99.3, urgent recall 89.8 at precision 100 (cold homes, no food for the children).
    ['q19', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 93, lang: 98, recall: 96, precision: 90 }],
    // q20 (150, after q19's lessons: an ordinary day's inbox; names that are hard to read; Kurds, Syrians and
    // Iraqis), scored once unseen: name 98, tckn 98.7 (Arabic "كيملك ابوي", "كيملكه"), tckn_invalid 99.3 (an
    // invalid ID broken over lines after "Tc:"), request 98.7, province 95.3, category 94.7, lang 99.3, urgent
    // recall 100 at precision 85.4. Its lessons were then learnt.
    ['q20', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 93, lang: 98, recall: 98, precision: 85 }],
    // q21 (150, the last of that session: a week of the free SMS line in deaf writers' grammar, of WhatsApp and web
    // chat, of Kurmanji and Arabic speakers), scored once unseen: name 94.7, tckn 99.3 ("Kardeşim Kemal Şen …
    // Kemal'in TC"), tckn_invalid 100, request 95.3, province 94.7, category 92, lang 99.3, urgent recall 91.4 at
    // 91.4 ("KOCA DÖVMEK BENİ ŞİMDİ", "'öldürmek seni' diyor"). Its lessons were then learnt.
    ['q21', { name: 97, tckn: 99, tckn_invalid: 99, request: 97, province: 94, category: 91, lang: 98, recall: 98, precision: 88 }],
    // q22 (150, the last of that session: a month of the hotline; writers naming several people; Arabic and Kurmanji
    // signatures), scored once unseen: name 93.3, tckn 96 ("Benim TC …, anneannemin …", "(TC …)" after a relative's
    // name, "Şengül hanımın TC"), tckn_invalid 98.7, request 94, province 93.3, category 90, lang 99.3, urgent recall
    // 97.1 at 91.9. Its lessons were then learnt.
    ['q22', { name: 97, tckn: 99, tckn_invalid: 99, request: 97, province: 92, category: 89, lang: 98, recall: 96, precision: 90 }],
    // q23 (150, written at the end of that session: a fortnight of the hotline; hard messages; Kurmanji and Arabic),
    // scored once unseen: name 95.3, tckn 99.3 ("9170… bu eşimin TC si"), tckn_invalid 100, request 98.7, province
    // 98.7, category 93.3, lang 99.3, urgent recall 95.1 at 92.9. Its lessons were then learnt.
    ['q23', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 97, category: 92, lang: 98, recall: 98, precision: 90 }],
    // q24 (150, the very last of that session: a week of the hotline; writers for someone else; Kurmanji and Arabic),
    // scored once unseen: name 98, tckn 98.7 ("Kardeşim Onur Aslan, TC …. Ben Tuba Aslan"; Kurmanji "Bavê min: X TC
    // …"), tckn_invalid 100, request 99.3, province 96.7, category 93.3, lang 99.3, urgent recall 91.7 at 89.2. Only
    // its first ID miss was learnt from.
    ['q24', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 92, lang: 98, recall: 90, precision: 87 }],
    // q25 (150, a new session's first: urgency told indirectly beside look-alikes; names that are hard to find; Kurmanji
    // and Syrian and Iraqi Arabic, some in Latin letters), scored once unseen: name 91.3 (Arabic in Latin letters "ana
    // Ahmad Alkhalil", "ana emmo Hala"; "أخوكن أنس", "اني ابن اخوه سيف", "والاسم X", a signature before "ت.ك";
    // "Mustafa, 45 yaşındayım", "Oğlu Hakan 0536 …", "umit sahin tc …"), tckn 98.7 ("رقم الكيملك مال ابوية", "kimlik
    // akhoya"), tckn_invalid 100, request 96, province 94.7, category 92.7, lang 96 (six messages of Arabic in Latin
    // letters read as Kurmanji or Turkish), urgent recall 93.9 at 93.9. Its lessons were then learnt.
    ['q25', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 93, category: 91, lang: 98, recall: 98, precision: 91 }],
    // q26 (150, scored at the same time as q25, by the same parser: a week of the hotline; deaf writers in Turkish
    // Sign Language's grammar, elderly writers, veterans; long messages full of numbers), scored once unseen: name
    // 97.3, tckn 98.7 ("Nine'nin TC", a spouse's "(Murat Öz, TC …)" before the writer's signature), tckn_invalid 100,
    // request 98.7, province 92.7 (the case's province where the writer says they are elsewhere), category 94, lang
    // 100, urgent recall 97.3 at 92.3. Its lessons were then learnt.
    ['q26', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 92, category: 92, lang: 98, recall: 96, precision: 90 }],
    // q27 (150, after q25's and q26's lessons: a week of the hotline; Arabic, some in Latin letters, and Kurmanji;
    // urgency told indirectly), scored once unseen: name 96 ("أنا المدعو X", "ANA ISMI OMAR", a signature right after
    // the ID or before "كمليك"), tckn 99.3 ("Ben ablası Seda Kurt. Kardeşim Merve Uçar TC …"), tckn_invalid 100,
    // request 97.3, province 93.3, category 90.7, lang 100, urgent recall 89.6 at 93.5 (Arabizi beating and a girl
    // not back, a tent blown down, "acil değil belki ama …"). Its lessons were then learnt.
    ['q27', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 92, category: 89, lang: 98, recall: 98, precision: 91 }],
    // q28 (150, scored at the same time as q27: people writing about someone else; WhatsApp and web chat; very short
    // SMS), scored once unseen: name 96, tckn 95.3 (a name given before, then "Yusuf'un kimlik no", "Berat TC",
    // "Sibelin TC"; a patient's "(TC: …)" before the nurse's own), tckn_invalid 100, request 97.3, province 97.3,
    // category 96.7, lang 100, urgent recall 97.2 at 89.7. Its lessons were then learnt.
    ['q28', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 95, lang: 98, recall: 98, precision: 88 }],
    // q29 (150, the last of that session, after q27's and q28's lessons: a week of the hotline; Kurmanji and Arabic;
    // urgency told indirectly), scored once unseen: name 95.3 (Iraqi "آني X جار …", "آني صباح عبد الله"; lower-case
    // "ayse cizre"), tckn 98 ("Torunun TC", Arabizi "kimlik abi", "kimlik a5i"), tckn_invalid 100, request 98.7,
    // province 88 (Kurmanji spellings with "-ê": "Qaxizmanê", "Gewaşê", "Pazarcixê"; Arabic "بچوروم", "بكرشهير"; the
    // case's province where the writer says they are elsewhere), category 93.3, lang 100, urgent recall 95.8 at 93.9.
    // Its lessons were then learnt.
    ['q29', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 93, category: 92, lang: 98, recall: 98, precision: 91 }],
    // q30 (150, scored with q29: professionals and neighbours writing about others; deaf writers and terse SMS; long
    // messages full of numbers), scored once unseen: name 99.3, tckn 98.7 ("dede adı Hasan Yıldız TC …",
    // "Takibimizdeki X (TC …)"), tckn_invalid 100, request 98, province 97.3, category 94, lang 100, urgent recall 89.5
    // at 97.1 (a pupil with bruises, children left alone, an old neighbour behind a closed door, no flour left).
    ['q30', { name: 98, tckn: 99, tckn_invalid: 99, request: 97, province: 96, category: 93, lang: 98, recall: 96, precision: 94 }],
    // q31 (150, the last of that session, after q29's and q30's lessons: a week and a fortnight of the hotline; Kurmanji
    // and Arabic), scored once unseen: name 96.7, tckn 98.7 (Arabizi "kimlikha", Arabic "رقم الكملك تبعها"), tckn_invalid
    // 100, request 98, province 95.3, category 90.7, lang 100, urgent recall 97.1 at 97.1. Its lessons were then learnt.
    ['q31', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 89, lang: 98, recall: 96, precision: 95 }],
    // q32 (150, scored with q31: urgency hard to tell; names and IDs hard to find; WhatsApp and web chat), scored once
    // unseen: name 98, tckn 100, tckn_invalid 99.3, request 98, province 98.7, category 94.7, lang 100, urgent recall
    // 93.9 at 95.8. Its lessons were then learnt.
    ['q32', { name: 98, tckn: 99, tckn_invalid: 98, request: 98, province: 97, category: 93, lang: 98, recall: 98, precision: 94 }],
    // q33 (150, the last two of that session, after q31's and q32's lessons: a week of the hotline; Kurmanji and Arabic;
    // urgency hard to tell), scored once unseen: name 95.3 ("أنا المواطن X", "معكن X"), tckn 100, tckn_invalid 100,
    // request 98, province 92 ("li Vartoye", "ألتن داغ", "Kayseri otogarı", "muş merkezdeyiz"; the case's province where
    // the writer is elsewhere), category 90.7, lang 100, urgent recall 93.8 at 93.8. Its lessons were then learnt.
    ['q33', { name: 96, tckn: 99, tckn_invalid: 99, request: 97, province: 93, category: 89, lang: 98, recall: 96, precision: 92 }],
    // q34 (150, scored with q33: the free SMS line for a month; people writing about others; WhatsApp and web chat),
    // scored once unseen: name 99.3, tckn 99.3 (a muhtar's own number, then "Mahallemiz sakini X (TC …)"),
    // tckn_invalid 100, request 99.3, province 95.3, category 94.7, lang 100, urgent recall 97.1 at 94.4.
    ['q34', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 94, category: 93, lang: 98, recall: 98, precision: 92 }],
    // q35 (150, the session's last pair, after q33's and q34's lessons: a week of the hotline; Kurmanji and Arabic;
    // urgency hard to tell), scored once unseen: name 94.7 (Kurmanji "navê min nadim" read as a name; Arabic
    // "سميتي X", a signature before "ت.ج"), tckn 100, tckn_invalid 100, request 97.3, province 94.7, category 92,
    // lang 100, urgent recall 93.9 at 95.8. Its lessons were then learnt.
    ['q35', { name: 96, tckn: 99, tckn_invalid: 99, request: 97, province: 93, category: 91, lang: 98, recall: 98, precision: 94 }],
    // q36 (150, scored with q35: a fortnight of the hotline; deaf, elderly and disabled writers; names and IDs hard to
    // find), scored once unseen: name 95.3 ("UMUT DEMIR ISITME ENGELLIYIM" in capitals), tckn 99.3 (a muhtar writing
    // of a family's "Hane reisi X, TC …"), tckn_invalid 100, request 99.3, province 97.3, category 94, lang 100, urgent
    // recall 100 at precision 100.
    ['q36', { name: 96, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 93, lang: 98, recall: 98, precision: 98 }],
    // q37 (150, with q38 the first pair of 2026-12-07's fourth session: places hard to tell; Kurmanji and Arabic;
    // urgency hard to tell), scored once unseen: name 93.3, tckn 97.3 (Kurmanji "kimlîka wê", hers), tckn_invalid
    // 100, request 97.3, province 86.7 (writers in one city about a relative in another: the case's province is
    // the answer, which led to 44b13da), category 92, lang 100, urgent recall 95.7 at 86.5.
    ['q37', { name: 93, tckn: 99, tckn_invalid: 99, request: 97, province: 92, category: 91, lang: 98, recall: 95, precision: 85 }],
    // q38 (150: a fortnight of the hotline; writers about another person; deaf, elderly and veteran writers), scored
    // once unseen: name 96, tckn 95.3 (muhtars', imams' and teachers' messages with the citizen's ID), tckn_invalid
    // 100, request 98.7, province 97.3, category 96.7, lang 100, urgent recall 97 at 88.9.
    ['q38', { name: 97, tckn: 97, tckn_invalid: 99, request: 99, province: 97, category: 95, lang: 98, recall: 96, precision: 87 }],
    // q39 (150, the session's second pair, after q37's and q38's lessons: a week of the hotline; Arabic, Arabizi and
    // Kurmanji; urgency hard to tell), scored once unseen: name 93.3, tckn 98.7, tckn_invalid 100, request 97.3,
    // province 97.3, category 92, lang 99.3, urgent recall 87.8 at 91.5.
    ['q39', { name: 92, tckn: 98, tckn_invalid: 99, request: 96, province: 96, category: 91, lang: 98, recall: 98, precision: 92 }],
    // q40 (150: the deaf citizens' SMS line; names and IDs hard to find; WhatsApp and web chat), scored once unseen:
    // name 96, tckn 98.7, tckn_invalid 100, request 98, province 99.3, category 94.7, lang 100, urgent recall 97.1 at 94.4.
    ['q40', { name: 95, tckn: 98, tckn_invalid: 99, request: 97, province: 98, category: 93, lang: 98, recall: 98, precision: 92 }],
    // q41 (150, the session's third pair, after q39's and q40's lessons: a fortnight of the hotline; Kurmanji and
    // Arabic; urgency hard to tell), scored once unseen: name 96, tckn 100, tckn_invalid 100, request 98.7,
    // province 96, category 90.7, lang 100, urgent recall 97.9 at 92.2.
    ['q41', { name: 95, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 89, lang: 98, recall: 98, precision: 91 }],
    // q42 (150: deaf, elderly and veteran writers; writers about another person; places hard to tell), scored once
    // unseen: name 98, tckn 100, tckn_invalid 100, request 98.7, province 94.7, category 96, lang 100, urgent recall
    // 97.1 at 85.
    ['q42', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 95, category: 95, lang: 98, recall: 98, precision: 84 }],
    // q43 (150, the session's last pair, after q41's and q42's lessons: a week of the hotline; Arabic of four
    // regions and Kurmanji; urgency hard to tell), scored once unseen: name 95.3, tckn 100, tckn_invalid 100,
    // request 98, province 96.7, category 88.7 (widows and mothers left alone, kadin), lang 100, urgent recall 100 at 92.5.
    ['q43', { name: 94, tckn: 99, tckn_invalid: 99, request: 97, province: 95, category: 89, lang: 98, recall: 98, precision: 91 }],
    // q44 (150: the deaf citizens' SMS line; names and IDs hard to find; WhatsApp and web chat), scored once
    // unseen, every target of the issue met: name 99.3, tckn 100, tckn_invalid 99.3, request 99.3, province
    // 99.3, category 94.7, lang 100, urgent recall 100 at 94.6.
    ['q44', { name: 98, tckn: 99, tckn_invalid: 98, request: 98, province: 98, category: 94, lang: 98, recall: 98, precision: 93 }],
    // q45 (150, the session's last pair, after q43's and q44's lessons: a fortnight of the hotline; Kurmanji and
    // Arabic; categories hard to tell), scored once unseen: name 98, tckn 98.7 (Arabic "رقم كيمليك أخي", spelt
    // with a second ي), tckn_invalid 100, request 100, province 100, category 95.3, lang 100, urgent recall 94.1 at 86.5.
    ['q45', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 96, precision: 85 }],
    // q46 (150: deaf, elderly and veteran writers; writers about another person; urgency hard to tell), scored once
    // unseen: name 99.3, tckn 98 ("Çocuk X (TC …", a nurse's patient's number in a sentence of its own), tckn_invalid
    // 99.3, request 99.3, province 98.7, category 96, lang 100, urgent recall 93.9 at 100.
    ['q46', { name: 98, tckn: 98, tckn_invalid: 99, request: 99, province: 97, category: 95, lang: 98, recall: 97, precision: 98 }],
    // q47 (150, the session's very last pair, scored unseen after the review: a week of the hotline; Kurmanji and
    // Arabic; urgency hard to tell): name 96, tckn 99.3 (Levantine "TC بيي", my father's), tckn_invalid 100,
    // request 98.7, province 96, category 94.7, lang 100, urgent recall 95.7 at 93.8. Learnt from the session after.
    ['q47', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 94, lang: 98, recall: 99, precision: 94 }],
    // q48 (150: the deaf citizens' SMS line; writers about another person; WhatsApp and web chat): name 98.7, tckn
    // 96.7 ("Kemal Bey TC …", "Rıza Bey TC …", "benimki" after a parent's number: learnt), tckn_invalid 99.3,
    // request 98, province 98, category 96, lang 100, urgent recall 94.3 at 91.7.
    ['q48', { name: 99, tckn: 98, tckn_invalid: 99, request: 99, province: 99, category: 95, lang: 98, recall: 99, precision: 94 }],
    // q49 (150: places that are villages and districts; category hard to tell; names and IDs hard to find), scored
    // once unseen: name 98, tckn 100, tckn_invalid 100, request 99.3, province 96, category 95.3, lang 100, urgent
    // recall 100 at 94.4 — every target of the issue met unseen.
    ['q49', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 94, lang: 98, recall: 99, precision: 93 }],
    // q50 (150: deaf citizens' SMS; Arabic and Kurmanji; urgency hard to tell), scored once unseen: name 96.7, tckn
    // 99.3 (Arabic-Indic digits before " . 2 ay önce"), tckn_invalid 100, request 99.3, province 96.7, category 92.7,
    // lang 100, urgent recall 89.4 at 93.3.
    ['q50', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 91, lang: 98, recall: 96, precision: 95 }],
    // q51 (150: a fortnight of the hotline; Kurmanji and Arabic; urgency hard to tell), scored once unseen: name 96.7
    // (Arabic four-word and kin-introduced names), tckn 100, tckn_invalid 100, request 98.7, province 96.7, category
    // 91.3, lang 100, urgent recall 97.9 at 100.
    ['q51', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 91, lang: 98, recall: 99, precision: 99 }],
    // q52 (150: names and IDs hard to find; writers about another person; WhatsApp and web chat), scored once unseen:
    // name 98, tckn 97.3 (a muhtar's and an inspector's messages with someone else's number), tckn_invalid 100,
    // request 97.3, province 100, category 93.3, lang 100, urgent recall 100 at 85.4.
    ['q52', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 92, lang: 98, recall: 99, precision: 85 }],
    // q53 (150: a fortnight of the hotline; Kurmanji and Arabic; urgency hard to tell), scored once unseen: name 96.7,
    // tckn 100, tckn_invalid 100, request 98.7, province 98, category 96, lang 99.3, urgent recall 95.8 at 92.
    ['q53', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 95, lang: 98, recall: 97, precision: 90 }],
    // q54 (150: the deaf citizens' SMS line; writers about another person; places hard to tell), scored once unseen:
    // name 97.3, tckn 98.7, tckn_invalid 100, request 98.7, province 93.3, category 92, lang 100, urgent recall 96.9 at 91.2.
    ['q54', { name: 98, tckn: 98, tckn_invalid: 99, request: 98, province: 96, category: 91, lang: 98, recall: 97, precision: 88 }],
    // q55 (150: a week of the hotline, writers far from the relative; WhatsApp and web chat; Kurmanji and Arabic), scored
    // once unseen: name 96.7, tckn 99.3 (a Dutch mobile after "+"), tckn_invalid 100, request 99.3, province 96.7,
    // category 94, lang 100, urgent recall 100 at 92.3.
    ['q55', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 99, precision: 90 }],
    // q56 (150: deaf, elderly and veteran writers; names and IDs hard to find; urgency hard to tell), scored once
    // unseen: name 94.7 (ranks, kinship titles, forms with a parent's name), tckn 99.3, tckn_invalid 100, request 98,
    // province 96, category 88.7, lang 100, urgent recall 98 at 94.1.
    ['q56', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 97, category: 87, lang: 98, recall: 99, precision: 93 }],
    // q57 (150: categories hard to tell; Kurmanji and Arabic; urgency hard to tell), the session's last pair, scored once
    // unseen: name 95.3 (Arabic "الاسم واللقب:", "انا أمو X"; "hava soğuk" read as a name), tckn 100, tckn_invalid
    // 100, request 98, province 98, category 92.7, lang 100, urgent recall 97.9 at 95.8.
    ['q57', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 91, lang: 98, recall: 97, precision: 93 }],
    // q58 (150: a fortnight of the hotline; writers about another person; WhatsApp and web chat), scored once unseen:
    // name 98.7, tckn 98.7 ("Anne TC: …"), tckn_invalid 100, request 99.3, province 98.7, category 98.7, lang 100,
    // urgent recall 97.1 at 94.4.
    ['q58', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 98, category: 97, lang: 98, recall: 99, precision: 92 }],
    // q59 (150: a week of the hotline; Kurmanji and Arabic; urgency hard to tell), scored once unseen after q57/q58:
    // name 97.3, tckn 100, tckn_invalid 99.3, request 97.3, province 97.3, category 92.7, lang 100, urgent recall 100
    // at 87 — every target of the issue met.
    ['q59', { name: 97, tckn: 99, tckn_invalid: 99, request: 97, province: 98, category: 92, lang: 98, recall: 99, precision: 85 }],
    // q60 (150: the deaf citizens' SMS line; names and IDs hard to find; places hard to tell), scored with q59: name
    // 96, tckn 99.3, tckn_invalid 100, request 98.7, province 95.3, category 93.3, lang 100, urgent recall 100 at 91.7.
    ['q60', { name: 96, tckn: 99, tckn_invalid: 99, request: 98, province: 97, category: 92, lang: 98, recall: 99, precision: 90 }],
    // q61 (150: a fortnight of the hotline; Arabic of four regions and Kurmanji; urgency hard to tell), scored once
    // unseen: name 97.3, tckn 99.3 (Moroccan "KIMLIK DYALO", his), tckn_invalid 100, request 100, province 95.3,
    // category 93.3, lang 100, urgent recall 95.9 at 85.5.
    ['q61', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 96, category: 92, lang: 98, recall: 95, precision: 85 }],
    // q62 (150: deaf writers' SMS; writers about another person; WhatsApp and web chat), scored with q61: name 98.7,
    // tckn 99.3 ("Vatandaşın TC: …"), tckn_invalid 100, request 99.3, province 98.7, category 94, lang 100, urgent
    // recall 97.2 at 97.2.
    ['q62', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 93, lang: 98, recall: 97, precision: 95 }],
    // q63 (150: a fortnight of the hotline by writers of every age; Kurmanji and Arabic; urgency hard to tell), scored
    // once unseen: name 96.7, tckn 100, tckn_invalid 100, request 98, province 98, category 91.3, lang 100, urgent recall 100 at 88.9.
    ['q63', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 90, lang: 98, recall: 99, precision: 90 }],
    // q64 (150: category hard to tell; names and IDs hard to find; places hard to tell), scored with q63: name 96.7,
    // tckn 100, tckn_invalid 100, request 98, province 94.7, category 94.7, lang 100, urgent recall 100 at 89.2.
    ['q64', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 97, category: 94, lang: 98, recall: 99, precision: 93 }],
    // q65 (150: a fortnight of the hotline; Arabic of four regions and Kurmanji; urgency hard to tell), scored once
    // unseen: name 96, tckn 99.3, tckn_invalid 100, request 98, province 99.3, category 97.3, lang 100, urgent recall 91.7 at 93.6.
    ['q65', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 93 }],
    // q66 (150: the deaf citizens' SMS line; writers about another person; WhatsApp and web chat), scored with q65:
    // name 96, tckn 98, tckn_invalid 100, request 96.7, province 98.7, category 94.7, lang 100, urgent recall 97.1 at 97.1.
    ['q66', { name: 97, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 94, lang: 98, recall: 99, precision: 96 }],
    // q67 (150: a week of the hotline; Kurmanji and Arabic; urgency hard to tell), scored once unseen: name 97.3,
    // tckn 99.3, tckn_invalid 100, request 100, province 94.7, category 93.3, lang 100, urgent recall 98 at 96.
    ['q67', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 92, lang: 98, recall: 99, precision: 97 }],
    // q68 (150: deaf, elderly and veteran writers; names and IDs hard to find; places hard to tell), scored with q67:
    // name 96, tckn 100, tckn_invalid 100, request 97.3, province 97.3, category 97.3, lang 100, urgent recall 97.2 at 94.6.
    ['q68', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 96 }],
    // q69 (150: a fortnight of the hotline by writers of every age; Kurmanji and Arabic; urgency hard to tell), scored
    // once unseen: name 98, tckn 98.7, tckn_invalid 100, request 100, province 98.7, category 92.7, lang 99.3, urgent recall 95.7 at 93.8.
    ['q69', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 99, precision: 96 }],
    // q70 (150: categories hard to tell; writers about another person; WhatsApp and web chat), scored with q69: name
    // 98, tckn 100, tckn_invalid 100, request 100, province 98, category 97.3, lang 100, urgent recall 97.1 at 82.9.
    ['q70', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 90 }],
    // q71 (150: the deaf citizens' SMS line; Arabic of four regions and Kurmanji; urgency hard to tell), scored once
    // unseen: name 98, tckn 99.3, tckn_invalid 100, request 99.3, province 97.3, category 92.7, lang 100, urgent recall 100 at 92.2.
    ['q71', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 99, precision: 91 }],
    // q72 (150: a week of the hotline; names and IDs hard to find; places hard to tell), scored with q71: name 95.3,
    // tckn 100, tckn_invalid 100, request 97.3, province 96, category 94, lang 100, urgent recall 100 at 97.4.
    ['q72', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 96, category: 93, lang: 98, recall: 99, precision: 96 }],
    // q73 (150: deaf, elderly and veteran writers; Kurmanji and Arabic; urgency hard to tell), scored once unseen:
    // name 98.7, tckn 98.7, tckn_invalid 100, request 100, province 98, category 90, lang 100, urgent recall 97.9 at 90.4.
    ['q73', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 97, category: 89, lang: 98, recall: 99, precision: 90 }],
    // q74 (150: a fortnight of the hotline; writers about another person; WhatsApp and web chat), scored with q73:
    // name 99.3, tckn 98, tckn_invalid 100, request 99.3, province 99.3, category 98.7, lang 100, urgent recall 100 at 94.7.
    ['q74', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 92 }],
    // q75 (150: a week of the hotline; Arabic of four regions and Kurmanji; urgency hard to tell), scored once unseen:
    // name 97.3, tckn 98.7, tckn_invalid 99.3, request 100, province 96.7, category 95.3, lang 99.3, urgent recall 95.7 at 91.8.
    ['q75', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 97, category: 95, lang: 98, recall: 99, precision: 91 }],
    // q76 (150: the deaf citizens' SMS line; names and IDs hard to find; categories hard to tell), scored with q75:
    // name 98, tckn 100, tckn_invalid 100, request 100, province 99.3, category 92.7, lang 100, urgent recall 100 at 92.3.
    ['q76', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 99, precision: 91 }],
    // q77 (150: the deaf citizens' SMS line; writers about another person; urgency hard to tell), scored once unseen:
    // name 99.3, tckn 98.7, tckn_invalid 100, request 98.7, province 100, category 97.3, lang 100, urgent recall 95.1 at 96.7.
    ['q77', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 96 }],
    // q78 (150: Kurmanji, Arabic and Arabizi; hard names; WhatsApp and web chat), scored with q77:
    // name 97.3, tckn 100, tckn_invalid 100, request 98.7, province 100, category 91.3, lang 100, urgent recall 89.3 at 94.3.
    ['q78', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 99, precision: 98 }],
    // q79 (150: places hard to tell; categories hard to tell; the deaf citizens' SMS line), scored once unseen:
    // name 98.7, tckn 99.3, tckn_invalid 100, request 98.7, province 98, category 97.3, lang 100, urgent recall 94.4 at 94.4.
    ['q79', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 94 }],
    // q80 (150, scored with q79: urgency hard to tell; writers about another person; Kurmanji, Arabic and Arabizi):
    // name 100, tckn 98, tckn_invalid 100, request 100, province 99.3, category 91.3, lang 100, urgent recall 88.7 at 96.5.
    ['q80', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 96, precision: 98 }],
    // q81 (150: WhatsApp and web chat; hard names; urgency hard to tell), scored once unseen:
    // name 96.7, tckn 100, tckn_invalid 100, request 100, province 99.3, category 96, lang 100, urgent recall 91.7 at 98.2.
    ['q81', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 95, lang: 98, recall: 96, precision: 99 }],
    // q82 (150, scored with q81: a week of the hotline; elderly people and veterans' families; Kurmanji, Arabic and Arabizi):
    // name 96.7, tckn 99.3, tckn_invalid 100, request 98.7, province 98.7, category 92, lang 100, urgent recall 91.8 at 95.7.
    ['q82', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 97, precision: 97 }],
    // q83 (150: the deaf citizens' SMS line; writers about another person; places hard to tell), scored once unseen:
    // name 99.3, tckn 99.3, tckn_invalid 100, request 100, province 99.3, category 98, lang 100, urgent recall 94.2 at 98.
    ['q83', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 98 }],
    // q84 (150, scored with q83: WhatsApp and web chat; urgency hard to tell; forms and institutions writing about someone):
    // name 96, tckn 98, tckn_invalid 100, request 97.3, province 98.7, category 96.7, lang 100, urgent recall 91.7 at 97.8.
    ['q84', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 96, lang: 98, recall: 97, precision: 99 }],
    // q85 (150: Kurmanji, Arabic and Arabizi; elderly people and veterans' families; hard names), scored once unseen:
    // name 99.3, tckn 100, tckn_invalid 100, request 100, province 96.7, category 96, lang 100, urgent recall 94.4 at 96.2.
    ['q85', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 99 }],
    // q86 (150, scored with q85: a week of the hotline; categories hard to tell; WhatsApp and web chat):
    // name 98.7, tckn 100, tckn_invalid 100, request 99.3, province 99.3, category 96.7, lang 100, urgent recall 97.9 at 97.9.
    ['q86', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 99 }],
    // q87 (150: urgency hard to tell; the deaf citizens' SMS line; forms and institutions writing about someone), scored once unseen:
    // name 97.3, tckn 99.3, tckn_invalid 100, request 98.7, province 99.3, category 96.7, lang 100, urgent recall 100 at 94.1.
    ['q87', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 97 }],
    // q88 (150, scored with q87: places hard to tell; writers about another person; Kurmanji, Arabic and Arabizi):
    // name 98, tckn 99.3, tckn_invalid 100, request 99.3, province 98.7, category 93.3, lang 100, urgent recall 88.2 at 98.4.
    ['q88', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 97, precision: 98 }],
    // q89 (150: the deaf citizens' SMS line; urgency hard to tell; hard names), scored once unseen:
    // name 98.7, tckn 100, tckn_invalid 100, request 100, province 97.3, category 93.3, lang 100, urgent recall 98.1 at 98.1.
    ['q89', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 94, lang: 98, recall: 98, precision: 98 }],
    // q90 (150, scored with q89: WhatsApp and web chat; forms and institutions; elderly people and veterans' families):
    // name 99.3, tckn 100, tckn_invalid 100, request 99.3, province 98.7, category 96.7, lang 100, urgent recall 95.1 at 97.5.
    ['q90', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 99 }],
    // q91 (150: writers about another person; Kurmanji, Arabic and Arabizi; urgency hard to tell), scored once unseen:
    // name 96.7, tckn 98, tckn_invalid 100, request 98, province 99.3, category 89.3, lang 100, urgent recall 97.2 at 95.8.
    ['q91', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 92, lang: 98, recall: 99, precision: 97 }],
    // q92 (150, scored with q91: places hard to tell; the deaf citizens' SMS line; a week of the hotline):
    // name 98, tckn 100, tckn_invalid 100, request 98.7, province 100, category 96.7, lang 100, urgent recall 100 at 96.
    ['q92', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 97 }],
    // q93 (150: hard names; WhatsApp and web chat; categories hard to tell), scored once unseen:
    // name 97.3, tckn 99.3, tckn_invalid 100, request 100, province 98.7, category 94.7, lang 100, urgent recall 98.1 at 96.3.
    ['q93', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 98, precision: 98 }],
    // q94 (150, scored with q93: elderly people and veterans' families; forms and institutions; Kurmanji, Arabic and Arabizi):
    // name 99.3, tckn 99.3, tckn_invalid 100, request 99.3, province 99.3, category 94, lang 100, urgent recall 94.1 at 98.
    ['q94', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 98 }],
    // q95 (150: urgency hard to tell; Kurmanji, Arabic and Arabizi; writers about another person), scored once unseen:
    // name 98.7, tckn 98, tckn_invalid 100, request 98, province 98.7, category 90.7, lang 100, urgent recall 91.4 at 98.5.
    ['q95', { name: 98, tckn: 98, tckn_invalid: 99, request: 98, province: 99, category: 90, lang: 98, recall: 99, precision: 98 }],
    // q96 (150, scored with q95: the deaf citizens' SMS line; places hard to tell; hard names):
    // name 98, tckn 100, tckn_invalid 100, request 100, province 98, category 95.3, lang 100, urgent recall 94.2 at 98.
    ['q96', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 95, lang: 98, recall: 98, precision: 98 }],
    // q97 (150: Kurmanji, Arabic and Arabizi; urgency hard to tell; WhatsApp and web chat), scored once unseen:
    // name 98.7, tckn 99.3, tckn_invalid 100, request 99.3, province 97.3, category 93.3, lang 99.3, urgent recall 98.2 at 94.8.
    ['q97', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 99, precision: 94 }],
    // q98 (150, scored with q97: writers about another person; elderly people and veterans' families; the deaf citizens' SMS line):
    // name 98.7, tckn 100, tckn_invalid 100, request 99.3, province 98, category 96.7, lang 100, urgent recall 92.3 at 98.
    ['q98', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 96, lang: 98, recall: 98, precision: 96 }],
    // q99 (150: a week of the hotline; Kurmanji, Arabic and Arabizi; forms and institutions writing about someone), scored once unseen:
    // name 98, tckn 98, tckn_invalid 100, request 99.3, province 100, category 95.3, lang 100, urgent recall 97.8 at 93.6.
    ['q99', { name: 99, tckn: 98, tckn_invalid: 99, request: 99, province: 99, category: 95, lang: 98, recall: 99, precision: 93 }],
    // q100 (150, scored with q99: urgency hard to tell; hard names; places hard to tell):
    // name 98.7, tckn 100, tckn_invalid 100, request 98.7, province 99.3, category 96.7, lang 100, urgent recall 91.7 at 96.5.
    ['q100', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 96, lang: 98, recall: 96, precision: 96 }],
    // q101 (150: WhatsApp and web chat; Kurmanji, Arabic and Arabizi; elderly people and veterans' families), scored once unseen:
    // name 98.7, tckn 99.3, tckn_invalid 100, request 99.3, province 98.7, category 92, lang 100, urgent recall 94.3 at 92.6.
    ['q101', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 99, precision: 92 }],
    // q102 (150, scored with q101: writers about another person; urgency hard to tell; categories hard to tell):
    // name 98.7, tckn 99.3, tckn_invalid 100, request 99.3, province 100, category 94, lang 100, urgent recall 94.1 at 100.
    ['q102', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 97, precision: 99 }],
    // q103 (150: the deaf citizens' SMS line; urgency hard to tell; hard names), scored once unseen:
    // name 98, tckn 99.3, tckn_invalid 99.3, request 98.7, province 98.7, category 94.7, lang 100, urgent recall 96.2 at 92.6.
    ['q103', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 98, precision: 92 }],
    // q104 (150, scored with q103: Kurmanji, Arabic and Arabizi; urgency hard to tell; forms and institutions):
    // name 98.7, tckn 98.7, tckn_invalid 100, request 100, province 98.7, category 94.7, lang 100, urgent recall 88.3 at 94.6.
    ['q104', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 96, precision: 93 }],
    // q105 (150: WhatsApp and web chat; urgency hard to tell; elderly people and veterans' families), scored once unseen:
    // name 100, tckn 100, tckn_invalid 100, request 100, province 99.3, category 94, lang 100, urgent recall 98 at 98 (every target met).
    ['q105', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 98 }],
    // q106 (150, scored with q105: writers about another person; places hard to tell; a week of the hotline):
    // name 99.3, tckn 99.3, tckn_invalid 100, request 99.3, province 98.7, category 97.3, lang 100, urgent recall 92.9 at 98.1.
    ['q106', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 97, lang: 98, recall: 98, precision: 98 }],
    // q107 (150: urgency hard to tell; Kurmanji, Arabic and Arabizi; forms and institutions writing about someone), scored once unseen:
    // name 98, tckn 100, tckn_invalid 100, request 99.3, province 99.3, category 92, lang 100, urgent recall 93.1 at 96.4.
    ['q107', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 99, precision: 96 }],
    // q108 (150, scored with q107: the deaf citizens' SMS line; hard names; categories hard to tell):
    // name 98.7, tckn 99.3, tckn_invalid 100, request 100, province 100, category 94.7, lang 100, urgent recall 96.5 at 94.8.
    ['q108', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 96, precision: 94 }],
    // q109 (150: urgency hard to tell; writers about another person; WhatsApp and web chat), scored once unseen:
    // name 98.7, tckn 98.7, tckn_invalid 100, request 100, province 98, category 95.3, lang 100, urgent recall 93.8 at 100.
    ['q109', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 95, lang: 98, recall: 98, precision: 99 }],
    // q110 (150, scored with q109: Kurmanji, Arabic and Arabizi; elderly people and veterans' families; places hard to tell):
    // name 98, tckn 100, tckn_invalid 100, request 98.7, province 98.7, category 94, lang 100, urgent recall 94.3 at 94.3.
    ['q110', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 94, lang: 98, recall: 99, precision: 94 }],
    // q111 (150: urgency hard to tell; the deaf citizens' SMS line; Kurmanji, Arabic and Arabizi), scored once unseen:
    // name 98, tckn 100, tckn_invalid 100, request 100, province 100, category 94, lang 100, urgent recall 94.7 at 96.4.
    ['q111', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 96 }],
    // q112 (150, scored with q111: hard names; categories hard to tell; writers about another person):
    // name 96, tckn 98.7, tckn_invalid 100, request 97.3, province 97.3, category 94, lang 100, urgent recall 98.3 at 98.3.
    ['q112', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 94, lang: 98, recall: 99, precision: 98 }],
    // q113 (150: urgency hard to tell; elderly people and veterans' families; forms and institutions writing about someone), scored once unseen:
    // name 100, tckn 98.7, tckn_invalid 100, request 100, province 100, category 93.3, lang 100, urgent recall 93.9 at 92.
    ['q113', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 99, precision: 92 }],
    // q114 (150, scored with q113: WhatsApp and web chat; Kurmanji, Arabic and Arabizi; places hard to tell):
    // name 100, tckn 100, tckn_invalid 100, request 100, province 100, category 97.3, lang 99.3, urgent recall 98.2 at 96.5.
    ['q114', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 96 }],
    // q115 (150: urgency hard to tell; hard names; the deaf citizens' SMS line), scored once unseen, every target met:
    // name 97.3, tckn 100, tckn_invalid 100, request 99.3, province 98.7, category 92, lang 100, urgent recall 100 at 100.
    ['q115', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 99, precision: 98 }],
    // q116 (150, scored with q115: writers about another person; Kurmanji, Arabic and Arabizi; categories hard to tell):
    // name 100, tckn 99.3, tckn_invalid 100, request 100, province 99.3, category 95.3, lang 99.3, urgent recall 88.4 at 98.4.
    ['q116', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 95, lang: 98, recall: 95, precision: 98 }],
    // q117 (150: urgency hard to tell; WhatsApp and web chat; elderly people and veterans' families), scored once unseen:
    // name 98.7, tckn 100, tckn_invalid 100, request 100, province 100, category 96, lang 100, urgent recall 96.3 at 96.3.
    ['q117', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 96 }],
    // q118 (150, scored with q117: Kurmanji, Arabic and Arabizi; forms and institutions; a week of the hotline):
    // name 100, tckn 98, tckn_invalid 100, request 99.3, province 100, category 91.3, lang 100, urgent recall 85.4 at 93.2.
    ['q118', { name: 99, tckn: 98, tckn_invalid: 99, request: 99, province: 99, category: 91, lang: 98, recall: 99, precision: 93 }],
    // q119 (150: urgency hard to tell; Kurmanji, Arabic and Arabizi; writers about another person), scored once unseen:
    // name 99.3, tckn 99.3, tckn_invalid 100, request 99.3, province 98.7, category 94, lang 99.3, urgent recall 94.3 at 97.1.
    ['q119', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 97 }],
    // q120 (150, scored with q119: the deaf citizens' SMS line; places hard to tell; WhatsApp and web chat), every target met:
    // name 100, tckn 100, tckn_invalid 100, request 100, province 99.3, category 94, lang 100, urgent recall 100 at 100.
    ['q120', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 99 }],
    // q121 (150: urgency hard to tell; the deaf citizens' SMS line; places hard to tell), scored once unseen:
    // name 99.3, tckn 100, tckn_invalid 100, request 100, province 100, category 92.7, lang 100, urgent recall 92.5 at 96.9.
    ['q121', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 97, precision: 96 }],
    // q122 (150, scored with q121: Kurmanji, Arabic and Arabizi; hard names; writers about another person):
    // name 97.3, tckn 98.7, tckn_invalid 100, request 98.7, province 98.7, category 93.3, lang 100, urgent recall 86.8 at 96.7.
    ['q122', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 95, precision: 96 }],
    // q123 (150: urgency hard to tell; WhatsApp and web chat; categories hard to tell), every target met unseen:
    // name 97.3, tckn 100, tckn_invalid 100, request 98.7, province 98.7, category 96, lang 100, urgent recall 98.4 at 96.8.
    ['q123', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 97 }],
    // q124 (150, scored with q123: Kurmanji, Arabic and Arabizi; elderly people and veterans' families; forms and institutions):
    // name 97.3, tckn 98, tckn_invalid 100, request 99.3, province 99.3, category 90.7, lang 100, urgent recall 84.7 at 100.
    ['q124', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 99, precision: 99 }],
    // q125 (150: urgency hard to tell; hard names; WhatsApp and web chat), scored once unseen:
    // name 96.7, tckn 99.3, tckn_invalid 100, request 98.7, province 99.3, category 94.7, lang 100, urgent recall 95.2 at 100.
    ['q125', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 99 }],
    // q126 (150, scored with q125: Kurmanji, Arabic and Arabizi; writers about another person; places hard to tell):
    // name 96, tckn 98.7, tckn_invalid 100, request 99.3, province 97.3, category 90, lang 100, urgent recall 92.2 at 98.3.
    ['q126', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 98, precision: 99 }],
    // q127 (150: urgency hard to tell; forms and institutions; the deaf citizens' SMS line), scored once unseen:
    // name 98, tckn 98.7, tckn_invalid 100, request 100, province 100, category 91.3, lang 100, urgent recall 93.8 at 100.
    ['q127', { name: 98, tckn: 98, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 98, precision: 99 }],
    // q128 (150, scored with q127: Kurmanji, Arabic and Arabizi; categories hard to tell; elderly people and veterans' families):
    // name 96, tckn 100, tckn_invalid 100, request 100, province 97.3, category 91.3, lang 100, urgent recall 86.3 at 95.7.
    ['q128', { name: 96, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 99, precision: 95 }],
    // q129 (150: urgency hard to tell; writers about another person; WhatsApp and web chat), scored once unseen:
    // name 96.7, tckn 97.3, tckn_invalid 100, request 96.7, province 100, category 93.3, lang 100, urgent recall 95.3 at 96.8.
    ['q129', { name: 97, tckn: 98, tckn_invalid: 99, request: 98, province: 99, category: 93, lang: 98, recall: 96, precision: 96 }],
    // q130 (150, scored with q129: Kurmanji, Arabic and Arabizi; hard names; the deaf citizens' SMS line):
    // name 97.3, tckn 98.7, tckn_invalid 100, request 98.7, province 98.7, category 91.3, lang 100, urgent recall 93.2 at 96.5.
    ['q130', { name: 96, tckn: 98, tckn_invalid: 99, request: 98, province: 99, category: 91, lang: 98, recall: 98, precision: 96 }],
    // q131 (150: urgency hard to tell; places hard to tell; elderly people and veterans' families), scored once unseen:
    // name 99.3, tckn 100, tckn_invalid 100, request 100, province 98.7, category 92, lang 100, urgent recall 95.2 at 98.4.
    ['q131', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 98, precision: 98 }],
    // q132 (150, scored with q131: Kurmanji, Arabic and Arabizi; forms and institutions; hard names):
    // name 98, tckn 97.3, tckn_invalid 100, request 98.7, province 99.3, category 93.3, lang 100, urgent recall 83.6 at 91.1.
    ['q132', { name: 98, tckn: 98, tckn_invalid: 99, request: 98, province: 99, category: 93, lang: 98, recall: 96, precision: 92 }],
    // q133 (150: urgency hard to tell; the deaf citizens' SMS line; categories hard to tell), scored once unseen:
    // name 100, tckn 99.3, tckn_invalid 100, request 100, province 98.7, category 93.3, lang 100, urgent recall 98.5 at 94.2.
    ['q133', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 98, precision: 95 }],
    // q134 (150, scored with q133: Kurmanji, Arabic and Arabizi; WhatsApp and web chat; writers about another person):
    // name 96, tckn 99.3, tckn_invalid 100, request 97.3, province 98.7, category 92, lang 100, urgent recall 92.2 at 96.7.
    ['q134', { name: 96, tckn: 99, tckn_invalid: 99, request: 97, province: 99, category: 92, lang: 98, recall: 99, precision: 96 }],
    // q135 (150: urgency hard to tell; hard names; forms and institutions), scored once unseen:
    // name 96.7, tckn 98.7, tckn_invalid 100, request 98.7, province 100, category 96.7, lang 100, urgent recall 97 at 95.5.
    ['q135', { name: 97, tckn: 98, tckn_invalid: 99, request: 98, province: 99, category: 96, lang: 98, recall: 98, precision: 95 }],
    // q136 (150, scored with q135: Kurmanji, Arabic and Arabizi; elderly people and veterans' families; places hard to tell):
    // name 98.7, tckn 98.7, tckn_invalid 100, request 100, province 98, category 92, lang 100, urgent recall 96.3 at 88.1.
    ['q136', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 98, precision: 88 }],
    // q137 (150: urgency hard to tell; WhatsApp and web chat; writers about another person), scored once unseen:
    // name 96, tckn 98.7, tckn_invalid 100, request 97.3, province 100, category 94, lang 100, urgent recall 98.5 at 100.
    ['q137', { name: 97, tckn: 99, tckn_invalid: 99, request: 97, province: 99, category: 94, lang: 98, recall: 98, precision: 98 }],
    // q138 (150, scored with q137: Kurmanji, Arabic and Arabizi; the deaf citizens' SMS line; categories hard to tell):
    // name 96, tckn 99.3, tckn_invalid 100, request 98, province 99.3, category 90.7, lang 100, urgent recall 87.1 at 94.7.
    ['q138', { name: 96, tckn: 99, tckn_invalid: 99, request: 97, province: 99, category: 90, lang: 98, recall: 99, precision: 96 }],
    // q139 (150: urgency hard to tell; elderly people and veterans' families; the deaf citizens' SMS line), scored once unseen:
    // name 98, tckn 100, tckn_invalid 100, request 100, province 99.3, category 96, lang 100, urgent recall 96.7 at 95.2.
    ['q139', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 98, precision: 95 }],
    // q140 (150, scored with q139: Kurmanji, Arabic and Arabizi; places hard to tell; hard names):
    // name 98.7, tckn 100, tckn_invalid 100, request 99.3, province 98.7, category 93.3, lang 100, urgent recall 86 at 90.7.
    ['q140', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 96, precision: 92 }],
    // q141 (150: urgency hard to tell; writers about another person; forms and institutions), scored once unseen:
    // name 99.3, tckn 99.3, tckn_invalid 100, request 99.3, province 99.3, category 94.7, lang 100, urgent recall 95.4 at 93.9.
    ['q141', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 96, precision: 94 }],
    // q142 (150, scored with q141: Kurmanji, Arabic and Arabizi; WhatsApp and web chat; elderly people and veterans' families):
    // name 93.3, tckn 99.3, tckn_invalid 100, request 97.3, province 97.3, category 92, lang 99.3, urgent recall 98.1 at 98.1.
    ['q142', { name: 95, tckn: 99, tckn_invalid: 99, request: 97, province: 97, category: 92, lang: 98, recall: 98, precision: 98 }],
    // q143 (150: urgency hard to tell; categories hard to tell; places hard to tell), scored once unseen:
    // name 100, tckn 100, tckn_invalid 100, request 100, province 97.3, category 94.7, lang 100, urgent recall 93.8 at 98.4.
    ['q143', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 97, category: 94, lang: 98, recall: 95, precision: 98 }],
    // q144 (150, scored with q143: Kurmanji, Arabic and Arabizi; hard names; the deaf citizens' SMS line):
    // name 95.3, tckn 100, tckn_invalid 100, request 99.3, province 98.7, category 92, lang 100, urgent recall 87.9 at 100.
    ['q144', { name: 95, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 92, lang: 98, recall: 93, precision: 99 }],
    // q145 (150: urgency hard to tell; WhatsApp and web chat; hard names), scored once unseen:
    // name 99.3, tckn 100, tckn_invalid 100, request 100, province 100, category 93.3, lang 100, urgent recall 95.4 at 95.4.
    ['q145', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 98, precision: 95 }],
    // q146 (150, scored with q145: Kurmanji, Arabic and Arabizi; writers about another person; forms and institutions):
    // name 95.3, tckn 96.7, tckn_invalid 100, request 98.7, province 98, category 91.3, lang 100, urgent recall 89.6 at 96.8.
    ['q146', { name: 96, tckn: 97, tckn_invalid: 99, request: 98, province: 98, category: 91, lang: 98, recall: 98, precision: 96 }],
    // q147 (150: urgency hard to tell; the deaf citizens' SMS line; elderly people and veterans' families), scored once unseen:
    // name 99.3, tckn 99.3, tckn_invalid 100, request 100, province 98, category 92, lang 100, urgent recall 98.4 at 98.4.
    ['q147', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 92, lang: 98, recall: 98, precision: 98 }],
    // q148 (150, scored with q147: Kurmanji, Arabic and Arabizi; places hard to tell; categories hard to tell):
    // name 100, tckn 99.3, tckn_invalid 100, request 100, province 99.3, category 92, lang 100, urgent recall 95 at 98.3.
    ['q148', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 92, lang: 98, recall: 95, precision: 98 }],
    // q149 (150: urgency hard to tell; forms and institutions; WhatsApp and web chat), scored once unseen:
    // name 99.3, tckn 100, tckn_invalid 100, request 100, province 99.3, category 93.3, lang 100, urgent recall 88.1 at 96.7.
    ['q149', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 93, lang: 98, recall: 95, precision: 96 }],
    // q150 (150, scored with q149: Kurmanji, Arabic and Arabizi; hard names; writers about another person):
    // name 99.3, tckn 100, tckn_invalid 100, request 99.3, province 99.3, category 91.3, lang 100, urgent recall 87.7 at 100.
    ['q150', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 91, lang: 98, recall: 93, precision: 99 }],
    // q151 (150, the eleventh session of 2026-12-07: a day's plain traffic, urgency in everyday words, hard names and
    // IDs), scored once unseen by the first parser whose word models trained on every held-out set: name 98.7, tckn 100,
    // tckn_invalid 100, request 98.7, province 100, category 97.3, lang 100, urgent recall 100 at 98.3 (every target met;
    // the parser before that change: category 93.3, recall 91.5 at 98.2).
    ['q151', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 97, lang: 98, recall: 99, precision: 99 }],
    // q152 (150, scored with q151: Kurmanji, Arabic and Arabizi; deaf writers; the elderly and the disabled): name 96,
    // tckn 99.3, tckn_invalid 100, request 97.3, province 96.7, category 90.7, lang 100, urgent recall 100 at 89.4 (at 92.2
    // with the threshold this commit keeps; the parser before the training change: category 87.3, recall 94.9 at 93.3).
    ['q152', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 96, category: 95, lang: 98, recall: 99, precision: 93 }],
    // q153 (150: a day's plain traffic; WhatsApp and web chat; the elderly and care), scored once unseen by c2902a1:
    // name 97.3, tckn 100, tckn_invalid 100, request 99.3, province 99.3, category 97.3, lang 100, urgent recall 98.2 at
    // 98.2 (every target met; the parser before the training change: category 96.0, recall 92.9 at 96.3).
    ['q153', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 97 }],
    // q154 (150, scored with q153: Kurmanji, Arabic and Arabizi; urgency in everyday words; deaf writers): name 97.3,
    // tckn 99.3, tckn_invalid 100, request 100, province 97.3, category 96.7, lang 100, urgent recall 100 at 94.1 (the
    // parser before the training change: category 89.3, recall 93.8 at 96.8).
    ['q154', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 97, lang: 98, recall: 99, precision: 96 }],
    // q155 (150: a day's plain traffic; hard names and IDs; urgency in everyday words), scored once unseen by e621c90:
    // name 100, tckn 100, tckn_invalid 100, request 100, province 100, category 94, lang 100, urgent recall 98.3 at 100
    // (every target met; the parser before the training change, on q155 and q156 together: recall 95.1, category 93.3).
    ['q155', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 98, precision: 99 }],
    // q156 (150, scored with q155: Kurmanji, Arabic and Arabizi; the elderly and care; WhatsApp and web chat): name
    // 98.7, tckn 100, tckn_invalid 100, request 100, province 99.3, category 98, lang 100, urgent recall 100 at 98.4
    // (every target met).
    ['q156', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 97 }],
    // q157 (150: a day's plain traffic; deaf writers; writing about someone else, institutions' letters), scored once
    // unseen by c49a9e6: name 96.7, tckn 98, tckn_invalid 99.3, request 98.7, province 100, category 96, lang 100,
    // urgent recall 100 at 95.2 (the parser before the training change, on q157 and q158 together: recall 94.4, category
    // 92 against 99.2 and 95.7).
    ['q157', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 95 }],
    // q158 (150, scored with q157: Kurmanji, Arabic and Arabizi; urgency in everyday words; hard names and IDs): name
    // 95.3, tckn 100, tckn_invalid 100, request 98.7, province 99.3, category 95.3, lang 100, urgent recall 98.5 at 97.
    ['q158', { name: 96, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 96, lang: 98, recall: 99, precision: 97 }],
    // q159 (150: a day's plain traffic; writing about someone else; the elderly and care), scored once unseen by 4ec8a6b:
    // name 99.3, tckn 99.3, tckn_invalid 100, request 99.3, province 98.7, category 100, lang 100, urgent recall 98.3 at
    // 98.3 (the parser before the training change, on q159 and q160 together: recall 90.0, category 93.7 against 96.7
    // and 97.3).
    ['q159', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 97 }],
    // q160 (150, scored with q159: Kurmanji, Arabic and Arabizi; deaf writers; WhatsApp and web chat): name 95.3, tckn
    // 98, tckn_invalid 100, request 98.7, province 100, category 94.7, lang 100, urgent recall 95.1 at 98.3.
    ['q160', { name: 96, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 98, precision: 97 }],
    // q161 (150: a day's plain traffic; categories and urgency on the border; hard names and IDs), scored once unseen by
    // 38775a3: name 99.3, tckn 100, tckn_invalid 100, request 100, province 100, category 96, lang 100, urgent recall
    // 100 at 100 (every target met; the parser before the training change, on q161 and q162 together: recall 95.8,
    // category 91.7 against 98.3 and 95.0).
    ['q161', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 99 }],
    // q162 (150, scored with q161: Kurmanji, Arabic and Arabizi; urgency in everyday words; writing about someone else):
    // name 98.7, tckn 100, tckn_invalid 100, request 100, province 100, category 94, lang 100, urgent recall 97.1 at 95.7.
    ['q162', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 95, lang: 98, recall: 98, precision: 95 }],
    // q163 (150: a day's plain traffic; WhatsApp and web chat; deaf writers), scored once unseen by 4f26e16: name 98.7,
    // tckn 98.7, tckn_invalid 100, request 100, province 99.3, category 98, lang 100, urgent recall 98.3 at 96.6 (the
    // parser before the training change, on q163 and q164 together: recall 93.3, category 94.7 against 98.3 and 98.3).
    ['q163', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 96 }],
    // q164 (150, scored with q163: Kurmanji, Arabic and Arabizi; hard names and IDs; categories on the border): name 98,
    // tckn 96.7, tckn_invalid 100, request 99.3, province 100, category 98.7, lang 99.3, urgent recall 98.4 at 96.8.
    ['q164', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 96 }],
    // q165 (150: a day's plain traffic; urgency in everyday words; writing about someone else), scored once unseen by
    // 5a87fb6: name 98, tckn 99.3, tckn_invalid 100, request 98, province 100, category 94, lang 100, urgent recall 100 at
    // 97.1 (the parser before the training change, on q165 and q166 together: recall 92.2, category 92.3 against 99.2
    // and 95.3).
    ['q165', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 94, lang: 98, recall: 99, precision: 96 }],
    // q166 (150, scored with q165: Kurmanji, Arabic and Arabizi; the elderly and care; hard names and IDs): name 98, tckn
    // 100, tckn_invalid 100, request 99.3, province 100, category 96.7, lang 100, urgent recall 98.4 at 98.4 (every target met).
    ['q166', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 98, precision: 97 }],
    // q167 (150: a day's plain traffic; deaf writers; the elderly and care), scored once unseen by 4ff62de: name 98, tckn
    // 100, tckn_invalid 100, request 100, province 98.7, category 95.3, lang 100, urgent recall 96.3 at 98.1 (the parser
    // before the training change, on q167 and q168 together: recall 90.0, category 91.7 against 97.5 and 96.3).
    ['q167', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 95, lang: 98, recall: 96, precision: 97 }],
    // q168 (150, scored with q167: Kurmanji, Arabic and Arabizi; WhatsApp and web chat; urgency in everyday words): name
    // 98, tckn 100, tckn_invalid 100, request 99.3, province 100, category 97.3, lang 100, urgent recall 98.5 at 98.5
    // (every target met).
    ['q168', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 98 }],
    // q169 (150: a day's plain traffic; hard names and IDs with deaf writers; urgency in everyday words with WhatsApp and
    // web chat), scored once unseen by e57f7c5: name 97.3, tckn 99.3, tckn_invalid 100, request 99.3, province 98,
    // category 97.3, lang 100, urgent recall 100 at 100.
    ['q169', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 97, lang: 98, recall: 99, precision: 98 }],
    // q170 (150, scored with q169: Kurmanji, Arabic and Arabizi; writing about someone else, the elderly, categories on
    // the border): name 97.3, tckn 99.3, tckn_invalid 100, request 99.3, province 98, category 93.3, lang 100, urgent
    // recall 100 at 97.1.
    ['q170', { name: 96, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 97, lang: 98, recall: 99, precision: 98 }],
    // q171 (150: a day's plain traffic and writing about someone else; the elderly with deaf writers; hard names and
    // categories on the border), scored once unseen by 3f8256f: name 98.7, tckn 98.7, tckn_invalid 100, request 100,
    // province 98.7, category 93.3, lang 100, urgent recall 100 at 98.3.
    ['q171', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 94, lang: 98, recall: 99, precision: 97 }],
    // q172 (150, scored with q171: Kurmanji, Arabic and Arabizi with WhatsApp, web chat and hard names; urgency with the
    // elderly): name 98, tckn 99.3, tckn_invalid 100, request 100, province 100, category 94.7, lang 100, urgent recall
    // 98.5 at 95.7.
    ['q172', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 96 }],
    // q173 (150: a day's plain traffic with urgency in everyday words; WhatsApp and web chat with hard names; deaf
    // writers and the elderly), scored once unseen by 44afa2f: name 98, tckn 99.3, tckn_invalid 100, request 99.3,
    // province 100, category 96, lang 100, urgent recall 100 at 98.3.
    ['q173', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 97 }],
    // q174 (150, scored with q173: Kurmanji, Arabic and Arabizi, writing about someone else and categories on the
    // border): name 92.7, tckn 97.3, tckn_invalid 100, request 98, province 100, category 93.3, lang 100, urgent recall
    // 98.5 at 92.8.
    ['q174', { name: 96, tckn: 98, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 93 }],
    // q175 (150: a day's plain traffic with the elderly; deaf writers with urgency in everyday words; writing about
    // someone else with hard names), scored once unseen by 0282fe1: name 98, tckn 99.3, tckn_invalid 100, request 100,
    // province 98, category 97.3, lang 100, urgent recall 100 at 97.
    ['q175', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 97 }],
    // q176 (150, scored with q175: Kurmanji, Arabic and Arabizi with hard names and the elderly; WhatsApp and web chat
    // with categories on the border): name 96.7, tckn 99.3, tckn_invalid 100, request 99.3, province 98.7, category
    // 96.7, lang 100, urgent recall 98.3 at 95.1.
    ['q176', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 96 }],
    // q177 (150: very short SMS; forms and institutions; urgency in everyday words with hard names), scored once unseen
    // by 3004fed: name 97.3, tckn 100, tckn_invalid 100, request 98.7, province 98, category 99.3, lang 100, urgent
    // recall 100 at 100.
    ['q177', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 99, lang: 98, recall: 99, precision: 99 }],
    // q178 (150, scored with q177: Kurmanji, Arabic and Arabizi, very short and as forms; a day's plain traffic with deaf
    // writers): name 95.3, tckn 97.3, tckn_invalid 100, request 96.7, province 100, category 96.7, lang 99.3, urgent
    // recall 98.5 at 100.
    ['q178', { name: 97, tckn: 99, tckn_invalid: 99, request: 97, province: 99, category: 97, lang: 98, recall: 99, precision: 99 }],
    // q179 (150: a day's plain traffic in very short SMS; forms and writing about someone else; deaf writers with hard
    // names), scored once unseen by 137d119: name 98.7, tckn 100, tckn_invalid 100, request 99.3, province 98.7,
    // category 98.7, lang 100, urgent recall 96.8 at 96.8.
    ['q179', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 96 }],
    // q180 (150, scored with q179: Kurmanji, Arabic and Arabizi with urgency in everyday words and deaf writers; WhatsApp
    // and web chat with the elderly): name 96, tckn 100, tckn_invalid 99.3, request 98.7, province 98.7, category 92.7,
    // lang 100, urgent recall 100 at 96.8.
    ['q180', { name: 96, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 96 }],
    // q181 (150: a day's plain traffic with WhatsApp and web chat; very short SMS with urgency in everyday words; the
    // elderly, forms and institutions), scored once unseen by e0ec1c1: name 98.7, tckn 99.3, tckn_invalid 100, request
    // 99.3, province 100, category 98, lang 100, urgent recall 100 at 100.
    ['q181', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 99 }],
    // q182 (150, scored with q181: Kurmanji, Arabic and Arabizi, writing about someone else and very short; hard names
    // with categories on the border): name 98, tckn 98, tckn_invalid 100, request 99.3, province 98.7, category 96.7,
    // lang 100, urgent recall 98.4 at 98.4.
    ['q182', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 99 }],
    // q183 (150: a day's plain traffic with hard names; very short SMS from deaf writers; writing about someone else and
    // urgency in everyday words), scored once unseen by 1920238: name 97.3, tckn 100, tckn_invalid 99.3, request 98.7,
    // province 98.7, category 97.3, lang 100, urgent recall 98.6 at 100.
    ['q183', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 98, lang: 98, recall: 99, precision: 99 }],
    // q184 (150, scored with q183: Kurmanji, Arabic and Arabizi with the elderly, WhatsApp and web chat; forms and
    // categories on the border): name 99.3, tckn 98.7, tckn_invalid 100, request 100, province 99.3, category 96, lang
    // 100, urgent recall 100 at 97.1.
    ['q184', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 97 }],
    // q185 (150: a day's plain traffic with forms; urgency in everyday words from deaf writers; very short SMS about
    // someone else), scored once unseen by e2833b2: name 98.7, tckn 100, tckn_invalid 100, request 99.3, province 100,
    // category 96.7, lang 100, urgent recall 100 at 100.
    ['q185', { name: 99, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 99, precision: 99 }],
    // q186 (150, scored with q185: Kurmanji, Arabic and Arabizi with hard names and urgency in everyday words; WhatsApp
    // and web chat with the elderly and categories on the border): name 96.7, tckn 99.3, tckn_invalid 100, request 100,
    // province 100, category 94.7, lang 100, urgent recall 98.4 at 94.
    ['q186', { name: 96, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 95 }],
    // q187 (150: a day's plain traffic with urgency in everyday words; forms with hard names; very short SMS from deaf
    // writers), scored once unseen by 93490ef: name 98, tckn 100, tckn_invalid 100, request 100, province 99.3, category
    // 96.7, lang 100, urgent recall 100 at 95.5.
    ['q187', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 96 }],
    // q188 (150, scored with q187: Kurmanji, Arabic and Arabizi, writing about someone else and very short; WhatsApp and
    // web chat with categories on the border): name 96.7, tckn 98, tckn_invalid 100, request 98.7, province 98.7,
    // category 96.7, lang 99.3, urgent recall 100 at 97.
    ['q188', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 98, category: 98, lang: 98, recall: 99, precision: 97 }],
    // q189 (150: a day's plain traffic, with deaf writers; urgency in everyday words and writing about someone else),
    // scored once unseen by 25517aa: name 97.3, tckn 99.3, tckn_invalid 100, request 98, province 100, category 94.7,
    // lang 100, urgent recall 98.5 at 98.5.
    ['q189', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 96, lang: 98, recall: 99, precision: 98 }],
    // q190 (150, scored with q189: Kurmanji, Arabic and Arabizi with the elderly and as forms; very short SMS with hard
    // names): name 98.7, tckn 98.7, tckn_invalid 100, request 99.3, province 100, category 94, lang 100, urgent recall
    // 98.3 at 100.
    ['q190', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 96, lang: 98, recall: 99, precision: 99 }],
    // q191 (150: a day's plain traffic about someone else; forms from deaf writers; very short SMS about the elderly),
    // scored once unseen by b0e2909 (the parser of f7cd5c6): name 98, tckn 100, tckn_invalid 100, request 98.7, province
    // 100, category 92.7, lang 100, urgent recall 98.5 at 94.4 (every target met).
    ['q191', { name: 98, tckn: 99, tckn_invalid: 99, request: 98, province: 99, category: 95, lang: 98, recall: 99, precision: 94 }],
    // q192 (150, scored with q191: Kurmanji, Arabic and Arabizi with urgency in everyday words and hard names; a day's
    // plain traffic with categories on the border): name 98, tckn 99.3, tckn_invalid 100, request 100, province 100,
    // category 96, lang 100, urgent recall 100 at 96.9.
    ['q192', { name: 97, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 98, lang: 98, recall: 99, precision: 96 }],
    // q193 (150: a day's plain traffic with urgency in everyday words; hard names on forms; deaf writers and the elderly),
    // scored once unseen by 2f30468: name 98.7, tckn 100, tckn_invalid 100, request 99.3, province 100, category 97.3,
    // lang 100, urgent recall 98.3 at 98.3 (every target met).
    ['q193', { name: 98, tckn: 99, tckn_invalid: 99, request: 99, province: 99, category: 97, lang: 98, recall: 98, precision: 98 }],
    // q194 (150, scored with q193: Kurmanji, Arabic and Arabizi, very short and about someone else; WhatsApp and web chat
    // with categories on the border): name 95.3, tckn 100, tckn_invalid 100, request 97.3, province 95.3, category 96,
    // lang 100, urgent recall 100 at 100.
    ['q194', { name: 96, tckn: 99, tckn_invalid: 99, request: 97, province: 95, category: 97, lang: 98, recall: 99, precision: 99 }],
  ] as const)('%s keeps every field above its floor', (name, floors) => {
    expectFloors(score(new URL(`./heldout/${name}.jsonl`, import.meta.url)), floors);
  });
});
