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

/**
 * The result lines of a stretch of input, each followed by "\n". Lines end at "\r\n", "\n" or "\r" as
 * readline has them; blank lines give nothing.
 */
export function parseBatch(text: string): string {
  let out = '';
  let from = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    const line = text.slice(from, nl);
    from = nl + 1;
    if (line.indexOf('\r') === -1) {
      const r = parseLine(line);
      if (r !== null) out += r + '\n';
    } else {
      for (const part of line.split('\r')) {
        const r = parseLine(part);
        if (r !== null) out += r + '\n';
      }
    }
  }
  return out;
}

/**
 * Input as raw chunks cut after their last line break (never inside a UTF-8 sequence or between "\r" and
 * "\n"), each handed over with every complete line it holds; the rest at the end.
 */
export async function forEachBatch(input: NodeJS.ReadableStream, handle: (batch: Buffer) => Promise<void> | void): Promise<void> {
  let pending: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const nl = buf.lastIndexOf(10);
    if (nl === -1) {
      pending.push(buf);
      continue;
    }
    pending.push(buf.subarray(0, nl + 1));
    const batch = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
    pending = nl + 1 < buf.length ? [buf.subarray(nl + 1)] : [];
    await handle(batch);
  }
  if (pending.length > 0) await handle(Buffer.concat(pending));
}

/** `kopru parse` on this thread, batch by batch (what each worker thread does in parse-parallel.ts). */
export async function runParseBatches(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  await forEachBatch(input, async (batch) => {
    const out = parseBatch(batch.toString('utf8'));
    if (out && !output.write(out)) await once(output, 'drain');
  });
}

/** Line by line through readline (the reference the batch paths must equal). */
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
