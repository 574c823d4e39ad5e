import type { Db } from '../db/client.ts';

export interface WebchatHistoryRow {
  id: number;
  direction: 'in' | 'out';
  body: string;
  external_id: string | null;
  created_at: number;
}

export type WebchatHistory = ReturnType<typeof createWebchatHistory>;

/**
 * What a web chat visitor may read: the messages (never notes) of their own contact's tickets.
 * Every query is keyed by the contact address, so a token only ever reads its own conversation.
 */
export function createWebchatHistory(db: Db, channel: string) {
  const c = db.$client;
  const after = c.prepare<[string, string, number, number], WebchatHistoryRow>(
    `SELECT m.id, m.direction, m.body, m.external_id, m.created_at
     FROM contacts co JOIN tickets t ON t.contact_id = co.id JOIN messages m ON m.ticket_id = t.id
     WHERE co.channel = ? AND co.address = ? AND m.direction IN ('in', 'out') AND m.id > ?
     ORDER BY m.id LIMIT ?`,
  );
  // The id before the newest `keep` messages: a first load shows the recent conversation, not years of it.
  const startOfRecent = c.prepare<[string, string, number], { id: number }>(
    `SELECT m.id FROM contacts co JOIN tickets t ON t.contact_id = co.id JOIN messages m ON m.ticket_id = t.id
     WHERE co.channel = ? AND co.address = ? AND m.direction IN ('in', 'out')
     ORDER BY m.id DESC LIMIT 1 OFFSET ?`,
  );
  const contact = c.prepare<[string, string], { id: number }>('SELECT id FROM contacts WHERE channel = ? AND address = ?');
  const inbound = c.prepare<[string, string], { id: number }>(
    `SELECT id FROM messages WHERE channel = ? AND external_id = ? AND direction = 'in'`,
  );
  const outboxMessage = c.prepare<[number], { message_id: number | null }>('SELECT message_id FROM outbox WHERE id = ?');
  const ticketAddress = c.prepare<[number, string], { address: string }>(
    'SELECT co.address FROM tickets t JOIN contacts co ON co.id = t.contact_id WHERE t.id = ? AND co.channel = ?',
  );

  return {
    /** Messages after `afterId`, oldest first. */
    after: (address: string, afterId: number, limit: number) => after.all(channel, address, afterId, limit),
    /** The cursor from which the newest `keep` messages follow (0 when there are fewer). */
    recentCursor: (address: string, keep: number) => startOfRecent.get(channel, address, keep)?.id ?? 0,
    hasContact: (address: string) => contact.get(channel, address) !== undefined,
    /** The stored id of a visitor's message by its provider id (also for a deduplicated resend). */
    inboundId: (externalId: string) => inbound.get(channel, externalId)?.id ?? null,
    /** The message an outbox row carries (null for notices sent without one). */
    messageOfOutbox: (outboxId: number) => outboxMessage.get(outboxId)?.message_id ?? null,
    /** The visitor a ticket belongs to, when it is a web chat ticket. */
    addressOfTicket: (ticketId: number) => ticketAddress.get(ticketId, channel)?.address ?? null,
  };
}
