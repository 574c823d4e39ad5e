import type { Db } from '../db/client.ts';
import { NotFoundError } from './update-ticket.ts';

/** An internal note on a ticket: a message with direction `note`, never sent, searchable by operators. */
export function addNote(db: Db, input: { ticketId: number; text: string; authorId: number | null; actor: string }, now = Date.now()): number {
  const c = db.$client;
  return c.transaction(() => {
    const t = c.prepare<[number], { channel: string }>('SELECT channel FROM tickets WHERE id = ?').get(input.ticketId);
    if (!t) throw new NotFoundError('ticket');
    const id = c
      .prepare<[number, string, string, number | null, number], { id: number }>(
        `INSERT INTO messages (ticket_id, direction, channel, body, attachments, status, author_id, created_at)
         VALUES (?, 'note', ?, ?, '[]', 'received', ?, ?) RETURNING id`,
      )
      .get(input.ticketId, t.channel, input.text, input.authorId, now)!.id;
    c.prepare<[number, number]>('UPDATE tickets SET updated_at = ? WHERE id = ?').run(now, input.ticketId);
    c.prepare<[number, string, string, number]>(`INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, ?, 'note.added', ?, ?)`).run(
      input.ticketId,
      input.actor,
      JSON.stringify({ messageId: id }),
      now,
    );
    return id;
  })();
}
