import type { AppDeps } from '../deps.ts';
import type { Authenticator } from '../http/auth.ts';
import { HttpError } from '../http/errors.ts';
import { csrfTokenMatches, sameOrigin } from './csrf.ts';
import { currentSession, sessionActor } from './session.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** /api calls from the inbox page: the session cookie, and for every change the x-csrf-token header too. */
export function sessionAuthenticator(deps: AppDeps): Authenticator {
  return (req, headers) => {
    const session = currentSession(deps, headers.get('cookie') ?? undefined);
    if (!session) return null;
    if (!SAFE.has(req.method)) {
      if (!csrfTokenMatches(session.csrfToken, headers.get('x-csrf-token')))
        throw new HttpError(403, 'csrf', 'a change made with an operator session must carry the x-csrf-token header of that session');
      if (!sameOrigin(req.url, headers.get('origin') ?? undefined, headers.get('referer') ?? undefined, headers.get('host') ?? undefined))
        throw new HttpError(403, 'csrf', 'cross-origin request refused');
    }
    return sessionActor(session);
  };
}
