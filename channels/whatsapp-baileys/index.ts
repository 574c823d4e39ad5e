import { downloadMediaMessage, type WAMessage } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import QRCode from 'qrcode';
import {
  SendError,
  type Attachment,
  type Channel,
  type ChannelContext,
  type ChannelHealth,
  type InboundEvent,
  type InboundMessage,
  type OutboundMessage,
  type SendResult,
} from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { attachmentFor } from '../../src/media/attachment-for.ts';
import type { MediaStore } from '../../src/media/media-store.ts';
import { readCapped } from '../../src/media/read-capped.ts';
import { createIntakeStore } from '../../src/store/intake-store.ts';
import { createSealedChannelState } from '../../src/store/sealed-channel-state.ts';
import { loadAuthState, type DbAuthState } from './auth-state.ts';
import { pairingDigits, type WhatsappBaileysConfig } from './config.ts';
import { WHATSAPP_BAILEYS, type WhatsappBaileysChannel, type WhatsappLinkState } from './lazy.ts';
import { PairingError } from './pairing-error.ts';
import { addressOfJid, jidOfAddress, splitJids } from './jid.ts';
import { parseReceipts, parseWaMessage, type ParsedWaMessage, type WaMediaPart } from './parse.ts';
import { createMinuteLimiter } from './rate-limit.ts';
import { decideReconnect, disconnectCode } from './reconnect.ts';
import type { WaSocketFactory, WaSocketLike } from './socket-like.ts';
import { createBaileysSocket } from './socket.ts';

export interface WhatsappBaileysOptions {
  media: MediaStore;
  /** Makes the socket; the real one (./socket.ts) by default. Tests pass a fake. */
  createSocket?: WaSocketFactory;
  random?: () => number;
  /** Where a text QR goes when a person watches the terminal. */
  terminal?: { isTTY?: boolean; write(text: string): unknown };
  downloadTimeoutMs?: number;
  /** Waits before retrying intake when the database refused a batch. */
  receiveRetryMs?: number;
}

const HEALTH: Record<WhatsappLinkState, ChannelHealth['state']> = {
  connected: 'up',
  connecting: 'degraded',
  reconnecting: 'degraded',
  needs_pairing: 'down',
  replaced: 'down',
  forbidden: 'down',
  stopped: 'down',
};

/**
 * WhatsApp as a linked device (Baileys) on the hotline's own number: QR or code pairing, auth in the
 * database, reconnects by disconnect reason, messages and media into intake, replies rate-limited.
 */
export function createWhatsappBaileysChannel(deps: ChannelFactoryDeps, settings: WhatsappBaileysConfig, options: WhatsappBaileysOptions): WhatsappBaileysChannel {
  const createSocket = options.createSocket ?? createBaileysSocket;
  const authStore = createSealedChannelState(deps.db, deps.cipher, WHATSAPP_BAILEYS);
  const lidStore = createSealedChannelState(deps.db, deps.cipher, `${WHATSAPP_BAILEYS}-lid`);
  const intakeStore = createIntakeStore(deps.db);
  const limiter = createMinuteLimiter(settings.maxPerMinute, deps.now);
  const terminal = options.terminal ?? process.stdout;
  const downloadTimeoutMs = options.downloadTimeoutMs ?? 60_000;
  const receiveRetryMs = options.receiveRetryMs ?? 1000;

  let log: Logger = deps.log.child({ channel: WHATSAPP_BAILEYS });
  let ctx: ChannelContext | null = null;
  let auth: DbAuthState = loadAuthState(authStore, deps.now);
  let sock: WaSocketLike | null = null;
  let generation = 0;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let qr: string | null = null;
  let pairingCode: string | null = null;
  let autoCodeRequested = false;
  let qrWaiters: Array<() => void> = [];
  const inflight = new Set<Promise<void>>();
  let status: { state: WhatsappLinkState; detail: string; since: Date } = { state: 'stopped', detail: 'not started', since: new Date(deps.now()) };

  const setState = (state: WhatsappLinkState, detail: string) => {
    if (status.state !== state || status.detail !== detail) status = { state, detail, since: new Date(deps.now()) };
  };

  const track = (p: Promise<void>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  const connect = () => {
    timer = null;
    if (stopped) return;
    const gen = ++generation;
    qr = null;
    pairingCode = null;
    setState(auth.registered() ? (attempt ? 'reconnecting' : 'connecting') : 'needs_pairing', auth.registered() ? 'connecting to WhatsApp' : 'waiting for a QR code from WhatsApp');
    let s: WaSocketLike;
    try {
      s = createSocket(auth.state, log);
    } catch (err) {
      log.error({ err }, 'whatsapp: could not create the socket');
      return onClose(gen, undefined);
    }
    sock = s;
    const current = auth;
    s.ev.on('creds.update', () => {
      // A socket from before a logout must not write its dead session back.
      if (gen === generation && current === auth) auth.saveCreds();
    });
    s.ev.on('connection.update', (u) => {
      if (gen !== generation) return;
      if (u.qr) onQr(u.qr);
      if (u.connection === 'open') {
        attempt = 0;
        qr = null;
        pairingCode = null;
        setState('connected', 'connected');
        log.info('whatsapp: connected');
      } else if (u.connection === 'close') onClose(gen, u.lastDisconnect?.error);
    });
    s.ev.on('messages.upsert', ({ messages, type }) => {
      // `append` is history and our own echoes; only `notify` is a new message.
      if (type === 'notify') track(onMessages(messages));
    });
    s.ev.on('messages.update', (updates) => {
      const events: InboundEvent[] = parseReceipts(updates).map((r) => ({ type: 'status', channel: WHATSAPP_BAILEYS, externalId: r.externalId, status: r.status }));
      if (events.length) track(deliver(events));
    });
    s.ev.on('lid-mapping.update', ({ lid, pn }) => rememberLid(lid, pn));
  };

  const onQr = (payload: string) => {
    qr = payload;
    setState('needs_pairing', 'needs pairing: scan the QR code on the admin page, or ask for a pairing code');
    for (const w of qrWaiters) w();
    qrWaiters = [];
    if (terminal.isTTY)
      void QRCode.toString(payload, { type: 'terminal', small: true }).then(
        (text) => terminal.write(`\nWhatsApp: scan this with the hotline phone (Linked devices → Link a device)\n${text}\n`),
        () => undefined,
      );
    if (settings.pairingPhone && !autoCodeRequested && sock) {
      autoCodeRequested = true;
      sock.requestPairingCode(settings.pairingPhone).then(
        (code) => {
          pairingCode = code;
          log.info('whatsapp: pairing code ready (shown on the admin page)');
        },
        (err: unknown) => log.warn({ err }, 'whatsapp: could not get a pairing code'),
      );
    }
  };

  const onClose = (gen: number, error: unknown) => {
    if (gen !== generation) return;
    sock = null;
    qr = null;
    if (stopped) return setState('stopped', 'stopped');
    attempt++;
    const code = disconnectCode(error);
    const decision = decideReconnect(code, attempt, { paired: auth.registered(), random: options.random });
    log.warn({ code, attempt, action: decision.action, reason: decision.reason }, 'whatsapp: connection closed');
    if (decision.action === 'reconnect') {
      if (decision.delayMs === 0) {
        setState(auth.registered() ? 'reconnecting' : 'needs_pairing', decision.reason);
        timer = setTimeout(connect, 0);
      } else {
        const detail = `${decision.reason}; reconnecting in ${Math.ceil(decision.delayMs / 1000)} s`;
        setState(auth.registered() ? 'reconnecting' : 'needs_pairing', auth.registered() ? detail : `needs pairing (${detail})`);
        timer = setTimeout(connect, decision.delayMs);
      }
    } else if (decision.action === 'repair') {
      // The phone unlinked us: this session is dead. Forget it and offer a fresh QR.
      authStore.clear();
      auth = loadAuthState(authStore, deps.now);
      attempt = 0;
      autoCodeRequested = false;
      setState('needs_pairing', `needs pairing: ${decision.reason}`);
      timer = setTimeout(connect, 0);
    } else {
      // Another session took the number (or WhatsApp refused it): fighting back would flap both.
      setState(code === 440 ? 'replaced' : 'forbidden', `${decision.reason}; restart Köprü to connect again`);
    }
  };

  const rememberLid = (lid: string, pn: string) => {
    const { lid: l, pn: p } = splitJids(lid, pn);
    if (l && p && lidStore.get(l) !== p) lidStore.set(l, p, deps.now());
  };

  /** One contact per person: the phone number when known, whether WhatsApp wrote the LID or the phone JID. */
  const addressOf = async (m: ParsedWaMessage): Promise<string> => {
    const { pn, lid } = splitJids(m.senderJid, m.senderAltJid);
    if (pn && lid) rememberLid(lid, pn);
    if (pn) return addressOfJid(pn);
    if (lid) {
      let known = lidStore.get(lid);
      if (!known && sock?.pnForLid) {
        known = (await sock.pnForLid(lid).catch(() => null)) ?? undefined;
        if (known) rememberLid(lid, known);
      }
      return known ? addressOfJid(known) : lid;
    }
    return addressOfJid(m.senderJid);
  };

  const fetchMedia = async (msg: WAMessage, part: WaMediaPart, id: string): Promise<Attachment> => {
    const extra = part.kind === 'audio' ? { voice: part.voice === true, ...(part.seconds ? { seconds: part.seconds } : {}) } : part.seconds ? { seconds: part.seconds } : {};
    const attachment = attachmentFor(options.media, part, extra);
    const failed = attachment.failed;
    if (part.declaredSize !== undefined && part.declaredSize > options.media.maxBytes) return failed('too large', part.declaredSize);
    const type = options.media.accepts(part.contentType, part.filename);
    if (!type) return failed('type not allowed');
    const s = sock;
    try {
      const stream = await downloadMediaMessage(
        msg,
        'stream',
        {},
        s?.updateMediaMessage ? { reuploadRequest: (m) => s.updateMediaMessage!(m), logger: log } : undefined,
      );
      const timeout = setTimeout(() => stream.destroy(new Error('download timed out')), downloadTimeoutMs);
      let bytes: Buffer;
      try {
        bytes = await readCapped(stream, options.media.maxBytes);
      } finally {
        clearTimeout(timeout);
      }
      return await attachment.kept(bytes, type);
    } catch (err) {
      log.warn({ messageId: id, kind: part.kind, err: err instanceof Error ? err.message : String(err) }, 'whatsapp: media not kept');
      return attachment.failure(err);
    }
  };

  const toInbound = async (msg: WAMessage, m: ParsedWaMessage): Promise<InboundMessage> => {
    const attachments = [...m.attachments];
    // A failed download must not lose the message: the attachment is kept, marked with its error.
    if (m.media) attachments.unshift(await fetchMedia(msg, m.media, m.id));
    return {
      type: 'message',
      channel: WHATSAPP_BAILEYS,
      externalId: m.id,
      from: await addressOf(m),
      ...(m.pushName ? { fromName: m.pushName } : {}),
      text: m.text,
      attachments,
      receivedAt: m.receivedAt,
      meta: { whatsappType: m.waType, ...(m.groupJid ? { group: m.groupJid } : {}) },
    };
  };

  const onMessages = async (messages: WAMessage[]) => {
    const events: InboundEvent[] = [];
    for (const msg of messages) {
      const parsed = parseWaMessage(msg, { acceptGroups: settings.acceptGroups });
      if (!parsed.ok) {
        log.debug({ messageId: msg.key?.id, skip: parsed.skip }, 'whatsapp: message skipped');
        continue;
      }
      // Baileys replays after a reconnect; intake deduplicates too, this only spares a second download.
      if (intakeStore.findMessage(WHATSAPP_BAILEYS, parsed.message.id)) continue;
      try {
        events.push(await toInbound(msg, parsed.message));
      } catch (err) {
        log.error({ err, messageId: parsed.message.id }, 'whatsapp: could not read a message');
      }
    }
    await deliver(events);
  };

  /** Baileys has already acknowledged to WhatsApp: keep trying intake rather than drop a citizen's message. */
  const deliver = async (events: InboundEvent[]) => {
    if (!events.length) return;
    for (let i = 0; ; i++) {
      try {
        if (!ctx) throw new Error('channel not started');
        await ctx.receive(events);
        return;
      } catch (err) {
        if (i >= 5 || stopped) {
          log.error({ err, ids: events.map((e) => e.externalId) }, 'whatsapp: intake refused these events; they are lost');
          return;
        }
        await new Promise((r) => setTimeout(r, receiveRetryMs * 2 ** i));
      }
    }
  };

  return {
    name: WHATSAPP_BAILEYS,
    async start(c) {
      ctx = c;
      log = c.log;
      stopped = false;
      connect();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      generation++;
      const s = sock;
      sock = null;
      try {
        s?.end(undefined);
      } catch {
        /* already closed */
      }
      setState('stopped', 'stopped');
      for (const w of qrWaiters) w();
      qrWaiters = [];
      await Promise.allSettled([...inflight]);
    },
    health() {
      return { state: HEALTH[status.state], detail: status.state === 'needs_pairing' ? `needs pairing: ${status.detail.replace(/^needs pairing:?\s*/, '')}` : status.detail, since: status.since };
    },
    pairing() {
      return { ...status, qr, pairingCode };
    },
    async requestPairingCode(phone) {
      const digits = pairingDigits(phone);
      if (!digits) throw new PairingError('invalid_phone', 'the phone number must have its country code, e.g. 905321234567');
      if (auth.registered()) throw new PairingError('already_paired', 'this device is paired already; unlink it from the phone first');
      if (stopped || status.state === 'replaced' || status.state === 'forbidden') throw new PairingError('not_running', `the WhatsApp link is ${status.state}; restart Köprü`);
      if (!sock && timer) {
        clearTimeout(timer);
        connect();
      }
      // WhatsApp accepts a code request only on a socket that is already waiting for pairing.
      if (!qr) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 30_000);
          qrWaiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      const s = sock;
      if (!s || !qr) throw new PairingError('no_socket', 'WhatsApp did not offer pairing in time; try again in a minute');
      const code = await s.requestPairingCode(digits);
      pairingCode = code;
      return code;
    },
    async send(msg: OutboundMessage): Promise<SendResult> {
      const s = sock;
      if (!s || status.state !== 'connected') throw new SendError('unavailable', `WhatsApp link is ${status.state.replace('_', ' ')}`);
      const jid = jidOfAddress(msg.to);
      if (!jid) throw new SendError('rejected', 'not a WhatsApp address');
      const wait = limiter.take();
      if (wait > 0) throw new SendError('throttled', `more than ${settings.maxPerMinute} replies a minute`, { retryAfterMs: wait });
      let sent: WAMessage | undefined;
      try {
        sent = await s.sendMessage(jid, { text: msg.text });
      } catch (err) {
        throw new SendError('unavailable', `WhatsApp refused the send: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
      if (!sent?.key.id) throw new SendError('unavailable', 'WhatsApp gave no message id');
      return { externalId: sent.key.id, status: 'sent' };
    },
  };
}
