import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Server, type Session } from 'smpp';
import { decodeText } from './data-coding.ts';
import { useRawMessageBodies } from './raw-bodies.ts';
import { planSegments } from './segment.ts';
import { splitUdh, type Concatenation } from './udh.ts';

/**
 * A fake SMSC on node-smpp's own server: what `kopru simulate`, the integration tests and the
 * benchmark bind Köprü to. It sends citizens' SMS the way phones do (GSM 7-bit or UCS2, split with an
 * 8/16-bit UDH, SAR TLVs or message_payload), re-sends deliver_sm that were not acknowledged once a
 * new session binds, answers submit_sm (or refuses it, for tests) and sends delivery receipts.
 */

export interface CitizenSms {
  from: string;
  to?: string;
  text: string;
  /** How a long message is carried. */
  split?: 'udh8' | 'udh16' | 'sar' | 'payload';
  forceUcs2?: boolean;
  /** Concatenation reference (random when absent). */
  ref?: number;
  /** Part order: as split, or reversed. */
  reverse?: boolean;
  /** Send this part (1-based) twice. */
  duplicatePart?: number;
  /** Leave this part out (1-based). */
  dropPart?: number;
}

export interface Submitted {
  destination: string;
  source: string;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  concat: Concatenation | null;
  /** Septets / UCS2 octets decoded with the segment's own UDH tables. */
  text: string;
  messageId: string;
  status: number;
}

export interface FakeSmscOptions {
  host?: string;
  port?: number;
  systemId?: string;
  password?: string;
  /** deliver_sm sent and not answered, at most (per session). */
  window?: number;
  /** Decides each submit_sm's command_status (0 = accept). */
  onSubmit?: (sm: Omit<Submitted, 'messageId' | 'status'>) => number;
  /** Send a DELIVRD receipt for every accepted submit_sm that asked for one. */
  receipts?: boolean;
  /** Called for every deliver_sm_resp (for printing). */
  onDeliverResp?: (item: { id: number; status: number }) => void;
  onBind?: (systemId: string, mode: string) => void;
}

interface Outgoing {
  id: number;
  fields: Record<string, unknown>;
  onDone: (status: number) => void;
}

export class FakeSmsc {
  readonly submitted: Submitted[] = [];
  private server: Server;
  private bound = new Set<Session>();
  private queue: Outgoing[] = [];
  private inFlight = new Map<Session, Map<number, Outgoing>>();
  private nextId = 1;
  private nextMessageId = 0x1000;
  private bindWaiters: Array<() => void> = [];
  private submitWaiters: Array<{ n: number; resolve: () => void }> = [];
  readonly window: number;
  /** deliver_sm answered with a non-zero status (the gateway asking for a retry). */
  temporaryErrors = 0;
  /** enquire_link received from the ESME. */
  enquireLinks = 0;

  constructor(private readonly o: FakeSmscOptions = {}) {
    useRawMessageBodies();
    this.window = o.window ?? 10;
    this.server = smpp.createServer((session) => this.onSession(session));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.o.port ?? 0, this.o.host ?? '127.0.0.1', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get boundSessions(): number {
    return this.bound.size;
  }

  async close(): Promise<void> {
    for (const s of this.server.sessions) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Sends enquire_link on every bound session; resolves with how many were answered within the timeout. */
  async enquireLink(timeoutMs = 5_000): Promise<number> {
    const answers = [...this.bound].map(
      (s) => new Promise<number>((resolve) => {
        const t = setTimeout(() => resolve(0), timeoutMs);
        s.enquire_link(() => {
          clearTimeout(t);
          resolve(1);
        });
      }),
    );
    return (await Promise.all(answers)).reduce((a, b) => a + b, 0);
  }

  /** Cuts every session (the SMSC or the network failing). */
  dropLinks(): void {
    for (const s of [...this.server.sessions]) s.destroy();
  }

  waitForBind(timeoutMs = 20_000): Promise<void> {
    if (this.canDeliver()) return Promise.resolve();
    return withTimeout(new Promise<void>((resolve) => this.bindWaiters.push(resolve)), timeoutMs, 'no ESME bound');
  }

  waitForSubmits(n: number, timeoutMs = 20_000): Promise<void> {
    if (this.submitted.length >= n) return Promise.resolve();
    return withTimeout(new Promise<void>((resolve) => this.submitWaiters.push({ n, resolve })), timeoutMs, `fewer than ${n} submit_sm`);
  }

  /** Sends a citizen's SMS as deliver_sm PDUs; resolves when every one was answered with ESME_ROK. */
  send(sms: CitizenSms): Promise<void> {
    return Promise.all(this.pdusFor(sms).map((fields) => this.enqueue(fields))).then(() => undefined);
  }

  /** A raw deliver_sm (receipts, odd encodings); resolves with the first non-retried status. */
  sendRaw(fields: Record<string, unknown>): Promise<void> {
    return this.enqueue(fields);
  }

  /** The deliver_sm fields a phone's SMS becomes. */
  pdusFor(sms: CitizenSms): Array<Record<string, unknown>> {
    const split = sms.split ?? 'udh8';
    const ref = sms.ref ?? Math.floor(Math.random() * (split === 'udh16' ? 0xffff : 0xff));
    const plan = planSegments(sms.text, {
      forceUcs2: sms.forceUcs2,
      ref: split === 'udh16' ? Math.max(ref, 0x100) : ref & 0xff,
      ...(split === 'payload' ? { maxOctets: 60_000 } : {}),
    });
    const base = {
      source_addr: sms.from.replace(/^\+/, ''),
      source_addr_ton: sms.from.startsWith('+') ? 1 : 0,
      source_addr_npi: 1,
      destination_addr: sms.to ?? '183',
      data_coding: plan.dataCoding,
    };
    let pdus: Array<Record<string, unknown>>;
    if (split === 'payload') {
      pdus = [{ ...base, esm_class: 0, short_message: Buffer.alloc(0), message_payload: Buffer.from(plan.bodies[0]!) }];
    } else if (split === 'sar' && plan.bodies.length > 1) {
      pdus = plan.bodies.map((body, i) => ({
        ...base,
        esm_class: 0,
        short_message: Buffer.from(body),
        sar_msg_ref_num: ref & 0xffff,
        sar_total_segments: plan.bodies.length,
        sar_segment_seqnum: i + 1,
      }));
    } else {
      pdus = plan.segments.map((seg) => ({ ...base, esm_class: plan.udhi ? 0x40 : 0, short_message: Buffer.from(seg) }));
    }
    const numbered = pdus.map((p, i) => ({ p, seq: i + 1 }));
    let out = numbered.filter(({ seq }) => seq !== sms.dropPart);
    if (sms.duplicatePart) {
      const dup = numbered.find(({ seq }) => seq === sms.duplicatePart);
      if (dup) out.push(dup);
    }
    if (sms.reverse) out = out.reverse();
    return out.map(({ p }) => p);
  }

  /** A delivery receipt deliver_sm for a message id. */
  receiptFor(messageId: string, destination: string, stat = 'DELIVRD', err = '000'): Record<string, unknown> {
    const d = new Date();
    const ts = `${String(d.getUTCFullYear()).slice(2)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
    const text = `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:${ts} done date:${ts} stat:${stat} err:${err} text:`;
    return {
      source_addr: destination,
      destination_addr: '183',
      esm_class: 0x04,
      data_coding: 0,
      short_message: Buffer.from(text, 'latin1'),
      receipted_message_id: messageId,
    };
  }

  private enqueue(fields: Record<string, unknown>): Promise<void> {
    return new Promise<void>((resolve) => {
      this.queue.push({ id: this.nextId++, fields, onDone: () => resolve() });
      this.pump();
    });
  }

  private canDeliver(): boolean {
    return [...this.bound].some((s) => (s as Session & { mode?: string }).mode !== 'transmitter');
  }

  private pump() {
    for (const session of this.bound) {
      if ((session as Session & { mode?: string }).mode === 'transmitter') continue;
      const flying = this.inFlight.get(session)!;
      while (flying.size < this.window && this.queue.length) {
        const item = this.queue.shift()!;
        flying.set(item.id, item);
        const ok = session.deliver_sm({ ...item.fields }, (resp: PDU) => {
          if (!flying.delete(item.id)) return;
          this.o.onDeliverResp?.({ id: item.id, status: resp.command_status });
          if (resp.command_status === 0) item.onDone(0);
          else {
            // A temporary error: keep it and try again shortly, as an SMSC does.
            this.temporaryErrors++;
            setTimeout(() => {
              this.queue.unshift(item);
              this.pump();
            }, 200).unref();
          }
          this.pump();
        });
        if (!ok) {
          flying.delete(item.id);
          this.queue.unshift(item);
          break;
        }
      }
    }
  }

  private onSession(session: Session) {
    this.inFlight.set(session, new Map());
    const bind = (mode: string) => (pdu: PDU) => {
      session.pause();
      const okId = this.o.systemId === undefined || pdu.system_id === this.o.systemId;
      const okPass = this.o.password === undefined || pdu.password === this.o.password;
      if (!okId || !okPass) {
        session.send(pdu.response({ command_status: okId ? smpp.errors.ESME_RINVPASWD : smpp.errors.ESME_RINVSYSID }));
        session.close();
        return;
      }
      session.send(pdu.response({ system_id: 'fake-smsc' }));
      (session as Session & { mode?: string }).mode = mode;
      this.bound.add(session);
      session.resume();
      this.o.onBind?.(String(pdu.system_id), mode);
      if (this.canDeliver()) for (const w of this.bindWaiters.splice(0)) w();
      this.pump();
    };
    session.on('bind_transceiver', bind('transceiver'));
    session.on('bind_receiver', bind('receiver'));
    session.on('bind_transmitter', bind('transmitter'));
    session.on('enquire_link', (pdu: PDU) => {
      this.enquireLinks++;
      session.send(pdu.response());
    });
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: PDU) => this.onSubmit(session, pdu));
    session.on('error', () => undefined);
    session.on('close', () => {
      this.bound.delete(session);
      // What this session did not get answered goes out again on the next one.
      const flying = this.inFlight.get(session);
      this.inFlight.delete(session);
      if (flying?.size) this.queue.unshift(...[...flying.values()].sort((a, b) => a.id - b.id));
      this.pump();
    });
  }

  private onSubmit(session: Session, pdu: PDU) {
    const esmClass = Number(pdu.esm_class ?? 0);
    const dataCoding = Number(pdu.data_coding ?? 0);
    let body = toBytes(pdu.short_message);
    let concat: Concatenation | null = null;
    let tables;
    if (esmClass & 0x40) {
      const split = splitUdh(body);
      body = split.body;
      concat = split.header.concat;
      tables = split.header.tables;
    }
    const sm = {
      destination: String(pdu.destination_addr ?? ''),
      source: String(pdu.source_addr ?? ''),
      dataCoding,
      esmClass,
      registeredDelivery: Number(pdu.registered_delivery ?? 0),
      concat,
      text: decodeText(body, dataCoding, tables),
    };
    const status = this.o.onSubmit?.(sm) ?? 0;
    const messageId = status === 0 ? (this.nextMessageId++).toString(16).toUpperCase() : '';
    session.send(pdu.response({ command_status: status, ...(status === 0 ? { message_id: messageId } : {}) }));
    this.submitted.push({ ...sm, messageId, status });
    for (const w of this.submitWaiters.filter((x) => this.submitted.length >= x.n)) {
      this.submitWaiters.splice(this.submitWaiters.indexOf(w), 1);
      w.resolve();
    }
    if (status === 0 && this.o.receipts && sm.registeredDelivery & 0x01) {
      setTimeout(() => void this.enqueue(this.receiptFor(messageId, sm.destination)), 20).unref();
    }
  }

  /** Accepted submits grouped into whole messages (joined by concatenation reference), in arrival order. */
  messages(): Array<{ destination: string; text: string; segments: number; dataCoding: number }> {
    const out: Array<{ destination: string; text: string; segments: number; dataCoding: number; key: string | null; parts: Map<number, string> }> = [];
    for (const s of this.submitted.filter((x) => x.status === 0)) {
      const key = s.concat ? `${s.destination}/${s.concat.ref}/${s.concat.total}` : null;
      const existing = key ? out.find((m) => m.key === key && m.parts.size < s.concat!.total && !m.parts.has(s.concat!.seq)) : undefined;
      if (existing && s.concat) existing.parts.set(s.concat.seq, s.text);
      else out.push({ destination: s.destination, text: '', segments: 0, dataCoding: s.dataCoding, key, parts: new Map([[s.concat?.seq ?? 1, s.text]]) });
    }
    return out.map((m) => ({
      destination: m.destination,
      dataCoding: m.dataCoding,
      segments: m.parts.size,
      text: [...m.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t).join(''),
    }));
  }
}

function toBytes(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') return Buffer.from(v, 'latin1');
  return new Uint8Array(0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
