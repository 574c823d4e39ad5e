/**
 * `kopru parse`: JSON Lines {"id","text"} on stdin → one result line per input, same order.
 * Streams (readline in, backpressure-aware writes out) so a million lines run in constant memory;
 * a malformed line yields {"id":null,"error":…} (or its id when recoverable) and the run goes on.
 */
import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import { forEachBatch } from './parse-input.ts';
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
  // JSON.stringify of a ParseOutput, written out key by key (the same bytes: keys in ParseOutput's
  // order, each string quoted as JSON.stringify quotes it); twice as fast as stringifying the object.
  return (
    '{"id":' +
    (typeof id === 'string' ? quote(id) : JSON.stringify(id)) +
    ',"name":' +
    quoteOrNull(r.name) +
    ',"tckn":' +
    quoteOrNull(r.tckn) +
    ',"tckn_invalid":' +
    quoteOrNull(r.tcknInvalid) +
    ',"request":' +
    (r.request === '' ? 'null' : quote(r.request)) +
    ',"province":' +
    quoteOrNull(r.province) +
    ',"category":' +
    quote(r.category) +
    ',"urgent":' +
    (r.urgent ? 'true' : 'false') +
    ',"lang":' +
    quote(r.lang) +
    '}'
  );
}

/** Characters JSON.stringify escapes in a string: " \ control characters, and surrogates (when unpaired; paired ones go the slow way too). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(s): a string without a character to escape is only put in quotes. */
function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"';
}

function quoteOrNull(s: string | null): string {
  return s === null ? 'null' : quote(s);
}

/**
 * Result lines as UTF-8, each followed by "\n", written straight into a growing buffer: joining them
 * into one string first costs more than the encoding (flattening a long concatenation).
 */
export class ResultBytes {
  private buf = Buffer.allocUnsafe(1 << 18);
  private size = 0;

  add(line: string): void {
    // At most 3 bytes per UTF-16 unit, and the line break.
    const need = this.size + 3 * line.length + 1;
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.buf.length));
      this.buf.copy(grown, 0, 0, this.size);
      this.buf = grown;
    }
    this.size += this.buf.write(line, this.size, 'utf8');
    this.buf[this.size++] = 10;
  }

  /** The bytes so far, in a buffer of their own (transferable); empties this one. */
  take(): Uint8Array {
    const out = new Uint8Array(this.size);
    out.set(this.buf.subarray(0, this.size));
    this.size = 0;
    return out;
  }
}

/**
 * The result lines of a stretch of input. Lines end at "\r\n", "\n" or "\r" as readline has them; blank
 * lines give nothing.
 */
export function parseBatch(text: string, out: ResultBytes): void {
  let from = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    const line = text.slice(from, nl);
    from = nl + 1;
    if (line.indexOf('\r') === -1) {
      const r = parseLine(line);
      if (r !== null) out.add(r);
    } else {
      for (const part of line.split('\r')) {
        const r = parseLine(part);
        if (r !== null) out.add(r);
      }
    }
  }
}

/** `kopru parse` on this thread, batch by batch (what each worker thread does in parse-parallel.ts). */
export async function runParseBatches(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const results = new ResultBytes();
  await forEachBatch(input, async (batch) => {
    parseBatch(batch.toString('utf8'), results);
    const out = results.take();
    if (out.length > 0 && !output.write(out)) await once(output, 'drain');
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
