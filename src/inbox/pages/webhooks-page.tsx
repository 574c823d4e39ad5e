import { WEBHOOK_EVENTS, type WebhookEndpoint } from '../../store/webhooks.ts';
import { fill } from '../i18n/index.ts';
import { formatTime } from './format.ts';
import { Layout, Notice, type PageCtx } from './layout.tsx';

export function WebhooksPage(props: {
  ctx: PageCtx;
  endpoints: WebhookEndpoint[];
  deliveries: Array<{ id: number; endpoint_id: number; event_type: string; state: string; attempts: number; last_status: number | null; created_at: number }>;
  secret?: string;
  error?: string;
}) {
  const { t, locale } = props.ctx;
  const o = t.ops.webhooks;
  const csrf = props.ctx.user!.csrf;
  return (
    <Layout ctx={props.ctx} title={o.title} page="webhooks">
      <main id="main" class="wide">
        <h1>{o.title}</h1>
        <p class="hint">{o.hint}</p>
        {props.secret && (
          <Notice kind="ok">
            <span id="webhook-secret" data-secret={props.secret}>
              {fill(o.secretOnce, { secret: props.secret })}
            </span>
          </Notice>
        )}
        {props.error && <Notice kind="error">{props.error}</Notice>}
        {props.endpoints.length === 0 ? (
          <p>{o.empty}</p>
        ) : (
          <ul class="webhooks">
            {props.endpoints.map((e) => (
              <li data-endpoint={e.id}>
                <code>{e.url}</code> · {e.events.join(', ')} · {e.active ? o.active : '—'}{' '}
                <form method="post" action={`/admin/webhooks/${e.id}/active`} class="inline">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <input type="hidden" name="active" value={e.active ? '0' : '1'} />
                  <button type="submit" class="small">
                    {e.active ? o.disable : o.enable}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <h2>{o.add}</h2>
        <form method="post" action="/admin/webhooks" class="grid">
          <input type="hidden" name="_csrf" value={csrf} />
          <div class="field">
            <label for="wh-url">{o.url}</label>
            <input id="wh-url" name="url" type="url" required maxlength={500} size={50} />
          </div>
          <fieldset class="checks">
            <legend>{o.events}</legend>
            {WEBHOOK_EVENTS.map((ev) => (
              <span class="field check">
                <input id={`wh-${ev}`} type="checkbox" name="events[]" value={ev} checked />
                <label for={`wh-${ev}`}>{ev}</label>
              </span>
            ))}
          </fieldset>
          <div class="actions">
            <button type="submit">{o.add}</button>
          </div>
        </form>
        <h2>{o.deliveries}</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{o.events}</th>
                <th scope="col">{o.state}</th>
                <th scope="col">{o.attempts}</th>
                <th scope="col">{o.status}</th>
                <th scope="col">{t.audit.when}</th>
              </tr>
            </thead>
            <tbody>
              {props.deliveries.map((d) => (
                <tr data-delivery={d.id} data-state={d.state}>
                  <td>{d.id}</td>
                  <td>{d.event_type}</td>
                  <td>{d.state}</td>
                  <td>{d.attempts}</td>
                  <td>{d.last_status ?? ''}</td>
                  <td>{formatTime(new Date(d.created_at).toISOString(), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
