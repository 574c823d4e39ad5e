import type { Logger } from 'pino';
import type { Bus } from '../bus.ts';
import type { Db } from '../db/client.ts';
import type { OutboxWorker } from '../outbox/outbox-worker.ts';
import { enqueueSurvey } from '../store/surveys.ts';
import { surveyText } from './survey-text.ts';

/** Sends the satisfaction survey when a ticket becomes resolved (inbox, API or any other path that publishes it). */
export function createSurveySender(deps: {
  db: Db;
  bus: Bus;
  log: Logger;
  outbox: Pick<OutboxWorker, 'kick'>;
  now: () => number;
  config: { ops: { surveyEnabled: boolean; surveyAnswerMs: number; surveyAfterViolenceReferral: boolean } };
}) {
  let unsubscribe: (() => void) | null = null;
  const onResolved = (ticketId: number) => {
    if (!deps.config.ops.surveyEnabled) return;
    try {
      const r = enqueueSurvey(deps.db, { ticketId, text: surveyText, answerMs: deps.config.ops.surveyAnswerMs, afterViolenceReferral: deps.config.ops.surveyAfterViolenceReferral }, deps.now());
      if (typeof r === 'object') {
        deps.bus.publish({ type: 'message.created', ticketId, messageId: r.messageId, direction: 'out', ticketCreated: false, urgent: false });
        deps.outbox.kick();
      }
    } catch (err) {
      deps.log.error({ err, ticketId }, 'survey: could not queue');
    }
  };
  return {
    onResolved,
    start() {
      unsubscribe ??= deps.bus.subscribe((e) => {
        if (e.type === 'ticket.updated' && e.fields.includes('status')) onResolved(e.ticketId);
      });
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
