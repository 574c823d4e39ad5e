import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Worker, parentPort } from 'node:worker_threads';
import { parseLine } from './parse-command.ts';

const BATCH_LINES = 512;

/** In a worker thread: batches of input lines in, their result lines out. */
export function serveParseWorker(): void {
  parentPort!.on('message', (msg: { seq: number; lines: string[] }) => {
    let out = '';
    for (const line of msg.lines) {
      const r = parseLine(line);
      if (r !== null) out += r + '\n';
    }
    parentPort!.postMessage({ seq: msg.seq, out });
  });
}

/**
 * `kopru parse` on every core: the main thread reads lines and writes results in input order; workers
 * parse batches. A bounded number of batches in flight keeps memory flat however long the input is.
 */
export async function runParseParallel(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  workerUrl: URL,
  workers: number,
): Promise<void> {
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl, { workerData: { kopruParseWorker: true } }));
  const done = new Map<number, string>();
  const maxInFlight = workers * 4;
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
  for (const w of pool) {
    w.on('message', (m: { seq: number; out: string }) => {
      done.set(m.seq, m.out);
      wake();
    });
    w.on('error', (err) => {
      failure = err;
      wake();
    });
  }
  const writeReady = async () => {
    if (failure) throw failure;
    while (done.has(written)) {
      const out = done.get(written)!;
      done.delete(written);
      written++;
      if (out && !output.write(out)) await once(output, 'drain');
    }
  };
  let batch: string[] = [];
  const dispatch = async () => {
    while (sent - written >= maxInFlight) {
      await writeReady();
      if (sent - written >= maxInFlight) await wait();
    }
    pool[sent % pool.length]!.postMessage({ seq: sent, lines: batch });
    sent++;
    batch = [];
  };
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      batch.push(line);
      if (batch.length >= BATCH_LINES) await dispatch();
    }
    if (batch.length) await dispatch();
    while (written < sent) {
      await writeReady();
      if (written < sent) await wait();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
