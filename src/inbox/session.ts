import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.ts';
import type { Actor } from '../http/auth.ts';
import { createSession, deleteSession, findSession, touchSession, type SessionUser } from '../store/sessions.ts';

/** An operator's session ends after two idle hours or twelve hours in all (a shift), whichever comes first. */
export const IDLE_MS = 2 * 3600_000;
export const ABSOLUTE_MS = 12 * 3600_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const COOKIE = 'kopru_session';
/** Under HTTPS the cookie gets the __Host- prefix: Secure, no Domain, Path=/ are then enforced by the browser. */
const SECURE_COOKIE = '__Host-kopru_session';

export function isHttps(c: Context, deps: AppDeps): boolean {
  if (deps.config.publicUrl?.startsWith('https:')) return true;
  if (new URL(c.req.url).protocol === 'https:') return true;
  return deps.config.trustProxy && c.req.header('x-forwarded-proto') === 'https';
}

export function sessionActor(s: SessionUser): Actor {
  return { ref: `user:${s.userId}`, kind: 'user', userId: s.userId, name: s.displayName ?? s.username, role: s.role };
}

function readCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SECURE_COOKIE || k === COOKIE) return v.join('=');
  }
  return undefined;
}

/** The live session behind a request's cookie, or null (unknown, idle too long, past its end, user inactive). */
export function currentSession(deps: AppDeps, cookieHeader: string | undefined): SessionUser | null {
  const id = readCookie(cookieHeader);
  if (!id || id.length > 100) return null;
  const s = findSession(deps.db, id);
  if (!s) return null;
  const now = deps.now();
  if (now >= s.expiresAt || now - s.lastSeenAt > IDLE_MS) {
    deleteSession(deps.db, s.idHash);
    return null;
  }
  if (now - s.lastSeenAt > TOUCH_EVERY_MS) touchSession(deps.db, s.idHash, now);
  return s;
}

/** A fresh session id at every login (no fixation); the previous session of this browser ends. */
export function startSession(c: Context, deps: AppDeps, userId: number, ip: string | null): { csrfToken: string } {
  const previous = currentSession(deps, c.req.header('cookie'));
  if (previous) deleteSession(deps.db, previous.idHash);
  const now = deps.now();
  const { id, csrfToken } = createSession(deps.db, { userId, ip, userAgent: c.req.header('user-agent') ?? null, now, expiresAt: now + ABSOLUTE_MS });
  const secure = isHttps(c, deps);
  // Max-Age, not Expires: the browser's clock decides, and the server checks its own expiry anyway.
  setCookie(c, secure ? SECURE_COOKIE : COOKIE, id, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: ABSOLUTE_MS / 1000 });
  return { csrfToken };
}

export function endSession(c: Context, deps: AppDeps): SessionUser | null {
  const s = currentSession(deps, c.req.header('cookie'));
  if (s) deleteSession(deps.db, s.idHash);
  const secure = isHttps(c, deps);
  deleteCookie(c, secure ? SECURE_COOKIE : COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
  return s;
}

