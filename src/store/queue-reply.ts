import type { Db } from '../db/client.ts';
import { createOutboxStore } from './outbox-store.ts';
import { NotFoundError } from './update-ticket.ts';

export interface QueuedReply {
  messageId: number;
  outboxId: number;
  ticketId: number;
  channel: string;
}

/**
 * An operator's reply: the message and its outbox row in one transaction, on the channel the citizen
 * used. The outbox worker sends it; nothing is sent from the request itself.
 */
export function queueReply(
  db: Db,
  input: { ticketId: number; text: string; authorId: number | null; actor: string; kind?: string },
  now = Date.now(),
): QueuedReply {
  const c = db.$client;
  const outbox = createOutboxStore(db);
  return c.transaction(() => {
    const t = c
      .prepare<[number], { channel: string; address: string; status: string }>(
        'SELECT t.channel, co.address, t.status FROM tickets t JOIN contacts co ON co.id = t.contact_id WHERE t.id = ?',
      )
      .get(input.ticketId);
    if (!t) throw new NotFoundError('ticket');
    const messageId = c
      .prepare<[number, string, string, number | null, number], { id: number }>(
        `INSERT INTO messages (ticket_id, direction, channel, body, attachments, status, author_id, created_at)
         VALUES (?, 'out', ?, ?, '[]', 'queued', ?, ?) RETURNING id`,
      )
      .get(input.ticketId, t.channel, input.text, input.authorId, now)!.id;
    const outboxId = outbox.enqueue({ messageId, channel: t.channel, recipient: t.address, body: input.text, kind: input.kind ?? 'reply', now });
    c.prepare<[number, number, number, number]>(
      `UPDATE tickets SET first_response_at = coalesce(first_response_at, ?), updated_at = ?, last_message_at = max(last_message_at, ?),
         status = CASE status WHEN 'new' THEN 'open' ELSE status END WHERE id = ?`,
    ).run(now, now, now, input.ticketId);
    c.prepare<[number, string, string, number]>(
      `INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, ?, 'reply.queued', ?, ?)`,
    ).run(input.ticketId, input.actor, JSON.stringify({ messageId, outboxId }), now);
    return { messageId, outboxId, ticketId: input.ticketId, channel: t.channel };
  })();
}
