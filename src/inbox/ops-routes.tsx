import type { Hono } from 'hono';
import type { InboxKit } from './ops-kit.ts';
import { ameLinkRoutes } from '../referrals/ame-link-routes.tsx';
import { referralRoutes } from './referral-routes.tsx';
import { reportRoutes } from './report-routes.tsx';
import { teamRoutes } from './team-routes.tsx';
import { webhookRoutes } from './webhook-routes.tsx';

/** Hotline operations in the inbox: routing, AME directory and referrals, reports, webhooks. */
export function opsRoutes(app: Hono, kit: InboxKit) {
  teamRoutes(app, kit);
  referralRoutes(app, kit);
  reportRoutes(app, kit);
  webhookRoutes(app, kit);
  // The AME responder's page: no inbox session, its own token, CSRF cookie and rate limit.
  ameLinkRoutes(app, kit.deps);
}
