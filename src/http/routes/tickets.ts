import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppDeps } from '../../deps.ts';
import { TICKET_STATUSES } from '../../db/schema.ts';
import { CATEGORIES } from '../../parser/types.ts';
import { appendEvent } from '../../store/append-event.ts';
import { queueReply } from '../../store/queue-reply.ts';
import { revealTicketPersonalData } from '../../store/reveal-personal-data.ts';
import { getRelatedTickets, getThread, getTicketSummary, listTickets, type TicketCursor } from '../../store/tickets.ts';
import { NotFoundError, updateTicket } from '../../store/update-ticket.ts';
import { can } from '../../auth/roles.ts';
import type { AuthEnv } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { check, readJson } from '../validate.ts';

const csv = <T extends string>(values: readonly T[], what: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
      v.array(v.picklist(values, `${what}: one of ${values.join(', ')}`)),
    ),
  );

const listQuery = v.object({
  status: csv(TICKET_STATUSES, 'status'),
  channel: v.optional(v.pipe(v.string(), v.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)))),
  category: csv(CATEGORIES, 'category'),
  province: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40))),
  lang: v.optional(v.picklist(['tr', 'ku', 'ar'], 'tr, ku or ar')),
  urgent: v.optional(v.pipe(v.picklist(['true', 'false'], 'true or false'), v.transform((s) => s === 'true'))),
  assignee: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(\d+|none)$/, 'a user id or none'),
      v.transform((s) => (s === 'none' ? null : Number(s))),
    ),
  ),
  q: v.optional(v.pipe(v.string(), v.maxLength(200, 'at most 200 characters'))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'a number from 1 to 200'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
  cursor: v.optional(v.string()),
});

const idParam = v.object({ id: v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'a ticket id'), v.transform(Number)) });

const patchBody = v.strictObject({
  status: v.optional(v.picklist(TICKET_STATUSES, `one of ${TICKET_STATUSES.join(', ')}`)),
  assigneeId: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)))),
  category: v.optional(v.picklist(CATEGORIES, `one of ${CATEGORIES.join(', ')}`)),
  urgent: v.optional(v.boolean()),
  province: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(40)))),
});

const replyBody = v.strictObject({
  text: v.pipe(v.string('text must be a string'), v.trim(), v.minLength(1, 'text must not be empty'), v.maxLength(4096, 'at most 4096 characters')),
});

const encodeCursor = (c: TicketCursor) => Buffer.from(`${c.lastMessageAt}.${c.id}`).toString('base64url');
function decodeCursor(s: string): TicketCursor {
  const m = Buffer.from(s, 'base64url').toString().match(/^(\d+)\.(\d+)$/);
  if (!m) throw new HttpError(400, 'invalid_query', 'cursor is not one this API gave out', [{ field: 'cursor', message: 'unknown cursor' }]);
  return { lastMessageAt: Number(m[1]), id: Number(m[2]) };
}

export function ticketRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/tickets', (c) => {
    const q = check(listQuery, c.req.query());
    const { tickets, next } = listTickets(
      deps.db,
      {
        status: q.status,
        channel: q.channel,
        category: q.category,
        province: q.province,
        lang: q.lang,
        urgent: q.urgent,
        assigneeId: q.assignee,
        q: q.q,
      },
      q.limit,
      q.cursor ? decodeCursor(q.cursor) : undefined,
    );
    return c.json({ tickets, next: next ? encodeCursor(next) : null });
  });

  app.get('/tickets/:id', (c) => {
    const { id } = check(idParam, c.req.param());
    const ticket = getTicketSummary(deps.db, id);
    if (!ticket) throw new NotFoundError('ticket');
    // KVKK: opening a ticket shows personal data, so who opened it is recorded.
    appendEvent(deps.db, { ticketId: id, actor: c.var.actor.ref, type: 'ticket.viewed', at: deps.now() });
    return c.json({ ticket, messages: getThread(deps.db, id), related: getRelatedTickets(deps.db, id) });
  });

  app.post('/tickets/:id/reveal', (c) => {
    const { id } = check(idParam, c.req.param());
    return c.json(revealTicketPersonalData(deps.db, deps.cipher, id, c.var.actor.ref, deps.now()));
  });

  app.patch('/tickets/:id', async (c) => {
    const { id } = check(idParam, c.req.param());
    const patch = await readJson(c, patchBody);
    // Same rule as the inbox forms: an operator may take a ticket or let it go, not hand it to someone else.
    const actor = c.var.actor;
    if (patch.assigneeId != null && patch.assigneeId !== actor.userId && !can(actor.role, 'assign_others'))
      throw new HttpError(403, 'forbidden', 'only supervisors assign tickets to others');
    const fields = updateTicket(deps.db, id, patch, c.var.actor.ref, deps.now());
    if (fields.length) deps.bus.publish({ type: 'ticket.updated', ticketId: id, fields });
    return c.json({ ticket: getTicketSummary(deps.db, id), changed: fields });
  });

  app.post('/tickets/:id/replies', async (c) => {
    const { id } = check(idParam, c.req.param());
    const { text } = await readJson(c, replyBody);
    const reply = queueReply(deps.db, { ticketId: id, text, authorId: c.var.actor.userId, actor: c.var.actor.ref }, deps.now());
    deps.bus.publish({ type: 'message.created', ticketId: id, messageId: reply.messageId, direction: 'out', ticketCreated: false, urgent: false });
    deps.outbox.kick();
    return c.json({ messageId: reply.messageId, outboxId: reply.outboxId, channel: reply.channel, status: 'queued' }, 201);
  });

  return app;
}
