import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users, type Role } from '../db/schema.ts';
import { appendEvent } from './append-event.ts';

export function addUser(db: Db, u: { username: string; passwordHash: string; role: Role; displayName?: string }, actor = 'system') {
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, u.username)).get())
      throw new Error(`user ${u.username} exists already`);
    const row = tx
      .insert(users)
      .values({ username: u.username, passwordHash: u.passwordHash, role: u.role, displayName: u.displayName ?? null, createdAt: new Date() })
      .returning({ id: users.id })
      .get();
    appendEvent(tx, { actor, type: 'user.added', data: { userId: row.id, username: u.username, role: u.role } });
    return row.id;
  });
}

export function findUserByUsername(db: Db, username: string) {
  return db.select().from(users).where(eq(users.username, username)).get() ?? null;
}
