import type { Db } from '../db/client.ts';
import { events } from '../db/schema.ts';

/** History and audit: who (`user:3`, `token:crm`, `channel:smpp`, `system`), what, when. */
/** The database or a transaction on it: anything that can insert. */
export type Writer = Pick<Db, 'insert'>;

export function appendEvent(db: Writer, e: { ticketId?: number | null; actor: string; type: string; data?: unknown; at?: number }): void {
  db.insert(events)
    .values({ ticketId: e.ticketId ?? null, actor: e.actor, type: e.type, data: e.data ?? null, createdAt: new Date(e.at ?? Date.now()) })
    .run();
}
