import type { Logger } from 'pino';
import type { Bus } from '../bus.ts';
import type { Db } from '../db/client.ts';
import type { StoredInbound } from '../intake/process-message.ts';
import { createRoutingStore, type RoutingStore } from '../store/routing.ts';
import { getFlag } from '../store/settings.ts';
import { chooseOperator, type Candidate } from './choose-operator.ts';

/** Same as the inbox session's idle limit: presence counts only while the operator's session lives. */
export const PRESENCE_IDLE_MS = 2 * 3600_000;

export interface RoutingDeps {
  db: Db;
  bus: Bus;
  now: () => number;
  config: { ops: { maxOpenPerOperator: number } };
}

const stores = new WeakMap<Db, RoutingStore>();
const storeOf = (db: Db) => {
  let s = stores.get(db);
  if (!s) stores.set(db, (s = createRoutingStore(db)));
  return s;
};

/** Urgent tickets are never held back by the load cap: someone who can read them takes them now. */
const capFor = (urgent: boolean, maxLoad: number) => (urgent ? Number.POSITIVE_INFINITY : maxLoad);

/**
 * The intake hook: a new ticket goes, in the same transaction, to an online operator with the right
 * skills, so it is never seen unassigned when someone could take it. Otherwise it waits in the queue.
 * The setting and the operators with their loads are read once per intake transaction (`batch`) and
 * kept up to date there by the hook's own assignments, as drainQueue does. The only other change to a
 * load within the transaction is a citizen reopening an assigned ticket: then they are read again.
 */
export function createRoutingHook(deps: Omit<RoutingDeps, 'bus'>): (stored: StoredInbound, now: number, batch?: object) => void {
  const store = storeOf(deps.db);
  const ticketRow = deps.db.$client.prepare<[number], { lang: string | null; category: string | null; urgent: number }>(
    'SELECT lang, category, urgent FROM tickets WHERE id = ?',
  );
  const autoAssign = deps.db.$client.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = 'routing.auto_assign'`);
  const read = (now: number): Candidate[] | null =>
    (autoAssign.get()?.value ?? 'true') === 'true' ? store.candidates(now, PRESENCE_IDLE_MS) : null;
  const perBatch = new WeakMap<object, Candidate[] | null>();
  return (stored, now, batch) => {
    if (stored.reopened && batch !== undefined) perBatch.delete(batch);
    if (!stored.ticketCreated || stored.duplicate) return;
    let candidates: Candidate[] | null;
    if (batch === undefined) candidates = read(now);
    else if (perBatch.has(batch)) candidates = perBatch.get(batch)!;
    else perBatch.set(batch, (candidates = read(now)));
    if (candidates === null || candidates.length === 0) return;
    const t = ticketRow.get(stored.ticketId);
    if (!t) return;
    const chosen = chooseOperator(t, candidates, capFor(t.urgent === 1, deps.config.ops.maxOpenPerOperator));
    if (chosen && store.autoAssign(stored.ticketId, chosen.userId, now, { load: chosen.load, lang: t.lang ?? 'tr', category: t.category })) {
      chosen.load++;
      chosen.lastAssignedAt = now;
    }
  };
}

/**
 * Hands waiting tickets (urgent first, then oldest) to whoever is online and has room: after someone
 * comes online, after a ticket is resolved, when auto-assignment is switched on, and every minute.
 */
export function drainQueue(deps: RoutingDeps, limit = 200): number[] {
  if (!getFlag(deps.db, 'routing.auto_assign')) return [];
  const store = storeOf(deps.db);
  const now = deps.now();
  const assigned = deps.db.$client.transaction(() => {
    const candidates: Candidate[] = store.candidates(now, PRESENCE_IDLE_MS);
    if (candidates.length === 0) return [];
    const done: number[] = [];
    for (const t of store.queue(limit)) {
      const chosen = chooseOperator(t, candidates, capFor(t.urgent, deps.config.ops.maxOpenPerOperator));
      if (!chosen) continue;
      if (store.autoAssign(t.id, chosen.userId, now, { load: chosen.load, lang: t.lang ?? 'tr', category: t.category, queued: true })) {
        chosen.load++;
        chosen.lastAssignedAt = now;
        done.push(t.id);
      }
    }
    return done;
  }).immediate();
  for (const ticketId of assigned) deps.bus.publish({ type: 'ticket.updated', ticketId, fields: ['assigneeId'] });
  return assigned;
}

export interface QueueRouter {
  start(): void;
  stop(): void;
}

/** Drains the queue when work frees up (a status or assignee change) and once a minute. */
export function createQueueRouter(deps: RoutingDeps & { log: Logger; intervalMs?: number }): QueueRouter {
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    try {
      drainQueue(deps);
    } catch (err) {
      deps.log.error({ err }, 'routing: could not drain the queue');
    }
  };
  const soon = () => {
    if (scheduled || !timer) return;
    scheduled = true;
    setImmediate(run);
  };
  return {
    start() {
      if (timer) return;
      timer = setInterval(run, deps.intervalMs ?? 60_000);
      timer.unref();
      unsubscribe = deps.bus.subscribe((e) => {
        if (e.type === 'ticket.updated' && (e.fields.includes('status') || e.fields.includes('presence'))) soon();
      });
      soon();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
