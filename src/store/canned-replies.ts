import type { Db } from '../db/client.ts';
import { appendEvent } from './append-event.ts';
import { NotFoundError } from './update-ticket.ts';

export interface CannedReply {
  id: number;
  title: string;
  body: string;
  lang: string;
}

export function listCannedReplies(db: Db): CannedReply[] {
  return db.$client.prepare<[], CannedReply>('SELECT id, title, body, lang FROM canned_replies ORDER BY lang, title, id').all();
}

export function addCannedReply(db: Db, r: { title: string; body: string; lang: string; createdBy: number | null; actor: string }, now = Date.now()): number {
  return db.$client.transaction(() => {
    const id = db.$client
      .prepare<[string, string, string, number | null, number, number], { id: number }>(
        'INSERT INTO canned_replies (title, body, lang, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
      )
      .get(r.title, r.body, r.lang, r.createdBy, now, now)!.id;
    appendEvent(db, { actor: r.actor, type: 'canned_reply.added', data: { id, title: r.title }, at: now });
    return id;
  })();
}

export function deleteCannedReply(db: Db, id: number, actor: string, now = Date.now()): void {
  db.$client.transaction(() => {
    const res = db.$client.prepare('DELETE FROM canned_replies WHERE id = ?').run(id);
    if (res.changes === 0) throw new NotFoundError('canned reply');
    appendEvent(db, { actor, type: 'canned_reply.deleted', data: { id }, at: now });
  })();
}

/** `{ticket}` and `{name}` in a canned reply → this ticket's number and the citizen's name. */
export function fillPlaceholders(text: string, values: { ticket: string; name: string | null }): string {
  return text.replace(/\{(ticket|name)\}/g, (_, key: string) => (key === 'ticket' ? values.ticket : (values.name ?? '').trim()));
}
