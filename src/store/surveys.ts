import type { Db } from '../db/client.ts';
import { parseRating } from '../surveys/rating.ts';
import { createOutboxStore } from './outbox-store.ts';

/** Categories whose referred cases are violence or abuse: no survey unless configured. */
export const VIOLENCE_CATEGORIES = ['kadin', 'cocuk'];

interface Candidate {
  id: number;
  number: string;
  status: string;
  channel: string;
  address: string;
  lang: string | null;
  category: string | null;
  urgent: number;
  referred: number;
  surveyed: number;
}

export type SurveySkip = 'not_resolved' | 'already_surveyed' | 'violence_referral';

/**
 * On resolution: the survey as a message in the thread (so operators see what the citizen got) and
 * an outbox row of kind `survey` on the ticket's channel; at most one survey per ticket.
 */
export function enqueueSurvey(db: Db, input: { ticketId: number; text: (lang: string | null, number: string) => string; answerMs: number; afterViolenceReferral: boolean }, now: number): { surveyId: number; messageId: number } | SurveySkip {
  const c = db.$client;
  const outbox = createOutboxStore(db);
  return c.transaction(() => {
    const t = c
      .prepare<[number], Candidate>(
        `SELECT t.id, t.number, t.status, t.channel, co.address, t.lang, t.category, t.urgent,
                EXISTS (SELECT 1 FROM referrals r WHERE r.ticket_id = t.id) AS referred,
                EXISTS (SELECT 1 FROM surveys s WHERE s.ticket_id = t.id) AS surveyed
         FROM tickets t JOIN contacts co ON co.id = t.contact_id WHERE t.id = ?`,
      )
      .get(input.ticketId);
    if (!t || t.status !== 'resolved') return 'not_resolved';
    if (t.surveyed) return 'already_surveyed';
    const violence = t.urgent === 1 || VIOLENCE_CATEGORIES.includes(t.category ?? '');
    if (t.referred && violence && !input.afterViolenceReferral) return 'violence_referral';
    const body = input.text(t.lang, t.number);
    const messageId = c
      .prepare<[number, string, string, number], { id: number }>(
        `INSERT INTO messages (ticket_id, direction, channel, body, meta, attachments, status, created_at)
         VALUES (?, 'out', ?, ?, '{"automatic":true,"survey":true}', '[]', 'queued', ?) RETURNING id`,
      )
      .get(t.id, t.channel, body, now)!.id;
    const outboxId = outbox.enqueue({ messageId, channel: t.channel, recipient: t.address, body, kind: 'survey', now });
    const surveyId = c
      .prepare<[number, string, number, number, number], { id: number }>(
        'INSERT INTO surveys (ticket_id, channel, outbox_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
      )
      .get(t.id, t.channel, outboxId, now, now + input.answerMs)!.id;
    c.prepare(`INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, 'system', 'survey.sent', ?, ?)`).run(t.id, JSON.stringify({ surveyId, messageId, outboxId }), now);
    return { surveyId, messageId };
  })();
}

/**
 * The intake hook for a message joining a resolved ticket: when a survey is waiting and the text is
 * an answer, the rating is stored (inside intake's transaction) and the ticket stays resolved.
 */
export function createSurveyAnswerer(db: Db): (ticketId: number, text: string, now: number) => boolean {
  const c = db.$client;
  const pending = c.prepare<[number, number], { id: number }>(
    'SELECT id FROM surveys WHERE ticket_id = ? AND rating IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1',
  );
  const answer = c.prepare<[number, number, number]>('UPDATE surveys SET rating = ?, answered_at = ? WHERE id = ?');
  const event = c.prepare<[number, string, number]>(`INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, 'system', 'survey.answered', ?, ?)`);
  return (ticketId, text, now) => {
    const survey = pending.get(ticketId, now);
    if (!survey) return false;
    const rating = parseRating(text);
    if (rating === null) return false;
    answer.run(rating, now, survey.id);
    event.run(ticketId, JSON.stringify({ surveyId: survey.id, rating }), now);
    return true;
  };
}
