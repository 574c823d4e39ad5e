import type { Child } from 'hono/jsx';
import { PRESENCES, type Presence, type Role } from '../../db/schema.ts';
import type { Dictionary, Locale } from '../i18n/index.ts';
import { can } from '../../auth/roles.ts';
import { jsonForScript } from './format.ts';

/** What every page knows about the request. */
export interface PageCtx {
  t: Dictionary;
  locale: Locale;
  nonce: string;
  assets: string;
  /** Absent on the login page. */
  user?: { id: number; name: string; role: Role; csrf: string; presence?: Presence };
  /** Path and query of this page, for the language link to come back to. */
  here: string;
}

/** Strings the browser script needs, in the page's language. */
function clientStrings(t: Dictionary) {
  return {
    newUrgent: t.list.newUrgent,
    offline: t.list.offline,
    live: t.list.live,
    smsCounter: t.ticket.smsCounter,
    revealed: t.ticket.revealed,
    newMessages: t.ticket.newMessages,
    delivery: t.delivery,
    shortcuts: t.shortcuts.list,
    referralOverdue: `${t.ops.refer.overdue}: ${t.ops.nav.referrals}`,
  };
}

export function Layout(props: { ctx: PageCtx; title: string; page: string; ticketId?: number; children?: Child }) {
  const { t, locale, user, nonce, assets } = props.ctx;
  const other = locale === 'tr' ? 'en' : 'tr';
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t.appName}`}</title>
        <link rel="stylesheet" href={`/inbox/assets/app.css?v=${assets}`} />
        <script src={`/inbox/assets/app.js?v=${assets}`} nonce={nonce} defer></script>
      </head>
      <body data-page={props.page} data-ticket={props.ticketId} data-csrf={user?.csrf} data-escalations={user && can(user.role, 'routing') ? '1' : undefined}>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        <header class="top">
          <a class="brand" href="/">
            {t.appName}
          </a>
          <nav aria-label={t.appName}>
            <ul>
              {user && (
                <li>
                  <a href="/">{t.nav.inbox}</a>
                </li>
              )}
              {user && can(user.role, 'audit') && (
                <li>
                  <a href="/audit">{t.nav.audit}</a>
                </li>
              )}
              {user && can(user.role, 'admin_users') && (
                <li>
                  <a href="/admin/users">{t.nav.users}</a>
                </li>
              )}
              {user && can(user.role, 'admin_canned') && (
                <li>
                  <a href="/admin/canned">{t.nav.canned}</a>
                </li>
              )}
              {user && can(user.role, 'routing') && (
                <>
                  <li>
                    <a href="/team">{t.ops.nav.team}</a>
                  </li>
                  <li>
                    <a href="/referrals">{t.ops.nav.referrals}</a>
                  </li>
                </>
              )}
              {user && can(user.role, 'reports') && (
                <li>
                  <a href="/reports">{t.ops.nav.reports}</a>
                </li>
              )}
              {user && can(user.role, 'admin_ame') && (
                <li>
                  <a href="/admin/ame">{t.ops.nav.ame}</a>
                </li>
              )}
              {user && can(user.role, 'admin_webhooks') && (
                <li>
                  <a href="/admin/webhooks">{t.ops.nav.webhooks}</a>
                </li>
              )}
              {user && can(user.role, 'admin_channels') && (
                <li>
                  <a href="/admin/channels">{locale === 'en' ? 'Channels' : 'Kanallar'}</a>
                </li>
              )}
              <li>
                <a href={`/lang/${other}?back=${encodeURIComponent(props.ctx.here)}`} lang={other} hreflang={other}>
                  {t.nav.language}
                </a>
              </li>
            </ul>
          </nav>
          {user && (
            <form class="presence" method="post" action="/presence">
              <input type="hidden" name="_csrf" value={user.csrf} />
              <input type="hidden" name="back" value={props.ctx.here} />
              <label for="presence-select">{t.ops.presence.label}</label>
              <select id="presence-select" name="presence" data-presence={user.presence ?? 'offline'}>
                {PRESENCES.map((p) => (
                  <option value={p} selected={p === (user.presence ?? 'offline')}>
                    {t.ops.presence[p]}
                  </option>
                ))}
              </select>
              <button type="submit" class="small">
                {t.ops.presence.set}
              </button>
            </form>
          )}
          {user && (
            <form class="account" method="post" action="/logout">
              <span>
                {user.name} · {t.roles[user.role]}
              </span>
              <input type="hidden" name="_csrf" value={user.csrf} />
              <button type="submit">{t.nav.logout}</button>
            </form>
          )}
        </header>
        <div id="live-banner" class="banner" role="alert" hidden></div>
        {props.children}
        <script type="application/json" id="kopru-strings" dangerouslySetInnerHTML={{ __html: jsonForScript(clientStrings(t)) }}></script>
      </body>
    </html>
  );
}

export function Notice(props: { kind: 'ok' | 'error'; children?: Child }) {
  return (
    <p class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}

export function ErrorPage(props: { ctx: PageCtx; title: string; message: string }) {
  return (
    <Layout ctx={props.ctx} title={props.title} page="error">
      <main id="main" class="narrow">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          <a href="/">{props.ctx.t.nav.inbox}</a>
        </p>
      </main>
    </Layout>
  );
}
