// npm run explain -- "message text": the parse of one message and the triage rules that scored on it,
// for working on the rules (why is this urgent, why not).
import { parseMessage, triageInput } from '../src/parser/index.ts';
import { fold } from '../src/parser/text.ts';
import { explainTriage } from '../src/parser/triage.ts';
import { explainUrgencyModel, URGENT_LOGIT, urgencyLogit } from '../src/parser/urgency-model.ts';

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
const top = explainUrgencyModel(read).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 12);
for (const f of top) console.log(`${f.weight.toFixed(3).padStart(8)}  ${f.feature}`);
