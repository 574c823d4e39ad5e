import type { Logger } from 'pino';
import type { InboundMessage } from '../../src/channel.ts';
import type { PersonalDataCipher } from '../../src/crypto/personal-data.ts';
import type { NewPart, PartKey, SmsPartsStore, StoredPart } from '../../src/store/sms-parts.ts';
import { wellFormed } from './data-coding.ts';
import { externalIdFor, previousBucketId, type SmsPart } from './parse.ts';

/**
 * Concatenated SMS reassembly. Each part is written to sms_parts (encrypted) before its deliver_sm_resp,
 * parts arriving together share one commit, and the part that completes a message is answered only
 * once intake has committed the whole message. Parts may come in any order and more than once.
 * A message still missing parts after the timeout is delivered as it is, marked incomplete.
 */

export interface ReassemblerOptions {
  channel: string;
  store: SmsPartsStore;
  cipher: PersonalDataCipher;
  /** Hands whole messages to intake; resolves after commit. */
  deliver: (events: InboundMessage[]) => Promise<void>;
  now: () => number;
  timeoutMs: number;
  dedupWindowMs: number;
  log: Logger;
}

export type PartResult = 'stored' | 'duplicate' | 'completed';

interface Pending {
  part: SmsPart;
  resolve: (r: PartResult) => void;
  reject: (e: unknown) => void;
}

interface PartBody {
  t: string;
  d: string;
}

export class Reassembler {
  private queue: Pending[] = [];
  private scheduled = false;
  private timer: NodeJS.Timeout | null = null;
  private inFlight = new Set<Promise<unknown>>();

  constructor(private readonly o: ReassemblerOptions) {}

  /** Resolves once this part (or the message it completes) is committed; rejects having committed nothing new. */
  accept(part: SmsPart): Promise<PartResult> {
    return new Promise<PartResult>((resolve, reject) => {
      this.queue.push({ part, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.track(this.flush()));
      }
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
      const parts = this.o.store.parts(key);
      if (parts.length === 0) continue;
      const incomplete = parts.length < key.total;
      if (incomplete) this.o.log.warn({ source: mask(key.source), ref: key.ref, total: key.total, got: parts.length }, 'smpp: delivering an incomplete concatenated SMS');
      await this.complete([{ key, parts }]);
      delivered++;
    }
    this.o.store.purgeTombstones(this.o.channel, now - Math.max(this.o.timeoutMs, this.o.dedupWindowMs));
    return delivered;
  }

  private track(p: Promise<unknown>) {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.splice(0, 512);
    if (this.queue.length) {
      this.scheduled = true;
      setImmediate(() => this.track(this.flush()));
    }
    if (batch.length === 0) return;
    let outcomes;
    try {
      outcomes = this.o.store.store(batch.map(({ part }) => this.toRow(part)));
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    const completing: Array<{ pending: Pending; key: PartKey; parts: StoredPart[] }> = [];
    batch.forEach((pending, i) => {
      const outcome = outcomes[i]!;
      if (outcome.state === 'complete') completing.push({ pending, key: keyOf(pending.part), parts: outcome.parts });
      else pending.resolve(outcome.state === 'stored' ? 'stored' : 'duplicate');
    });
    if (completing.length === 0) return;
    try {
      await this.complete(completing);
      for (const c of completing) c.pending.resolve('completed');
    } catch (err) {
      // The part stays stored; the SMSC retries it (temporary error) and that retry completes the set again.
      for (const c of completing) c.pending.reject(err);
    }
  }

  private async complete(sets: Array<{ key: PartKey; parts: StoredPart[] }>): Promise<void> {
    const messages = sets.map((s) => this.assemble(s.key, s.parts));
    const fresh = messages.filter((m) => {
      const before = previousBucketId(m.externalId);
      return !(before && this.o.store.knownMessage(this.o.channel, before));
    });
    if (fresh.length) await this.o.deliver(fresh);
    this.o.store.finish(sets.map((s, i) => ({ ...s.key, externalId: messages[i]!.externalId, at: this.o.now() })));
  }

  private assemble(key: PartKey, parts: StoredPart[]): InboundMessage {
    const bodies = new Map<number, PartBody>(parts.map((p) => [p.seq, JSON.parse(this.o.cipher.decrypt(p.body_enc)) as PartBody]));
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
    const first = parts.reduce((a, b) => (b.received_at < a.received_at ? b : a));
    const destination = bodies.get(parts[0]!.seq)?.d ?? '';
    const texts = [...bodies.entries()].sort((a, b) => a[0] - b[0]).map(([seq, b]) => `${seq}:${b.t}`);
    return {
      type: 'message',
      channel: this.o.channel,
      externalId: externalIdFor([key.source, destination, String(key.ref), String(key.total), ...texts], first.received_at, this.o.dedupWindowMs),
      from: key.source,
      ...(destination ? { to: destination } : {}),
      text: wellFormed(text.trim()),
      attachments: [],
      receivedAt: new Date(first.received_at),
      meta: { parts: key.total, ...(missing.length ? { incomplete: true, missingParts: missing } : {}) },
    };
  }

  private toRow(part: SmsPart): NewPart {
    // JSON keeps a lone surrogate (an emoji split over two parts) as an escape, so nothing is lost in UTF-8.
    const body: PartBody = { t: part.text, d: part.destination };
    return { ...keyOf(part), seq: part.seq, bodyEnc: this.o.cipher.encrypt(JSON.stringify(body)), receivedAt: part.receivedAt.getTime() };
  }
}

function keyOf(p: SmsPart): PartKey {
  return { channel: p.channel, source: p.source, ref: p.ref, total: p.total };
}

function mask(address: string): string {
  return address.length > 4 ? `${'*'.repeat(address.length - 4)}${address.slice(-4)}` : '****';
}
