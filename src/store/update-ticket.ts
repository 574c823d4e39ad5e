import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { tickets, users, type TicketStatus } from '../db/schema.ts';
import { appendEvent } from './append-event.ts';

export interface TicketPatch {
  status?: TicketStatus;
  assigneeId?: number | null;
  category?: string;
  urgent?: boolean;
  province?: string | null;
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

export class InvalidError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidError';
  }
}

/** Applies the changed fields and writes one `ticket.updated` event with from → to for each. */
export function updateTicket(db: Db, id: number, patch: TicketPatch, actor: string, now = Date.now()): string[] {
  return db.transaction((tx) => {
    const current = tx.select().from(tickets).where(eq(tickets.id, id)).get();
    if (!current) throw new NotFoundError('ticket');
    if (patch.assigneeId != null) {
      const user = tx.select({ active: users.active }).from(users).where(eq(users.id, patch.assigneeId)).get();
      if (!user?.active) throw new InvalidError('no active user with this id', 'assigneeId');
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set: Partial<typeof tickets.$inferInsert> = {};
    for (const key of ['status', 'assigneeId', 'category', 'urgent', 'province'] as const) {
      const to = patch[key];
      if (to === undefined || to === current[key]) continue;
      changes[key] = { from: current[key], to };
      (set as Record<string, unknown>)[key] = to;
    }
    const fields = Object.keys(changes);
    if (fields.length === 0) return fields;
    if (set.status === 'resolved') set.resolvedAt = new Date(now);
    if (set.status === 'closed') set.closedAt = new Date(now);
    set.updatedAt = new Date(now);
    tx.update(tickets).set(set).where(eq(tickets.id, id)).run();
    appendEvent(tx, { ticketId: id, actor, type: 'ticket.updated', data: changes, at: now });
    return fields;
  });
}
