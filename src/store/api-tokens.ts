import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { apiTokens } from '../db/schema.ts';
import { appendEvent } from './append-event.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Returns the token once; only its hash is stored. */
export function createApiToken(db: Db, name: string, actor = 'system'): string {
  const token = `kopru_${randomBytes(32).toString('base64url')}`;
  db.transaction((tx) => {
    const existing = tx.select().from(apiTokens).where(eq(apiTokens.name, name)).get();
    if (existing && !existing.revokedAt) throw new Error(`token ${name} exists already (revoke it first)`);
    if (existing) tx.delete(apiTokens).where(eq(apiTokens.id, existing.id)).run();
    tx.insert(apiTokens).values({ name, tokenHash: hashToken(token), createdAt: new Date() }).run();
    appendEvent(tx, { actor, type: 'token.created', data: { name } });
  });
  return token;
}

export function revokeApiToken(db: Db, name: string, actor = 'system'): boolean {
  return db.transaction((tx) => {
    const res = tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.name, name), isNull(apiTokens.revokedAt)))
      .run();
    if (res.changes > 0) appendEvent(tx, { actor, type: 'token.revoked', data: { name } });
    return res.changes > 0;
  });
}

export function findActiveToken(db: Db, token: string) {
  return (
    db
      .select({ id: apiTokens.id, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt })
      .from(apiTokens)
      .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
      .get() ?? null
  );
}

export function touchApiToken(db: Db, id: number, at = Date.now()): void {
  db.update(apiTokens).set({ lastUsedAt: new Date(at) }).where(eq(apiTokens.id, id)).run();
}
