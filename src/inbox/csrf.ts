import { timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of the token a request carries with the session's. */
export function csrfTokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A second line behind the token and SameSite=Strict: a browser's Origin (or Referer) on a state
 * change must be this very host. Requests without either (curl, tests) rely on the token alone.
 */
export function sameOrigin(requestUrl: string, origin: string | undefined, referer: string | undefined, host: string | undefined): boolean {
  const source = origin && origin !== 'null' ? origin : referer;
  if (origin === 'null') return false;
  if (!source) return true;
  try {
    const from = new URL(source);
    const self = new URL(requestUrl);
    return from.host === (host ?? self.host);
  } catch {
    return false;
  }
}
