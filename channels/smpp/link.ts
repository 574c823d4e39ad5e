import type { Logger } from 'pino';
import smpp, { type PDU, type Session } from 'smpp';
import { SendError, type ChannelHealth } from '../../src/channel.ts';
import { backoffMs } from '../../src/outbox/backoff.ts';
import { TokenBucket } from '../../src/outbox/rate-limit.ts';
import { useRawMessageBodies } from './raw-bodies.ts';
import { mapSubmitStatus, statusName } from './status.ts';

/**
 * One SMPP link (ESME → one operator's SMSC): bind as transceiver, or as a receiver and a transmitter
 * pair; enquire_link both ways; a new session with exponential backoff and jitter whenever the link
 * drops (node-smpp neither reconnects nor revives a dead session); at most `window` submit_sm
 * unanswered and at most `tps` a second.
 */

export type BindMode = 'transceiver' | 'receiver+transmitter' | 'transmitter' | 'receiver';

export interface SmppLinkOptions {
  name: string;
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
  systemType: string;
  bindMode: BindMode;
  window: number;
  tps: number;
  enquireLinkMs: number;
  /** How long to wait for a response (bind, submit_sm, enquire_link) before calling the link dead. */
  responseTimeoutMs: number;
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  log: Logger;
  /** deliver_sm / data_sm in; resolves to the command_status for the response (0 after commit). */
  onDeliver: (pdu: PDU) => Promise<number>;
  random?: () => number;
}

type Role = 'transceiver' | 'transmitter' | 'receiver';

interface PendingSubmit {
  resolve: (messageId: string) => void;
  reject: (err: SendError) => void;
  timer: NodeJS.Timeout;
}

class BindSession {
  session: Session | null = null;
  bound = false;
  since = new Date();
  detail = 'not started';
  private attempts = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private enquireTimer: NodeJS.Timeout | null = null;
  private stopped = true;
  readonly pending = new Map<number, PendingSubmit>();

  constructor(
    readonly role: Role,
    private readonly o: SmppLinkOptions,
    private readonly onChange: () => void,
  ) {}

  start() {
    this.stopped = false;
    this.connect();
  }

  async stop() {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const s = this.session;
    if (!s) return;
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      const force = setTimeout(() => s.destroy(done), 2_000);
      force.unref();
      if (this.bound && s.socket.writable) s.unbind(() => s.close(done));
      else s.destroy(done);
    });
  }

  private connect() {
    if (this.stopped) return;
    const { host, port, tls } = this.o;
    const session = smpp.connect({ host, port, tls });
    this.session = session;
    const connectTimer = setTimeout(() => {
      if (!this.bound) session.destroy();
    }, this.o.responseTimeoutMs);
    connectTimer.unref();

    session.on(tls ? 'secureConnect' : 'connect', () => {
      const bind = { system_id: this.o.systemId, password: this.o.password, system_type: this.o.systemType, interface_version: 0x34 };
      const cb = (pdu: PDU) => {
        clearTimeout(connectTimer);
        if (pdu.command_status === 0) {
          this.attempts = 0;
          this.setState(true, `bound as ${this.role} to ${host}:${port}`);
          this.o.log.info({ link: this.o.name, role: this.role, host, port }, 'smpp: bound');
          this.scheduleEnquire(session);
        } else {
          this.detail = `bind refused: ${statusName(pdu.command_status)}`;
          this.o.log.error({ link: this.o.name, role: this.role, status: statusName(pdu.command_status) }, 'smpp: bind refused');
          session.destroy();
        }
      };
      if (this.role === 'transceiver') session.bind_transceiver(bind, cb);
      else if (this.role === 'transmitter') session.bind_transmitter(bind, cb);
      else session.bind_receiver(bind, cb);
    });

    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    // The responses of one commit are released together: corked until the next tick, they leave in one write.
    let corked = false;
    const inbound = (pdu: PDU) => {
      this.o.onDeliver(pdu).then(
        (status) => {
          // A response on a newer session would answer nothing: the SMSC re-sends on the new one.
          if (this.session !== session || !session.socket.writable) return;
          if (!corked) {
            corked = true;
            session.socket.cork();
            process.nextTick(() => {
              corked = false;
              session.socket.uncork();
            });
          }
          session.send(pdu.response({ command_status: status }));
        },
        () => undefined,
      );
    };
    session.on('deliver_sm', inbound);
    session.on('data_sm', inbound);
    session.on('error', (err: Error) => {
      this.detail = `error: ${err.message}`;
      // While the SMSC stays unreachable, say so on the first failure and every tenth, not every retry.
      const loud = this.bound || this.attempts % 10 === 0;
      (loud ? this.o.log.warn : this.o.log.debug).call(this.o.log, { link: this.o.name, role: this.role, err: err.message, attempt: this.attempts + 1 }, 'smpp: session error');
    });
    session.on('close', () => {
      clearTimeout(connectTimer);
      if (this.session !== session) return;
      this.session = null;
      if (this.enquireTimer) clearTimeout(this.enquireTimer);
      for (const [seq, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new SendError('unavailable', 'SMPP link closed before submit_sm_resp'));
        this.pending.delete(seq);
      }
      const wasBound = this.bound;
      this.setState(false, this.bound || !this.detail.startsWith('bind refused') ? 'link closed' : this.detail);
      if (this.stopped) return;
      this.attempts++;
      const wait = backoffMs(this.attempts, this.o.random, this.o.reconnectBaseMs, this.o.reconnectMaxMs);
      (wasBound ? this.o.log.warn : this.o.log.debug).call(this.o.log, { link: this.o.name, role: this.role, retryInMs: wait }, 'smpp: link down, reconnecting');
      this.retryTimer = setTimeout(() => this.connect(), wait);
      this.retryTimer.unref();
    });
  }

  private scheduleEnquire(session: Session) {
    if (this.enquireTimer) clearTimeout(this.enquireTimer);
    this.enquireTimer = setTimeout(() => {
      if (this.session !== session) return;
      const dead = setTimeout(() => {
        this.o.log.warn({ link: this.o.name, role: this.role }, 'smpp: no enquire_link_resp, dropping the link');
        session.destroy();
      }, this.o.responseTimeoutMs);
      dead.unref();
      session.enquire_link(() => {
        clearTimeout(dead);
        this.scheduleEnquire(session);
      });
    }, this.o.enquireLinkMs);
    this.enquireTimer.unref();
  }

  private setState(bound: boolean, detail: string) {
    if (bound !== this.bound) this.since = new Date();
    this.bound = bound;
    this.detail = detail;
    this.onChange();
  }

  submit(fields: Record<string, unknown>): Promise<string> {
    const session = this.session;
    if (!session || !this.bound) return Promise.reject(new SendError('unavailable', `SMPP link ${this.o.name} is not bound`));
    return new Promise<string>((resolve, reject) => {
      const pdu = new smpp.PDU('submit_sm', fields);
      const sent = session.send(pdu, (resp) => {
        const p = this.pending.get(pdu.sequence_number);
        if (!p) return;
        clearTimeout(p.timer);
        this.pending.delete(pdu.sequence_number);
        if (resp.command_status === 0) resolve(String(resp.message_id ?? ''));
        else reject(mapSubmitStatus(resp.command_status));
      });
      if (!sent) return reject(new SendError('unavailable', 'SMPP socket not writable'));
      const timer = setTimeout(() => {
        this.pending.delete(pdu.sequence_number);
        reject(new SendError('unavailable', `no submit_sm_resp within ${this.o.responseTimeoutMs} ms`));
      }, this.o.responseTimeoutMs);
      timer.unref();
      this.pending.set(pdu.sequence_number, { resolve, reject, timer });
    });
  }
}

export class SmppLink {
  private readonly sessions: BindSession[];
  private readonly bucket: TokenBucket;
  private inWindow = 0;
  private readonly windowWaiters: Array<() => void> = [];
  private since = new Date();
  private lastState: ChannelHealth['state'] = 'down';

  constructor(private readonly o: SmppLinkOptions) {
    useRawMessageBodies();
    const roles: Role[] = o.bindMode === 'receiver+transmitter' ? ['receiver', 'transmitter'] : [o.bindMode];
    this.sessions = roles.map((r) => new BindSession(r, o, () => this.noteState()));
    this.bucket = new TokenBucket(o.tps, Math.max(1, Math.min(o.tps, o.window)));
  }

  start() {
    for (const s of this.sessions) s.start();
  }

  async stop() {
    await Promise.all(this.sessions.map((s) => s.stop()));
  }

  get canTransmit(): boolean {
    return this.sessions.some((s) => s.role !== 'receiver' && s.bound);
  }

  health(): ChannelHealth {
    const state = this.state();
    const detail = this.sessions.map((s) => `${s.role}: ${s.bound ? 'bound' : 'unbound'} (${s.detail}) since ${s.since.toISOString()}`).join('; ');
    return { state, detail, since: this.since };
  }

  /** One submit_sm within the window and rate; resolves to the SMSC's message_id, throws SendError. */
  async submit(fields: Record<string, unknown>): Promise<string> {
    const session = this.sessions.find((s) => s.role !== 'receiver' && s.bound);
    if (!session) throw new SendError('unavailable', `SMPP link ${this.o.name} is not bound`);
    await this.acquireWindow();
    try {
      await this.bucket.take();
      return await session.submit(fields);
    } finally {
      this.releaseWindow();
    }
  }

  private state(): ChannelHealth['state'] {
    const bound = this.sessions.filter((s) => s.bound).length;
    return bound === this.sessions.length ? 'up' : bound === 0 ? 'down' : 'degraded';
  }

  private noteState() {
    const s = this.state();
    if (s !== this.lastState) {
      this.lastState = s;
      this.since = new Date();
    }
  }

  private acquireWindow(): Promise<void> {
    if (this.inWindow < this.o.window) {
      this.inWindow++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.windowWaiters.push(resolve));
  }

  private releaseWindow() {
    const next = this.windowWaiters.shift();
    if (next) next();
    else this.inWindow--;
  }
}
