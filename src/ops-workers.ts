import type { AppDeps } from './deps.ts';
import { createDeadlineWorker, type DeadlineWorker } from './referrals/deadline-worker.ts';
import { createQueueRouter } from './routing/router.ts';
import { createSurveySender } from './surveys/survey-worker.ts';
import { createWebhookWorker } from './webhooks/webhook-worker.ts';

export interface OpsWorkers {
  deadlines: DeadlineWorker;
  start(): void;
  stop(): Promise<void>;
}

/** The hotline's background work: the routing queue, the referral deadlines (every minute, clock injected), surveys on resolution, outgoing webhooks. */
export function createOpsWorkers(deps: AppDeps, options: { intervalMs?: number } = {}): OpsWorkers {
  const router = createQueueRouter({ ...deps, intervalMs: options.intervalMs });
  const deadlines = createDeadlineWorker({ ...deps, intervalMs: options.intervalMs });
  const surveys = createSurveySender(deps);
  const webhooks = createWebhookWorker({ ...deps, maxAttempts: deps.config.ops.webhookMaxAttempts, timeoutMs: deps.config.ops.webhookTimeoutMs });
  return {
    deadlines,
    start() {
      router.start();
      deadlines.start();
      surveys.start();
      webhooks.start();
    },
    async stop() {
      router.stop();
      deadlines.stop();
      surveys.stop();
      await webhooks.stop();
    },
  };
}
