import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { AmeContact } from './ame-directory.ts';
import { appendEvent } from './append-event.ts';
import { createOutboxStore } from './outbox-store.ts';
import { NotFoundError } from './update-ticket.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Referral {
  id: number;
  ticketId: number;
  ticketNumber: string;
  province: string;
  subject: string;
  responderName: string;
  responderTitle: string | null;
  createdAt: number;
  deadlineAt: number;
  linkExpiresAt: number;
  actionedAt: number | null;
  overdueAt: number | null;
  /** The referral SMS's outbox state, or null when none was queued (no SMS channel). */
  smsState: string | null;
}

const SELECT = `SELECT r.id, r.ticket_id, t.number, r.province, r.subject, r.responder_name, r.responder_title, r.created_at,
  r.deadline_at, r.link_expires_at, r.actioned_at, r.overdue_at, o.state AS sms_state
  FROM referrals r JOIN tickets t ON t.id = r.ticket_id LEFT JOIN outbox o ON o.id = r.outbox_id`;

interface Row {
  id: number;
  ticket_id: number;
  number: string;
  province: string;
  subject: string;
  responder_name: string;
  responder_title: string | null;
  created_at: number;
  deadline_at: number;
  link_expires_at: number;
  actioned_at: number | null;
  overdue_at: number | null;
  sms_state: string | null;
}

const toReferral = (r: Row): Referral => ({
  id: r.id,
  ticketId: r.ticket_id,
  ticketNumber: r.number,
  province: r.province,
  subject: r.subject,
  responderName: r.responder_name,
  responderTitle: r.responder_title,
  createdAt: r.created_at,
  deadlineAt: r.deadline_at,
  linkExpiresAt: r.link_expires_at,
  actionedAt: r.actioned_at,
  overdueAt: r.overdue_at,
  smsState: r.sms_state,
});

export interface CreateReferralInput {
  ticketId: number;
  contact: AmeContact;
  tokenHash: string;
  referredBy: number | null;
  actor: string;
  /** Where and what to send; null when no SMS channel is configured (the note says to call instead). */
  sms: { channel: string; text: string } | null;
  note: string;
  linkTtlMs: number;
  deadlineMs: number;
}

/**
 * One transaction: the referral, its SMS in the outbox (kind `referral`, no ticket message: the
 * citizen must never get it), a note in the ticket's thread, the ticket set to `referred`, and events.
 */
export function createReferral(db: Db, input: CreateReferralInput, now: number): { referralId: number; noteId: number; outboxId: number | null } {
  const c = db.$client;
  const outbox = createOutboxStore(db);
  return c.transaction(() => {
    const ticket = c.prepare<[number], { status: string; channel: string }>('SELECT status, channel FROM tickets WHERE id = ?').get(input.ticketId);
    if (!ticket) throw new NotFoundError('ticket');
    const outboxId = input.sms ? outbox.enqueue({ messageId: null, channel: input.sms.channel, recipient: input.contact.mobile, body: input.sms.text, kind: 'referral', now }) : null;
    const referralId = c
      .prepare<[number, number, string, string, string, string | null, string, string, number, number, number | null, number | null, number], { id: number }>(
        `INSERT INTO referrals (ticket_id, ame_contact_id, province, subject, responder_name, responder_title, responder_mobile, token_hash,
           link_expires_at, deadline_at, referred_by, outbox_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        input.ticketId,
        input.contact.id,
        input.contact.province,
        input.contact.subject,
        input.contact.name,
        input.contact.title,
        input.contact.mobile,
        input.tokenHash,
        now + input.linkTtlMs,
        now + input.deadlineMs,
        input.referredBy,
        outboxId,
        now,
      )!.id;
    const noteId = insertNote(db, input.ticketId, ticket.channel, input.note, input.referredBy, now);
    if (ticket.status !== 'referred') {
      c.prepare<[number, number]>(`UPDATE tickets SET status = 'referred', updated_at = ? WHERE id = ?`).run(now, input.ticketId);
      appendEvent(db, { ticketId: input.ticketId, actor: input.actor, type: 'ticket.updated', data: { status: { from: ticket.status, to: 'referred' } }, at: now });
    }
    appendEvent(db, {
      ticketId: input.ticketId,
      actor: input.actor,
      type: 'referral.created',
      data: { referralId, ameContactId: input.contact.id, province: input.contact.province, subject: input.contact.subject, to: input.contact.name, outboxId, deadlineAt: now + input.deadlineMs },
      at: now,
    });
    return { referralId, noteId, outboxId };
  })();
}

function insertNote(db: Db, ticketId: number, channel: string, text: string, authorId: number | null, now: number): number {
  const c = db.$client;
  const id = c
    .prepare<[number, string, string, number | null, number], { id: number }>(
      `INSERT INTO messages (ticket_id, direction, channel, body, attachments, status, author_id, created_at) VALUES (?, 'note', ?, ?, '[]', 'received', ?, ?) RETURNING id`,
    )
    .get(ticketId, channel, text, authorId, now)!.id;
  c.prepare<[number, number]>('UPDATE tickets SET updated_at = ? WHERE id = ?').run(now, ticketId);
  return id;
}

export function findReferralByToken(db: Db, tokenHash: string): Referral | null {
  const r = db.$client.prepare<[string], Row>(`${SELECT} WHERE r.token_hash = ?`).get(tokenHash);
  return r ? toReferral(r) : null;
}

export function referralsOfTicket(db: Db, ticketId: number): Referral[] {
  return db.$client.prepare<[number], Row>(`${SELECT} WHERE r.ticket_id = ? ORDER BY r.id DESC`).all(ticketId).map(toReferral);
}

/** Referrals still waiting for the AME's record, overdue first, then by deadline. */
export function listOpenReferrals(db: Db, limit = 500): Referral[] {
  return db.$client
    .prepare<[number], Row>(`${SELECT} WHERE r.actioned_at IS NULL ORDER BY r.overdue_at IS NULL, r.deadline_at, r.id LIMIT ?`)
    .all(limit)
    .map(toReferral);
}

/** Tickets among `ids` with a referral past its deadline and still without a record (the list's flag). */
export function overdueTicketIds(db: Db, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const rows = db.$client
    .prepare<[string], { ticket_id: number }>(
      `SELECT DISTINCT ticket_id FROM referrals WHERE overdue_at IS NOT NULL AND actioned_at IS NULL AND ticket_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids));
  return new Set(rows.map((r) => r.ticket_id));
}

/** The responder's record: a note in the thread with who wrote it, and the referral marked actioned. */
export function recordReferralAction(db: Db, referral: Referral, text: string, ip: string, now: number): number {
  const c = db.$client;
  return c.transaction(() => {
    const ticket = c.prepare<[number], { channel: string }>('SELECT channel FROM tickets WHERE id = ?').get(referral.ticketId);
    if (!ticket) throw new NotFoundError('ticket');
    const who = referral.responderTitle ? `${referral.responderName}, ${referral.responderTitle}` : referral.responderName;
    const messageId = insertNote(db, referral.ticketId, ticket.channel, `AME (${who}): ${text}`, null, now);
    c.prepare<[number, number]>('UPDATE referrals SET actioned_at = coalesce(actioned_at, ?) WHERE id = ?').run(now, referral.id);
    appendEvent(db, {
      ticketId: referral.ticketId,
      actor: `ame:${referral.id}`,
      type: 'referral.action_recorded',
      data: { referralId: referral.id, responder: referral.responderName, messageId, late: now > referral.deadlineAt, ip },
      at: now,
    });
    return messageId;
  })();
}

/** Flags referrals past their deadline with no record yet; each once. Returns what it flagged. */
export function flagOverdueReferrals(db: Db, now: number): Array<{ id: number; ticketId: number }> {
  const c = db.$client;
  return c.transaction(() => {
    const due = c
      .prepare<[number], { id: number; ticket_id: number; deadline_at: number; responder_name: string }>(
        'SELECT id, ticket_id, deadline_at, responder_name FROM referrals WHERE actioned_at IS NULL AND overdue_at IS NULL AND deadline_at <= ?',
      )
      .all(now);
    for (const r of due) {
      c.prepare<[number, number]>('UPDATE referrals SET overdue_at = ? WHERE id = ?').run(now, r.id);
      appendEvent(db, {
        ticketId: r.ticket_id,
        actor: 'system',
        type: 'referral.overdue',
        data: { referralId: r.id, deadlineAt: r.deadline_at, responder: r.responder_name, escalatedTo: 'supervisors' },
        at: now,
      });
    }
    return due.map((r) => ({ id: r.id, ticketId: r.ticket_id }));
  })();
}

/** What the AME's page may show: the request as the parser found it (greeting, name and kimlik no left out). */
export function referralCaseView(db: Db, ticketId: number) {
  const t = db.$client
    .prepare<[number], { number: string; category: string | null; province: string | null; urgent: number; created_at: number }>(
      'SELECT number, category, province, urgent, created_at FROM tickets WHERE id = ?',
    )
    .get(ticketId);
  if (!t) return null;
  const inbound = db.$client
    .prepare<[number], { body: string; parsed: string | null; created_at: number }>(
      `SELECT body, parsed, created_at FROM messages WHERE ticket_id = ? AND direction = 'in' ORDER BY id LIMIT 20`,
    )
    .all(ticketId);
  const requests = inbound
    .map((m) => {
      let request: unknown = null;
      try {
        request = m.parsed ? (JSON.parse(m.parsed) as { request?: unknown }).request : null;
      } catch {
        /* fall back to the stored body, masked already */
      }
      return { text: typeof request === 'string' && request.trim() ? request : m.body, at: m.created_at };
    })
    .filter((r) => r.text.trim());
  const actions = db.$client
    .prepare<[number], { body: string; created_at: number }>(
      `SELECT m.body, m.created_at FROM messages m JOIN events e ON e.type = 'referral.action_recorded' AND e.ticket_id = m.ticket_id
       AND json_extract(e.data, '$.messageId') = m.id WHERE m.ticket_id = ? ORDER BY m.id`,
    )
    .all(ticketId);
  return { number: t.number, category: t.category, province: t.province, urgent: t.urgent === 1, createdAt: t.created_at, requests, actions };
}
