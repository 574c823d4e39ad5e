import type { Logger } from 'pino';
import type { Bus } from '../bus.ts';
import type { Db } from '../db/client.ts';
import { flagOverdueReferrals } from '../store/referrals.ts';

export interface DeadlineWorker {
  /** One pass: flags referrals past their deadline, escalates them live; returns the ticket ids flagged. */
  check(): number[];
  start(): void;
  stop(): void;
}

/**
 * The 24-hour rule: a referral with no record from the AME by its deadline is flagged (event
 * `referral.overdue`) and escalated to supervisors (a live event; the referrals page lists it on top).
 */
export function createDeadlineWorker(deps: { db: Db; bus: Bus; log: Logger; now: () => number; intervalMs?: number }): DeadlineWorker {
  let timer: NodeJS.Timeout | null = null;
  const check = () => {
    const flagged = flagOverdueReferrals(deps.db, deps.now());
    for (const r of flagged) {
      deps.log.warn({ referralId: r.id, ticketId: r.ticketId }, 'referral overdue: no AME record within the deadline, escalated to supervisors');
      deps.bus.publish({ type: 'ticket.updated', ticketId: r.ticketId, fields: ['referralOverdue'] });
    }
    return flagged.map((r) => r.ticketId);
  };
  return {
    check,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        try {
          check();
        } catch (err) {
          deps.log.error({ err }, 'referral deadlines: check failed');
        }
      }, deps.intervalMs ?? 60_000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
