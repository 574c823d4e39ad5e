import { MediaError } from './media-store.ts';

/** Reads a stream into memory but gives up as soon as it passes `maxBytes` (a declared size can lie). */
export async function readCapped(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const iterator = stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new MediaError('too_large', `the file is larger than ${maxBytes} bytes`);
      chunks.push(Buffer.from(value));
    }
  } catch (err) {
    // Stop the download underneath (closes the socket) rather than draining it.
    await iterator.return?.();
    throw err;
  }
  return Buffer.concat(chunks, total);
}
