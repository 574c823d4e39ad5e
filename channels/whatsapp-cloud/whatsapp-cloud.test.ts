import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SendError, type Channel } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { loadConfig, ConfigError } from '../../src/config.ts';
import { createMediaStore, mediaDirFor } from '../../src/media/media-store.ts';
import { runInboundCases, type InboundCase, type InboundDriver } from '../../test/harness/inbound-cases.ts';
import { serveTestApp, type ServedApp } from '../../test/harness/serve-app.ts';
import { createTestContext, inbound, type TestContext } from '../../test/harness/test-deps.ts';
import type { WhatsappCloudConfig } from './config.ts';
import { FakeGraphApi } from './fake-graph.ts';
import { createWhatsappCloudChannel, SERVICE_WINDOW_MS, WEBHOOK_PATH } from './index.ts';
import { parseCloudWebhook } from './parse.ts';
import { createGraphClient, toSendError } from './send.ts';
import { signBody, verifyHandshake, verifySignature } from './verify.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

const APP_SECRET = 'kopru-test-app-secret';
const ACCESS_TOKEN = 'EAAGtestaccesstoken';
const PHONE_NUMBER_ID = '106540352242922';
const VERIFY_TOKEN = 'köprü-verify-8d1f';
const MAX_BYTES = 200_000;

const FILES = {
  photo: { id: '1480224116245542', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF evin fotoğrafı '.repeat(30))]), mimeType: 'image/jpeg' },
  voice: { id: '1206402970728436', bytes: Buffer.concat([Buffer.from('OggS'), Buffer.from('OpusHead sesli mesaj '.repeat(50))]), mimeType: 'audio/ogg' },
  clip: { id: '935168211964310', bytes: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42 '.repeat(70))]), mimeType: 'video/mp4' },
  report: { id: '1631451854425829', bytes: Buffer.from(`%PDF-1.4\n${'rapor '.repeat(60)}\n%%EOF`), mimeType: 'application/pdf' },
  sticker: { id: '773402058216853', bytes: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 ')]), mimeType: 'image/webp' },
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await new FakeGraphApi(ACCESS_TOKEN).start();
  for (const f of Object.values(FILES)) graph.media.set(f.id, { bytes: f.bytes, mimeType: f.mimeType });
  graph.media.set('5555555555', { bytes: Buffer.from('small'), mimeType: 'video/mp4', declaredSize: 90_000_000 });
});
afterAll(async () => graph?.close());

/** A fixture's exact bytes as Meta would post them (sha256 placeholders filled with the fake's files). */
function fixture(name: string): Buffer {
  const text = readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
  return Buffer.from(text.replace(/\{\{sha256:(\w+)\}\}/g, (_, f: keyof typeof FILES) => sha(FILES[f].bytes)));
}

const settings = (over: Partial<WhatsappCloudConfig> = {}): WhatsappCloudConfig => ({
  verifyToken: VERIFY_TOKEN,
  appSecret: APP_SECRET,
  accessToken: ACCESS_TOKEN,
  phoneNumberId: PHONE_NUMBER_ID,
  apiBase: graph.apiBase,
  template: { name: 'kopru_yanit_var', lang: 'tr' },
  ...over,
});

let channel: Channel | undefined;
const factory =
  (over: Partial<WhatsappCloudConfig> = {}) =>
  (deps: ChannelFactoryDeps) => {
    const media = createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: deps.config.channels.media.maxBytes, now: deps.now });
    channel = createWhatsappCloudChannel(deps, settings(over), { media, timeoutMs: 5000 });
    return [channel];
  };

interface Post {
  body: string | Buffer;
  sign?: 'valid' | 'bad' | 'missing' | 'other-secret';
}

async function post(base: string, p: Post): Promise<number> {
  const raw = typeof p.body === 'string' && p.body.endsWith('.json') ? fixture(p.body) : Buffer.from(p.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const sign = p.sign ?? 'valid';
  if (sign === 'valid') headers['x-hub-signature-256'] = signBody(raw, APP_SECRET);
  if (sign === 'other-secret') headers['x-hub-signature-256'] = signBody(raw, 'not-the-app-secret');
  if (sign === 'bad') headers['x-hub-signature-256'] = `sha256=${'0'.repeat(64)}`;
  const res = await fetch(`${base}${WEBHOOK_PATH}`, { method: 'POST', headers, body: new Uint8Array(raw) });
  await res.arrayBuffer();
  return res.status;
}

function driver(): InboundDriver<Post[]> {
  let served: ServedApp | undefined;
  return {
    async setup(t) {
      served = await serveTestApp(t);
    },
    async run(_t, posts) {
      const statuses: number[] = [];
      for (const p of posts) statuses.push(await post(served!.url, p));
      return statuses;
    },
    async teardown() {
      await served?.close();
    },
  };
}

const AYSE = '+905321234567';
const stored = (f: keyof typeof FILES, extra: Record<string, unknown> = {}) => ({
  contentType: FILES[f].mimeType,
  mediaId: sha(FILES[f].bytes),
  size: FILES[f].bytes.length,
  ...extra,
});

const cases: Array<InboundCase<Post[]>> = [
  { label: 'text', input: [{ body: 'text.json' }], respond: [200], messages: [{ from: AYSE, text: 'Merhaba, yardım istiyorum', externalId: 'wamid.HBgMOTA1MzIxMjM0NTY3FQIAEhgUM0E1QjQ2QUYwMDAxAA==', meta: { whatsappType: 'text' }, attachments: [] }] },
  { label: 'image with caption', input: [{ body: 'image.json' }], respond: [200], messages: [{ text: 'Evin durumu', attachments: [{ kind: 'image', ...stored('photo') }] }] },
  { label: 'voice note', input: [{ body: 'voice.json' }], respond: [200], messages: [{ text: '', attachments: [{ kind: 'audio', ...stored('voice', { meta: { voice: true } }) }] }] },
  { label: 'video', input: [{ body: 'video.json' }], respond: [200], messages: [{ text: 'İşaret dili', attachments: [{ kind: 'video', ...stored('clip') }] }] },
  { label: 'document', input: [{ body: 'document.json' }], respond: [200], messages: [{ text: 'Doktor raporu', attachments: [{ kind: 'document', ...stored('report', { filename: 'rapor.pdf' }) }] }] },
  { label: 'sticker', input: [{ body: 'sticker.json' }], respond: [200], messages: [{ text: '', attachments: [{ kind: 'sticker', ...stored('sticker') }] }] },
  {
    label: 'location',
    input: [{ body: 'location.json' }],
    respond: [200],
    messages: [{ text: '', attachments: [{ kind: 'location', meta: { latitude: 37.1674, longitude: 38.7955, name: 'Eyyübiye', address: 'Şanlıurfa' } }] }],
  },
  {
    label: 'interactive button reply',
    input: [{ body: 'button-reply.json' }],
    respond: [200],
    messages: [{ text: 'Güvendeyim', meta: { whatsappType: 'interactive', reply: { type: 'button_reply', id: 'guvendeyim' }, replyTo: 'wamid.OUT1' } }],
  },
  { label: 'interactive list reply', input: [{ body: 'list-reply.json' }], respond: [200], messages: [{ text: 'Şiddet ihbarı', meta: { reply: { type: 'list_reply', id: 'kadin' } } }] },
  { label: 'template quick-reply button', input: [{ body: 'template-button.json' }], respond: [200], messages: [{ text: 'Yanıt ver', meta: { reply: { type: 'button', id: 'yanit_ver' } } }] },
  {
    label: 'contact card',
    input: [{ body: 'contacts.json' }],
    respond: [200],
    messages: [{ text: '', attachments: [{ kind: 'contact', meta: { displayName: 'Komşu Fatma', phones: ['+90 555 111 22 33'] } }] }],
  },
  { label: 'unknown type is kept as a placeholder', input: [{ body: 'unsupported.json' }], respond: [200], messages: [{ text: '[unsupported message]', meta: { errorCode: 131051 } }] },
  { label: 'reaction ignored', input: [{ body: 'reaction.json' }], respond: [200], messages: [] },
  { label: 'another phone number id ignored', input: [{ body: 'other-number.json' }], respond: [200], messages: [] },
  {
    label: 'two messages in one webhook',
    input: [{ body: 'two-messages.json' }],
    respond: [200],
    messages: [
      { from: AYSE, text: 'birinci' },
      { from: '+905559998877', text: 'ikinci' },
    ],
  },
  { label: 'duplicate (Meta resends) stored once', input: [{ body: 'text.json' }, { body: 'text.json' }], respond: [200, 200], messages: [{ text: 'Merhaba, yardım istiyorum' }] },
  { label: 'status delivered', input: [{ body: 'status-delivered.json' }], respond: [200], messages: [], seedOutbound: ['wamid.OUT1'], outbound: [{ externalId: 'wamid.OUT1', status: 'delivered' }] },
  {
    label: 'status read after delivered',
    input: [{ body: 'status-delivered.json' }, { body: 'status-read.json' }],
    respond: [200, 200],
    messages: [],
    seedOutbound: ['wamid.OUT1'],
    outbound: [{ externalId: 'wamid.OUT1', status: 'read' }],
  },
  {
    label: 'status failed with its error',
    input: [{ body: 'status-failed.json' }],
    respond: [200],
    messages: [],
    seedOutbound: ['wamid.OUT1'],
    outbound: [{ externalId: 'wamid.OUT1', status: 'failed', error: '131026: Message undeliverable' }],
  },
  {
    label: 'media gone: message kept, attachment marked',
    input: [{ body: 'media-gone.json' }],
    respond: [200],
    messages: [{ text: 'Fotoğraf', attachments: [{ kind: 'image', contentType: 'image/jpeg', meta: { error: 'download failed' } }] }],
  },
  {
    label: 'media whose sha256 does not match: not kept',
    input: [{ body: 'media-tampered.json' }],
    respond: [200],
    messages: [{ text: '', attachments: [{ kind: 'image', contentType: 'image/jpeg', meta: { error: 'download failed' } }] }],
  },
  {
    label: 'media over the size cap: not downloaded',
    input: [{ body: 'media-too-large.json' }],
    respond: [200],
    messages: [{ text: '', attachments: [{ kind: 'video', contentType: 'video/mp4', size: 90_000_000, meta: { error: 'too large' } }] }],
  },
  { label: 'wrong signature → 401, nothing stored', input: [{ body: 'text.json', sign: 'bad' }], respond: [401], messages: [] },
  { label: 'signed with another secret → 401', input: [{ body: 'text.json', sign: 'other-secret' }], respond: [401], messages: [] },
  { label: 'missing signature → 401', input: [{ body: 'text.json', sign: 'missing' }], respond: [401], messages: [] },
  { label: 'malformed JSON (signed) → 400', input: [{ body: '{"object":"whatsapp_business_account","entry":[' }], respond: [400], messages: [] },
  { label: 'JSON that is not a webhook → 400', input: [{ body: 'not-a-webhook.json' }], respond: [400], messages: [] },
  { label: 'not UTF-8 → 400', input: [{ body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }], respond: [400], messages: [] },
];

runInboundCases<Post[]>('Cloud API webhooks → intake', 'whatsapp-cloud', cases, driver, { env: { MEDIA_MAX_BYTES: String(MAX_BYTES) }, channels: factory() });

describe('webhook verification handshake', () => {
  let t: TestContext | undefined;
  afterEach(async () => t?.close());

  it.each([
    ['correct token', { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' }, 200, '1158201444'],
    ['wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1158201444' }, 403, null],
    ['wrong mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' }, 403, null],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN }, 403, null],
    ['nothing', {}, 403, null],
  ])('%s → %i', async (_label, query, status, body) => {
    t = createTestContext({ channels: factory() });
    const res = await t.app.request(`${WEBHOOK_PATH}?${new URLSearchParams(query as Record<string, string>)}`);
    expect(res.status).toBe(status);
    if (body !== null) expect(await res.text()).toBe(body);
  });

  it('answers 503 (so Meta retries) when intake cannot store', async () => {
    t = createTestContext({ channels: factory() });
    await channel!.start({ receive: async () => Promise.reject(new Error('disk full')), receiveWith: async () => Promise.reject(new Error('disk full')), log: t.deps.log });
    const raw = fixture('text.json');
    const res = await t.app.request(WEBHOOK_PATH, { method: 'POST', headers: { 'x-hub-signature-256': signBody(raw, APP_SECRET) }, body: new Uint8Array(raw) });
    expect(res.status).toBe(503);
  });
});

describe('signatures (fixed vectors)', () => {
  it('HMAC-SHA256 of RFC 4231 test case 2', () => {
    const body = Buffer.from('what do ya want for nothing?');
    expect(signBody(body, 'Jefe')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(verifySignature(body, 'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', 'Jefe')).toBe(true);
  });

  const TEXT_SIG = 'sha256=bc1e63a681378d7faa6cc9a3fe64c99bbc390ac3e88d0c82ddc33d6bb0b9262e'; // openssl dgst -sha256 -hmac kopru-test-app-secret testdata/text.json
  it.each([
    ['the exact signature', TEXT_SIG, true],
    ['upper-case hex', TEXT_SIG.toUpperCase().replace('SHA256=', 'sha256='), true],
    ['one digit changed', TEXT_SIG.slice(0, -1) + '0', false],
    ['sha1 prefix', TEXT_SIG.replace('sha256=', 'sha1='), false],
    ['no prefix', TEXT_SIG.slice(7), false],
    ['truncated', TEXT_SIG.slice(0, 40), false],
    ['empty', '', false],
    ['missing', undefined, false],
  ])('testdata/text.json, %s → %s', (_label, header, ok) => {
    expect(verifySignature(readFileSync(new URL('./testdata/text.json', import.meta.url)), header, APP_SECRET)).toBe(ok);
  });

  it('a re-serialised body fails: the signature covers the raw bytes', () => {
    const raw = readFileSync(new URL('./testdata/text.json', import.meta.url));
    expect(verifySignature(Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8')))), TEXT_SIG, APP_SECRET)).toBe(false);
  });

  it('the handshake compares the token exactly', () => {
    expect(verifyHandshake({ mode: 'subscribe', token: 'abc', challenge: 'x' }, 'abc')).toBe('x');
    expect(verifyHandshake({ mode: 'subscribe', token: 'abcd', challenge: 'x' }, 'abc')).toBeNull();
  });
});

describe('parseCloudWebhook (pure)', () => {
  it('takes the profile name as the display name', () => {
    const r = parseCloudWebhook(JSON.parse(fixture('text.json').toString()), PHONE_NUMBER_ID);
    expect(r.ok && r.messages[0]).toMatchObject({ from: AYSE, fromName: 'Ayşe Yılmaz', receivedAt: new Date(1795770000 * 1000) });
  });
  it.each([null, 42, 'x', [], { entry: 'no' }])('refuses %j', (body) => {
    expect(parseCloudWebhook(body, PHONE_NUMBER_ID).ok).toBe(false);
  });
  it('skips messages without an id or sender', () => {
    const r = parseCloudWebhook(
      { entry: [{ changes: [{ field: 'messages', value: { metadata: { phone_number_id: PHONE_NUMBER_ID }, messages: [{ type: 'text', text: { body: 'x' } }, 'junk'] } }] }] },
      PHONE_NUMBER_ID,
    );
    expect(r.ok && r.messages).toEqual([]);
  });
});

describe('outbound through the Graph API (loopback fake)', () => {
  let t: TestContext | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
    graph.sent.length = 0;
    graph.replies.length = 0;
  });

  /** A ticket whose citizen wrote on WhatsApp Cloud at the test clock's now. */
  async function withCitizen(over: Partial<WhatsappCloudConfig> = {}) {
    t = createTestContext({ channels: factory(over) });
    await channel!.start(channelContext(t!.deps.intake, t.deps.log));
    const r = await t.deps.intake.receive([inbound({ channel: 'whatsapp-cloud', from: AYSE, text: 'Merhaba' })]);
    return r.messages[0]!.ticketId;
  }

  async function replyAndWait(ticketId: number, text: string) {
    const res = await t!.api('POST', `/api/tickets/${ticketId}/replies`, { text });
    const { messageId, outboxId } = (await res.json()) as { messageId: number; outboxId: number };
    t!.deps.outbox.start();
    const row = () => t!.deps.db.$client.prepare('SELECT state, last_error, provider_id FROM outbox WHERE id = ?').get(outboxId) as { state: string; last_error: string | null; provider_id: string | null };
    const end = Date.now() + 8000;
    while (row().state === 'pending' || row().state === 'sending') {
      if (Date.now() > end) throw new Error('outbox did not settle');
      await new Promise((r) => setTimeout(r, 10));
    }
    await t!.deps.outbox.stop();
    const message = t!.deps.db.$client.prepare('SELECT status, error, external_id FROM messages WHERE id = ?').get(messageId) as { status: string; error: string | null; external_id: string | null };
    return { outbox: row(), message };
  }

  it('sends free text inside the 24-hour window, with the bearer token, and a status webhook moves it forward', async () => {
    const ticketId = await withCitizen();
    const { outbox, message } = await replyAndWait(ticketId, 'Merhaba Ayşe Hanım, size nasıl yardımcı olabiliriz?');
    expect(outbox).toMatchObject({ state: 'sent', provider_id: 'wamid.OUT1' });
    expect(message).toMatchObject({ status: 'sent', external_id: 'wamid.OUT1' });
    expect(graph.sent).toHaveLength(1);
    expect(graph.sent[0]).toEqual({
      path: `/v23.0/${PHONE_NUMBER_ID}/messages`,
      authorization: `Bearer ${ACCESS_TOKEN}`,
      body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: '905321234567', type: 'text', text: { preview_url: false, body: 'Merhaba Ayşe Hanım, size nasıl yardımcı olabiliriz?' } },
    });
    const raw = fixture('status-delivered.json');
    const res = await t!.app.request(WEBHOOK_PATH, { method: 'POST', headers: { 'x-hub-signature-256': signBody(raw, APP_SECRET) }, body: new Uint8Array(raw) });
    expect(res.status).toBe(200);
    expect((t!.deps.db.$client.prepare("SELECT status FROM messages WHERE external_id = 'wamid.OUT1'").get() as { status: string }).status).toBe('delivered');
  });

  it('outside the window by our clock: sends the template instead and tells the operator on the ticket', async () => {
    const ticketId = await withCitizen();
    t!.clock.now += SERVICE_WINDOW_MS + 60_000;
    const { outbox } = await replyAndWait(ticketId, 'Dün yazdığınız için teşekkürler');
    expect(outbox.state).toBe('sent');
    expect(graph.sent.map((s) => s.body.type)).toEqual(['template']);
    expect(graph.sent[0]!.body).toMatchObject({ to: '905321234567', template: { name: 'kopru_yanit_var', language: { code: 'tr' } } });
    const events = t!.deps.db.$client.prepare("SELECT actor, data FROM events WHERE ticket_id = ? AND type = 'whatsapp.template_sent'").all(ticketId) as Array<{ actor: string; data: string }>;
    expect(events).toHaveLength(1);
    expect(events[0]!.actor).toBe('channel:whatsapp-cloud');
    expect(JSON.parse(events[0]!.data)).toMatchObject({ template: 'kopru_yanit_var', reason: expect.stringMatching(/24 hours/) });
  });

  it('Meta says outside the window (131047): the template goes instead', async () => {
    const ticketId = await withCitizen();
    graph.replies.push({
      status: 400,
      body: { error: { message: '(#131047) Re-engagement message', type: 'OAuthException', code: 131047, error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' }, fbtrace_id: 'A1' } },
    });
    const { outbox } = await replyAndWait(ticketId, 'Yanıtımız');
    expect(outbox.state).toBe('sent');
    expect(graph.sent.map((s) => s.body.type)).toEqual(['text', 'template']);
    expect(t!.deps.db.$client.prepare("SELECT count(*) AS n FROM events WHERE type = 'whatsapp.template_sent'").get()).toEqual({ n: 1 });
  });

  it('outside the window with no template configured: fails for good, saying why', async () => {
    const ticketId = await withCitizen({ template: undefined });
    t!.clock.now += SERVICE_WINDOW_MS + 60_000;
    const { outbox, message } = await replyAndWait(ticketId, 'Yanıtımız');
    expect(outbox.state).toBe('failed');
    expect(message.status).toBe('failed');
    expect(message.error).toMatch(/^outside_window: .*WHATSAPP_CLOUD_TEMPLATE_NAME/);
    expect(graph.sent).toHaveLength(0);
  });

  it.each([
    ['rate limit 130429', { status: 400, body: { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429 } } }, 'throttled', true, undefined],
    ['pair rate limit 131056', { status: 400, body: { error: { message: '(#131056) (Business Account, Consumer Account) pair rate limit hit', code: 131056 } } }, 'throttled', true, undefined],
    ['HTTP 429 with Retry-After', { status: 429, body: { error: { message: 'Too many calls', code: 80007 } }, headers: { 'retry-after': '7' } }, 'throttled', true, 7000],
    ['expired token 190', { status: 401, body: { error: { message: 'Error validating access token: Session has expired', type: 'OAuthException', code: 190, error_subcode: 463 } } }, 'misconfigured', false, undefined],
    ['server error', { status: 500, body: { error: { message: 'An unknown error has occurred.', code: 1 } } }, 'unavailable', true, undefined],
    ['service unavailable 131016', { status: 503, body: { error: { message: 'Service unavailable', code: 131016 } } }, 'unavailable', true, undefined],
    ['undeliverable 131026', { status: 400, body: { error: { message: 'Message undeliverable', code: 131026 } } }, 'rejected', false, undefined],
    ['invalid parameter 100', { status: 400, body: { error: { message: '(#100) Invalid parameter', code: 100 } } }, 'rejected', false, undefined],
    ['not JSON', { status: 502, body: Buffer.from('<html>Bad Gateway</html>') }, 'unavailable', true, undefined],
  ])('%s → %s (retryable %s)', async (_label, reply, code, retryable, retryAfterMs) => {
    await withCitizen();
    graph.replies.push(reply);
    const err = (await channel!.send({ id: 999, channel: 'whatsapp-cloud', to: AYSE, text: 'x', kind: 'reply' }).catch((e: unknown) => e)) as SendError;
    expect(err).toBeInstanceOf(SendError);
    expect({ code: err.code, retryable: err.retryable }).toEqual({ code, retryable });
    if (retryAfterMs !== undefined) expect(err.retryAfterMs).toBe(retryAfterMs);
    if (code === 'misconfigured') expect(channel!.health().state).toBe('down');
  });

  it('a Graph API that does not answer is unavailable (retryable)', async () => {
    const client = createGraphClient({ apiBase: 'http://127.0.0.1:9/v23.0', accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID, timeoutMs: 2000 });
    const err = toSendError(await client.sendText('905321234567', 'x').catch((e: unknown) => e));
    expect(err).toMatchObject({ code: 'unavailable', retryable: true });
  });

  it('refuses an address that is not a phone number', async () => {
    await withCitizen();
    await expect(channel!.send({ id: 1, channel: 'whatsapp-cloud', to: 'web:abc', text: 'x', kind: 'reply' })).rejects.toMatchObject({ code: 'rejected' });
  });
});

describe('Cloud API settings', () => {
  const base = { DATABASE_URL: ':memory:' };
  const full = {
    WHATSAPP_CLOUD_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
    WHATSAPP_CLOUD_ACCESS_TOKEN: ACCESS_TOKEN,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
  };

  it('is off without settings and on with all four, with defaults', () => {
    expect(loadConfig(base).channels.whatsappCloud).toBeUndefined();
    expect(loadConfig({ ...base, ...full }).channels.whatsappCloud).toEqual({
      verifyToken: VERIFY_TOKEN,
      appSecret: APP_SECRET,
      accessToken: ACCESS_TOKEN,
      phoneNumberId: PHONE_NUMBER_ID,
      apiBase: 'https://graph.facebook.com/v23.0',
      template: undefined,
    });
    expect(loadConfig({ ...base, ...full, WHATSAPP_CLOUD_TEMPLATE_NAME: 'kopru_yanit_var' }).channels.whatsappCloud?.template).toEqual({ name: 'kopru_yanit_var', lang: 'tr' });
  });

  it('lists every missing setting when half-configured, without echoing secrets', () => {
    let err: unknown;
    try {
      loadConfig({ ...base, WHATSAPP_CLOUD_ACCESS_TOKEN: ACCESS_TOKEN, WHATSAPP_CLOUD_PHONE_NUMBER_ID: 'not-a-number' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const vars = (err as ConfigError).problems.map((p) => p.variable).sort();
    expect(vars).toEqual(['WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'WHATSAPP_CLOUD_VERIFY_TOKEN']);
    expect((err as Error).message).not.toContain(ACCESS_TOKEN);
  });

  it('Baileys is opt-in and checks the pairing phone', () => {
    expect(loadConfig(base).channels.whatsapp).toBeUndefined();
    expect(loadConfig({ ...base, WHATSAPP_BAILEYS_ENABLED: 'true' }).channels.whatsapp).toEqual({ acceptGroups: false, maxPerMinute: 20, pairingPhone: undefined });
    expect(loadConfig({ ...base, WHATSAPP_BAILEYS_ENABLED: 'true', WHATSAPP_BAILEYS_PAIRING_PHONE: '+90 532 123 45 67' }).channels.whatsapp?.pairingPhone).toBe('905321234567');
    expect(() => loadConfig({ ...base, WHATSAPP_BAILEYS_ENABLED: 'true', WHATSAPP_BAILEYS_PAIRING_PHONE: '0532' })).toThrow(/WHATSAPP_BAILEYS_PAIRING_PHONE/);
    expect(loadConfig(base).channels.media.maxBytes).toBe(16 * 1024 * 1024);
  });
});

