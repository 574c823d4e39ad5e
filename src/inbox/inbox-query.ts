import * as v from 'valibot';
import { TICKET_STATUSES, type TicketStatus } from '../db/schema.ts';
import { HttpError } from '../http/errors.ts';
import { check } from '../http/validate.ts';
import { CATEGORIES, LANGS } from '../parser/types.ts';
import { ACTIVE_STATUSES, type TicketFilters } from '../store/tickets.ts';

const empty = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());
const optionalPick = <T extends string>(values: readonly T[], what: string) =>
  v.pipe(v.optional(v.string()), v.transform(empty), v.optional(v.picklist(values, `${what}: one of ${values.join(', ')}`)));

const schema = v.object({
  status: v.pipe(v.optional(v.string(), 'active'), v.transform((s) => empty(s) ?? 'active'), v.picklist(['active', 'all', ...TICKET_STATUSES], 'status: active, all or a status')),
  channel: v.pipe(v.optional(v.string()), v.transform(empty), v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9_.:-]{1,40}$/, 'channel: a channel name')))),
  category: optionalPick(CATEGORIES, 'category'),
  province: v.pipe(v.optional(v.string()), v.transform(empty), v.optional(v.pipe(v.string(), v.maxLength(40, 'province: at most 40 characters')))),
  lang: optionalPick(LANGS, 'lang'),
  assignee: v.pipe(v.optional(v.string()), v.transform(empty), v.optional(v.pipe(v.string(), v.regex(/^(me|none|\d{1,9})$/, 'assignee: me, none or a user id')))),
  urgent: v.pipe(v.optional(v.string()), v.transform((s) => (s === '1' || s === 'true' || s === 'on' ? true : undefined))),
  q: v.pipe(v.optional(v.string()), v.transform(empty), v.optional(v.pipe(v.string(), v.maxLength(200, 'q: at most 200 characters')))),
  cursor: v.pipe(v.optional(v.string()), v.transform(empty), v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,80}$/, 'cursor: not one this page gave out')))),
});

export type InboxQuery = v.InferOutput<typeof schema>;

export function parseInboxQuery(query: Record<string, string>): InboxQuery {
  return check(schema, query);
}

export function toFilters(q: InboxQuery, userId: number): TicketFilters {
  return {
    status: q.status === 'all' ? undefined : q.status === 'active' ? [...ACTIVE_STATUSES] : [q.status as TicketStatus],
    channel: q.channel ? [q.channel] : undefined,
    category: q.category ? [q.category] : undefined,
    province: q.province,
    lang: q.lang,
    urgent: q.urgent,
    assigneeId: q.assignee === undefined ? undefined : q.assignee === 'me' ? userId : q.assignee === 'none' ? null : Number(q.assignee),
  };
}

/** The query string that reproduces these filters (without the page cursor), for links and live refresh. */
export function queryString(q: InboxQuery, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (q.status !== 'active') p.set('status', q.status);
  for (const key of ['channel', 'category', 'province', 'lang', 'assignee', 'q'] as const) if (q[key]) p.set(key, q[key]!);
  if (q.urgent) p.set('urgent', '1');
  for (const [k, val] of Object.entries(extra)) p.set(k, val);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Cursors are opaque to the page: `l.<lastMessageAt>.<id>.<tier>` for the list, `s.<messageId>` for search. */
export function encodeListCursor(c: { lastMessageAt: number; id: number; tier?: 0 | 1 }): string {
  return `l-${c.lastMessageAt}-${c.id}-${c.tier ?? 0}`;
}

export function decodeListCursor(s: string): { lastMessageAt: number; id: number; tier: 0 | 1 } {
  const m = s.match(/^l-(\d{1,15})-(\d{1,15})-([01])$/);
  if (!m) throw new HttpError(400, 'invalid_query', 'cursor is not one this page gave out');
  return { lastMessageAt: Number(m[1]), id: Number(m[2]), tier: m[3] === '1' ? 1 : 0 };
}

export const encodeSearchCursor = (messageId: number) => `s-${messageId}`;
export function decodeSearchCursor(s: string): number {
  const m = s.match(/^s-(\d{1,15})$/);
  if (!m) throw new HttpError(400, 'invalid_query', 'cursor is not one this page gave out');
  return Number(m[1]);
}
