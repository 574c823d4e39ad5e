// Main entry of the bundled `kopru parse` (see bin/kopru.mjs). It does not load the parser: the worker
// threads do (parse-worker.ts, a bundle of its own), or this thread when KOPRU_PARSE_WORKERS=1.
import { availableParallelism } from 'node:os';
import { runParseParallel } from './parse-parallel.ts';

export async function start(workerUrl: string): Promise<void> {
  // KOPRU_PARSE_WORKERS=1 parses on the main thread; the default uses every core (at most 4).
  const wanted = Number(process.env.KOPRU_PARSE_WORKERS);
  const workers = Number.isInteger(wanted) && wanted > 0 ? wanted : Math.min(availableParallelism(), 4);
  if (workers < 2) {
    const { runParseBatches } = (await import(workerUrl)) as typeof import('./parse-worker.ts');
    return runParseBatches(process.stdin, process.stdout);
  }
  return runParseParallel(process.stdin, process.stdout, new URL(workerUrl), workers);
}
