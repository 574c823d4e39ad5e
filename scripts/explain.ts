// npm run explain -- "message text": the parse of one message and the triage rules that scored on it,
// for working on the rules (why is this urgent, why not).
import { parseMessage } from '../src/parser/index.ts';
import { fold } from '../src/parser/text.ts';
import { explainTriage } from '../src/parser/triage.ts';

const text = process.argv.slice(2).join(' ');
if (!text) {
  console.error('usage: npm run explain -- "message text"');
  process.exit(2);
}
const { name, tckn, tcknInvalid, request, province, category, urgent, lang, spans } = parseMessage(text);
console.log(JSON.stringify({ name, tckn, tcknInvalid, request, province, category, urgent, lang }, null, 1));
// The rules read the text without the sender's name, as parseMessage does.
for (const hit of explainTriage(fold(text), spans.name)) console.log(`${String(hit.score).padStart(4)}  ${hit.group.padEnd(10)} ${hit.rule}`);
