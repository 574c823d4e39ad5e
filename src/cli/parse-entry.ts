// Entry of the bundled `kopru parse` (see bin/kopru.mjs): the same file runs the main thread and the workers.
import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { runParseCommand } from './parse-command.ts';
import { runParseParallel, serveParseWorker } from './parse-parallel.ts';

export async function start(selfUrl: string): Promise<void> {
  // KOPRU_PARSE_WORKERS=1 parses on the main thread; the default uses every core (at most 4).
  const wanted = Number(process.env.KOPRU_PARSE_WORKERS);
  const workers = Number.isInteger(wanted) && wanted > 0 ? wanted : Math.min(availableParallelism(), 4);
  if (workers < 2) return runParseCommand(process.stdin, process.stdout);
  return runParseParallel(process.stdin, process.stdout, new URL(selfUrl), workers);
}

if (!isMainThread && (workerData as { kopruParseWorker?: boolean } | null)?.kopruParseWorker) serveParseWorker();
