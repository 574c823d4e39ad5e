import type { Db } from '../db/client.ts';

/** Small per-channel facts that must survive a restart (table channel_state), e.g. SMS segment ids. */
export type ChannelStateStore = ReturnType<typeof createChannelStateStore>;

export function createChannelStateStore(db: Db) {
  const c = db.$client;
  const put = c.prepare<[string, string, string, number]>(
    `INSERT INTO channel_state (channel, key, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const get = c.prepare<[string, string], { value: string }>('SELECT value FROM channel_state WHERE channel = ? AND key = ?');
  const purge = c.prepare<[string, string, string, number]>(
    'DELETE FROM channel_state WHERE channel = ? AND key >= ? AND key < ? AND updated_at <= ?',
  );
  const putMany = c.transaction((channel: string, entries: Array<[string, string]>, now: number) => {
    for (const [k, v] of entries) put.run(channel, k, v, now);
  });
  return {
    put: (channel: string, key: string, value: string, now: number) => void put.run(channel, key, value, now),
    putMany: (channel: string, entries: Array<[string, string]>, now: number) => putMany(channel, entries, now),
    get: (channel: string, key: string) => get.get(channel, key)?.value,
    /** Deletes keys starting with `prefix` not updated since `cutoff`. */
    purge: (channel: string, prefix: string, cutoff: number) =>
      purge.run(channel, prefix, prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1), cutoff).changes,
  };
}
