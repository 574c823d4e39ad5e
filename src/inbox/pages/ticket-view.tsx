import type { Child } from 'hono/jsx';
import { TICKET_STATUSES } from '../../db/schema.ts';
import { CATEGORIES } from '../../parser/types.ts';
import type { CannedReply } from '../../store/canned-replies.ts';
import type { ThreadMessage, TicketSummary } from '../../store/tickets.ts';
import type { UserRow } from '../../store/user-admin.ts';
import type { Dictionary, Locale } from '../i18n/index.ts';
import { fill } from '../i18n/index.ts';
import { can } from '../../auth/roles.ts';
import { formatTime } from './format.ts';
import type { PageCtx } from './layout.tsx';
import { Notice } from './layout.tsx';
import { channelLabel } from './ticket-list.tsx';
import { ReferralCard } from './referral-pages.tsx';
import type { Referral } from '../../store/referrals.ts';
import type { AmeContact } from '../../store/ame-directory.ts';

/** The parser's output as stored on a message (camelCase ParseResult, kimlik no masked). */
interface StoredParse {
  name?: string | null;
  tckn?: string | null;
  tcknInvalid?: string | null;
  request?: string;
  province?: string | null;
  category?: string;
  urgent?: boolean;
  lang?: string;
  spans?: { name?: unknown; tckn?: unknown };
}

type Span = [number, number, 'name' | 'tckn'];

/** Spans that fit the body, sorted and not overlapping; anything else is dropped rather than trusted. */
export function validSpans(parsed: unknown, length: number): Span[] {
  const spans = (parsed as StoredParse | null)?.spans;
  if (!spans || typeof spans !== 'object') return [];
  const out: Span[] = [];
  for (const kind of ['name', 'tckn'] as const) {
    const s = spans[kind];
    if (!Array.isArray(s) || s.length !== 2) continue;
    const [a, b] = s as unknown[];
    if (Number.isInteger(a) && Number.isInteger(b) && (a as number) >= 0 && (a as number) < (b as number) && (b as number) <= length) out.push([a as number, b as number, kind]);
  }
  out.sort((x, y) => x[0] - y[0]);
  return out.filter((s, i) => i === 0 || s[0] >= out[i - 1]![1]);
}

/** The body as text nodes with the parser's spans in <mark>; every piece escaped by the renderer. */
export function Highlighted(props: { body: string; spans: Span[]; t: Dictionary }) {
  const parts: Child[] = [];
  let at = 0;
  for (const [a, b, kind] of props.spans) {
    if (a > at) parts.push(props.body.slice(at, a));
    parts.push(
      <mark class={`span-${kind}`} title={kind === 'name' ? props.t.ticket.name : props.t.ticket.kimlik}>
        {props.body.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < props.body.length) parts.push(props.body.slice(at));
  return <>{parts}</>;
}

function MessageItem(props: { m: ThreadMessage; t: Dictionary; locale: Locale }) {
  const { m, t } = props;
  const spans = m.direction === 'in' ? validSpans(m.parsed, m.body.length) : [];
  const attachments = Array.isArray(m.attachments) ? (m.attachments as Array<{ kind?: unknown; filename?: unknown }>) : [];
  return (
    <li class={`msg msg-${m.direction}`} data-message-id={m.id}>
      <div class="msg-head">
        <span class="who">
          {t.direction[m.direction]}
          {m.author && ` · ${m.author}`}
        </span>
        <span class={`badge chan chan-${m.channel}`}>{channelLabel(t, m.channel)}</span>
        <time datetime={m.createdAt}>{formatTime(m.createdAt, props.locale)}</time>
        {m.direction !== 'note' && (
          <span class={`delivery delivery-${m.status}`} data-status={m.status}>
            {t.delivery[m.status as keyof Dictionary['delivery']] ?? m.status}
          </span>
        )}
        {m.error && <span class="msg-error">{m.error}</span>}
      </div>
      <p class="body" data-spans={JSON.stringify(spans)}>
        <Highlighted body={m.body} spans={spans} t={t} />
      </p>
      {attachments.length > 0 && (
        <ul class="attachments">
          {attachments.map((a) => (
            <li>
              📎 {String(a.kind ?? '')} {typeof a.filename === 'string' ? a.filename : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The thread; also the fragment the page fetches when a message arrives on the open ticket. */
export function Thread(props: { messages: ThreadMessage[]; t: Dictionary; locale: Locale }) {
  return (
    <ol id="thread" class="thread" aria-label={props.t.ticket.thread}>
      {props.messages.map((m) => (
        <MessageItem m={m} t={props.t} locale={props.locale} />
      ))}
    </ol>
  );
}

export interface TicketViewData {
  ticket: TicketSummary;
  messages: ThreadMessage[];
  related: TicketSummary[];
  users: UserRow[];
  canned: CannedReply[];
  assigneeName: string | null;
  flash?: string;
  referral?: { referrals: Referral[]; contacts: AmeContact[]; suggestedId: number | null };
}

function latestParse(messages: ThreadMessage[]): StoredParse | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.direction === 'in' && m.parsed && typeof m.parsed === 'object') return m.parsed as StoredParse;
  }
  return null;
}

export function TicketView(props: { ctx: PageCtx; data: TicketViewData; listQuery: string }) {
  const { t, locale } = props.ctx;
  const user = props.ctx.user!;
  const { ticket, messages, related, users, canned } = props.data;
  const parsed = latestParse(messages);
  const masked = ticket.citizen.tckn ?? parsed?.tckn ?? null;
  const anyMasked = messages.some((m) => m.masked);
  const citizenName = ticket.citizen.name ?? parsed?.name ?? '';
  const assignable = can(user.role, 'assign_others') ? users : users.filter((u) => u.id === user.id || u.id === ticket.assigneeId);
  return (
    <article class="ticket" aria-labelledby="ticket-title">
      <p class="back">
        <a href={`/${props.listQuery}`}>← {t.ticket.back}</a>
      </p>
      <header class="ticket-head">
        <h1 id="ticket-title">
          {ticket.urgent && (
            <strong class="badge badge-urgent">
              <span aria-hidden="true">⚠ </span>
              {t.list.urgentBadge}
            </strong>
          )}{' '}
          {ticket.number}
        </h1>
        <p class="ticket-meta">
          <span class={`badge chan chan-${ticket.channel}`}>{channelLabel(t, ticket.channel)}</span>
          <span class={`status status-${ticket.status}`}>{t.status[ticket.status]}</span>
          {ticket.category && <span>{t.category[ticket.category as keyof Dictionary['category']] ?? ticket.category}</span>}
          {ticket.province && <span>{ticket.province}</span>}
          <span>
            {t.ticket.created}: <time datetime={ticket.createdAt}>{formatTime(ticket.createdAt, locale)}</time>
          </span>
          <span>
            {t.list.assignee}: {props.data.assigneeName ?? t.ticket.unassigned}
          </span>
        </p>
      </header>
      {props.data.flash && <Notice kind="ok">{props.data.flash}</Notice>}

      <section class="card" aria-labelledby="parsed-h">
        <h2 id="parsed-h">{t.ticket.parsed}</h2>
        <dl class="fields">
          <dt>{t.ticket.name}</dt>
          <dd>{citizenName || '—'}</dd>
          <dt>{t.ticket.address}</dt>
          <dd>{ticket.contact.address}</dd>
          <dt>{t.ticket.kimlik}</dt>
          <dd>
            <span id="tckn">{masked ?? '—'}</span>
            {(masked || anyMasked) && can(user.role, 'reveal') && (
              <>
                {' '}
                <button type="button" id="reveal" class="small" data-ticket={ticket.id}>
                  {t.ticket.reveal}
                </button>
                <span id="reveal-state" class="hint" role="status"></span>
              </>
            )}
          </dd>
          {parsed?.tcknInvalid && (
            <>
              <dt>{t.ticket.kimlikInvalid}</dt>
              <dd>{parsed.tcknInvalid}</dd>
            </>
          )}
          {parsed?.request && (
            <>
              <dt>{t.ticket.request}</dt>
              <dd>{parsed.request}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="thread-h">
        <h2 id="thread-h">{t.ticket.thread}</h2>
        <div id="thread-notice" role="status"></div>
        <Thread messages={messages} t={t} locale={locale} />
      </section>

      {can(user.role, 'reply') && (
        <section class="card" aria-labelledby="reply-h">
          <h2 id="reply-h">{t.ticket.reply}</h2>
          <form id="reply-form" method="post" action={`/tickets/${ticket.id}/reply`} class="stack" data-ticket-number={ticket.number} data-citizen-name={citizenName}>
            <input type="hidden" name="_csrf" value={user.csrf} />
            {canned.length > 0 && (
              <>
                <label for="canned">{t.ticket.canned}</label>
                <select id="canned">
                  <option value="">—</option>
                  {canned.map((r) => (
                    <option value={String(r.id)} data-body={r.body}>
                      {r.title} ({r.lang})
                    </option>
                  ))}
                </select>
              </>
            )}
            <label for="reply-text">{fill(t.ticket.replyOn, { channel: channelLabel(t, ticket.channel) })}</label>
            <textarea id="reply-text" name="text" rows={4} maxlength={4096} required data-channel={ticket.channel}></textarea>
            {ticket.channel === 'sms' && <p id="sms-counter" class="hint" aria-live="polite"></p>}
            <button type="submit">{t.ticket.send}</button>
          </form>
        </section>
      )}

      {can(user.role, 'note') && (
        <section class="card" aria-labelledby="note-h">
          <h2 id="note-h">{t.ticket.note}</h2>
          <form method="post" action={`/tickets/${ticket.id}/notes`} class="stack">
            <input type="hidden" name="_csrf" value={user.csrf} />
            <label for="note-text" class="visually-hidden">
              {t.ticket.note}
            </label>
            <textarea id="note-text" name="text" rows={2} maxlength={4096} required></textarea>
            <button type="submit">{t.ticket.addNote}</button>
          </form>
        </section>
      )}

      {can(user.role, 'update') && (
        <section class="card" aria-labelledby="details-h">
          <h2 id="details-h">{t.ticket.details}</h2>
          <form id="resolve-form" method="post" action={`/tickets/${ticket.id}/update`}>
            <input type="hidden" name="_csrf" value={user.csrf} />
            <input type="hidden" name="status" value="resolved" />
            <button type="submit">{t.ticket.resolve}</button>
          </form>
          <form method="post" action={`/tickets/${ticket.id}/update`} class="grid">
            <input type="hidden" name="_csrf" value={user.csrf} />
            <div class="field">
              <label for="u-status">{t.list.status}</label>
              <select id="u-status" name="status">
                {TICKET_STATUSES.map((s) => (
                  <option value={s} selected={s === ticket.status}>
                    {t.status[s]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="u-category">{t.list.category}</label>
              <select id="u-category" name="category">
                {!ticket.category && <option value="">—</option>}
                {CATEGORIES.map((c) => (
                  <option value={c} selected={c === ticket.category}>
                    {t.category[c]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="u-province">{t.list.province}</label>
              <input id="u-province" name="province" value={ticket.province ?? ''} maxlength={40} />
            </div>
            <div class="field">
              <label for="u-assignee">{t.list.assignee}</label>
              <select id="u-assignee" name="assignee">
                <option value="none" selected={ticket.assigneeId === null}>
                  {t.ticket.unassigned}
                </option>
                {assignable.map((u) => (
                  <option value={String(u.id)} selected={u.id === ticket.assigneeId}>
                    {u.displayName ?? u.username}
                  </option>
                ))}
              </select>
            </div>
            <div class="field check">
              <input type="hidden" name="urgent_shown" value="1" />
              <input id="u-urgent" name="urgent" type="checkbox" value="1" checked={ticket.urgent} />
              <label for="u-urgent">{t.ticket.urgent}</label>
            </div>
            <div class="actions">
              <button type="submit">{t.ticket.save}</button>
            </div>
          </form>
        </section>
      )}

      {props.data.referral && (
        <ReferralCard
          ctx={props.ctx}
          ticketId={ticket.id}
          referrals={props.data.referral.referrals}
          contacts={props.data.referral.contacts}
          suggestedId={props.data.referral.suggestedId}
          canRefer={can(user.role, 'refer')}
          closed={ticket.status === 'closed'}
        />
      )}

      <section class="card" aria-labelledby="related-h">
        <h2 id="related-h">{t.ticket.related}</h2>
        {related.length === 0 ? (
          <p>{t.ticket.noRelated}</p>
        ) : (
          <ul class="related">
            {related.map((r) => (
              <li>
                <a href={`/tickets/${r.id}${props.listQuery}`}>{r.number}</a> <span class={`badge chan chan-${r.channel}`}>{channelLabel(t, r.channel)}</span>{' '}
                <span class={`status status-${r.status}`}>{t.status[r.status]}</span> <time datetime={r.lastMessageAt}>{formatTime(r.lastMessageAt, locale)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
