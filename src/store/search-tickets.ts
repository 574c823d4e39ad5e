import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { searchIndex } from '../search/search-index.ts';
import { ftsQuery } from '../text/fold.ts';
import { filterSql, getTicketSummary, type TicketFilters, type TicketSummary } from './tickets.ts';

export interface SearchHit {
  ticket: TicketSummary;
  /** The newest message of this ticket that matched, shown instead of the last message. */
  match: { id: number; direction: string; body: string };
}

const CHUNK = 400;
/** Bounds the work of one page when filters reject most matches: the page ends early, `next` goes on. */
const MAX_SCANNED = 20_000;

/**
 * Full-text search for the inbox: tickets ordered by their newest matching message. Walking the FTS
 * index from the newest rowid down stops as soon as a page is full, so a word found in a hundred
 * thousand messages costs what a rare one does (the API's activity-ordered search must see every match).
 */
export function searchTickets(db: Db, filters: TicketFilters & { q: string }, limit: number, beforeMessageId?: number) {
  const match = ftsQuery(filters.q);
  if (match === null) return { hits: [] as SearchHit[], next: null };
  searchIndex(db).catchUp();
  const c = db.$client;
  const fts = c.prepare<[string, number, number], { rowid: number }>(
    'SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?',
  );
  const byTicket = new Map<number, number>(); // ticket id → newest matching message id, in hit order
  const seen = new Set<number>();
  let cursor = beforeMessageId ?? Number.MAX_SAFE_INTEGER;
  let scanned = 0;
  let exhausted = false;
  while (byTicket.size <= limit && scanned < MAX_SCANNED) {
    const ids = fts.all(match, cursor, CHUNK).map((r) => r.rowid);
    if (ids.length === 0) {
      exhausted = true;
      break;
    }
    scanned += ids.length;
    const rows = db.all<{ id: number; ticket_id: number }>(
      sql`SELECT m.id, m.ticket_id FROM messages m JOIN tickets t ON t.id = m.ticket_id
          WHERE m.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ${ticketConditions(filters)} ORDER BY m.id DESC`,
    );
    for (const r of rows) {
      if (seen.has(r.ticket_id)) continue;
      seen.add(r.ticket_id);
      byTicket.set(r.ticket_id, r.id);
      if (byTicket.size > limit) break;
    }
    cursor = ids.at(-1)!;
    if (ids.length < CHUNK) {
      exhausted = byTicket.size <= limit;
      break;
    }
  }
  const entries = [...byTicket.entries()];
  const page = entries.slice(0, limit);
  const hits: SearchHit[] = [];
  const body = c.prepare<[number], { id: number; direction: string; body: string }>('SELECT id, direction, body FROM messages WHERE id = ?');
  for (const [ticketId, messageId] of page) {
    const ticket = getTicketSummary(db, ticketId);
    const m = body.get(messageId);
    if (ticket && m) hits.push({ ticket, match: { ...m, body: m.body.length > 280 ? `${m.body.slice(0, 279)}…` : m.body } });
  }
  // More pages: either a full page was found (continue below its last hit) or the scan bound was reached.
  const next = entries.length > limit ? page.at(-1)![1] : exhausted ? null : cursor;
  return { hits, next };
}

/** The list's own filters (not its search: the FTS walk above is the search), as `AND …` after the id match. */
function ticketConditions(f: TicketFilters) {
  return sql.join(filterSql({ ...f, q: undefined }).map((c) => sql`AND ${c}`), sql` `);
}
