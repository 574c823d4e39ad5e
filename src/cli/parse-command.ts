/**
 * `kopru parse`: JSON Lines {"id","text"} on stdin → one result line per input, same order.
 * Streams (readline in, backpressure-aware writes out) so a million lines run in constant memory;
 * a malformed line yields {"id":null,"error":…} (or its id when recoverable) and the run goes on.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseMessage } from '../parser/index.ts';

export interface ParseOutput {
  id: unknown;
  name: string | null;
  tckn: string | null;
  tckn_invalid: string | null;
  request: string | null;
  province: string | null;
  category: string;
  urgent: boolean;
  lang: string;
}

export function parseLine(line: string): string | null {
  if (line.trim() === '') return null;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
    let id: unknown = null;
    if (m?.[1]) {
      try {
        id = JSON.parse(m[1]);
      } catch {
        id = null;
      }
    }
    return JSON.stringify({ id, error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return JSON.stringify({ id: null, error: 'expected a JSON object {"id","text"}' });
  }
  const rec = obj as Record<string, unknown>;
  const id = rec.id ?? null;
  if (typeof rec.text !== 'string') return JSON.stringify({ id, error: 'missing string field "text"' });
  const r = parseMessage(rec.text);
  const out: ParseOutput = {
    id,
    name: r.name,
    tckn: r.tckn,
    tckn_invalid: r.tcknInvalid,
    request: r.request === '' ? null : r.request,
    province: r.province,
    category: r.category,
    urgent: r.urgent,
    lang: r.lang,
  };
  return JSON.stringify(out);
}

export async function runParseCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let buf = '';
  const flush = async () => {
    if (!buf) return;
    const chunk = buf;
    buf = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  for await (const line of rl) {
    const out = parseLine(line);
    if (out === null) continue;
    buf += out + '\n';
    if (buf.length >= 65536) await flush();
  }
  await flush();
}
