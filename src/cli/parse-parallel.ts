/**
 * `kopru parse` on every core: the main thread reads raw input and writes results in input order;
 * worker threads (parse-worker.ts) decode, parse and encode batches of lines. The main thread never
 * loads the parser (its lexicons are built once per worker, while the main thread starts reading), and
 * handles bytes only: a batch goes out as bytes cut at a line break and comes back as encoded result
 * lines (transferred, not copied). A bounded number of batches in flight keeps memory flat however
 * long the input is.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { forEachBatch } from './parse-input.ts';

export async function runParseParallel(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  workerUrl: URL,
  workers: number,
): Promise<void> {
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl, { workerData: { kopruParseWorker: true } }));
  const busy = new Array<number>(workers).fill(0);
  const done = new Map<number, Uint8Array>();
  const maxInFlight = workers * 3;
  let sent = 0;
  let written = 0;
  let failure: unknown = null;
  let waiter: (() => void) | null = null;
  const wake = () => {
    const w = waiter;
    waiter = null;
    w?.();
  };
  const wait = () => new Promise<void>((resolve) => (waiter = resolve));
  pool.forEach((w, k) => {
    w.on('message', (m: { seq: number; out: Uint8Array }) => {
      busy[k]!--;
      done.set(m.seq, m.out);
      wake();
    });
    w.on('error', (err) => {
      failure = err;
      wake();
    });
    w.on('exit', (code) => {
      if (code !== 0 && failure === null) failure = new Error(`parse worker exited with code ${code}`);
      wake();
    });
  });
  const writeReady = async () => {
    if (failure) throw failure;
    while (done.has(written)) {
      const out = done.get(written)!;
      done.delete(written);
      written++;
      if (out.length > 0 && !output.write(out)) await once(output, 'drain');
    }
  };
  try {
    await forEachBatch(input, async (batch) => {
      while (sent - written >= maxInFlight) {
        await writeReady();
        if (sent - written >= maxInFlight) await wait();
      }
      // To the worker with the fewest batches in hand.
      let k = 0;
      for (let j = 1; j < workers; j++) if (busy[j]! < busy[k]!) k = j;
      busy[k]!++;
      pool[k]!.postMessage({ seq: sent++, batch });
      await writeReady();
    });
    while (written < sent) {
      await writeReady();
      if (written < sent) await wait();
    }
  } finally {
    for (const w of pool) w.removeAllListeners('exit');
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
