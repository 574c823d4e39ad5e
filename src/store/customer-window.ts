import type { Db } from '../db/client.ts';

/**
 * Facts a WhatsApp Cloud send needs: when the citizen last wrote (Meta allows free text only within
 * 24 hours of that), and which ticket an outbox row belongs to (to tell its operator about a template).
 */
export function createCustomerWindowStore(db: Db) {
  const c = db.$client;
  const lastInbound = c.prepare<[string, string], { at: number | null }>(
    `SELECT max(m.created_at) AS at FROM contacts co
     JOIN tickets t ON t.contact_id = co.id
     JOIN messages m ON m.ticket_id = t.id AND m.direction = 'in'
     WHERE co.channel = ? AND co.address = ?`,
  );
  const ticketOfOutbox = c.prepare<[number], { ticket_id: number; message_id: number }>(
    'SELECT m.ticket_id, m.id AS message_id FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ?',
  );
  return {
    /** Milliseconds since the epoch, or null when this address never wrote on this channel. */
    lastInboundAt: (channel: string, address: string) => lastInbound.get(channel, address)?.at ?? null,
    ticketOfOutbox: (outboxId: number) => {
      const row = ticketOfOutbox.get(outboxId);
      return row ? { ticketId: row.ticket_id, messageId: row.message_id } : null;
    },
  };
}
