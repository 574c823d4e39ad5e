import { Boom } from '@hapi/boom';
import { BufferJSON, DisconnectReason, initAuthCreds, proto, type WAMessage } from '@whiskeysockets/baileys';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SendError } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { createMediaStore, mediaDirFor } from '../../src/media/media-store.ts';
import { createSealedChannelState } from '../../src/store/sealed-channel-state.ts';
import { createTestContext, type TestContext } from '../../test/harness/test-deps.ts';
import { loadAuthState } from './auth-state.ts';
import type { WhatsappBaileysConfig } from './config.ts';
import { fakeSocketFactory, type FakeWaSocket } from './fake-socket.ts';
import { createWhatsappBaileysChannel, type WhatsappBaileysOptions } from './index.ts';
import type { WhatsappBaileysChannel } from './lazy.ts';
import { decideReconnect } from './reconnect.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

const SETTINGS: WhatsappBaileysConfig = { acceptGroups: false, maxPerMinute: 20, pairingPhone: undefined };
const AYSE_JID = '905321234567@s.whatsapp.net';

async function until(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface Rig {
  t: TestContext;
  channel: WhatsappBaileysChannel;
  sockets: ReturnType<typeof fakeSocketFactory>;
  sock(): FakeWaSocket;
}

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.channel.stop();
  await rig?.t.close();
  rig = undefined;
});

async function makeRig(settings: Partial<WhatsappBaileysConfig> = {}, options: Partial<WhatsappBaileysOptions> = {}, start = true): Promise<Rig> {
  const sockets = fakeSocketFactory();
  let channel!: WhatsappBaileysChannel;
  const t = createTestContext({
    channels: (deps: ChannelFactoryDeps) => {
      const media = createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: 1_000_000, now: deps.now });
      channel = createWhatsappBaileysChannel(deps, { ...SETTINGS, ...settings }, {
        media,
        createSocket: sockets.create,
        terminal: { isTTY: false, write: () => true },
        random: () => 0,
        receiveRetryMs: 10,
        ...options,
      });
      return [channel];
    },
  });
  if (start) await channel.start(channelContext(t.deps.intake, t.deps.log));
  rig = { t, channel, sockets, sock: () => sockets.last() };
  return rig;
}

/** What a phone does when the QR is scanned: creds gain `me`, and WhatsApp asks for a restart. */
function pair(s: FakeWaSocket) {
  s.auth.creds.me = { id: '908501234567:3@s.whatsapp.net', name: 'Alo 183' };
  s.auth.creds.registered = true;
  s.emit('creds.update', { me: s.auth.creds.me, registered: true });
}

const close = (s: FakeWaSocket, statusCode: number) =>
  s.emit('connection.update', { connection: 'close', lastDisconnect: { error: new Boom('closed', { statusCode }), date: new Date() } });

describe('reconnect policy (pure)', () => {
  it.each([
    ['restart required', DisconnectReason.restartRequired, 'reconnect', 0],
    ['connection lost / timed out', DisconnectReason.connectionLost, 'reconnect', 500],
    ['connection closed', DisconnectReason.connectionClosed, 'reconnect', 500],
    ['service unavailable', DisconnectReason.unavailableService, 'reconnect', 500],
    ['bad session', DisconnectReason.badSession, 'reconnect', 500],
    ['no reason', undefined, 'reconnect', 500],
    ['logged out', DisconnectReason.loggedOut, 'repair', undefined],
    ['multi-device mismatch', DisconnectReason.multideviceMismatch, 'repair', undefined],
    ['replaced by another session', DisconnectReason.connectionReplaced, 'stop', undefined],
    ['forbidden', DisconnectReason.forbidden, 'stop', undefined],
  ])('%s (%s) → %s', (_label, code, action, delayMs) => {
    const d = decideReconnect(code, 1, { paired: true, random: () => 0 });
    expect(d.action).toBe(action);
    if (delayMs !== undefined && d.action === 'reconnect') expect(d.delayMs).toBe(delayMs);
  });

  it('backs off exponentially, capped at 5 minutes when paired and 30 s when not', () => {
    const delays = [1, 2, 3, 4, 10, 30].map((n) => decideReconnect(DisconnectReason.connectionLost, n, { paired: true, random: () => 1 }));
    expect(delays.map((d) => (d.action === 'reconnect' ? d.delayMs : -1))).toEqual([1000, 2000, 4000, 8000, 300_000, 300_000]);
    const unpaired = decideReconnect(DisconnectReason.timedOut, 10, { paired: false, random: () => 1 });
    expect(unpaired.action === 'reconnect' && unpaired.delayMs).toBe(30_000);
  });
});

describe('reconnect behaviour with a fake socket', () => {
  it.each([
    ['restart required', DisconnectReason.restartRequired],
    ['connection lost', DisconnectReason.connectionLost],
    ['connection closed', DisconnectReason.connectionClosed],
    ['service unavailable', DisconnectReason.unavailableService],
  ])('%s → a new socket, health degraded until it opens', async (_label, code) => {
    const { channel, sockets, sock } = await makeRig();
    pair(sock());
    sock().emit('connection.update', { connection: 'open' });
    expect(channel.health().state).toBe('up');
    close(sock(), code);
    expect(channel.health().state).toBe('degraded');
    await until(() => sockets.sockets.length === 2, 'a second socket');
    sock().emit('connection.update', { connection: 'open' });
    expect(channel.health()).toMatchObject({ state: 'up', detail: 'connected' });
    // The paired session is kept: the new socket is handed the same creds.
    expect(sockets.sockets[1]!.auth.creds.me?.id).toBe('908501234567:3@s.whatsapp.net');
  });

  it('logged out → the session is forgotten, health says needs pairing, and a fresh QR is offered', async () => {
    const { t, channel, sockets, sock } = await makeRig();
    pair(sock());
    sock().emit('connection.update', { connection: 'open' });
    const store = createSealedChannelState(t.deps.db, t.deps.cipher, 'whatsapp');
    expect(store.size()).toBeGreaterThan(0);
    close(sock(), DisconnectReason.loggedOut);
    expect(channel.health().state).toBe('down');
    expect(channel.health().detail).toMatch(/needs pairing/);
    expect(store.size()).toBe(0);
    await until(() => sockets.sockets.length === 2, 'a fresh socket');
    const fresh = sockets.sockets[1]!;
    expect(fresh.auth.creds.registered).toBe(false);
    expect(fresh.auth.creds.me).toBeUndefined();
    expect(Buffer.from(fresh.auth.creds.noiseKey.public).equals(Buffer.from(sockets.sockets[0]!.auth.creds.noiseKey.public))).toBe(false);
    fresh.emit('connection.update', { qr: '2@fresh-qr-ref,abc,def,ghi' });
    expect(channel.pairing()).toMatchObject({ state: 'needs_pairing', qr: '2@fresh-qr-ref,abc,def,ghi' });
    const health = (await (await t.app.request('/healthz')).json()) as { channels: Record<string, { state: string; detail: string }> };
    expect(health.channels.whatsapp).toMatchObject({ state: 'down', detail: expect.stringMatching(/needs pairing/) });
  });

  it.each([
    ['replaced by another session', DisconnectReason.connectionReplaced, /replaced/],
    ['forbidden', DisconnectReason.forbidden, /forbidden/],
  ])('%s → does not come back by itself', async (_label, code, detail) => {
    const { channel, sockets, sock } = await makeRig();
    pair(sock());
    sock().emit('connection.update', { connection: 'open' });
    close(sock(), code);
    await new Promise((r) => setTimeout(r, 800));
    expect(sockets.sockets).toHaveLength(1);
    expect(channel.health().state).toBe('down');
    expect(channel.health().detail).toMatch(detail);
    await expect(channel.send({ id: 1, channel: 'whatsapp', to: '+905321234567', text: 'x', kind: 'reply' })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('events from a socket already replaced are ignored', async () => {
    const { channel, sockets, sock } = await makeRig();
    pair(sock());
    const first = sock();
    close(first, DisconnectReason.restartRequired);
    await until(() => sockets.sockets.length === 2, 'a second socket');
    sockets.sockets[1]!.emit('connection.update', { connection: 'open' });
    close(first, DisconnectReason.connectionReplaced);
    expect(channel.health().state).toBe('up');
  });
});

describe('auth state in the database', () => {
  let t: TestContext | undefined;
  afterEach(async () => t?.close());

  it('round-trips creds and signal keys, deletes on null, and leaves nothing readable in the file', async () => {
    t = createTestContext();
    const store = createSealedChannelState(t.deps.db, t.deps.cipher, 'whatsapp');
    const a = loadAuthState(store, t.deps.now);
    a.state.creds.me = { id: '908501234567:3@s.whatsapp.net', name: 'Alo 183' };
    a.state.creds.registered = true;
    a.saveCreds();
    const preKey = { public: randomBytes(32), private: randomBytes(32) };
    const session = randomBytes(120);
    await a.state.keys.set({
      'pre-key': { '7': preKey },
      session: { '905321234567.0': session },
      'app-state-sync-key': { AAAAAJq7: { keyData: randomBytes(32), fingerprint: { rawId: 3, currentIndex: 1 }, timestamp: 1795770000 } },
      'lid-mapping': { '905321234567': '187654321098765' },
    });

    const b = loadAuthState(store, t.deps.now);
    expect(JSON.stringify(b.state.creds, BufferJSON.replacer)).toBe(JSON.stringify(a.state.creds, BufferJSON.replacer));
    expect(b.registered()).toBe(true);
    const keys = await b.state.keys.get('pre-key', ['7', '8']);
    expect(Buffer.from(keys['7']!.private).equals(preKey.private)).toBe(true);
    expect(keys['8']).toBeUndefined();
    expect(Buffer.from((await b.state.keys.get('session', ['905321234567.0']))['905321234567.0']!).equals(session)).toBe(true);
    const sync = (await b.state.keys.get('app-state-sync-key', ['AAAAAJq7'])).AAAAAJq7;
    expect(sync).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect((await b.state.keys.get('lid-mapping', ['905321234567']))['905321234567']).toBe('187654321098765');

    await b.state.keys.set({ session: { '905321234567.0': null } });
    expect(await b.state.keys.get('session', ['905321234567.0'])).toEqual({});

    t.deps.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(t.dbPath);
    for (const needle of ['905321234567', '908501234567', '187654321098765', 'noiseKey', 'pre-key', 'Alo 183', preKey.private.toString('base64'), a.state.creds.advSecretKey])
      expect(file.includes(Buffer.from(needle)), needle).toBe(false);
    expect(file.includes(preKey.private)).toBe(false);
  });

  it('a fresh state has new creds and is not registered', () => {
    t = createTestContext();
    const a = loadAuthState(createSealedChannelState(t.deps.db, t.deps.cipher, 'whatsapp'), t.deps.now);
    expect(a.registered()).toBe(false);
    expect(Object.keys(a.state.creds).sort()).toEqual(Object.keys(initAuthCreds()).sort());
  });
});

const ayseText = (id: string, text: string, remoteJid = AYSE_JID) =>
  proto.WebMessageInfo.fromObject({ key: { remoteJid, fromMe: false, id }, messageTimestamp: 1795770000, pushName: 'Ayşe', message: { conversation: text } }) as WAMessage;

describe('outbound', () => {
  it('sends a reply through the outbox with sendMessage, and receipts move its status forward', async () => {
    const { t, channel, sock } = await makeRig();
    pair(sock());
    sock().emit('connection.update', { connection: 'open' });
    sock().emit('messages.upsert', { messages: [ayseText('3EB0IN01', 'Merhaba')], type: 'notify' });
    await until(() => (t.deps.db.$client.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n === 1, 'the inbound message');
    const res = await t.api('POST', '/api/tickets/1/replies', { text: 'Merhaba, size nasıl yardımcı olabiliriz?' });
    expect(res.status).toBe(201);
    const { messageId } = (await res.json()) as { messageId: number };
    t.deps.outbox.start();
    await until(() => sock().sent.length === 1, 'the send');
    expect(sock().sent[0]).toMatchObject({ jid: AYSE_JID, text: 'Merhaba, size nasıl yardımcı olabiliriz?' });
    const status = () => t.deps.db.$client.prepare('SELECT status, external_id FROM messages WHERE id = ?').get(messageId) as { status: string; external_id: string };
    await until(() => status().status === 'sent', 'sent');
    expect(status().external_id).toBe(sock().sent[0]!.id);

    const receipt = (s: proto.WebMessageInfo.Status) =>
      sock().emit('messages.update', [{ key: { remoteJid: AYSE_JID, fromMe: true, id: sock().sent[0]!.id }, update: { status: s } }]);
    receipt(proto.WebMessageInfo.Status.DELIVERY_ACK);
    await until(() => status().status === 'delivered', 'delivered');
    receipt(proto.WebMessageInfo.Status.READ);
    await until(() => status().status === 'read', 'read');
    receipt(proto.WebMessageInfo.Status.DELIVERY_ACK); // late and out of order: ignored
    await new Promise((r) => setTimeout(r, 100));
    expect(status().status).toBe('read');
    void channel;
  });

  it('replies to a LID-only contact at its LID', async () => {
    const { channel, sock } = await makeRig();
    sock().emit('connection.update', { connection: 'open' });
    await channel.send({ id: 1, channel: 'whatsapp', to: '187654321098765@lid', text: 'Merhaba', kind: 'reply' });
    expect(sock().sent[0]!.jid).toBe('187654321098765@lid');
  });

  it('refuses more than the configured sends a minute, with a retry time, then allows again', async () => {
    const { t, channel, sock } = await makeRig({ maxPerMinute: 2 });
    sock().emit('connection.update', { connection: 'open' });
    const msg = (id: number) => ({ id, channel: 'whatsapp', to: '+905321234567', text: 'yanıt', kind: 'reply' });
    await channel.send(msg(1));
    t.clock.now += 10_000;
    await channel.send(msg(2));
    const err = (await channel.send(msg(3)).catch((e: unknown) => e)) as SendError;
    expect(err).toBeInstanceOf(SendError);
    expect(err).toMatchObject({ code: 'throttled', retryable: true, retryAfterMs: 50_000 });
    expect(sock().sent).toHaveLength(2);
    t.clock.now += 50_000;
    await channel.send(msg(4));
    expect(sock().sent).toHaveLength(3);
  });

  it.each([
    ['not a WhatsApp address', '+90 abc', 'rejected'],
    ['an SMS short code', '4545', 'rejected'],
  ])('refuses %s', async (_label, to, code) => {
    const { channel, sock } = await makeRig();
    sock().emit('connection.update', { connection: 'open' });
    await expect(channel.send({ id: 1, channel: 'whatsapp', to, text: 'x', kind: 'reply' })).rejects.toMatchObject({ code });
  });

  it('is unavailable (retryable) while not connected or when the socket drops mid-send', async () => {
    const { channel, sock } = await makeRig();
    const msg = { id: 1, channel: 'whatsapp', to: '+905321234567', text: 'x', kind: 'reply' };
    await expect(channel.send(msg)).rejects.toMatchObject({ code: 'unavailable', retryable: true });
    sock().emit('connection.update', { connection: 'open' });
    sock().failSends = true;
    await expect(channel.send(msg)).rejects.toMatchObject({ code: 'unavailable', retryable: true });
  });
});

describe('pairing', () => {
  it('offers the QR as SVG to admins, gives a pairing code, and says so in /healthz', async () => {
    const { t, channel, sock } = await makeRig();
    expect(channel.health()).toMatchObject({ state: 'down', detail: expect.stringMatching(/needs pairing/) });
    let res = await t.api('GET', '/api/channels/whatsapp/pairing');
    expect(await res.json()).toMatchObject({ state: 'needs_pairing', qr: null, pairingCode: null });
    sock().emit('connection.update', { qr: '2@AbCdEf==,ZmFrZS1ub2lzZQ==,aWRlbnRpdHk=,YWR2' });
    res = await t.api('GET', '/api/channels/whatsapp/pairing');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { state: string; qr: string };
    expect(body.state).toBe('needs_pairing');
    expect(body.qr).toMatch(/^<svg[^>]*>/);
    expect(body.qr).not.toMatch(/<script|on\w+=/i);

    res = await t.api('POST', '/api/channels/whatsapp/pairing-code', { phone: '+90 532 123 45 67' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ pairingCode: 'KOPR1234' });
    expect(sock().pairingRequests).toEqual(['905321234567']);
    expect(((await (await t.api('GET', '/api/channels/whatsapp/pairing')).json()) as { pairingCode: string }).pairingCode).toBe('KOPR1234');

    res = await t.api('POST', '/api/channels/whatsapp/pairing-code', { phone: '12' });
    expect(res.status).toBe(400);
    res = await t.api('POST', '/api/channels/whatsapp/pairing-code', { phone: '905321234567', extra: 1 });
    expect(res.status).toBe(400);
    expect((await t.app.request('/api/channels/whatsapp/pairing')).status).toBe(401);

    pair(sock());
    sock().emit('connection.update', { connection: 'open' });
    res = await t.api('POST', '/api/channels/whatsapp/pairing-code', { phone: '905321234567' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('already_paired');
    expect(await (await t.api('GET', '/api/channels/whatsapp/pairing')).json()).toMatchObject({ state: 'connected', qr: null });
  });

  it('asks for a pairing code by itself when WHATSAPP_BAILEYS_PAIRING_PHONE is set, and prints the QR on a terminal', async () => {
    const printed: string[] = [];
    const { channel, sock } = await makeRig({ pairingPhone: '905321234567' }, { terminal: { isTTY: true, write: (s: string) => printed.push(s) } });
    sock().emit('connection.update', { qr: '2@AbCdEf==,ZmFrZS1ub2lzZQ==,aWRlbnRpdHk=,YWR2' });
    await until(() => channel.pairing().pairingCode === 'KOPR1234' && printed.length > 0, 'code and terminal QR');
    expect(sock().pairingRequests).toEqual(['905321234567']);
    expect(printed.join('')).toMatch(/Linked devices/);
    expect(printed.join('')).toMatch(/[█▀▄]/);
  });

  it('answers 404 when Baileys is not enabled', async () => {
    const t = createTestContext();
    try {
      const res = await t.api('GET', '/api/channels/whatsapp/pairing');
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_configured');
    } finally {
      await t.close();
    }
  });
});
