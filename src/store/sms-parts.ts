import type { Db } from '../db/client.ts';

/**
 * Parts of concatenated SMS waiting for their siblings (table sms_parts). A row with seq 0 is a
 * tombstone: the message under that key was delivered, so a part the SMSC sends again is dropped
 * instead of starting a new, forever-incomplete message.
 */

export interface PartKey {
  channel: string;
  source: string;
  ref: number;
  total: number;
}

export interface StoredPart {
  seq: number;
  body_enc: string;
  received_at: number;
}

export type PartOutcome =
  | { state: 'stored' }
  | { state: 'duplicate' }
  | { state: 'delivered' }
  /** This part completes the set: the others, stored, in order (this one is not written). */
  | { state: 'complete'; parts: StoredPart[] };

export type SmsPartsStore = ReturnType<typeof createSmsPartsStore>;

export function createSmsPartsStore(db: Db) {
  const c = db.$client;
  const insert = c.prepare<[string, string, number, number, number, string, string, number]>(
    `INSERT INTO sms_parts (channel, source, ref, total, seq, body_enc, external_id, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const parts = c.prepare<[string, string, number, number], StoredPart>(
    `SELECT seq, body_enc, received_at FROM sms_parts
     WHERE channel = ? AND source = ? AND ref = ? AND total = ? AND seq > 0 ORDER BY seq`,
  );
  const removeParts = c.prepare<[string, string, number, number]>(
    'DELETE FROM sms_parts WHERE channel = ? AND source = ? AND ref = ? AND total = ?',
  );
  const insertTombstone = c.prepare<[string, string, number, number, string, number]>(
    `INSERT INTO sms_parts (channel, source, ref, total, seq, body_enc, external_id, received_at)
     VALUES (?, ?, ?, ?, 0, '', ?, ?)`,
  );
  const due = c.prepare<[string, number], PartKey & { oldest: number; n: number }>(
    `SELECT channel, source, ref, total, min(received_at) AS oldest, count(*) AS n FROM sms_parts
     WHERE channel = ? AND seq > 0 GROUP BY source, ref, total HAVING oldest <= ? OR n >= total`,
  );
  const known = c.prepare<[string, string], { id: number }>('SELECT id FROM messages WHERE channel = ? AND external_id = ?');
  const purge = c.prepare<[string, number]>('DELETE FROM sms_parts WHERE channel = ? AND seq = 0 AND received_at <= ?');

  const rows = c.prepare<[string, string, number, number], StoredPart>(
    'SELECT seq, body_enc, received_at FROM sms_parts WHERE channel = ? AND source = ? AND ref = ? AND total = ? ORDER BY seq',
  );

  // No transactions here: the SMPP adapter calls this inside intake's, so a part, the message it
  // completes and the tombstone that replaces its parts land in one commit. One read per part; the part
  // that completes a message is never written (its siblings are read back, then replaced by the tombstone).
  const storePart = (p: PartKey & { seq: number; receivedAt: number }, seal: () => string): PartOutcome => {
    const have = rows.all(p.channel, p.source, p.ref, p.total);
    if (have.length > 0 && have[0]!.seq === 0) return { state: 'delivered' };
    if (have.some((r) => r.seq === p.seq)) return { state: 'duplicate' };
    if (have.length >= p.total - 1) return { state: 'complete', parts: have };
    insert.run(p.channel, p.source, p.ref, p.total, p.seq, seal(), `part:${p.seq}`, p.receivedAt);
    return { state: 'stored' };
  };

  return {
    /** Stores one part (sealed by `seal` only if it has to be written), telling its fate. */
    store: storePart,
    /** The message is whole (or given up on): the parts go, a tombstone stays. */
    finish: (k: PartKey & { externalId: string; at: number }) => {
      removeParts.run(k.channel, k.source, k.ref, k.total);
      insertTombstone.run(k.channel, k.source, k.ref, k.total, k.externalId, k.at);
    },
    parts: (k: PartKey) => parts.all(k.channel, k.source, k.ref, k.total),
    /** Keys complete (left by a crash) or waiting since before `cutoff` (incomplete). */
    due: (channel: string, cutoff: number) => due.all(channel, cutoff),
    /** A message already stored under this id (the previous dedup bucket's). */
    knownMessage: (channel: string, externalId: string) => known.get(channel, externalId) !== undefined,
    /** Tombstones older than `cutoff` go: a part that late is a new message. */
    purgeTombstones: (channel: string, cutoff: number) => purge.run(channel, cutoff).changes,
  };
}
