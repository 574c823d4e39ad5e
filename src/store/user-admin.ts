import type { Db } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { appendEvent } from './append-event.ts';
import { deleteUserSessions } from './sessions.ts';
import { NotFoundError } from './update-ticket.ts';

export interface UserRow {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  active: boolean;
  createdAt: string;
}

export function listUsers(db: Db, options: { activeOnly?: boolean } = {}): UserRow[] {
  return db.$client
    .prepare<[], { id: number; username: string; display_name: string | null; role: Role; active: number; created_at: number }>(
      `SELECT id, username, display_name, role, active, created_at FROM users ${options.activeOnly ? 'WHERE active = 1' : ''} ORDER BY username`,
    )
    .all()
    .map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active === 1, createdAt: new Date(r.created_at).toISOString() }));
}

/** Role or active flag changed by an admin; the user's sessions end so the change applies at once. */
export function changeUser(db: Db, id: number, change: { role?: Role; active?: boolean; passwordHash?: string }, actor: string, now = Date.now()): void {
  db.$client.transaction(() => {
    const current = db.$client.prepare<[number], { role: Role; active: number }>('SELECT role, active FROM users WHERE id = ?').get(id);
    if (!current) throw new NotFoundError('user');
    if (change.role !== undefined) db.$client.prepare('UPDATE users SET role = ? WHERE id = ?').run(change.role, id);
    if (change.active !== undefined) db.$client.prepare('UPDATE users SET active = ? WHERE id = ?').run(change.active ? 1 : 0, id);
    if (change.passwordHash !== undefined) db.$client.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(change.passwordHash, id);
    deleteUserSessions(db, id);
    appendEvent(db, {
      actor,
      type: 'user.changed',
      data: {
        userId: id,
        ...(change.role !== undefined && change.role !== current.role ? { role: { from: current.role, to: change.role } } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
        ...(change.passwordHash !== undefined ? { password: 'reset' } : {}),
      },
      at: now,
    });
  })();
}

export function countActiveAdmins(db: Db): number {
  return db.$client.prepare<[], { n: number }>(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1`).get()!.n;
}
