import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { findActiveToken, touchApiToken } from '../store/api-tokens.ts';
import { HttpError } from './errors.ts';

export interface Actor {
  /** Written into events: `token:<name>` or `user:<id>`. */
  ref: string;
  kind: 'token' | 'user';
  userId: number | null;
  name: string;
  role: Role;
}

export type AuthEnv = { Variables: { actor: Actor } };

/** Other ways in (the inbox's operator session) register here; the first that knows the request wins. */
export type Authenticator = (req: Request, headers: Headers) => Actor | null | Promise<Actor | null>;

export function bearerAuthenticator(db: Db, now: () => number): Authenticator {
  return (_req, headers) => {
    const header = headers.get('authorization');
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match) return null;
    const token = findActiveToken(db, match[1]!);
    if (!token) return null;
    // Record use, but not on every request: one write a minute is enough to spot stale tokens.
    if (!token.lastUsedAt || now() - token.lastUsedAt.getTime() > 60_000) touchApiToken(db, token.id, now());
    return { ref: `token:${token.name}`, kind: 'token', userId: null, name: token.name, role: 'admin' };
  };
}

export function requireAuth(authenticators: Authenticator[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    for (const authenticate of authenticators) {
      const actor = await authenticate(c.req.raw, c.req.raw.headers);
      if (actor) {
        c.set('actor', actor);
        return next();
      }
    }
    c.header('WWW-Authenticate', 'Bearer realm="kopru"');
    throw new HttpError(401, 'unauthorized', 'a valid API token (Authorization: Bearer …) or an operator session is required');
  };
}
