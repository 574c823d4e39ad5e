// npm run explain -- "message text": the parse of one message and the triage rules that scored on it,
// for working on the rules (why is this urgent, why not).
import { parseMessage, triageInput } from '../src/parser/index.ts';
import { fold } from '../src/parser/text.ts';
import { explainTriage, withoutOwnImpairment } from '../src/parser/triage.ts';
import { CATEGORY_MODEL, explainModel, modelCategory, URGENCY_MODEL, URGENT_LOGIT, urgencyLogit } from '../src/parser/word-model.ts';
import { CATEGORIES } from '../src/parser/types.ts';

const text = process.argv.slice(2).join(' ');
if (!text) {
  console.error('usage: npm run explain -- "message text"');
  process.exit(2);
}
const { name, tckn, tcknInvalid, request, province, category, urgent, lang, spans } = parseMessage(text);
console.log(JSON.stringify({ name, tckn, tcknInvalid, request, province, category, urgent, lang }, null, 1));
// The rules read the text without the sender's name, as parseMessage does.
for (const hit of explainTriage(fold(text), spans.name)) console.log(`${String(hit.score).padStart(4)}  ${hit.group.padEnd(10)} ${hit.rule}`);
// The urgency model's view: its log-odds and the features that moved it most.
const read = triageInput(text);
const logit = urgencyLogit(read);
console.log(`urgency model: log-odds ${logit.toFixed(2)} (urgent from ${URGENT_LOGIT}), p ${(1 / (1 + Math.exp(-logit))).toFixed(2)}`);
const top = explainModel(URGENCY_MODEL, read).sort((a, b) => Math.abs(b.weights[0]!) - Math.abs(a.weights[0]!)).slice(0, 12);
for (const f of top) console.log(`${f.weights[0]!.toFixed(3).padStart(8)}  ${f.feature}`);
// The category model's view (added to the rules' points).
// It reads what the category rules read: the writer's own impairment blanked too.
const catRead = withoutOwnImpairment(read);
const cat = modelCategory(catRead);
console.log(`category model: ${cat === null ? 'no opinion (too few known features)' : `${cat.category} p ${cat.p.toFixed(2)} (its evidence, log(6 · share), is added to each category's rule points)`}`);
if (cat !== null) {
  const k = CATEGORIES.indexOf(cat.category);
  for (const f of explainModel(CATEGORY_MODEL, catRead).sort((a, b) => Math.abs(b.weights[k]!) - Math.abs(a.weights[k]!)).slice(0, 8)) console.log(`${f.weights[k]!.toFixed(3).padStart(8)}  ${f.feature}`);
}
