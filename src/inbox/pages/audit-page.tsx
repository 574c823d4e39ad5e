import type { AuditEntry, AuditFilters } from '../../store/audit-log.ts';
import { formatTime } from './format.ts';
import { Layout, type PageCtx } from './layout.tsx';

export function AuditPage(props: { ctx: PageCtx; entries: AuditEntry[]; types: string[]; filters: AuditFilters & { ticket?: string; fromDay?: string; toDay?: string }; next: string | null }) {
  const { t, locale } = props.ctx;
  const f = props.filters;
  return (
    <Layout ctx={props.ctx} title={t.audit.title} page="audit">
      <main id="main" class="wide">
        <h1>{t.audit.title}</h1>
        <form method="get" action="/audit" class="grid filters-inline">
          <div class="field">
            <label for="a-actor">{t.audit.actor}</label>
            <input id="a-actor" name="actor" value={f.actor ?? ''} maxlength={80} />
          </div>
          <div class="field">
            <label for="a-type">{t.audit.type}</label>
            <select id="a-type" name="type">
              <option value="">—</option>
              {props.types.map((x) => (
                <option value={x} selected={x === f.type}>
                  {x}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="a-ticket">{t.audit.ticket}</label>
            <input id="a-ticket" name="ticket" value={f.ticket ?? ''} maxlength={30} />
          </div>
          <div class="field">
            <label for="a-from">{t.audit.from}</label>
            <input id="a-from" name="from" type="date" value={f.fromDay ?? ''} />
          </div>
          <div class="field">
            <label for="a-to">{t.audit.to}</label>
            <input id="a-to" name="to" type="date" value={f.toDay ?? ''} />
          </div>
          <div class="actions">
            <button type="submit">{t.audit.filter}</button>
          </div>
        </form>
        {props.entries.length === 0 ? (
          <p>{t.audit.empty}</p>
        ) : (
          <div class="table-wrap">
            <table class="audit">
              <thead>
                <tr>
                  <th scope="col">{t.audit.when}</th>
                  <th scope="col">{t.audit.who}</th>
                  <th scope="col">{t.audit.what}</th>
                  <th scope="col">{t.audit.ticket}</th>
                  <th scope="col">{t.audit.details}</th>
                </tr>
              </thead>
              <tbody>
                {props.entries.map((e) => (
                  <tr data-type={e.type}>
                    <td>
                      <time datetime={e.createdAt}>{formatTime(e.createdAt, locale)}</time>
                    </td>
                    <td>
                      {e.actorName ? `${e.actorName} (${e.actor})` : e.actor}
                    </td>
                    <td>{e.type}</td>
                    <td>{e.ticketId !== null ? <a href={`/tickets/${e.ticketId}`}>{e.ticketNumber ?? e.ticketId}</a> : '—'}</td>
                    <td>
                      <code>{e.data === null ? '' : JSON.stringify(e.data)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {props.next && (
          <p>
            <a href={props.next}>{t.audit.older}</a>
          </p>
        )}
      </main>
    </Layout>
  );
}
