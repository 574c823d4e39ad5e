import { randomBytes } from 'node:crypto';
import { clientIp } from '../http/client-ip.ts';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import * as v from 'valibot';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import type { LiveEvent } from '../bus.ts';
import { ROLES, TICKET_STATUSES, type Role } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../http/errors.ts';
import { check } from '../http/validate.ts';
import { CATEGORIES, LANGS } from '../parser/types.ts';
import { appendEvent } from '../store/append-event.ts';
import { findTicketIdByNumber, listAuditEvents, listAuditTypes } from '../store/audit-log.ts';
import { addCannedReply, deleteCannedReply, fillPlaceholders, listCannedReplies } from '../store/canned-replies.ts';
import { addNote } from '../store/notes.ts';
import { queueReply } from '../store/queue-reply.ts';
import { searchTickets } from '../store/search-tickets.ts';
import type { SessionUser } from '../store/sessions.ts';
import { activeFacetGroups, countFacets, type FacetGroup } from '../store/ticket-facets.ts';
import { getRelatedTickets, getThread, getTicketSummary, listTickets } from '../store/tickets.ts';
import { InvalidError, NotFoundError, updateTicket, type TicketPatch } from '../store/update-ticket.ts';
import { changeUser, countActiveAdmins, listUsers } from '../store/user-admin.ts';
import { addUser, findUserByUsername } from '../store/users.ts';
import { inboxAssets } from './assets.ts';
import { csrfTokenMatches, sameOrigin } from './csrf.ts';
import { fill, LOCALES, pickLocale } from './i18n/index.ts';
import { decodeListCursor, decodeSearchCursor, encodeListCursor, encodeSearchCursor, parseInboxQuery, queryString, toFilters } from './inbox-query.ts';
import { createLoginRateLimit, type LoginRateLimit } from './login-rate-limit.ts';
import { CannedPage, UsersPage } from './pages/admin-pages.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { InboxPage } from './pages/inbox-page.tsx';
import { ErrorPage, type PageCtx } from './pages/layout.tsx';
import { LoginPage } from './pages/login.tsx';
import { Thread, type TicketViewData } from './pages/ticket-view.tsx';
import { TicketList, type ListItem } from './pages/ticket-list.tsx';
import { can, type Permission } from '../auth/roles.ts';
import { currentSession, endSession, isHttps, startSession } from './session.ts';
import { getPresence, setPresence } from '../store/operator-profiles.ts';
import { createRoutingStore } from '../store/routing.ts';
import { opsRoutes } from './ops-routes.tsx';
import { channelRoutes } from './channel-routes.tsx';
import { suggestedAmeContact } from './referral-routes.tsx';
import { listAmeContacts } from '../store/ame-directory.ts';
import { overdueTicketIds, referralsOfTicket } from '../store/referrals.ts';

export interface InboxOptions {
  rateLimit?: LoginRateLimit;
}

const PAGE_SIZE = 50;
const LOGIN_COOKIE = 'kopru_login';
const LANG_COOKIE = 'kopru_lang';
/** Compared against when the username is unknown, so a wrong name takes as long as a wrong password. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + 'A'.repeat(86) + '==';

/** Only paths on this site: `next` and `back` must never send a user elsewhere. */
const localPath = (s: string | undefined, fallback = '/') => (s && /^\/(?![/\\])[^\s]*$/.test(s) ? s : fallback);

function csp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}


const formText = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
};

/** The live events the page needs, without anything personal: it fetches what it shows. */
function slimEvent(e: LiveEvent) {
  switch (e.type) {
    case 'message.created':
      return { type: e.type, ticketId: e.ticketId, messageId: e.messageId, direction: e.direction, ticketCreated: e.ticketCreated, urgent: e.urgent };
    case 'message.status':
      return { type: e.type, ticketId: e.ticketId, messageId: e.messageId, status: e.status };
    case 'ticket.updated':
      return { type: e.type, ticketId: e.ticketId, fields: e.fields };
  }
}

const idParam = v.object({ id: v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'a ticket id'), v.transform(Number)) });

const FLASH = { reply: 'sent', note: 'noteAdded', saved: 'saved' } as const;

export function inboxRoutes(deps: AppDeps, options: InboxOptions = {}) {
  const app = new Hono();
  const limiter = options.rateLimit ?? createLoginRateLimit();

  // Facet counts: recomputed when tickets changed, but at most every few seconds of real time.
  let facets: { groups: FacetGroup[]; at: number; dirty: boolean } | null = null;
  deps.bus.subscribe(() => {
    if (facets) facets.dirty = true;
  });
  const facetGroups = () => {
    const now = performance.now();
    if (!facets || (facets.dirty && now - facets.at > 5_000) || now - facets.at > 60_000) facets = { groups: activeFacetGroups(deps.db), at: now, dirty: false };
    return facets.groups;
  };

  function pageCtx(c: Context, session: SessionUser | null): PageCtx {
    const locale = pickLocale(getCookie(c, LANG_COOKIE));
    const url = new URL(c.req.url);
    return {
      t: LOCALES[locale],
      locale,
      nonce: randomBytes(16).toString('base64'),
      assets: '',
      user: session
        ? { id: session.userId, name: session.displayName ?? session.username, role: session.role, csrf: session.csrfToken, presence: getPresence(deps.db, session.userId) }
        : undefined,
      here: url.pathname + url.search,
    };
  }

  async function render(c: Context, ctx: PageCtx, node: (ctx: PageCtx) => unknown, status: 200 | 400 | 401 | 403 | 404 | 429 = 200) {
    const assets = await inboxAssets();
    const full = { ...ctx, assets: assets.version };
    c.header('Content-Security-Policy', csp(full.nonce));
    // same-origin, not no-referrer: under no-referrer a form POST carries `Origin: null`, which the CSRF origin check refuses.
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cache-Control', 'no-store');
    const html = String(await node(full));
    return c.html(`<!doctype html>${html}`, status);
  }

  const fragment = async (c: Context, node: unknown) => {
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    return c.html(String(await node));
  };

  type Handler = (c: Context, session: SessionUser, ctx: PageCtx, body: Record<string, unknown>) => Response | Promise<Response>;

  /**
   * Every inbox route goes through here: a live session (else the login page), the role's permission
   * (else 403), and for changes the session's CSRF token and a same-origin check (else 403).
   */
  function guarded(permission: Permission, handler: Handler, kind: 'page' | 'fragment' | 'change' = 'page') {
    return async (c: Context) => {
      const session = currentSession(deps, c.req.header('cookie'));
      const ctx = pageCtx(c, session);
      if (!session) {
        if (kind === 'page') return c.redirect(`/login?next=${encodeURIComponent(ctx.here)}`, 303);
        if (kind === 'fragment') return c.text('login required', 401);
        return render(c, ctx, (x) => <ErrorPage ctx={x} title="401" message={x.t.login.expired} />, 401);
      }
      if (!can(session.role, permission)) {
        if (kind === 'fragment') return c.text('forbidden', 403);
        return render(c, ctx, (x) => <ErrorPage ctx={x} title="403" message={x.t.errors.forbidden} />, 403);
      }
      let body: Record<string, unknown> = {};
      if (kind === 'change') {
        body = (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;
        const token = formText(body, '_csrf') ?? c.req.header('x-csrf-token');
        const originOk = sameOrigin(c.req.url, c.req.header('origin'), c.req.header('referer'), c.req.header('host'));
        if (!csrfTokenMatches(session.csrfToken, token) || !originOk)
          return render(c, ctx, (x) => <ErrorPage ctx={x} title="403" message={x.t.errors.csrf} />, 403);
      }
      return handler(c, session, ctx, body);
    };
  }

  // ---- login / logout / language -------------------------------------------------------------

  const loginForm = async (c: Context, opts: { error?: string; username?: string; status?: 200 | 401 | 429; next?: string } = {}) => {
    const token = randomBytes(24).toString('base64url');
    setCookie(c, LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c, deps), path: '/login', maxAge: 3600 });
    return render(c, pageCtx(c, null), (x) => <LoginPage ctx={x} csrf={token} error={opts.error} username={opts.username} next={opts.next} />, opts.status ?? 200);
  };

  app.get('/login', (c) => {
    if (currentSession(deps, c.req.header('cookie'))) return c.redirect(localPath(c.req.query('next')), 303);
    return loginForm(c, { next: localPath(c.req.query('next'), '') || undefined });
  });

  app.post('/login', async (c) => {
    const body = (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;
    const t = LOCALES[pickLocale(getCookie(c, LANG_COOKIE))];
    const username = (formText(body, 'username') ?? '').trim().slice(0, 64);
    const password = (formText(body, 'password') ?? '').slice(0, 200);
    const next = localPath(formText(body, 'next'));
    const ip = clientIp(c, deps.config.trustProxy);
    // Login CSRF: the form's token must match the cookie set with the form (double submit).
    if (!csrfTokenMatches(getCookie(c, LOGIN_COOKIE) ?? '\u0000', formText(body, '_csrf')) || !sameOrigin(c.req.url, c.req.header('origin'), c.req.header('referer'), c.req.header('host')))
      return loginForm(c, { error: t.errors.csrf, username, status: 401 });
    const wait = limiter.retryAfter(ip, username);
    if (wait > 0) {
      appendEvent(deps.db, { actor: 'anonymous', type: 'login.limited', data: { username, ip }, at: deps.now() });
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return loginForm(c, { error: fill(t.login.limited, { minutes: Math.ceil(wait / 60_000) }), username, status: 429 });
    }
    const user = username ? findUserByUsername(deps.db, username) : null;
    const ok = (await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH).catch(() => false)) && !!user?.active;
    if (!ok || !user) {
      limiter.failed(ip, username);
      appendEvent(deps.db, { actor: 'anonymous', type: 'login.failed', data: { username, ip }, at: deps.now() });
      return loginForm(c, { error: t.login.failed, username, status: 401, next });
    }
    limiter.succeeded(ip, username);
    startSession(c, deps, user.id, ip);
    appendEvent(deps.db, { actor: `user:${user.id}`, type: 'login.succeeded', data: { ip }, at: deps.now() });
    return c.redirect(next, 303);
  });

  app.post(
    '/logout',
    guarded(
      'inbox',
      (c, session) => {
        endSession(c, deps);
        appendEvent(deps.db, { actor: `user:${session.userId}`, type: 'logout', at: deps.now() });
        setPresence(deps.db, session.userId, 'offline', `user:${session.userId}`, deps.now());
        return c.redirect('/login', 303);
      },
      'change',
    ),
  );

  app.get('/lang/:code', (c) => {
    const code = c.req.param('code') === 'en' ? 'en' : 'tr';
    setCookie(c, LANG_COOKIE, code, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c, deps), path: '/', maxAge: 365 * 86400 });
    return c.redirect(localPath(c.req.query('back')), 303);
  });

  // ---- assets --------------------------------------------------------------------------------

  app.get('/inbox/assets/app.js', async (c) => {
    const a = await inboxAssets();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(a.js, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/inbox/assets/app.css', async (c) => {
    const a = await inboxAssets();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(a.css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  // ---- the list and the ticket ---------------------------------------------------------------

  function listData(c: Context, session: SessionUser) {
    const query = parseInboxQuery(c.req.query());
    const filters = toFilters(query, session.userId);
    let items: ListItem[];
    let next: string | null;
    if (query.q) {
      const r = searchTickets(deps.db, { ...filters, q: query.q }, PAGE_SIZE, query.cursor ? decodeSearchCursor(query.cursor) : undefined);
      items = r.hits.map((h) => ({ ticket: h.ticket, match: { body: h.match.body } }));
      next = r.next === null ? null : encodeSearchCursor(r.next);
    } else {
      const r = listTickets(deps.db, filters, PAGE_SIZE, query.cursor ? decodeListCursor(query.cursor) : undefined, 'triage');
      items = r.tickets.map((ticket) => ({ ticket }));
      next = r.next ? encodeListCursor(r.next) : null;
    }
    // Referrals past their 24-hour deadline with no AME record are flagged in the list.
    const overdue = overdueTicketIds(deps.db, items.map((i) => i.ticket.id));
    for (const item of items) if (overdue.has(item.ticket.id)) item.overdue = true;
    return { query, filters, items, next };
  }

  function ticketData(c: Context, session: SessionUser, id: number, users: ReturnType<typeof listUsers>): TicketViewData {
    const ticket = getTicketSummary(deps.db, id);
    if (!ticket) throw new NotFoundError('ticket');
    // KVKK: the ticket page shows personal data, so every opening is recorded.
    appendEvent(deps.db, { ticketId: id, actor: `user:${session.userId}`, type: 'ticket.viewed', data: { via: 'inbox' }, at: deps.now() });
    const done = c.req.query('done');
    const t = LOCALES[pickLocale(getCookie(c, LANG_COOKIE))];
    return {
      ticket,
      messages: getThread(deps.db, id),
      related: getRelatedTickets(deps.db, id),
      users,
      canned: listCannedReplies(deps.db),
      assigneeName: ticket.assigneeId === null ? null : (users.find((u) => u.id === ticket.assigneeId)?.username ?? `#${ticket.assigneeId}`),
      flash: done && done in FLASH ? t.ticket[FLASH[done as keyof typeof FLASH]] : done === 'referred' ? t.ops.refer.done : done === 'referredNoSms' ? t.ops.refer.noSms : undefined,
      referral: {
        referrals: referralsOfTicket(deps.db, id),
        contacts: can(session.role, 'refer') ? listAmeContacts(deps.db) : [],
        suggestedId: suggestedAmeContact(deps, ticket)?.id ?? null,
      },
    };
  }

  const inboxPage = (withTicket: boolean) =>
    guarded('inbox', async (c, session, ctx) => {
      const { query, filters, items, next } = listData(c, session);
      const users = listUsers(deps.db, { activeOnly: true });
      let ticket: TicketViewData | undefined;
      if (withTicket) {
        const { id } = check(idParam, c.req.param());
        if (!getTicketSummary(deps.db, id)) return render(c, ctx, (x) => <ErrorPage ctx={x} title="404" message={x.t.errors.notFound} />, 404);
        ticket = ticketData(c, session, id, users);
      }
      const counts = countFacets(facetGroups(), filters);
      const channels = [...deps.channels.keys()];
      return render(c, ctx, (x) => <InboxPage ctx={x} query={query} items={items} next={next} counts={counts} channels={channels} users={users} ticket={ticket} />);
    });

  app.get('/', inboxPage(false));
  app.get('/tickets/:id', inboxPage(true));

  app.get(
    '/inbox/list',
    guarded(
      'inbox',
      async (c, session, ctx) => {
        const { query, items, next } = listData(c, session);
        const selected = Number(c.req.query('selected') ?? 0) || undefined;
        return fragment(c, <TicketList items={items} t={ctx.t} locale={ctx.locale} query={query} next={next} selectedId={selected} />);
      },
      'fragment',
    ),
  );

  app.get(
    '/inbox/tickets/:id/thread',
    guarded(
      'inbox',
      async (c, session, ctx) => {
        const { id } = check(idParam, c.req.param());
        if (!getTicketSummary(deps.db, id)) throw new NotFoundError('ticket');
        appendEvent(deps.db, { ticketId: id, actor: `user:${session.userId}`, type: 'ticket.viewed', data: { via: 'live' }, at: deps.now() });
        return fragment(c, <Thread messages={getThread(deps.db, id)} t={ctx.t} locale={ctx.locale} />);
      },
      'fragment',
    ),
  );

  /** Delivery states of a ticket's messages: nothing personal, so no audit entry. */
  app.get(
    '/inbox/tickets/:id/statuses',
    guarded(
      'inbox',
      (c) => {
        const { id } = check(idParam, c.req.param());
        return c.json(getThread(deps.db, id).map((m) => ({ id: m.id, status: m.status })));
      },
      'fragment',
    ),
  );

  app.get(
    '/inbox/events',
    guarded(
      'inbox',
      (c) => {
        c.header('Cache-Control', 'no-store');
        return streamSSE(c, async (stream) => {
          const unsubscribe = deps.bus.subscribe((e) => {
            void stream.writeSSE({ event: 'live', data: JSON.stringify(slimEvent(e)) }).catch(() => undefined);
          });
          stream.onAbort(unsubscribe);
          await stream.writeSSE({ event: 'hello', data: '{}', retry: 3000 });
          // A comment every 20 s keeps proxies from closing an idle stream; a logged-out session ends it.
          try {
            while (!stream.aborted && !stream.closed) {
              await stream.sleep(20_000);
              if (stream.aborted || stream.closed || !currentSession(deps, c.req.header('cookie'))) break;
              await stream.write(': keep-alive\n\n');
            }
          } catch {
            /* the client went away or the server is shutting down */
          } finally {
            unsubscribe();
          }
        });
      },
      'fragment',
    ),
  );

  // ---- changes on a ticket ---------------------------------------------------------------------

  const textField = v.pipe(v.string('text is required'), v.trim(), v.minLength(1, 'text must not be empty'), v.maxLength(4096, 'at most 4096 characters'));
  const backTo = (id: number, body: Record<string, unknown>, done: keyof typeof FLASH) => {
    const list = formText(body, 'list') ?? '';
    const params = new URLSearchParams(/^\?[^\s#]*$/.test(list) ? list.slice(1) : '');
    params.set('done', done);
    return `/tickets/${id}?${params.toString()}`;
  };

  app.post(
    '/tickets/:id/reply',
    guarded(
      'reply',
      (c, session, _ctx, body) => {
        const { id } = check(idParam, c.req.param());
        const raw = check(textField, formText(body, 'text'), 'invalid_body');
        const ticket = getTicketSummary(deps.db, id);
        if (!ticket) throw new NotFoundError('ticket');
        const text = fillPlaceholders(raw, { ticket: ticket.number, name: ticket.citizen.name });
        const reply = queueReply(deps.db, { ticketId: id, text, authorId: session.userId, actor: `user:${session.userId}` }, deps.now());
        deps.bus.publish({ type: 'message.created', ticketId: id, messageId: reply.messageId, direction: 'out', ticketCreated: false, urgent: false });
        deps.outbox.kick();
        return c.redirect(backTo(id, body, 'reply'), 303);
      },
      'change',
    ),
  );

  app.post(
    '/tickets/:id/notes',
    guarded(
      'note',
      (c, session, _ctx, body) => {
        const { id } = check(idParam, c.req.param());
        const text = check(textField, formText(body, 'text'), 'invalid_body');
        const messageId = addNote(deps.db, { ticketId: id, text, authorId: session.userId, actor: `user:${session.userId}` }, deps.now());
        deps.bus.publish({ type: 'message.created', ticketId: id, messageId, direction: 'note', ticketCreated: false, urgent: false });
        return c.redirect(backTo(id, body, 'note'), 303);
      },
      'change',
    ),
  );

  const updateForm = v.object({
    status: v.optional(v.picklist(TICKET_STATUSES, `status: one of ${TICKET_STATUSES.join(', ')}`)),
    category: v.optional(v.union([v.literal(''), v.picklist(CATEGORIES, `category: one of ${CATEGORIES.join(', ')}`)])),
    province: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, 'province: at most 40 characters'))),
    assignee: v.optional(v.pipe(v.string(), v.regex(/^(none|\d{1,9})$/, 'assignee: none or a user id'))),
    urgent: v.optional(v.string()),
    urgent_shown: v.optional(v.string()),
  });

  app.post(
    '/tickets/:id/update',
    guarded(
      'update',
      (c, session, _ctx, body) => {
        const { id } = check(idParam, c.req.param());
        const f = check(updateForm, body, 'invalid_body');
        const current = getTicketSummary(deps.db, id);
        if (!current) throw new NotFoundError('ticket');
        const patch: TicketPatch = {};
        if (f.status) patch.status = f.status;
        if (f.category) patch.category = f.category;
        if (f.province !== undefined) patch.province = f.province === '' ? null : f.province;
        if (f.urgent_shown) patch.urgent = f.urgent === '1';
        if (f.assignee !== undefined) {
          const to = f.assignee === 'none' ? null : Number(f.assignee);
          // Operators take a ticket or let it go; handing it to someone else is a supervisor's call.
          if (to !== current.assigneeId && !can(session.role, 'assign_others') && to !== session.userId && !(to === null && current.assigneeId === session.userId))
            throw new HttpError(403, 'forbidden', 'only supervisors assign tickets to others');
          patch.assigneeId = to;
        }
        if (patch.province !== undefined && patch.province !== null && patch.province.length < 2) throw new InvalidError('province: at least 2 characters', 'province');
        const fields = updateTicket(deps.db, id, patch, `user:${session.userId}`, deps.now());
        // Every assignment is an event of its own, automatic or by hand.
        if (fields.includes('assigneeId')) createRoutingStore(deps.db).recordManual(id, current.assigneeId, patch.assigneeId ?? null, `user:${session.userId}`, deps.now());
        if (fields.length) deps.bus.publish({ type: 'ticket.updated', ticketId: id, fields });
        return c.redirect(backTo(id, body, 'saved'), 303);
      },
      'change',
    ),
  );

  // ---- export (supervisors) ----------------------------------------------------------------------

  app.get(
    '/export.csv',
    guarded('export', (c, session) => {
      const query = parseInboxQuery(c.req.query());
      const filters = toFilters(query, session.userId);
      const lines = ['number,channel,status,category,province,lang,urgent,created_at,last_message_at'];
      let cursor: ReturnType<typeof decodeListCursor> | undefined;
      // Masked, aggregated fields only (no names, numbers or texts); capped to keep one request bounded.
      for (let pages = 0; pages < 50; pages++) {
        const r = listTickets(deps.db, filters, 200, cursor, 'triage');
        for (const t of r.tickets)
          lines.push([t.number, t.channel, t.status, t.category ?? '', t.province ?? '', t.lang ?? '', t.urgent, t.createdAt, t.lastMessageAt].map(csvCell).join(','));
        if (!r.next) break;
        cursor = { lastMessageAt: r.next.lastMessageAt, id: r.next.id, tier: (r.next as { tier?: 0 | 1 }).tier ?? 0 };
      }
      appendEvent(deps.db, { actor: `user:${session.userId}`, type: 'tickets.exported', data: { query: queryString(query), rows: lines.length - 1 }, at: deps.now() });
      c.header('Content-Disposition', 'attachment; filename="kopru-tickets.csv"');
      c.header('Cache-Control', 'no-store');
      return c.body(`${lines.join('\r\n')}\r\n`, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }),
  );

  // ---- audit log (supervisors) -------------------------------------------------------------------

  const auditQuery = v.object({
    actor: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80))),
    type: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80))),
    ticket: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(30))),
    from: v.optional(v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'from: a date'))),
    to: v.optional(v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'to: a date'))),
    before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'before: an event id'), v.transform(Number))),
  });

  app.get(
    '/audit',
    guarded('audit', (c, _session, ctx) => {
      const q = check(auditQuery, c.req.query());
      const ticketId = q.ticket ? (/^\d+$/.test(q.ticket) ? Number(q.ticket) : (findTicketIdByNumber(deps.db, q.ticket) ?? -1)) : undefined;
      // Dates are Istanbul days (UTC+3 all year).
      const day = (s: string | undefined, plus = 0) => (s ? Date.parse(`${s}T00:00:00+03:00`) + plus : undefined);
      const filters = { actor: q.actor || undefined, type: q.type || undefined, ticketId, from: day(q.from), to: day(q.to, 86_400_000) };
      const { entries, next } = listAuditEvents(deps.db, filters, 100, q.before);
      const nextLink = next === null ? null : `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(q).filter(([k, x]) => k !== 'before' && x)), before: String(next) }).toString()}`;
      return render(c, ctx, (x) => (
        <AuditPage ctx={x} entries={entries} types={listAuditTypes(deps.db)} filters={{ ...filters, ticket: q.ticket, fromDay: q.from, toDay: q.to }} next={nextLink} />
      ));
    }),
  );

  // ---- admin: users and canned replies -------------------------------------------------------------

  const usersPage = (c: Context, ctx: PageCtx, flash?: { kind: 'ok' | 'error'; text: string }, status: 200 | 400 = 200) =>
    render(c, ctx, (x) => <UsersPage ctx={x} users={listUsers(deps.db)} flash={flash} />, status);

  app.get('/admin/users', guarded('admin_users', (c, _s, ctx) => usersPage(c, ctx)));

  const newUser = v.object({
    username: v.pipe(v.string(), v.trim(), v.regex(/^[\p{L}\p{N}._-]{2,64}$/u, 'username: 2–64 letters, digits, dots, dashes or underscores')),
    displayName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
    role: v.picklist(ROLES, `role: one of ${ROLES.join(', ')}`),
    password: v.pipe(v.string(), v.minLength(10, 'password: at least 10 characters'), v.maxLength(200)),
  });

  app.post(
    '/admin/users',
    guarded(
      'admin_users',
      async (c, session, ctx, body) => {
        const parsed = v.safeParse(newUser, body);
        if (!parsed.success) return usersPage(c, ctx, { kind: 'error', text: fill(ctx.t.errors.invalid, { detail: parsed.issues.map((i) => i.message).join('; ') }) }, 400);
        const u = parsed.output;
        if (findUserByUsername(deps.db, u.username)) return usersPage(c, ctx, { kind: 'error', text: fill(ctx.t.errors.invalid, { detail: 'username exists' }) }, 400);
        addUser(deps.db, { username: u.username, displayName: u.displayName || undefined, role: u.role, passwordHash: await hashPassword(u.password) }, `user:${session.userId}`);
        return usersPage(c, ctx, { kind: 'ok', text: ctx.t.users.added });
      },
      'change',
    ),
  );

  const userChange = v.object({
    role: v.optional(v.picklist(ROLES, `role: one of ${ROLES.join(', ')}`)),
    active: v.optional(v.picklist(['0', '1'], 'active: 0 or 1')),
    password: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.minLength(10, 'password: at least 10 characters'), v.maxLength(200))])),
  });

  app.post(
    '/admin/users/:id',
    guarded(
      'admin_users',
      async (c, session, ctx, body) => {
        const id = Number(c.req.param('id'));
        if (!Number.isInteger(id) || id < 1) throw new NotFoundError('user');
        const parsed = v.safeParse(userChange, body);
        if (!parsed.success) return usersPage(c, ctx, { kind: 'error', text: fill(ctx.t.errors.invalid, { detail: parsed.issues.map((i) => i.message).join('; ') }) }, 400);
        const f = parsed.output;
        const target = listUsers(deps.db).find((u) => u.id === id);
        if (!target) throw new NotFoundError('user');
        const role = f.role as Role | undefined;
        const active = f.active === undefined ? undefined : f.active === '1';
        const losesAdmin = target.role === 'admin' && target.active && ((role && role !== 'admin') || active === false);
        if (losesAdmin && countActiveAdmins(deps.db) <= 1) return usersPage(c, ctx, { kind: 'error', text: ctx.t.users.lastAdmin }, 400);
        const unchanged = (role === undefined || role === target.role) && (active === undefined || active === target.active) && !f.password;
        if (!unchanged)
          changeUser(deps.db, id, { role: role === target.role ? undefined : role, active: active === target.active ? undefined : active, passwordHash: f.password ? await hashPassword(f.password) : undefined }, `user:${session.userId}`, deps.now());
        // Changing oneself ends one's own session too; back to the login page then.
        if (!unchanged && id === session.userId) return c.redirect('/login', 303);
        return usersPage(c, ctx, { kind: 'ok', text: ctx.t.users.changed });
      },
      'change',
    ),
  );

  app.get('/admin/canned', guarded('admin_canned', (c, _s, ctx) => render(c, ctx, (x) => <CannedPage ctx={x} replies={listCannedReplies(deps.db)} />)));

  const cannedForm = v.object({
    title: v.pipe(v.string(), v.trim(), v.minLength(1, 'title is required'), v.maxLength(100)),
    body: v.pipe(v.string(), v.trim(), v.minLength(1, 'body is required'), v.maxLength(2000)),
    lang: v.picklist(LANGS, `lang: one of ${LANGS.join(', ')}`),
  });

  app.post(
    '/admin/canned',
    guarded(
      'admin_canned',
      (c, session, _ctx, body) => {
        const f = check(cannedForm, body, 'invalid_body');
        addCannedReply(deps.db, { ...f, createdBy: session.userId, actor: `user:${session.userId}` }, deps.now());
        return c.redirect('/admin/canned', 303);
      },
      'change',
    ),
  );

  app.post(
    '/admin/canned/:id/delete',
    guarded(
      'admin_canned',
      (c, session) => {
        deleteCannedReply(deps.db, Number(c.req.param('id')) || 0, `user:${session.userId}`, deps.now());
        return c.redirect('/admin/canned', 303);
      },
      'change',
    ),
  );

  opsRoutes(app, { deps, guarded, render });
  channelRoutes(app, { deps, guarded, render });

  return app;
}

const csvCell = (x: unknown) => {
  const s = String(x);
  // Quote always; a leading = + - @ would be a formula in a spreadsheet.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
