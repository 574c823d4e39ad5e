import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from '../deps.ts';
import { bearerAuthenticator, requireAuth, type AuthEnv, type Authenticator } from './auth.ts';
import { createErrorHandler, errorBody } from './errors.ts';
import { openapi } from './openapi.ts';
import { healthRoutes } from './routes/health.ts';
import { ticketRoutes } from './routes/tickets.ts';
import { mediaRoutes } from './routes/media.ts';
import { whatsappPairingRoutes } from './routes/whatsapp-pairing.ts';
import { inboxRoutes } from '../inbox/routes.tsx';
import { sessionAuthenticator } from '../inbox/session-authenticator.ts';
import { limitBody } from './body.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface CreateAppOptions {
  /** Further ways to authenticate /api calls (operator sessions). */
  authenticators?: Authenticator[];
}

export function createApp(deps: AppDeps, options: CreateAppOptions = {}) {
  const app = new Hono<AuthEnv>();
  app.onError(createErrorHandler(deps.log));
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  // overwrite: false lets a route set its own (the web chat widget is loaded cross-origin).
  app.use('*', secureHeaders({ overwrite: false }));
  app.use(
    '*',
    limitBody(MAX_BODY_BYTES, (c) => c.json(errorBody('payload_too_large', `bodies are limited to ${MAX_BODY_BYTES} bytes`), 413)),
  );

  app.route('/', healthRoutes(deps));

  // Webhook channels mount their own routes; they verify provider signatures themselves.
  for (const channel of deps.channels.values()) channel.routes?.(app as unknown as Hono);

  const api = new Hono<AuthEnv>();
  api.use('*', requireAuth([bearerAuthenticator(deps.db, deps.now), sessionAuthenticator(deps), ...(options.authenticators ?? [])]));
  api.get('/openapi.json', (c) => c.json(openapi));
  api.route('/', ticketRoutes(deps));
  api.route('/', mediaRoutes(deps));
  api.route('/', whatsappPairingRoutes(deps));
  app.route('/api', api);
  // The operators' inbox: login, list, tickets, audit, admin (session cookie, CSRF, CSP of its own).
  app.route('/', inboxRoutes(deps));
  return app;
}
