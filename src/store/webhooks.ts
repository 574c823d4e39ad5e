import type { Db } from '../db/client.ts';
import { appendEvent } from './append-event.ts';

export const WEBHOOK_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.referred'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Which history events become which webhook event. */
const EVENT_MAP: Record<string, WebhookEvent> = {
  'ticket.created': 'ticket.created',
  'ticket.updated': 'ticket.updated',
  'ticket.assigned': 'ticket.updated',
  'ticket.reopened': 'ticket.updated',
  'referral.action_recorded': 'ticket.updated',
  'referral.overdue': 'ticket.updated',
  'referral.created': 'ticket.referred',
};

/** Ticket fields whose before/after may leave the building (no names, numbers or texts). */
const SAFE_CHANGES = new Set(['status', 'category', 'urgent', 'province', 'assigneeId']);
const CURSOR_KEY = 'webhooks.cursor';

export interface WebhookEndpoint {
  id: number;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: number;
}

export interface DeliveryRow {
  id: number;
  endpoint_id: number;
  event_type: string;
  payload: string;
  attempts: number;
  url: string;
  secret_enc: string;
}

const parseEvents = (json: string): WebhookEvent[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((e): e is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(e as string)) : [];
  } catch {
    return [];
  }
};

export function listWebhookEndpoints(db: Db): WebhookEndpoint[] {
  return db.$client
    .prepare<[], { id: number; url: string; events: string; active: number; created_at: number }>('SELECT id, url, events, active, created_at FROM webhook_endpoints ORDER BY id')
    .all()
    .map((r) => ({ id: r.id, url: r.url, events: parseEvents(r.events), active: r.active === 1, createdAt: r.created_at }));
}

export function addWebhookEndpoint(db: Db, input: { url: string; events: WebhookEvent[]; secretEnc: string }, actor: string, now: number): number {
  return db.$client.transaction(() => {
    const id = db.$client
      .prepare<[string, string, string, number, number], { id: number }>(
        'INSERT INTO webhook_endpoints (url, secret_enc, events, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?) RETURNING id',
      )
      .get(input.url, input.secretEnc, JSON.stringify(input.events), now, now)!.id;
    appendEvent(db, { actor, type: 'webhook.added', data: { id, url: input.url, events: input.events }, at: now });
    return id;
  })();
}

export function setWebhookActive(db: Db, id: number, active: boolean, actor: string, now: number): boolean {
  return db.$client.transaction(() => {
    const changed = db.$client.prepare('UPDATE webhook_endpoints SET active = ?, updated_at = ? WHERE id = ? AND active != ?').run(active ? 1 : 0, now, id, active ? 1 : 0).changes === 1;
    if (changed) appendEvent(db, { actor, type: 'webhook.changed', data: { id, active }, at: now });
    return changed;
  })();
}

export function recentDeliveries(db: Db, limit = 50) {
  return db.$client
    .prepare<[number], { id: number; endpoint_id: number; event_type: string; state: string; attempts: number; last_status: number | null; last_error: string | null; created_at: number }>(
      'SELECT id, endpoint_id, event_type, state, attempts, last_status, last_error, created_at FROM webhook_deliveries ORDER BY id DESC LIMIT ?',
    )
    .all(limit);
}

export type WebhookStore = ReturnType<typeof createWebhookStore>;

/**
 * The delivery queue is fed from the append-only events table (after a cursor), so a ticket change
 * and its webhook can never part: the event exists exactly when the change committed.
 */
export function createWebhookStore(db: Db) {
  const c = db.$client;
  const cursor = c.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const setCursor = c.prepare<[string, string, number]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const events = c.prepare<[number, number], { id: number; ticket_id: number | null; type: string; data: string | null; created_at: number }>(
    'SELECT id, ticket_id, type, data, created_at FROM events WHERE id > ? ORDER BY id LIMIT ?',
  );
  const maxEvent = c.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM events');
  const endpoints = c.prepare<[], { id: number; events: string }>('SELECT id, events FROM webhook_endpoints WHERE active = 1');
  const ticket = c.prepare<[number], Record<string, unknown>>(
    'SELECT id, number, channel, status, category, urgent, province, lang, assignee_id, created_at, updated_at FROM tickets WHERE id = ?',
  );
  const insert = c.prepare<[number, number, string, string, number, number, number]>(
    `INSERT OR IGNORE INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, state, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
  );
  const due = c.prepare<[number, number], DeliveryRow>(
    `SELECT d.id, d.endpoint_id, d.event_type, d.payload, d.attempts, e.url, e.secret_enc FROM webhook_deliveries d
     JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND e.active = 1
     ORDER BY d.next_attempt_at, d.id LIMIT ?`,
  );
  const claim = c.prepare<[number, number]>(`UPDATE webhook_deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'pending'`);
  const done = c.prepare<[number, number, number]>(`UPDATE webhook_deliveries SET state = 'sent', last_status = ?, last_error = NULL, updated_at = ? WHERE id = ?`);
  const retry = c.prepare<[number, number | null, string, number, number]>(
    `UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = ?, last_status = ?, last_error = ?, updated_at = ? WHERE id = ?`,
  );
  const fail = c.prepare<[number | null, string, number, number]>(`UPDATE webhook_deliveries SET state = 'failed', last_status = ?, last_error = ?, updated_at = ? WHERE id = ?`);
  const unstick = c.prepare<[number]>(`UPDATE webhook_deliveries SET state = 'pending', updated_at = ? WHERE state = 'sending'`);

  const payloadOf = (e: { id: number; ticket_id: number | null; type: string; data: string | null; created_at: number }, type: WebhookEvent) => {
    const t = e.ticket_id === null ? undefined : ticket.get(e.ticket_id);
    if (!t) return null;
    let data: Record<string, unknown> = {};
    try {
      data = e.data ? (JSON.parse(e.data) as Record<string, unknown>) : {};
    } catch {
      /* no details then */
    }
    const changes =
      e.type === 'ticket.updated' ? Object.fromEntries(Object.entries(data).filter(([k]) => SAFE_CHANGES.has(k))) : e.type === 'ticket.assigned' ? { assigneeId: { from: data.from ?? null, to: data.to ?? null } } : undefined;
    return JSON.stringify({
      id: `evt_${e.id}`,
      type,
      occurredAt: new Date(e.created_at).toISOString(),
      cause: e.type,
      ticket: {
        id: t.id,
        number: t.number,
        channel: t.channel,
        status: t.status,
        category: t.category,
        urgent: t.urgent === 1,
        province: t.province,
        lang: t.lang,
        assigneeId: t.assignee_id,
        createdAt: new Date(t.created_at as number).toISOString(),
        updatedAt: new Date(t.updated_at as number).toISOString(),
      },
      ...(changes ? { changes } : {}),
      ...(e.type === 'referral.created' ? { referral: { id: data.referralId, province: data.province, subject: data.subject, deadlineAt: new Date(Number(data.deadlineAt)).toISOString() } } : {}),
    });
  };

  return {
    /** New events → delivery rows for the endpoints that want them; one transaction per batch, cursor included. */
    dispatch: c.transaction((now: number, batch = 500): number => {
      const row = cursor.get(CURSOR_KEY);
      // The first run starts at the present: endpoints get what happens from now on, not the past.
      if (!row) {
        setCursor.run(CURSOR_KEY, String(maxEvent.get()!.id ?? 0), now);
        return 0;
      }
      const from = Number(row.value);
      const list = events.all(from, batch);
      if (list.length === 0) return 0;
      const subscribers = endpoints.all().map((e) => ({ id: e.id, events: parseEvents(e.events) }));
      let made = 0;
      for (const e of list) {
        const type = EVENT_MAP[e.type];
        if (!type) continue;
        const wanted = subscribers.filter((s) => s.events.includes(type));
        if (wanted.length === 0) continue;
        const payload = payloadOf(e, type);
        if (payload === null) continue;
        for (const s of wanted) made += insert.run(s.id, e.id, type, payload, now, now, now).changes;
      }
      setCursor.run(CURSOR_KEY, String(list.at(-1)!.id), now);
      return made;
    }),
    due: (now: number, limit: number) => due.all(now, limit),
    claim: (id: number, now: number) => claim.run(now, id).changes === 1,
    markSent: (id: number, status: number, now: number) => done.run(status, now, id),
    markRetry: (id: number, nextAt: number, status: number | null, error: string, now: number) => retry.run(nextAt, status, error, now, id),
    markFailed: (id: number, status: number | null, error: string, now: number) => fail.run(status, error, now, id),
    unstick: (now: number) => unstick.run(now).changes,
  };
}
