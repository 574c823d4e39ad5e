import type { Db } from '../db/client.ts';

export interface AuditFilters {
  actor?: string;
  /** Exact type, or a prefix ending in `.` (e.g. `ticket.`). */
  type?: string;
  ticketId?: number;
  from?: number;
  to?: number;
}

export interface AuditEntry {
  id: number;
  ticketId: number | null;
  ticketNumber: string | null;
  actor: string;
  actorName: string | null;
  type: string;
  data: unknown;
  createdAt: string;
}

/** The audit trail, newest first, keyset-paginated by event id. Read only: events are append-only. */
export function listAuditEvents(db: Db, f: AuditFilters, limit: number, beforeId?: number): { entries: AuditEntry[]; next: number | null } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.actor) {
    where.push('e.actor = ?');
    params.push(f.actor);
  }
  if (f.type) {
    if (f.type.endsWith('.')) {
      where.push('e.type >= ? AND e.type < ?');
      params.push(f.type, `${f.type.slice(0, -1)}/`);
    } else {
      where.push('e.type = ?');
      params.push(f.type);
    }
  }
  if (f.ticketId !== undefined) {
    where.push('e.ticket_id = ?');
    params.push(f.ticketId);
  }
  if (f.from !== undefined) {
    where.push('e.created_at >= ?');
    params.push(f.from);
  }
  if (f.to !== undefined) {
    where.push('e.created_at < ?');
    params.push(f.to);
  }
  if (beforeId !== undefined) {
    where.push('e.id < ?');
    params.push(beforeId);
  }
  const rows = db.$client
    .prepare<(string | number)[], { id: number; ticket_id: number | null; number: string | null; actor: string; username: string | null; type: string; data: string | null; created_at: number }>(
      `SELECT e.id, e.ticket_id, t.number, e.actor, u.username, e.type, e.data, e.created_at
       FROM events e
       LEFT JOIN tickets t ON t.id = e.ticket_id
       LEFT JOIN users u ON e.actor LIKE 'user:%' AND u.id = CAST(substr(e.actor, 6) AS INTEGER)
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.id DESC LIMIT ?`,
    )
    .all(...params, limit + 1);
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      ticketNumber: r.number,
      actor: r.actor,
      actorName: r.username,
      type: r.type,
      data: r.data === null ? null : JSON.parse(r.data),
      createdAt: new Date(r.created_at).toISOString(),
    })),
    next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export function listAuditTypes(db: Db): string[] {
  return db.$client
    .prepare<[], { type: string }>('SELECT DISTINCT type FROM events ORDER BY type')
    .all()
    .map((r) => r.type);
}

export function findTicketIdByNumber(db: Db, number: string): number | null {
  return db.$client.prepare<[string], { id: number }>('SELECT id FROM tickets WHERE number = ?').get(number)?.id ?? null;
}
