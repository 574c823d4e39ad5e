// Second entry of the bundled `kopru parse` (see bin/kopru.mjs): the parser itself. It runs in each
// worker thread of parse-parallel.ts, or on the main thread when KOPRU_PARSE_WORKERS=1.
import { Buffer } from 'node:buffer';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseBatch, ResultBytes, runParseBatches } from './parse-command.ts';

export { runParseBatches };

/** In a worker thread: batches of input bytes in, their result lines out as UTF-8 (transferred). */
function serve(): void {
  const port = parentPort!;
  const results = new ResultBytes();
  port.on('message', (msg: { seq: number; batch: Uint8Array }) => {
    parseBatch(Buffer.from(msg.batch.buffer, msg.batch.byteOffset, msg.batch.byteLength).toString('utf8'), results);
    const out = results.take();
    port.postMessage({ seq: msg.seq, out }, [out.buffer as ArrayBuffer]);
  });
}

if (!isMainThread && (workerData as { kopruParseWorker?: boolean } | null)?.kopruParseWorker) serve();
