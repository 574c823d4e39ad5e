import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { TicketStatus } from '../db/schema.ts';
import { ftsQuery } from '../text/fold.ts';
import { searchIndex } from '../search/search-index.ts';

export interface TicketFilters {
  status?: TicketStatus[];
  channel?: string[];
  category?: string[];
  province?: string;
  lang?: string;
  urgent?: boolean;
  assigneeId?: number | null;
  q?: string;
}

export interface TicketCursor {
  lastMessageAt: number;
  id: number;
  /** Triage order only: 0 while still in the urgent open tickets, 1 after them. */
  tier?: 0 | 1;
}

/** `newest`: latest activity first (the API). `triage`: urgent open tickets on top, then latest activity (the inbox). */
export type TicketOrder = 'newest' | 'triage';

export const ACTIVE_STATUSES = ['new', 'open', 'pending', 'referred'] as const;
// Literal, not bound, so SQLite can match it to the partial index tickets_urgent_open.
const URGENT_OPEN = sql.raw(`t.urgent = 1 AND t.status IN ('new', 'open', 'pending', 'referred')`);

export interface TicketSummary {
  id: number;
  number: string;
  channel: string;
  status: TicketStatus;
  category: string | null;
  urgent: boolean;
  province: string | null;
  lang: string | null;
  assigneeId: number | null;
  citizen: { id: number | null; name: string | null; tckn: string | null };
  contact: { id: number; address: string };
  lastMessage: { id: number; direction: string; body: string; status: string; createdAt: string } | null;
  createdAt: string;
  updatedAt: string;
  lastMessageAt: string;
}

interface SummaryRow {
  id: number;
  number: string;
  channel: string;
  status: TicketStatus;
  category: string | null;
  urgent: number;
  province: string | null;
  lang: string | null;
  assignee_id: number | null;
  citizen_id: number | null;
  citizen_name: string | null;
  tckn_masked: string | null;
  contact_id: number;
  address: string;
  created_at: number;
  updated_at: number;
  last_message_at: number;
  m_id: number | null;
  m_direction: string | null;
  m_body: string | null;
  m_status: string | null;
  m_created_at: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Masked addresses in lists: a phone number is personal data too. */
export function maskAddress(address: string): string {
  if (address.length <= 6) return address.replace(/.(?=.{2})/g, '*');
  return address.slice(0, 3) + '*'.repeat(address.length - 6) + address.slice(-3);
}

function toSummary(r: SummaryRow): TicketSummary {
  return {
    id: r.id,
    number: r.number,
    channel: r.channel,
    status: r.status,
    category: r.category,
    urgent: r.urgent === 1,
    province: r.province,
    lang: r.lang,
    assigneeId: r.assignee_id,
    citizen: { id: r.citizen_id, name: r.citizen_name, tckn: r.tckn_masked },
    contact: { id: r.contact_id, address: maskAddress(r.address) },
    lastMessage:
      r.m_id === null
        ? null
        : {
            id: r.m_id,
            direction: r.m_direction!,
            body: r.m_body!.length > 280 ? `${r.m_body!.slice(0, 279)}…` : r.m_body!,
            status: r.m_status!,
            createdAt: iso(r.m_created_at!),
          },
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    lastMessageAt: iso(r.last_message_at),
  };
}

const SUMMARY_SELECT = sql`
  SELECT t.id, t.number, t.channel, t.status, t.category, t.urgent, t.province, t.lang, t.assignee_id,
         t.citizen_id, coalesce(ci.name, co.name) AS citizen_name, ci.tckn_masked, t.contact_id, co.address,
         t.created_at, t.updated_at, t.last_message_at,
         m.id AS m_id, m.direction AS m_direction, m.body AS m_body, m.status AS m_status, m.created_at AS m_created_at
  FROM tickets t
  JOIN contacts co ON co.id = t.contact_id
  LEFT JOIN citizens ci ON ci.id = t.citizen_id
  LEFT JOIN messages m ON m.id = (SELECT id FROM messages WHERE ticket_id = t.id AND direction != 'note' ORDER BY id DESC LIMIT 1)`;

/** WHERE conditions on `t` (tickets) for the filters; search (`q`) included when given. */
export function filterSql(f: TicketFilters): SQL[] {
  const where: SQL[] = [];
  const inList = (col: SQL, values: readonly string[]) => sql`${col} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
  if (f.status?.length) where.push(inList(sql`t.status`, f.status));
  if (f.channel?.length) where.push(inList(sql`t.channel`, f.channel));
  if (f.category?.length) where.push(inList(sql`t.category`, f.category));
  if (f.province) where.push(sql`t.province = ${f.province}`);
  if (f.lang) where.push(sql`t.lang = ${f.lang}`);
  if (f.urgent !== undefined) where.push(sql`t.urgent = ${f.urgent ? 1 : 0}`);
  if (f.assigneeId !== undefined) where.push(f.assigneeId === null ? sql`t.assignee_id IS NULL` : sql`t.assignee_id = ${f.assigneeId}`);
  if (f.q !== undefined) {
    const match = ftsQuery(f.q);
    where.push(
      match === null
        ? sql`0`
        : sql`t.id IN (SELECT ticket_id FROM messages WHERE id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ${match}))`,
    );
  }
  return where;
}

/** Newest activity first (or triage order), keyset-paginated so page 1000 costs what page 1 does. */
export function listTickets(db: Db, filters: TicketFilters, limit: number, cursor?: TicketCursor, order: TicketOrder = 'newest') {
  if (filters.q !== undefined) searchIndex(db).catchUp();
  if (order === 'triage') return listTriage(db, filters, limit, cursor);
  const where = filterSql(filters);
  if (cursor) where.push(sql`(t.last_message_at, t.id) < (${cursor.lastMessageAt}, ${cursor.id})`);
  const query = sql`${SUMMARY_SELECT} ${where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
    ORDER BY t.last_message_at DESC, t.id DESC LIMIT ${limit + 1}`;
  const rows = db.all<SummaryRow>(query);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    tickets: page.map(toSummary),
    next: rows.length > limit && last ? ({ lastMessageAt: last.last_message_at, id: last.id } satisfies TicketCursor) : null,
  };
}

/** Two keyset walks: the urgent open tickets (few, by partial index), then everything else by activity. */
function listTriage(db: Db, filters: TicketFilters, limit: number, cursor?: TicketCursor) {
  const rows: Array<SummaryRow & { tier: 0 | 1 }> = [];
  const walk = (tier: 0 | 1, want: number) => {
    const where = [...filterSql(filters), tier === 0 ? URGENT_OPEN : sql`NOT (${URGENT_OPEN})`];
    if (cursor && (cursor.tier ?? 0) === tier) where.push(sql`(t.last_message_at, t.id) < (${cursor.lastMessageAt}, ${cursor.id})`);
    const condition = sql.join(where, sql` AND `);
    // The planner prefers tickets_status and then sorts every open ticket; the partial index is already in order.
    const found =
      tier === 0
        ? db.all<SummaryRow>(sql`${SUMMARY_SELECT} WHERE t.id IN (
            SELECT t.id FROM tickets t INDEXED BY tickets_urgent_open WHERE ${condition} ORDER BY t.last_message_at DESC, t.id DESC LIMIT ${want})
            ORDER BY t.last_message_at DESC, t.id DESC`)
        : db.all<SummaryRow>(sql`${SUMMARY_SELECT} WHERE ${condition} ORDER BY t.last_message_at DESC, t.id DESC LIMIT ${want}`);
    for (const r of found) rows.push({ ...r, tier });
  };
  if ((cursor?.tier ?? 0) === 0) walk(0, limit + 1);
  if (rows.length < limit + 1) walk(1, limit + 1 - rows.length);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    tickets: page.map(toSummary),
    next: rows.length > limit && last ? ({ lastMessageAt: last.last_message_at, id: last.id, tier: last.tier } satisfies TicketCursor) : null,
  };
}

export function getTicketSummary(db: Db, id: number): TicketSummary | null {
  const row = db.get<SummaryRow>(sql`${SUMMARY_SELECT} WHERE t.id = ${id}`);
  return row ? toSummary(row) : null;
}

export interface ThreadMessage {
  id: number;
  direction: 'in' | 'out' | 'note';
  channel: string;
  body: string;
  /** true when the body has a kimlik no masked in it; the clear text is revealed on request. */
  masked: boolean;
  parsed: unknown;
  attachments: unknown;
  status: string;
  error: string | null;
  author: string | null;
  createdAt: string;
}

export function getThread(db: Db, ticketId: number): ThreadMessage[] {
  const rows = db.all<{
    id: number;
    direction: 'in' | 'out' | 'note';
    channel: string;
    body: string;
    has_enc: number;
    parsed: string | null;
    attachments: string;
    status: string;
    error: string | null;
    author: string | null;
    created_at: number;
  }>(sql`SELECT m.id, m.direction, m.channel, m.body, m.body_enc IS NOT NULL AS has_enc, m.parsed, m.attachments, m.status,
                m.error, u.username AS author, m.created_at
         FROM messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.ticket_id = ${ticketId} ORDER BY m.created_at, m.id`);
  return rows.map((r) => ({
    id: r.id,
    direction: r.direction,
    channel: r.channel,
    body: r.body,
    masked: r.has_enc === 1,
    parsed: r.parsed === null ? null : JSON.parse(r.parsed),
    attachments: JSON.parse(r.attachments),
    status: r.status,
    error: r.error,
    author: r.author,
    createdAt: iso(r.created_at),
  }));
}

/** The citizen's other tickets on any channel (linked by kimlik no), and the contact's own earlier ones. */
export function getRelatedTickets(db: Db, ticketId: number): TicketSummary[] {
  const rows = db.all<SummaryRow>(sql`${SUMMARY_SELECT}
    WHERE t.id != ${ticketId} AND (
      t.contact_id = (SELECT contact_id FROM tickets WHERE id = ${ticketId})
      OR t.citizen_id = (SELECT citizen_id FROM tickets WHERE id = ${ticketId})
      OR t.contact_id IN (SELECT id FROM contacts WHERE citizen_id = (SELECT citizen_id FROM tickets WHERE id = ${ticketId})))
    ORDER BY t.last_message_at DESC LIMIT 50`);
  return rows.map(toSummary);
}
