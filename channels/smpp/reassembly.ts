import type { Logger } from 'pino';
import type { InboundMessage } from '../../src/channel.ts';
import type { PersonalDataCipher } from '../../src/crypto/personal-data.ts';
import type { PartKey, SmsPartsStore, StoredPart } from '../../src/store/sms-parts.ts';
import { wellFormed } from './data-coding.ts';
import { externalIdFor, previousBucketId, type SmsPart } from './parse.ts';

/**
 * Concatenated SMS reassembly. Each part is written to sms_parts (encrypted) inside intake's group
 * transaction, and the part that completes a message stores that message in the same savepoint, its
 * parts replaced by a tombstone: one commit for a whole SMSC window of parts and messages, and each
 * deliver_sm_resp only after it. Parts may come in any order and more than once. A message still
 * missing parts after the timeout is delivered as it is, marked incomplete.
 */

/** Runs `work` inside intake's transaction with the events it returns; resolves after the commit. */
export type ReceiveWith = <T>(work: () => { events: InboundMessage[]; value: T }) => Promise<T>;

export interface ReassemblerOptions {
  channel: string;
  store: SmsPartsStore;
  cipher: PersonalDataCipher;
  receiveWith: ReceiveWith;
  now: () => number;
  timeoutMs: number;
  dedupWindowMs: number;
  log: Logger;
}

export type PartResult = 'stored' | 'duplicate' | 'completed';

interface PartBody {
  t: string;
  d: string;
}

/** A part with its text: decrypted from sms_parts, or the one that just arrived. */
interface OpenPart {
  seq: number;
  body: PartBody;
  receivedAt: number;
}

/** At most this many parts waiting for their siblings are remembered in clear (about 10 MB at worst). */
const OPENED_MAX = 10_000;

export class Reassembler {
  private timer: NodeJS.Timeout | null = null;
  private inFlight = new Set<Promise<unknown>>();
  /**
   * Parts this process sealed, by their sealed text: the part that completes a message finds its siblings
   * here instead of decrypting them again. The sealed text (random IV) names one stored row, so a hit is
   * exactly that row's content; a miss (after a restart, or once evicted) decrypts as before.
   */
  private opened = new Map<string, PartBody>();

  constructor(private readonly o: ReassemblerOptions) {}

  /** Resolves once this part (and the message it completes) is committed; rejects having committed nothing of it. */
  accept(part: SmsPart): Promise<PartResult> {
    const key = keyOf(part);
    const body: PartBody = { t: part.text, d: part.destination };
    const receivedAt = part.receivedAt.getTime();
    return this.o.receiveWith(() => {
      // JSON keeps a lone surrogate (an emoji split over two parts) as an escape, so nothing is lost in UTF-8.
      const outcome = this.o.store.store({ ...key, seq: part.seq, receivedAt }, () => this.seal(body));
      if (outcome.state !== 'complete') return { events: [], value: outcome.state === 'stored' ? 'stored' : 'duplicate' };
      const parts = [...this.open(outcome.parts), { seq: part.seq, body, receivedAt }].sort((a, b) => a.seq - b.seq);
      return { events: this.complete(key, parts), value: 'completed' };
    });
  }

  /** Sweeps every `intervalMs` for timed-out messages (and ones a crash left complete). */
  start(intervalMs = Math.max(1_000, Math.min(30_000, Math.floor(this.o.timeoutMs / 4)))): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.track(this.sweep().catch((err: unknown) => this.o.log.error({ err }, 'smpp: reassembly sweep failed'))), intervalMs);
    this.timer.unref();
    this.track(this.sweep().catch((err: unknown) => this.o.log.error({ err }, 'smpp: reassembly sweep failed')));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Delivers what is due now: complete sets a crash left behind, incomplete ones past the timeout. */
  async sweep(): Promise<number> {
    const now = this.o.now();
    const due = this.o.store.due(this.o.channel, now - this.o.timeoutMs);
    let delivered = 0;
    for (const key of due) {
      const done = await this.o.receiveWith(() => {
        const parts = this.open(this.o.store.parts(key));
        if (parts.length === 0) return { events: [], value: false };
        if (parts.length < key.total) this.o.log.warn({ source: mask(key.source), ref: key.ref, total: key.total, got: parts.length }, 'smpp: delivering an incomplete concatenated SMS');
        return { events: this.complete(key, parts), value: true };
      });
      if (done) delivered++;
    }
    this.o.store.purgeTombstones(this.o.channel, now - Math.max(this.o.timeoutMs, this.o.dedupWindowMs));
    return delivered;
  }

  private track(p: Promise<unknown>) {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private seal(body: PartBody): string {
    const sealed = this.o.cipher.encrypt(JSON.stringify(body));
    // Oldest first out; a part whose transaction rolls back leaves an entry no row has, never read.
    if (this.opened.size >= OPENED_MAX) this.opened.delete(this.opened.keys().next().value as string);
    this.opened.set(sealed, body);
    return sealed;
  }

  /** Stored parts in clear. Inside the transaction that replaces them with a tombstone, so they are forgotten here too. */
  private open(stored: StoredPart[]): OpenPart[] {
    return stored.map((p) => {
      const known = this.opened.get(p.body_enc);
      if (known) this.opened.delete(p.body_enc);
      return { seq: p.seq, body: known ?? (JSON.parse(this.o.cipher.decrypt(p.body_enc)) as PartBody), receivedAt: p.received_at };
    });
  }

  /** Parts in seq order. */
  private complete(key: PartKey, parts: OpenPart[]): InboundMessage[] {
    const message = this.assemble(key, parts);
    this.o.store.finish({ ...key, externalId: message.externalId, at: this.o.now() });
    const before = previousBucketId(message.externalId);
    return before && this.o.store.knownMessage(this.o.channel, before) ? [] : [message];
  }

  private assemble(key: PartKey, parts: OpenPart[]): InboundMessage {
    const bodies = new Map<number, PartBody>(parts.map((p) => [p.seq, p.body]));
    const missing: number[] = [];
    let text = '';
    for (let seq = 1; seq <= key.total; seq++) {
      const b = bodies.get(seq);
      if (b) text += b.t;
      else {
        missing.push(seq);
        if (!text.endsWith(' […] ')) text += ' […] ';
      }
    }
    const firstAt = Math.min(...parts.map((p) => p.receivedAt));
    const destination = parts[0]!.body.d;
    const texts = parts.map((p) => `${p.seq}:${p.body.t}`);
    return {
      type: 'message',
      channel: this.o.channel,
      externalId: externalIdFor([key.source, destination, String(key.ref), String(key.total), ...texts], firstAt, this.o.dedupWindowMs),
      from: key.source,
      ...(destination ? { to: destination } : {}),
      text: wellFormed(text.trim()),
      attachments: [],
      receivedAt: new Date(firstAt),
      meta: { parts: key.total, ...(missing.length ? { incomplete: true, missingParts: missing } : {}) },
    };
  }
}

function keyOf(p: SmsPart): PartKey {
  return { channel: p.channel, source: p.source, ref: p.ref, total: p.total };
}

function mask(address: string): string {
  return address.length > 4 ? `${'*'.repeat(address.length - 4)}${address.slice(-4)}` : '****';
}
