import type { Logger } from 'pino';
import type { Bus, LiveEvent } from '../bus.ts';
import type { InboundEvent, InboundStatus } from '../channel.ts';
import type { PersonalDataCipher } from '../crypto/personal-data.ts';
import type { Db } from '../db/client.ts';
import type { DeliveryStatus } from '../db/schema.ts';
import { createIntakeStore, type IntakeStore } from '../store/intake-store.ts';
import { processMessage, type ParseHook, type StoredInbound } from './process-message.ts';

export interface IntakeOptions {
  db: Db;
  bus: Bus;
  cipher: PersonalDataCipher;
  log: Logger;
  parse?: ParseHook;
  ticketPrefix: string;
  threadIdleDays: number;
  now?: () => number;
  /** A message joining a resolved ticket may be a survey answer (rating stored, ticket not reopened). */
  surveyAnswer?: (ticketId: number, text: string, now: number) => boolean;
  /** Runs inside the transaction after each new message (acknowledgements are enqueued here). */
  afterMessage?: AfterMessageHook[];
}

/**
 * `batch` is one object per transaction: a hook may keep what it read there (WeakMap) for the other
 * messages of the same transaction, where only the hooks themselves change the database.
 */
export type AfterMessageHook = (stored: StoredInbound, now: number, batch: object) => void;

export interface ReceiveResult {
  messages: StoredInbound[];
  statuses: Array<{ externalId: string; messageId: number | null }>;
}

/** What an adapter does inside intake's transaction: its own writes, then the events to store with them. */
export type IntakeWork<T> = () => { events: InboundEvent[]; value: T };

export interface Intake {
  /** Stores the events in one transaction; resolves only after commit, rejects having stored nothing. */
  receive(events: InboundEvent[]): Promise<ReceiveResult>;
  /**
   * Runs `work` inside the next group transaction (its own SAVEPOINT) and stores the events it returns
   * there too, so an adapter's state (SMPP's concatenated parts) and the messages it completes share one
   * commit. Resolves after that commit; rejects having stored nothing of it if `work` or intake throws.
   */
  receiveWith<T>(work: IntakeWork<T>): Promise<{ value: T; result: ReceiveResult }>;
  /** Waits for batches under way (graceful shutdown). */
  drain(): Promise<void>;
}

interface Pending {
  work: IntakeWork<unknown>;
  resolve: (r: { value: unknown; result: ReceiveResult }) => void;
  reject: (e: unknown) => void;
}

const STATUS_RANK: Record<DeliveryStatus, number> = { received: 0, queued: 1, sent: 2, delivered: 3, read: 4, failed: 5 };

/**
 * Group commit: calls that arrive while a batch is being written share the next transaction, each in
 * its own SAVEPOINT. One commit (one fsync) then serves many messages, and a failing call rolls back
 * alone while the others land.
 */
export function createIntake(options: IntakeOptions): Intake {
  const store = createIntakeStore(options.db);
  const now = options.now ?? Date.now;
  const parse: ParseHook = options.parse ?? (() => null);
  const deps = {
    store,
    cipher: options.cipher,
    parse,
    ticketPrefix: options.ticketPrefix,
    threadIdleMs: options.threadIdleDays * 86_400_000,
    surveyAnswer: options.surveyAnswer,
  };
  const sqlite = options.db.$client;
  let queue: Pending[] = [];
  let scheduled: Promise<void> | null = null;

  const runOne = (work: IntakeWork<unknown>, at: number, batch: object): { value: unknown; result: ReceiveResult; live: LiveEvent[] } => {
    const { events, value } = work();
    const result: ReceiveResult = { messages: [], statuses: [] };
    const live: LiveEvent[] = [];
    for (const event of events) {
      if (event.type === 'message') {
        const stored = processMessage(deps, event, at);
        result.messages.push(stored);
        if (!stored.duplicate) {
          for (const hook of options.afterMessage ?? []) hook(stored, at, batch);
          live.push({
            type: 'message.created',
            ticketId: stored.ticketId,
            messageId: stored.messageId,
            direction: 'in',
            ticketCreated: stored.ticketCreated,
            urgent: stored.urgent,
          });
        }
      } else {
        const applied = applyStatus(store, event, at);
        result.statuses.push({ externalId: event.externalId, messageId: applied?.messageId ?? null });
        if (applied?.changed) live.push({ type: 'message.status', ticketId: applied.ticketId, messageId: applied.messageId, status: event.status });
      }
    }
    return { value, result, live };
  };
  // Nested transaction = SAVEPOINT: this call's writes roll back alone if it throws.
  const runOneInSavepoint = sqlite.transaction(runOne);

  type Outcome = { ok: true; value: unknown; result: ReceiveResult; live: LiveEvent[] } | { ok: false; error: unknown };
  /** The fast path: the whole batch in one transaction, no savepoints; any error rolls all of it back. */
  const runAll = sqlite.transaction((batch: Pending[], at: number): Outcome[] => {
    const shared = {};
    return batch.map((item) => ({ ok: true, ...runOne(item.work, at, shared) }));
  });
  /**
   * After an error: each call in its own savepoint, so the failing ones roll back alone and the others
   * land. Each call has a batch object of its own: what a hook kept could come from a rolled-back call.
   */
  const runEach = sqlite.transaction((batch: Pending[], at: number): Outcome[] =>
    batch.map((item) => {
      try {
        return { ok: true, ...runOneInSavepoint(item.work, at, {}) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );

  const flush = () => {
    // Bounded batches keep the event loop responsive under a flood.
    const batch = queue.splice(0, 256);
    const at = now();
    let outcomes: Outcome[];
    try {
      // A savepoint per call copies every page the call touches; calls rarely fail, so try without first.
      // Work and hooks write only to the database, so running them again after the rollback is safe.
      try {
        outcomes = runAll.immediate(batch, at);
      } catch (error) {
        if (batch.length === 1) throw error;
        outcomes = runEach.immediate(batch, at);
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) {
        for (const e of outcome.live) options.bus.publish(e);
        item.resolve({ value: outcome.value, result: outcome.result });
      } else item.reject(outcome.error);
    });
  };

  const schedule = (): Promise<void> => {
    scheduled ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        scheduled = null;
        try {
          flush();
        } finally {
          resolve();
          if (queue.length) void schedule();
        }
      }),
    );
    return scheduled;
  };

  const receiveWith = <T>(work: IntakeWork<T>) =>
    new Promise<{ value: T; result: ReceiveResult }>((resolve, reject) => {
      queue.push({ work, resolve: resolve as Pending['resolve'], reject });
      void schedule();
    });

  return {
    async receive(events) {
      if (events.length === 0) return { messages: [], statuses: [] };
      return (await receiveWith(() => ({ events, value: null }))).result;
    },
    receiveWith,
    async drain() {
      while (scheduled) await scheduled;
    },
  };
}

/** A delivery receipt: statuses only move forward (receipts arrive out of order), failed always wins. */
function applyStatus(store: IntakeStore, event: InboundStatus, at: number) {
  const msg = store.findOutbound(event.channel, event.externalId);
  if (!msg) return null;
  const changed = event.status === 'failed' ? msg.status !== 'failed' : STATUS_RANK[event.status] > STATUS_RANK[msg.status] && msg.status !== 'failed';
  if (changed) {
    store.setMessageStatus(msg.id, event.status, event.error ?? null);
    store.appendEvent(msg.ticket_id, `channel:${event.channel}`, 'message.status', { messageId: msg.id, status: event.status, error: event.error }, at);
  }
  return { messageId: msg.id, ticketId: msg.ticket_id, changed };
}
