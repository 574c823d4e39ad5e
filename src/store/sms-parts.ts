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

export interface NewPart extends PartKey {
  seq: number;
  bodyEnc: string;
  receivedAt: number;
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
  /** This part completed the set: every part, in order. */
  | { state: 'complete'; parts: StoredPart[] };

export type SmsPartsStore = ReturnType<typeof createSmsPartsStore>;

export function createSmsPartsStore(db: Db) {
  const c = db.$client;
  const insert = c.prepare<[string, string, number, number, number, string, string, number]>(
    `INSERT INTO sms_parts (channel, source, ref, total, seq, body_enc, external_id, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const tombstone = c.prepare<[string, string, number, number], { id: number }>(
    'SELECT id FROM sms_parts WHERE channel = ? AND source = ? AND ref = ? AND total = ? AND seq = 0',
  );
  const parts = c.prepare<[string, string, number, number], StoredPart>(
    `SELECT seq, body_enc, received_at FROM sms_parts
     WHERE channel = ? AND source = ? AND ref = ? AND total = ? AND seq > 0 ORDER BY seq`,
  );
  const count = c.prepare<[string, string, number, number], { n: number }>(
    'SELECT count(*) AS n FROM sms_parts WHERE channel = ? AND source = ? AND ref = ? AND total = ? AND seq > 0',
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

  // No transactions here: the SMPP adapter calls these inside intake's, so a part, the message it
  // completes and the tombstone that replaces its parts land in one commit.
  const storePart = (p: NewPart): PartOutcome => {
    if (tombstone.get(p.channel, p.source, p.ref, p.total)) return { state: 'delivered' };
    const added = insert.run(p.channel, p.source, p.ref, p.total, p.seq, p.bodyEnc, `part:${p.seq}`, p.receivedAt).changes === 1;
    if (!added) return { state: 'duplicate' };
    if (count.get(p.channel, p.source, p.ref, p.total)!.n < p.total) return { state: 'stored' };
    return { state: 'complete', parts: parts.all(p.channel, p.source, p.ref, p.total) };
  };

  return {
    /** Stores one part, telling its fate. */
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
