import type { Logger } from 'pino';
import type { Bus } from '../bus.ts';
import { SendError, type Channel } from '../channel.ts';
import type { Db } from '../db/client.ts';
import { createOutboxStore, type OutboxRow } from '../store/outbox-store.ts';
import { backoffMs } from './backoff.ts';

export interface OutboxOptions {
  db: Db;
  bus: Bus;
  log: Logger;
  /** Channels that can send now; rows for other channels wait. */
  channels: () => ReadonlyMap<string, Channel>;
  maxAttempts: number;
  pollMs: number;
  /** Sends in flight per channel, default 16 (the channel's own window and rate caps apply beneath). */
  concurrency?: number;
  now?: () => number;
  random?: () => number;
}

export interface OutboxWorker {
  start(): void;
  /** Look for work now (after an enqueue) instead of at the next poll. */
  kick(): void;
  /** Stops polling and waits for sends in flight. */
  stop(): Promise<void>;
}

/**
 * Sends what is in the outbox table. A row is written first (with its message, in the caller's
 * transaction), then claimed, sent and marked here; a restart resumes from the table.
 */
export function createOutboxWorker(options: OutboxOptions): OutboxWorker {
  const store = createOutboxStore(options.db);
  const now = options.now ?? Date.now;
  const concurrency = options.concurrency ?? 16;
  const inFlight = new Map<string, number>();
  const running = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let ticking = false;
  let again = false;

  const tick = () => {
    if (stopped) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    try {
      const channels = options.channels();
      const open = [...channels.keys()].filter((name) => (inFlight.get(name) ?? 0) < concurrency);
      if (open.length === 0) return;
      const due = store.due(now(), open, 100).filter((row) => channels.has(row.channel));
      const room = new Map(open.map((name) => [name, concurrency - (inFlight.get(name) ?? 0)]));
      const wanted = due.filter((row) => {
        const left = room.get(row.channel) ?? 0;
        room.set(row.channel, left - 1);
        return left > 0;
      });
      for (const row of wanted.length ? store.claimAll(wanted, now()) : []) {
        const channel = channels.get(row.channel)!;
        const p = send(channel, { ...row, attempts: row.attempts + 1 }).finally(() => {
          running.delete(p);
          inFlight.set(row.channel, (inFlight.get(row.channel) ?? 1) - 1);
          tick();
        });
        inFlight.set(row.channel, (inFlight.get(row.channel) ?? 0) + 1);
        running.add(p);
      }
    } catch (err) {
      options.log.error({ err }, 'outbox: could not read due rows');
    } finally {
      ticking = false;
      if (again) {
        again = false;
        setImmediate(tick);
      }
    }
  };

  // Results are written together: sends that finish close together share one commit.
  let results: Array<{ write: () => void; after: () => void }> = [];
  let flushing: Promise<void> | null = null;
  const record = (write: () => void, after: () => void = () => {}) => {
    results.push({ write, after });
    flushing ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        const batch = results;
        results = [];
        flushing = null;
        try {
          store.inTransaction(batch.map((r) => r.write));
          for (const r of batch) r.after();
        } catch (err) {
          // The rows stay `sending`; the next start puts them back to pending (at least once).
          options.log.error({ err, rows: batch.length }, 'outbox: could not record send results');
        }
        resolve();
      }),
    );
    return flushing;
  };

  const send = async (channel: Channel, row: OutboxRow) => {
    try {
      const result = await channel.send({ id: row.id, channel: row.channel, to: row.recipient, text: row.body, kind: row.kind });
      const status = result.status ?? 'sent';
      await record(
        () => store.markSent(row, result.externalId, status, now()),
        () => publishStatus(row, status),
      );
    } catch (err) {
      const error = err instanceof SendError ? err : new SendError('unavailable', err instanceof Error ? err.message : String(err));
      const message = `${error.code}: ${error.message}`;
      if (error.retryable && row.attempts < options.maxAttempts) {
        const wait = Math.max(error.retryAfterMs ?? 0, backoffMs(row.attempts, options.random));
        await record(() => store.markRetry(row.id, now() + wait, message, now()));
        options.log.warn({ outboxId: row.id, channel: row.channel, attempt: row.attempts, retryInMs: wait, code: error.code }, 'outbox: send failed, will retry');
      } else {
        await record(
          () => store.markFailed(row, message, now()),
          () => publishStatus(row, 'failed'),
        );
        options.log.error({ outboxId: row.id, channel: row.channel, attempt: row.attempts, code: error.code }, 'outbox: send failed for good');
      }
    }
  };

  const publishStatus = (row: OutboxRow, status: string) => {
    if (row.message_id === null) return;
    const ticketId = store.ticketOf(row.message_id);
    if (ticketId !== null) options.bus.publish({ type: 'message.status', ticketId, messageId: row.message_id, status });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      const unstuck = store.unstick(now());
      if (unstuck) options.log.warn({ rows: unstuck }, 'outbox: rows left sending by the last run are pending again');
      timer = setInterval(tick, options.pollMs);
      timer.unref();
      tick();
    },
    kick() {
      setImmediate(tick);
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
