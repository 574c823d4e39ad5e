import type { FacetCounts } from '../../store/ticket-facets.ts';
import type { UserRow } from '../../store/user-admin.ts';
import { queryString, type InboxQuery } from '../inbox-query.ts';
import { can } from '../../auth/roles.ts';
import { Layout, type PageCtx } from './layout.tsx';
import { Filters, TicketList, type ListItem } from './ticket-list.tsx';
import { TicketView, type TicketViewData } from './ticket-view.tsx';

/** The shared inbox: filters and the live list on one side, the open ticket (if any) on the other. */
export function InboxPage(props: {
  ctx: PageCtx;
  query: InboxQuery;
  items: ListItem[];
  next: string | null;
  counts: FacetCounts;
  channels: string[];
  users: UserRow[];
  ticket?: TicketViewData;
}) {
  const { t, locale } = props.ctx;
  const user = props.ctx.user!;
  const open = props.ticket;
  return (
    <Layout ctx={props.ctx} title={open ? open.ticket.number : t.list.title} page={open ? 'ticket' : 'list'} ticketId={open?.ticket.id}>
      <div class={`inbox${open ? ' has-ticket' : ''}`}>
        <aside class="pane-list" aria-labelledby="list-h">
          <div class="list-head">
            <h2 id="list-h">{t.list.title}</h2>
            <span id="live-state" class="live" role="status">
              {t.list.live}
            </span>
            <span class="field check sound">
              <input id="sound" type="checkbox" />
              <label for="sound">{t.list.sound}</label>
            </span>
          </div>
          <Filters t={t} query={props.query} counts={props.counts} channels={props.channels} users={props.users} canExport={can(user.role, 'export')} />
          <TicketList items={props.items} t={t} locale={locale} query={props.query} next={props.next} selectedId={open?.ticket.id} />
        </aside>
        <main id="main" class="pane-ticket" tabindex={-1}>
          {open ? (
            <TicketView ctx={props.ctx} data={open} listQuery={queryString(props.query)} />
          ) : (
            <div class="placeholder">
              <h1 class="visually-hidden">{t.list.title}</h1>
              <p>{t.ticket.none}</p>
              <p class="hint">{t.shortcuts.list}</p>
            </div>
          )}
        </main>
      </div>
    </Layout>
  );
}
