import { randomBytes } from 'node:crypto';
import { clientIp } from '../http/client-ip.ts';
import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.ts';
import { inboxAssets } from '../inbox/assets.ts';
import { csrfTokenMatches, sameOrigin } from '../inbox/csrf.ts';
import { isHttps } from '../inbox/session.ts';
import { appendEvent } from '../store/append-event.ts';
import { findReferralByToken, hashToken, recordReferralAction, referralCaseView, type Referral } from '../store/referrals.ts';
import { AmeLinkGone, AmeLinkPage } from './ame-link-page.tsx';
import { createFixedWindowLimit } from './fixed-window-limit.ts';

const COOKIE = 'kopru_ame';
const TOKEN = /^[A-Za-z0-9_-]{40,64}$/;


/**
 * `/ame/r/<token>`: the one-time link from the referral SMS. No account: the unguessable token is the
 * key (only its hash is stored), it expires, it opens that one case only, with the least personal
 * data the responder needs. CSRF: a double-submit cookie bound to this path, plus the Origin check.
 */
export function ameLinkRoutes(app: Hono, deps: AppDeps, options: { limit?: number; windowMs?: number } = {}) {
  const limiter = createFixedWindowLimit({ limit: options.limit ?? 60, windowMs: options.windowMs ?? 10 * 60_000 });

  const page = async (c: Context, node: (css: string) => unknown, status: 200 | 400 | 403 | 404 | 410 | 429 = 200) => {
    const assets = await inboxAssets();
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    // same-origin: the token in the path never leaves this site in a Referer.
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    return c.html(`<!doctype html>${String(await node(`/inbox/assets/app.css?v=${assets.version}`))}`, status);
  };

  /** The referral behind the link, or the page to show instead. */
  const resolve = async (c: Context): Promise<Referral | Response> => {
    const ip = clientIp(c, deps.config.trustProxy);
    if (!limiter.take(ip)) {
      c.header('Retry-After', '600');
      return page(c, (css) => <AmeLinkGone css={css} title="Çok fazla istek" message="Lütfen birkaç dakika sonra yeniden deneyin." />, 429);
    }
    const token = c.req.param('token') ?? '';
    const referral = TOKEN.test(token) ? findReferralByToken(deps.db, hashToken(token)) : null;
    if (!referral) return page(c, (css) => <AmeLinkGone css={css} title="Bağlantı geçersiz" message="Bu bağlantı tanınmadı. Lütfen Alo 183’ü arayın." />, 404);
    if (deps.now() >= referral.linkExpiresAt)
      return page(c, (css) => <AmeLinkGone css={css} title="Bağlantının süresi doldu" message="Bu bağlantının süresi doldu. Kayıt için vaka numarasıyla Alo 183’ü arayın." />, 410);
    return referral;
  };

  const show = async (c: Context, referral: Referral, extra: { done?: boolean; error?: string; status?: 200 | 400 | 403 } = {}) => {
    const view = referralCaseView(deps.db, referral.ticketId);
    if (!view) return page(c, (css) => <AmeLinkGone css={css} title="Bağlantı geçersiz" message="Vaka bulunamadı." />, 404);
    const csrf = getCookie(c, COOKIE) && /^[A-Za-z0-9_-]{32}$/.test(getCookie(c, COOKIE)!) ? getCookie(c, COOKIE)! : randomBytes(24).toString('base64url');
    setCookie(c, COOKIE, csrf, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c, deps), path: '/ame/r/', maxAge: 3600 * 12 });
    return page(
      c,
      (css) => (
        <AmeLinkPage
          css={css}
          view={view}
          responder={referral.responderTitle ? `${referral.responderName} (${referral.responderTitle})` : referral.responderName}
          referredAt={referral.createdAt}
          deadlineAt={referral.deadlineAt}
          linkExpiresAt={referral.linkExpiresAt}
          csrf={csrf}
          action={new URL(c.req.url).pathname}
          done={extra.done}
          error={extra.error}
        />
      ),
      extra.status ?? 200,
    );
  };

  app.get('/ame/r/:token', async (c) => {
    const r = await resolve(c);
    if (r instanceof Response) return r;
    // KVKK: who opened a case and from where is on record.
    appendEvent(deps.db, { ticketId: r.ticketId, actor: `ame:${r.id}`, type: 'referral.link_opened', data: { referralId: r.id, ip: clientIp(c, deps.config.trustProxy) }, at: deps.now() });
    return show(c, r, { done: c.req.query('done') === '1' });
  });

  app.post('/ame/r/:token', async (c) => {
    const r = await resolve(c);
    if (r instanceof Response) return r;
    const body = (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;
    const given = typeof body._csrf === 'string' ? body._csrf : undefined;
    if (!csrfTokenMatches(getCookie(c, COOKIE) ?? '\u0000', given) || !sameOrigin(c.req.url, c.req.header('origin'), c.req.header('referer'), c.req.header('host')))
      return show(c, r, { error: 'Güvenlik denetimi başarısız oldu; sayfayı yenileyip yeniden deneyin.', status: 403 });
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    if (text.length < 3 || text.length > 2000) return show(c, r, { error: 'Lütfen yapılan işlemi 3 ile 2000 karakter arasında yazın.', status: 400 });
    const messageId = recordReferralAction(deps.db, r, text, clientIp(c, deps.config.trustProxy), deps.now());
    deps.bus.publish({ type: 'message.created', ticketId: r.ticketId, messageId, direction: 'note', ticketCreated: false, urgent: false });
    deps.bus.publish({ type: 'ticket.updated', ticketId: r.ticketId, fields: ['referral'] });
    return c.redirect(`${new URL(c.req.url).pathname}?done=1`, 303);
  });
}
