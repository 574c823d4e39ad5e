import type { PersonalDataCipher } from '../crypto/personal-data.ts';
import type { Db } from '../db/client.ts';

export type SealedChannelState = ReturnType<typeof createSealedChannelState>;

/**
 * Secrets a channel keeps across restarts (WhatsApp session keys, LID→phone mappings) in
 * channel_state, sealed with DATA_KEY. Key names are blind-indexed too: they hold phone numbers and
 * LIDs (`905321234567.0`), so nothing in the row is readable without the key.
 */
export function createSealedChannelState(db: Db, cipher: PersonalDataCipher, channel: string) {
  const c = db.$client;
  const put = c.prepare<[string, string, string, number]>(
    `INSERT INTO channel_state (channel, key, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const get = c.prepare<[string, string], { value: string }>('SELECT value FROM channel_state WHERE channel = ? AND key = ?');
  const del = c.prepare<[string, string]>('DELETE FROM channel_state WHERE channel = ? AND key = ?');
  const clear = c.prepare<[string]>('DELETE FROM channel_state WHERE channel = ?');
  const count = c.prepare<[string], { n: number }>('SELECT count(*) AS n FROM channel_state WHERE channel = ?');
  const name = (key: string) => cipher.blindIndex(`${channel}\u0000${key}`);

  const read = (key: string): string | undefined => {
    const row = get.get(channel, name(key));
    return row === undefined ? undefined : cipher.decrypt(row.value);
  };
  const writeMany = c.transaction((entries: Array<[string, string | null]>, now: number) => {
    for (const [key, value] of entries) {
      if (value === null) del.run(channel, name(key));
      else put.run(channel, name(key), cipher.encrypt(value), now);
    }
  });

  return {
    get: read,
    getMany: (keys: string[]) => {
      const out = new Map<string, string>();
      for (const key of keys) {
        const value = read(key);
        if (value !== undefined) out.set(key, value);
      }
      return out;
    },
    /** One transaction; a null value deletes the key. */
    setMany: (entries: Array<[string, string | null]>, now: number) => writeMany(entries, now),
    set: (key: string, value: string | null, now: number) => writeMany([[key, value]], now),
    /** Forgets everything this channel kept (a logged-out WhatsApp session). */
    clear: () => clear.run(channel).changes,
    size: () => count.get(channel)!.n,
  };
}
