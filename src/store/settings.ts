import type { Db } from '../db/client.ts';
import { appendEvent } from './append-event.ts';

/** Switches supervisors change at run time (table `settings`); every change is an audit event. */
export const SETTING_DEFAULTS = {
  /** New tickets go to an online operator with the right skills; off: they wait for a supervisor. */
  'routing.auto_assign': 'true',
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

export function getSetting(db: Db, key: SettingKey): string {
  const row = db.$client.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  return row?.value ?? SETTING_DEFAULTS[key];
}

export const getFlag = (db: Db, key: SettingKey) => getSetting(db, key) === 'true';

export function putSetting(db: Db, key: SettingKey, value: string, actor: string, now: number): boolean {
  return db.$client.transaction(() => {
    const before = getSetting(db, key);
    if (before === value) return false;
    db.$client
      .prepare<[string, string, number]>(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, value, now);
    appendEvent(db, { actor, type: 'setting.changed', data: { key, from: before, to: value }, at: now });
    return true;
  })();
}
