import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { foldTurkish } from '../text/fold.ts';

/**
 * The full-text index of message bodies (what citizens wrote, and operators' notes), written in
 * batches behind the writers rather than inside each intake commit: FTS5 writes a new segment and
 * merges on every commit that touches it, which cost intake more than the rest of a message's writes.
 * Every search calls `catchUp()` first, so it never misses a committed message; a timer keeps the
 * backlog small meanwhile.
 */
export interface SearchIndex {
  /** Indexes everything committed and not yet indexed; returns how many messages it indexed. */
  catchUp(): number;
  start(intervalMs?: number): void;
  stop(): void;
}

const CHUNK = 5_000;
const INDEXED = `direction IN ('in', 'note')`;

const indexes = new WeakMap<Db, SearchIndex>();

export function searchIndex(db: Db, log?: Logger): SearchIndex {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = createSearchIndex(db, log)));
  return index;
}

function createSearchIndex(db: Db, log?: Logger): SearchIndex {
  const c = db.$client;
  const state = c.prepare<[], { indexed_through: number }>('SELECT indexed_through FROM search_index_state WHERE id = 1');
  const newest = c.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM messages');
  const pending = c.prepare<[number, number, number], { id: number; body: string }>(
    `SELECT id, body FROM messages WHERE id > ? AND id <= ? AND ${INDEXED} ORDER BY id LIMIT ?`,
  );
  const insert = c.prepare<[number, string]>('INSERT INTO messages_fts (rowid, body) VALUES (?, ?)');
  const save = c.prepare<[number]>(
    'INSERT INTO search_index_state (id, indexed_through) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET indexed_through = excluded.indexed_through',
  );

  // Ids only grow and a message is never committed under an id lower than one already committed
  // (one writer), so "everything up to an id" is a complete description of what is indexed.
  const step = c.transaction((): { indexed: number; more: boolean } => {
    const from = state.get()?.indexed_through ?? 0;
    const top = newest.get()?.id ?? 0;
    if (top <= from) return { indexed: 0, more: false };
    const rows = pending.all(from, top, CHUNK);
    for (const r of rows) insert.run(r.id, foldTurkish(r.body));
    const more = rows.length === CHUNK;
    save.run(more ? rows.at(-1)!.id : top);
    return { indexed: rows.length, more };
  });

  let timer: NodeJS.Timeout | null = null;
  const catchUp = () => {
    let total = 0;
    for (let more = true; more; ) {
      const r = step.immediate();
      total += r.indexed;
      more = r.more;
    }
    return total;
  };
  return {
    catchUp,
    start(intervalMs = 250) {
      if (timer) return;
      timer = setInterval(() => {
        try {
          catchUp();
        } catch (err) {
          log?.error({ err }, 'search index: could not catch up (searches will retry)');
        }
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
