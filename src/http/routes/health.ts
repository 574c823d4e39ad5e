import { Hono } from 'hono';
import type { AppDeps } from '../../deps.ts';
import { createOutboxStore } from '../../store/outbox-store.ts';

/** 200 while the database answers; channel states are reported, a channel being down is not an outage. */
export function healthRoutes(deps: AppDeps) {
  const app = new Hono();
  const outbox = createOutboxStore(deps.db);
  app.get('/healthz', (c) => {
    const channels = Object.fromEntries(
      [...deps.channels.values()].map((ch) => {
        const h = ch.health();
        return [ch.name, { state: h.state, detail: h.detail ?? null, since: h.since.toISOString() }];
      }),
    );
    try {
      deps.db.$client.prepare('SELECT 1').get();
      return c.json({ status: 'ok', database: 'ok', outbox: outbox.counts(), channels });
    } catch (err) {
      deps.log.error({ err }, 'health: database unusable');
      return c.json({ status: 'error', database: 'unavailable', channels }, 503);
    }
  });
  return app;
}
