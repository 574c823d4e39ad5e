import type { TicketSummary } from '../../store/tickets.ts';
import type { FacetCounts } from '../../store/ticket-facets.ts';
import type { UserRow } from '../../store/user-admin.ts';
import { TICKET_STATUSES } from '../../db/schema.ts';
import { CATEGORIES, LANGS } from '../../parser/types.ts';
import type { Dictionary, Locale } from '../i18n/index.ts';
import { queryString, type InboxQuery } from '../inbox-query.ts';
import { formatTime } from './format.ts';

export interface ListItem {
  ticket: TicketSummary;
  /** In search results: the newest matching message, shown instead of the last one. */
  match?: { body: string };
  /** A referral of this ticket is past its deadline without the AME's record. */
  overdue?: boolean;
}

export const channelLabel = (t: Dictionary, channel: string) => t.channel[channel] ?? channel;

function Row(props: { item: ListItem; t: Dictionary; locale: Locale; query: InboxQuery; selected: boolean }) {
  const { ticket, match } = props.item;
  const { t } = props;
  const excerpt = match?.body ?? ticket.lastMessage?.body;
  return (
    <li class={`row${ticket.urgent ? ' urgent' : ''}${props.selected ? ' selected' : ''}`} data-ticket-id={ticket.id} data-overdue={props.item.overdue ? '1' : undefined}>
      <a class="row-link" href={`/tickets/${ticket.id}${queryString(props.query)}`} aria-current={props.selected ? 'page' : undefined}>
        <span class="row-top">
          {ticket.urgent && (
            <strong class="badge badge-urgent">
              <span aria-hidden="true">⚠ </span>
              {t.list.urgentBadge}
            </strong>
          )}
          {props.item.overdue && <strong class="badge badge-overdue">{t.ops.refer.overdue}</strong>}
          <span class="number">{ticket.number}</span>
          <span class={`badge chan chan-${ticket.channel}`}>{channelLabel(t, ticket.channel)}</span>
          <time datetime={ticket.lastMessageAt}>{formatTime(ticket.lastMessageAt, props.locale)}</time>
        </span>
        <span class="row-name">{ticket.citizen.name ?? ticket.contact.address}</span>
        <span class="row-excerpt">
          {match && <span class="visually-hidden">{t.list.matched}: </span>}
          {excerpt ?? t.list.noMessage}
        </span>
        <span class="row-meta">
          <span class={`status status-${ticket.status}`}>{t.status[ticket.status]}</span>
          {ticket.category && <span>{t.category[ticket.category as keyof Dictionary['category']] ?? ticket.category}</span>}
          {ticket.province && <span>{ticket.province}</span>}
        </span>
      </a>
    </li>
  );
}

/** The list itself; also the fragment the page fetches when a live event arrives. */
export function TicketList(props: { items: ListItem[]; t: Dictionary; locale: Locale; query: InboxQuery; next: string | null; selectedId?: number }) {
  const { t } = props;
  return (
    <div id="ticket-list" data-query={queryString(props.query)}>
      {props.items.length === 0 ? (
        <p class="empty">{t.list.empty}</p>
      ) : (
        <ol class="rows" aria-label={t.list.title}>
          {props.items.map((item) => (
            <Row item={item} t={t} locale={props.locale} query={props.query} selected={item.ticket.id === props.selectedId} />
          ))}
        </ol>
      )}
      {props.next && (
        <p class="more">
          <a href={`/${queryString(props.query, { cursor: props.next })}`}>{t.list.more}</a>
        </p>
      )}
    </div>
  );
}

const label = (text: string, n: number | undefined) => (n === undefined ? text : `${text} (${n})`);

function Select(props: { id: string; name: string; text: string; value: string | undefined; options: Array<[string, string]> }) {
  return (
    <div class="field">
      <label for={props.id}>{props.text}</label>
      <select id={props.id} name={props.name}>
        {props.options.map(([value, text]) => (
          <option value={value} selected={value === (props.value ?? '')}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search and filters in one GET form: the URL is the state, so a view can be bookmarked and shared. */
export function Filters(props: { t: Dictionary; query: InboxQuery; counts: FacetCounts; channels: string[]; users: UserRow[]; canExport: boolean }) {
  const { t, query: q, counts } = props;
  const activeTotal = [...counts.status.values()].reduce((a, b) => a + b, 0);
  const provinces = [...counts.province.keys()].filter(Boolean).sort((a, b) => a.localeCompare(b, 'tr'));
  if (q.province && !provinces.includes(q.province)) provinces.unshift(q.province);
  const channels = [...new Set([...props.channels, ...counts.channel.keys()])].filter(Boolean).sort();
  return (
    <form class="filters" method="get" action="/" role="search">
      <div class="searchbox">
        <label for="q" class="visually-hidden">
          {t.list.search}
        </label>
        <input id="q" name="q" type="search" placeholder={t.list.search} value={q.q ?? ''} maxlength={200} />
        <button type="submit">{t.list.searchButton}</button>
      </div>
      <details class="filter-fields" open>
        <summary>{t.list.filters}</summary>
        <Select
          id="f-status"
          name="status"
          text={t.list.status}
          value={q.status}
          options={[
            ['active', label(t.list.activeWork, activeTotal)],
            ['all', t.list.any],
            ...TICKET_STATUSES.map((s): [string, string] => [s, label(t.status[s], counts.status.get(s) ?? (s === 'resolved' || s === 'closed' ? undefined : 0))]),
          ]}
        />
        <Select id="f-channel" name="channel" text={t.list.channel} value={q.channel} options={[['', t.list.any], ...channels.map((c): [string, string] => [c, label(t.channel[c] ?? c, counts.channel.get(c) ?? 0)])]} />
        <Select
          id="f-category"
          name="category"
          text={t.list.category}
          value={q.category}
          options={[['', t.list.any], ...CATEGORIES.map((c): [string, string] => [c, label(t.category[c], counts.category.get(c) ?? 0)])]}
        />
        <Select id="f-province" name="province" text={t.list.province} value={q.province} options={[['', t.list.any], ...provinces.map((p): [string, string] => [p, label(p, counts.province.get(p) ?? 0)])]} />
        <Select id="f-lang" name="lang" text={t.list.language} value={q.lang} options={[['', t.list.any], ...LANGS.map((l): [string, string] => [l, label(t.lang[l], counts.lang.get(l) ?? 0)])]} />
        <Select
          id="f-assignee"
          name="assignee"
          text={t.list.assignee}
          value={q.assignee}
          options={[
            ['', t.list.any],
            ['me', t.list.me],
            ['none', label(t.list.unassigned, counts.assignee.get('none') ?? 0)],
            ...props.users.map((u): [string, string] => [String(u.id), label(u.displayName ?? u.username, counts.assignee.get(String(u.id)) ?? 0)]),
          ]}
        />
        <div class="field check">
          <input id="f-urgent" name="urgent" type="checkbox" value="1" checked={q.urgent === true} />
          <label for="f-urgent">{label(t.list.urgent, counts.urgent.get('true') ?? 0)}</label>
        </div>
        <div class="actions">
          <button type="submit">{t.list.apply}</button>
          <a href="/">{t.list.clear}</a>
          {props.canExport && <a href={`/export.csv${queryString(q)}`}>{t.list.export}</a>}
        </div>
        <p class="hint">{t.list.countsNote}</p>
      </details>
    </form>
  );
}
