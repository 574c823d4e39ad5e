import type { Db } from '../db/client.ts';
import type { Candidate } from '../routing/choose-operator.ts';

export interface QueuedTicket {
  id: number;
  lang: string | null;
  category: string | null;
  urgent: boolean;
}

/** Statements for the router, prepared once: it runs inside intake's transaction for every new ticket. */
export type RoutingStore = ReturnType<typeof createRoutingStore>;

export function createRoutingStore(db: Db) {
  const c = db.$client;
  // Online only counts with a live session: a closed browser or an ended shift takes nobody off the queue.
  const candidates = c.prepare<[number, number], { user_id: number; languages: string; categories: string; load: number; last_assigned_at: number | null }>(
    `SELECT p.user_id, p.languages, p.categories, p.last_assigned_at,
            (SELECT count(*) FROM tickets t WHERE t.assignee_id = p.user_id AND t.status IN ('new', 'open', 'pending')) AS load
     FROM operator_profiles p JOIN users u ON u.id = p.user_id
     WHERE p.presence = 'online' AND u.active = 1
       AND EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = p.user_id AND s.expires_at > ? AND s.last_seen_at > ?)`,
  );
  const assign = c.prepare<[number, number, number]>(`UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ? AND assignee_id IS NULL`);
  const touched = c.prepare<[number, number]>('UPDATE operator_profiles SET last_assigned_at = ? WHERE user_id = ?');
  const event = c.prepare<[number, string, string, number]>(`INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, ?, 'ticket.assigned', ?, ?)`);
  const queue = c.prepare<[number], { id: number; lang: string | null; category: string | null; urgent: number }>(
    `SELECT id, lang, category, urgent FROM tickets WHERE assignee_id IS NULL AND status IN ('new', 'open', 'pending')
     ORDER BY urgent DESC, created_at, id LIMIT ?`,
  );
  const queueSize = c.prepare<[], { n: number; urgent: number }>(
    `SELECT count(*) AS n, coalesce(sum(urgent), 0) AS urgent FROM tickets WHERE assignee_id IS NULL AND status IN ('new', 'open', 'pending')`,
  );
  const json = (s: string): string[] => {
    try {
      const v = JSON.parse(s) as unknown;
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    candidates: (now: number, idleMs: number): Candidate[] =>
      candidates.all(now, now - idleMs).map((r) => ({
        userId: r.user_id,
        languages: json(r.languages),
        categories: json(r.categories),
        load: r.load,
        lastAssignedAt: r.last_assigned_at,
      })),
    /** Only an unassigned ticket is taken (a supervisor's choice made meanwhile stands); true when assigned. */
    autoAssign: (ticketId: number, userId: number, now: number, data: Record<string, unknown>): boolean => {
      if (assign.run(userId, now, ticketId).changes !== 1) return false;
      touched.run(now, userId);
      event.run(ticketId, 'system', JSON.stringify({ to: userId, from: null, reason: 'auto', ...data }), now);
      return true;
    },
    /** A person's assignment (supervisor or operator taking a ticket), recorded alongside ticket.updated. */
    recordManual: (ticketId: number, from: number | null, to: number | null, actor: string, now: number) => {
      if (to !== null) touched.run(now, to);
      event.run(ticketId, actor, JSON.stringify({ to, from, reason: 'manual' }), now);
    },
    /** Waiting tickets, urgent first, then the oldest. */
    queue: (limit: number): QueuedTicket[] => queue.all(limit).map((r) => ({ id: r.id, lang: r.lang, category: r.category, urgent: r.urgent === 1 })),
    queueSize: () => queueSize.get()!,
  };
}
