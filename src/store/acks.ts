import type { Db } from '../db/client.ts';
import { createOutboxStore } from './outbox-store.ts';

/** Automatic acknowledgements: counted per recipient for the hourly cap, written as a message and an outbox row. */
export type AckStore = ReturnType<typeof createAckStore>;

export function createAckStore(db: Db) {
  const c = db.$client;
  const outbox = createOutboxStore(db);
  const recent = c.prepare<[string, number], { n: number }>(
    `SELECT count(*) AS n FROM outbox WHERE recipient = ? AND kind = 'ack' AND created_at > ?`,
  );
  const message = c.prepare<[number, string, string, string, number], { id: number }>(
    `INSERT INTO messages (ticket_id, direction, channel, body, meta, attachments, status, created_at)
     VALUES (?, 'out', ?, ?, ?, '[]', 'queued', ?) RETURNING id`,
  );
  const event = c.prepare<[number, string, number]>(
    `INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, 'system', 'ack.queued', ?, ?)`,
  );
  return {
    /** Acks to this recipient (on any channel) since `since`. */
    recentCount: (recipient: string, since: number) => recent.get(recipient, since)!.n,
    /** Runs inside the caller's transaction (intake's). */
    enqueue: (a: { ticketId: number; channel: string; recipient: string; text: string; now: number }) => {
      const messageId = message.get(a.ticketId, a.channel, a.text, JSON.stringify({ automatic: true }), a.now)!.id;
      const outboxId = outbox.enqueue({ messageId, channel: a.channel, recipient: a.recipient, body: a.text, kind: 'ack', now: a.now });
      event.run(a.ticketId, JSON.stringify({ messageId, outboxId }), a.now);
      return { messageId, outboxId };
    },
  };
}
