import type { Db } from '../db/client.ts';
import type { DeliveryStatus } from '../db/schema.ts';

export interface OutboxRow {
  id: number;
  message_id: number | null;
  channel: string;
  recipient: string;
  body: string;
  kind: string;
  attempts: number;
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;

export function createOutboxStore(db: Db) {
  const c = db.$client;
  const insert = c.prepare<[number | null, string, string, string, string, number, number, number], { id: number }>(
    `INSERT INTO outbox (message_id, channel, recipient, body, kind, state, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?) RETURNING id`,
  );
  const due = c.prepare<[number, string, number], OutboxRow>(
    `SELECT id, message_id, channel, recipient, body, kind, attempts FROM outbox
     WHERE state = 'pending' AND next_attempt_at <= ? AND channel IN (SELECT value FROM json_each(?))
     ORDER BY next_attempt_at, id LIMIT ?`,
  );
  const claim = c.prepare<[number, number]>(
    `UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'pending'`,
  );
  const sent = c.prepare<[string, number, number]>(`UPDATE outbox SET state = 'sent', provider_id = ?, last_error = NULL, updated_at = ? WHERE id = ?`);
  const retry = c.prepare<[number, string, number, number]>(
    `UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?`,
  );
  const fail = c.prepare<[string, number, number]>(`UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?`);
  const messageSent = c.prepare<[string, DeliveryStatus, number]>(
    `UPDATE messages SET external_id = ?, status = ?, error = NULL WHERE id = ?`,
  );
  const messageFailed = c.prepare<[string, number]>(`UPDATE messages SET status = 'failed', error = ? WHERE id = ?`);
  const ticketOf = c.prepare<[number], { ticket_id: number }>('SELECT ticket_id FROM messages WHERE id = ?');
  const event = c.prepare<[number | null, string, string, number]>(
    `INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, 'system', ?, ?, ?)`,
  );
  const unstick = c.prepare<[number]>(`UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'sending'`);
  const counts = c.prepare<[], { state: string; n: number }>('SELECT state, count(*) AS n FROM outbox GROUP BY state');

  return {
    enqueue: (o: { messageId: number | null; channel: string; recipient: string; body: string; kind: string; now: number }) =>
      insert.get(o.messageId, o.channel, o.recipient, o.body, o.kind, o.now, o.now, o.now)!.id,
    due: (now: number, channels: string[], limit: number) => due.all(now, JSON.stringify(channels), limit),
    /** true when this worker won the row (it was still pending). */
    /** Claims the rows still pending, all in one transaction (one commit, not one per row). */
    claimAll: c.transaction((rows: OutboxRow[], now: number) => rows.filter((row) => claim.run(now, row.id).changes === 1)),
    /** Runs several result updates in one transaction: the outbox group-commits like intake. */
    inTransaction: c.transaction((work: Array<() => void>) => {
      for (const w of work) w();
    }),
    markSent: c.transaction((row: OutboxRow, providerId: string, status: DeliveryStatus, now: number) => {
      sent.run(providerId, now, row.id);
      if (row.message_id !== null) messageSent.run(providerId, status, row.message_id);
    }),
    markRetry: (id: number, nextAt: number, error: string, now: number) => retry.run(nextAt, error, now, id),
    markFailed: c.transaction((row: OutboxRow, error: string, now: number) => {
      fail.run(error, now, row.id);
      if (row.message_id !== null) {
        messageFailed.run(error, row.message_id);
        const t = ticketOf.get(row.message_id);
        event.run(t?.ticket_id ?? null, 'message.failed', JSON.stringify({ messageId: row.message_id, outboxId: row.id, error }), now);
      }
    }),
    ticketOf: (messageId: number) => ticketOf.get(messageId)?.ticket_id ?? null,
    /**
     * At start-up: rows left `sending` by a crash go back to pending. The provider may or may not have
     * them; sending again (at least once) is better than a reply silently lost.
     */
    unstick: (now: number) => unstick.run(now).changes,
    counts: () => Object.fromEntries(counts.all().map((r) => [r.state, r.n])) as Record<string, number>,
  };
}
