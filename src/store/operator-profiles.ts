import type { Db } from '../db/client.ts';
import { PRESENCES, type Presence, type Role } from '../db/schema.ts';
import { CATEGORIES, LANGS, type Category, type Lang } from '../parser/types.ts';
import { appendEvent } from './append-event.ts';

export interface OperatorProfile {
  userId: number;
  username: string;
  displayName: string | null;
  role: Role;
  presence: Presence;
  languages: Lang[];
  /** Empty: every category. */
  categories: Category[];
  /** Open tickets assigned now (new, open, pending). */
  load: number;
}

interface Row {
  id: number;
  username: string;
  display_name: string | null;
  role: Role;
  presence: Presence | null;
  languages: string | null;
  categories: string | null;
  load: number;
}

const parseList = <T extends string>(json: string | null, allowed: readonly T[], fallback: T[]): T[] => {
  if (json === null) return fallback;
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is T => allowed.includes(x as T)) : fallback;
  } catch {
    return fallback;
  }
};

/** Active users with their routing profile (defaults for those who never set one: offline, Turkish, all categories). */
export function listOperatorProfiles(db: Db): OperatorProfile[] {
  return db.$client
    .prepare<[], Row>(
      `SELECT u.id, u.username, u.display_name, u.role, p.presence, p.languages, p.categories,
              (SELECT count(*) FROM tickets t WHERE t.assignee_id = u.id AND t.status IN ('new', 'open', 'pending')) AS load
       FROM users u LEFT JOIN operator_profiles p ON p.user_id = u.id WHERE u.active = 1 ORDER BY u.username`,
    )
    .all()
    .map(toProfile);
}

export function getOperatorProfile(db: Db, userId: number): OperatorProfile | null {
  return listOperatorProfiles(db).find((p) => p.userId === userId) ?? null;
}

function toProfile(r: Row): OperatorProfile {
  return {
    userId: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    presence: r.presence ?? 'offline',
    languages: parseList(r.languages, LANGS, ['tr']),
    categories: parseList(r.categories, CATEGORIES, []),
    load: r.load,
  };
}

const ensure = (db: Db, userId: number, now: number) =>
  db.$client.prepare<[number, number]>('INSERT INTO operator_profiles (user_id, updated_at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING').run(userId, now);

/** Presence changes are events too: they explain, later, why a ticket went to one person and not another. */
export function setPresence(db: Db, userId: number, presence: Presence, actor: string, now: number): boolean {
  if (!PRESENCES.includes(presence)) throw new Error('unknown presence');
  return db.$client.transaction(() => {
    ensure(db, userId, now);
    const before = db.$client.prepare<[number], { presence: Presence }>('SELECT presence FROM operator_profiles WHERE user_id = ?').get(userId)!.presence;
    if (before === presence) return false;
    db.$client.prepare<[string, number, number]>('UPDATE operator_profiles SET presence = ?, updated_at = ? WHERE user_id = ?').run(presence, now, userId);
    appendEvent(db, { actor, type: 'operator.presence', data: { userId, from: before, to: presence }, at: now });
    return true;
  })();
}

export function setSkills(db: Db, userId: number, skills: { languages: Lang[]; categories: Category[] }, actor: string, now: number): void {
  const languages = LANGS.filter((l) => skills.languages.includes(l));
  const categories = CATEGORIES.filter((c) => skills.categories.includes(c));
  db.$client.transaction(() => {
    ensure(db, userId, now);
    db.$client
      .prepare<[string, string, number, number]>('UPDATE operator_profiles SET languages = ?, categories = ?, updated_at = ? WHERE user_id = ?')
      .run(JSON.stringify(languages), JSON.stringify(categories), now, userId);
    appendEvent(db, { actor, type: 'operator.skills', data: { userId, languages, categories }, at: now });
  })();
}

export function getPresence(db: Db, userId: number): Presence {
  return db.$client.prepare<[number], { presence: Presence }>('SELECT presence FROM operator_profiles WHERE user_id = ?').get(userId)?.presence ?? 'offline';
}
