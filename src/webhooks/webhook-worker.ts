import type { Logger } from 'pino';
import type { Bus } from '../bus.ts';
import type { PersonalDataCipher } from '../crypto/personal-data.ts';
import type { Db } from '../db/client.ts';
import { backoffMs } from '../outbox/backoff.ts';
import { createWebhookStore, type DeliveryRow } from '../store/webhooks.ts';
import { SIGNATURE_HEADER, signatureHeader } from './signature.ts';

export interface WebhookWorkerOptions {
  db: Db;
  bus?: Bus;
  cipher: PersonalDataCipher;
  log: Logger;
  now: () => number;
  maxAttempts: number;
  timeoutMs: number;
  pollMs?: number;
  random?: () => number;
  fetch?: typeof fetch;
}

/** Sends the durable webhook queue: dispatch new events, POST each due delivery signed, retry with backoff. */
export function createWebhookWorker(o: WebhookWorkerOptions) {
  const store = createWebhookStore(o.db);
  const doFetch = o.fetch ?? fetch;
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const deliver = async (d: DeliveryRow) => {
    const now = o.now();
    let status: number | null = null;
    let error: string;
    try {
      const res = await doFetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Kopru-Webhooks/1',
          'x-kopru-event': d.event_type,
          'x-kopru-delivery': String(d.id),
          [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(o.cipher.decrypt(d.secret_enc), d.payload, now),
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(o.timeoutMs),
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (status >= 200 && status < 300) {
        store.markSent(d.id, status, o.now());
        return;
      }
      error = `HTTP ${status}`;
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
    const attempt = d.attempts + 1;
    if (attempt >= o.maxAttempts) {
      store.markFailed(d.id, status, error, o.now());
      o.log.error({ deliveryId: d.id, endpointId: d.endpoint_id, attempt, status }, 'webhook: delivery failed for good');
    } else {
      const wait = backoffMs(attempt, o.random);
      store.markRetry(d.id, o.now() + wait, status, error, o.now());
      o.log.warn({ deliveryId: d.id, endpointId: d.endpoint_id, attempt, status, retryInMs: wait }, 'webhook: delivery failed, will retry');
    }
  };

  /** One pass; concurrent calls share it (and ask for another pass). */
  const tick = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          while (store.dispatch(o.now()) > 0) {
            /* until the events are all dispatched */
          }
          const due = store.due(o.now(), 20).filter((d) => store.claim(d.id, o.now()));
          await Promise.all(due.map(deliver));
          if (due.length === 20) again = true;
        } while (again);
      } catch (err) {
        o.log.error({ err }, 'webhook: pass failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    tick,
    start() {
      if (timer) return;
      const unstuck = store.unstick(o.now());
      if (unstuck) o.log.warn({ rows: unstuck }, 'webhook: deliveries left sending by the last run are pending again');
      store.dispatch(o.now()); // sets the cursor on the very first start
      timer = setInterval(() => void tick(), o.pollMs ?? 1000);
      timer.unref();
      unsubscribe = o.bus?.subscribe((e) => {
        if (e.type === 'ticket.updated' || (e.type === 'message.created' && e.ticketCreated)) setImmediate(() => void tick());
      }) ?? null;
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
      await running;
    },
  };
}
