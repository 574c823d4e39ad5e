import type { AppDeps } from './deps.ts';
import { createQueueRouter } from './routing/router.ts';

export interface OpsWorkers {
  start(): void;
  stop(): Promise<void>;
}

/** The hotline's background work: the routing queue (more workers join here). */
export function createOpsWorkers(deps: AppDeps, options: { intervalMs?: number } = {}): OpsWorkers {
  const router = createQueueRouter({ ...deps, intervalMs: options.intervalMs });
  return {
    start() {
      router.start();
    },
    async stop() {
      router.stop();
    },
  };
}
