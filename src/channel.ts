import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { DeliveryStatus } from './db/schema.ts';

/** The one shape every channel adapter speaks; adapters know one provider each and nothing of tickets. */

export interface Attachment {
  /** image, audio, video, document, sticker, location, contact */
  kind: string;
  contentType?: string;
  /** Where the provider serves it (Twilio MediaUrl) or our media store id once downloaded. */
  url?: string;
  mediaId?: string;
  filename?: string;
  size?: number;
  /** Free-form extras: latitude/longitude for a location, vCard for a contact. */
  meta?: Record<string, unknown>;
}

export interface InboundMessage {
  type: 'message';
  channel: string;
  /** The provider's id; intake deduplicates on (channel, externalId). */
  externalId: string;
  from: string;
  to?: string;
  /** Display name the provider gives (WhatsApp push name, web chat form). */
  fromName?: string;
  text: string;
  attachments: Attachment[];
  receivedAt: Date;
  /** Extra facts the adapter knows (incomplete concatenated SMS, web chat topic…). */
  meta?: Record<string, unknown>;
  raw?: unknown;
}

export interface InboundStatus {
  type: 'status';
  channel: string;
  /** The provider's id of an outbound message we sent. */
  externalId: string;
  status: DeliveryStatus;
  error?: string;
}

export type InboundEvent = InboundMessage | InboundStatus;

export interface OutboundMessage {
  /** Outbox row id: stable across retries, usable as an idempotency key. */
  id: number;
  channel: string;
  to: string;
  text: string;
  kind: string;
}

export interface SendResult {
  /** The provider's id, matched later by delivery receipts. */
  externalId: string;
  status?: DeliveryStatus;
}

export type SendErrorCode =
  | 'throttled' // provider asks us to slow down
  | 'unavailable' // link down, timeout, 5xx
  | 'rejected' // provider refused this message for good (bad number, content)
  | 'outside_window' // WhatsApp 24-hour rule
  | 'misconfigured' // credentials or settings wrong
  | 'unsupported';

const RETRYABLE: Record<SendErrorCode, boolean> = {
  throttled: true,
  unavailable: true,
  rejected: false,
  outside_window: false,
  misconfigured: false,
  unsupported: false,
};

/** A closed set of send failures, each retryable or not, so the outbox needs no provider knowledge. */
export class SendError extends Error {
  readonly retryable: boolean;
  constructor(
    readonly code: SendErrorCode,
    message: string,
    options?: { retryAfterMs?: number; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SendError';
    this.retryable = RETRYABLE[code];
    this.retryAfterMs = options?.retryAfterMs;
  }
  readonly retryAfterMs: number | undefined;
}

export type HealthState = 'up' | 'degraded' | 'down';
export interface ChannelHealth {
  state: HealthState;
  detail?: string;
  since: Date;
}

export interface ChannelContext {
  /** Resolves after intake has committed: acknowledge to the provider only then. */
  receive(events: InboundEvent[]): Promise<void>;
  /**
   * For an adapter with state of its own in the database (SMPP's concatenated parts): `work` runs inside
   * intake's transaction and returns the events to store with it, so both land in one commit. Resolves
   * with `work`'s value after that commit; rejects, having stored nothing of it, if anything throws.
   */
  receiveWith<T>(work: () => { events: InboundEvent[]; value: T }): Promise<T>;
  log: Logger;
}

export interface Channel {
  readonly name: string;
  /** Webhook channels mount their routes (under /webhooks or their own prefix). */
  routes?(app: Hono): void;
  /** Called once with the HTTP server after it listens (WebSocket upgrades); after routes(). */
  attach?(server: import('node:http').Server): void;
  /** SMPP bind, WhatsApp socket; a no-op for webhook channels. */
  start(ctx: ChannelContext): Promise<void>;
  stop(): Promise<void>;
  health(): ChannelHealth;
  /** Throws SendError. */
  send(msg: OutboundMessage): Promise<SendResult>;
}
