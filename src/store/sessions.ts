import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { Role } from '../db/schema.ts';

export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

export interface SessionUser {
  idHash: string;
  userId: number;
  username: string;
  displayName: string | null;
  role: Role;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/** A new session: the random id goes to the cookie, only its sha256 is stored. */
export function createSession(
  db: Db,
  s: { userId: number; ip: string | null; userAgent: string | null; now: number; expiresAt: number },
): { id: string; csrfToken: string } {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  db.$client
    .prepare(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, ip, user_agent, created_at, last_seen_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(hashSessionId(id), s.userId, csrfToken, s.ip, s.userAgent?.slice(0, 300) ?? null, s.now, s.now, s.expiresAt);
  return { id, csrfToken };
}

/** The session and its user, if the user is still active; expiry is the caller's policy. */
export function findSession(db: Db, id: string): SessionUser | null {
  const row = db.$client
    .prepare<[string], { id_hash: string; user_id: number; username: string; display_name: string | null; role: Role; csrf_token: string; created_at: number; last_seen_at: number; expires_at: number }>(
      `SELECT s.id_hash, s.user_id, u.username, u.display_name, u.role, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND u.active = 1`,
    )
    .get(hashSessionId(id));
  if (!row) return null;
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export function touchSession(db: Db, idHash: string, now: number): void {
  db.$client.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, idHash);
}

export function deleteSession(db: Db, idHash: string): void {
  db.$client.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
}

/** Logs a user out everywhere (role change, deactivation, password change). */
export function deleteUserSessions(db: Db, userId: number): void {
  db.$client.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}

export function deleteExpiredSessions(db: Db, now: number, idleMs: number): number {
  return db.$client.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(now, now - idleMs).changes;
}
