// Reading `kopru parse` input in batches of whole lines. Kept apart from the parser so that the main
// thread of the parallel run (parse-parallel.ts) loads only this.
import { Buffer } from 'node:buffer';

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
