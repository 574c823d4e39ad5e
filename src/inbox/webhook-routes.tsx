import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { addWebhookEndpoint, listWebhookEndpoints, recentDeliveries, setWebhookActive, WEBHOOK_EVENTS, type WebhookEvent } from '../store/webhooks.ts';
import { fill } from './i18n/index.ts';
import { formList, formText, type InboxKit } from './ops-kit.ts';
import { WebhooksPage } from './pages/webhooks-page.tsx';

/** Admins register integration endpoints; the signing secret is shown once and kept sealed under DATA_KEY. */
export function webhookRoutes(app: Hono, kit: InboxKit) {
  const { deps, guarded, render } = kit;
  const page = (c: Parameters<Parameters<InboxKit['guarded']>[1]>[0], ctx: Parameters<Parameters<InboxKit['guarded']>[1]>[2], extra: { secret?: string; error?: string } = {}, status: 200 | 400 = 200) =>
    render(c, ctx, (x) => <WebhooksPage ctx={x} endpoints={listWebhookEndpoints(deps.db)} deliveries={recentDeliveries(deps.db)} {...extra} />, status);

  app.get('/admin/webhooks', guarded('admin_webhooks', (c, _s, ctx) => page(c, ctx)));

  app.post(
    '/admin/webhooks',
    guarded(
      'admin_webhooks',
      (c, session, ctx, body) => {
        const url = (formText(body, 'url') ?? '').trim();
        let ok = url.length <= 500;
        try {
          const u = new URL(url);
          ok &&= (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
        } catch {
          ok = false;
        }
        const events = formList(body, 'events').filter((e): e is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(e));
        if (!ok || events.length === 0) return page(c, ctx, { error: fill(ctx.t.errors.invalid, { detail: !ok ? 'url: an http(s) URL' : 'events: at least one' }) }, 400);
        const secret = randomBytes(32).toString('hex');
        addWebhookEndpoint(deps.db, { url, events, secretEnc: deps.cipher.encrypt(secret) }, `user:${session.userId}`, deps.now());
        return page(c, ctx, { secret });
      },
      'change',
    ),
  );

  app.post(
    '/admin/webhooks/:id/active',
    guarded(
      'admin_webhooks',
      (c, session, _ctx, body) => {
        setWebhookActive(deps.db, Number(c.req.param('id')) || 0, formText(body, 'active') === '1', `user:${session.userId}`, deps.now());
        return c.redirect('/admin/webhooks', 303);
      },
      'change',
    ),
  );
}
