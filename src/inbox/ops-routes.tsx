import type { Hono } from 'hono';
import type { InboxKit } from './ops-kit.ts';
import { teamRoutes } from './team-routes.tsx';

/** Hotline operations in the inbox: routing, AME directory and referrals, reports, webhooks. */
export function opsRoutes(app: Hono, kit: InboxKit) {
  teamRoutes(app, kit);
}
