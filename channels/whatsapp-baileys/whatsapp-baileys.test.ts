import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { proto, type WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { createMediaStore, mediaDirFor } from '../../src/media/media-store.ts';
import { inboundRows, runInboundCases, type InboundCase, type InboundDriver } from '../../test/harness/inbound-cases.ts';
import { createTestContext, type TestContext } from '../../test/harness/test-deps.ts';
import type { WhatsappBaileysConfig } from './config.ts';
import { startFakeMediaCdn, type CdnFile } from './fake-media-cdn.ts';
import { fakeSocketFactory } from './fake-socket.ts';
import { createWhatsappBaileysChannel } from './index.ts';
import type { WhatsappBaileysChannel } from './lazy.ts';
import { parseWaMessage } from './parse.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

const MAX_BYTES = 100_000;
const fixtures = JSON.parse(readFileSync(new URL('./testdata/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Bytes as phones send them (only the first bytes look real; nobody here decodes them).
const PLAIN = {
  image: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF evin fotoğrafı '.repeat(40))]),
  audio: Buffer.concat([Buffer.from('OggS'), Buffer.from('OpusHead sesli mesaj '.repeat(60))]),
  video: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42 işaret dili '.repeat(80))]),
  document: Buffer.from(`%PDF-1.4\n${'rapor içeriği '.repeat(50)}\n%%EOF`),
  sticker: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
  big: Buffer.alloc(MAX_BYTES + 50_000, 7),
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let cdn: Awaited<ReturnType<typeof startFakeMediaCdn>>;
beforeAll(async () => {
  cdn = await startFakeMediaCdn({
    image: { plain: PLAIN.image, type: 'image' },
    audio: { plain: PLAIN.audio, type: 'audio' },
    video: { plain: PLAIN.video, type: 'video' },
    document: { plain: PLAIN.document, type: 'document' },
    sticker: { plain: PLAIN.sticker, type: 'sticker' },
    big: { plain: PLAIN.big, type: 'video' },
  });
});
afterAll(async () => cdn?.close());

/** A fixture as Baileys would emit it: a real proto WebMessageInfo, placeholders filled in. */
function waMessage(label: string, files: Record<string, CdnFile> = cdn.files, overrides: { id?: string } = {}): WAMessage {
  const raw = structuredClone(fixtures[label]) as { key: Record<string, unknown>; _keyExtra?: Record<string, unknown> };
  if (!raw) throw new Error(`no fixture ${label}`);
  const filled = JSON.parse(
    JSON.stringify(raw).replace(/\{\{(url|mediaKey|size):(\w+)\}\}/g, (_, what: string, name: string) => {
      const f = files[name];
      if (what === 'url') return f ? f.url : `${cdn.base}/${name}`;
      if (what === 'size') return String(f?.plain.length ?? 0);
      return (f ?? files.image!).mediaKey.toString('base64');
    }),
  ) as typeof raw;
  const extra = filled._keyExtra;
  delete filled._keyExtra;
  if (overrides.id) filled.key.id = overrides.id;
  const msg = proto.WebMessageInfo.fromObject(filled) as WAMessage;
  // Not proto fields: Baileys' decoder adds them to the key.
  if (extra) Object.assign(msg.key, extra);
  return msg;
}

const SETTINGS: WhatsappBaileysConfig = { acceptGroups: false, maxPerMinute: 20, pairingPhone: undefined };

interface Upserts {
  upserts: Array<{ labels: string[]; type?: 'notify' | 'append' }>;
}

let current: { channel: WhatsappBaileysChannel; sockets: ReturnType<typeof fakeSocketFactory> } | undefined;

function channelFactory(settings: WhatsappBaileysConfig) {
  return (deps: ChannelFactoryDeps) => {
    const sockets = fakeSocketFactory();
    const media = createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: deps.config.channels.media.maxBytes, now: deps.now });
    const channel = createWhatsappBaileysChannel(deps, settings, { media, createSocket: sockets.create, terminal: { isTTY: false, write: () => true }, receiveRetryMs: 10 });
    current = { channel, sockets };
    return [channel];
  };
}

function driver(): InboundDriver<Upserts> {
  return {
    setup() {},
    async run(t, input) {
      const { channel, sockets } = current!;
      await channel.start(channelContext(t.deps.intake, t.deps.log));
      sockets.last().emit('connection.update', { connection: 'open' });
      for (const u of input.upserts) sockets.last().emit('messages.upsert', { messages: u.labels.map((l) => waMessage(l)), type: u.type ?? 'notify' });
      // stop() waits for messages under way (downloads, intake) before it returns.
      await channel.stop();
      return undefined;
    },
  };
}

const one = (label: string): Upserts => ({ upserts: [{ labels: [label] }] });
const media = (kind: string, contentType: string, name: keyof typeof PLAIN, extra: Record<string, unknown> = {}) => ({
  kind,
  contentType,
  mediaId: sha(PLAIN[name]),
  size: PLAIN[name].length,
  ...extra,
});
const AYSE = '+905321234567';

const cases: Array<InboundCase<Upserts>> = [
  { label: 'text (conversation)', input: one('text'), messages: [{ from: AYSE, text: 'Merhaba, yardım istiyorum', externalId: '3EB0A1B2C3D4E5F60001', meta: { whatsappType: 'conversation' }, attachments: [] }] },
  { label: 'extended text (a reply with a link)', input: one('extended-text'), messages: [{ from: AYSE, text: 'Bu mesaj bir yanıttır https://ornek.gov.tr', meta: { whatsappType: 'extendedTextMessage' } }] },
  { label: 'image with caption', input: one('image'), messages: [{ text: 'Evin durumu', attachments: [media('image', 'image/jpeg', 'image')] }] },
  {
    label: 'voice note (Opus in Ogg, push-to-talk)',
    input: one('voice-note'),
    messages: [{ text: '', meta: { whatsappType: 'audioMessage' }, attachments: [media('audio', 'audio/ogg', 'audio', { meta: { voice: true, seconds: 4 } })] }],
  },
  { label: 'video with caption', input: one('video'), messages: [{ text: 'İşaret dili ile anlatıyorum', attachments: [media('video', 'video/mp4', 'video', { meta: { seconds: 12 } })] }] },
  { label: 'document with caption (wrapped)', input: one('document'), messages: [{ text: 'Doktor raporu', attachments: [media('document', 'application/pdf', 'document', { filename: 'rapor.pdf' })] }] },
  { label: 'sticker', input: one('sticker'), messages: [{ text: '', attachments: [media('sticker', 'image/webp', 'sticker')] }] },
  {
    label: 'location',
    input: one('location'),
    messages: [{ text: '', attachments: [{ kind: 'location', meta: { latitude: 37.1674, longitude: 38.7955, name: 'Eyyübiye', address: 'Şanlıurfa' } }] }],
  },
  {
    label: 'contact card',
    input: one('contact-card'),
    messages: [{ text: '', attachments: [{ kind: 'contact', meta: { displayName: 'Komşu Fatma', vcard: expect.stringContaining('waid=905551112233') } }] }],
  },
  { label: 'disappearing message (ephemeral wrapper)', input: one('disappearing-text'), messages: [{ text: 'Kaybolan mesaj' }] },
  { label: 'button reply', input: one('button-reply'), messages: [{ text: 'Evet, güvendeyim' }] },
  { label: 'unsupported type is kept as a placeholder', input: one('poll'), messages: [{ text: '[unsupported: pollCreationMessage]' }] },
  { label: 'protocol message (delete for everyone) ignored', input: one('protocol-revoke'), messages: [] },
  { label: 'reaction ignored', input: one('reaction'), messages: [] },
  { label: 'own message ignored', input: one('own-message'), messages: [] },
  { label: 'status broadcast ignored', input: one('status-broadcast'), messages: [] },
  { label: 'group ignored by default', input: one('group'), messages: [] },
  { label: 'stub without content ignored', input: one('stub-no-content'), messages: [] },
  { label: 'history (append) ignored', input: { upserts: [{ labels: ['text'], type: 'append' }] }, messages: [] },
  { label: 'replay after reconnect stored once', input: { upserts: [{ labels: ['text'] }, { labels: ['text', 'extended-text'] }] }, messages: [{ text: 'Merhaba, yardım istiyorum' }, { text: 'Bu mesaj bir yanıttır https://ornek.gov.tr' }] },
  { label: 'LID sender with phone alternative → phone address', input: one('lid-with-phone'), messages: [{ from: AYSE, text: 'LID ile gelen mesaj' }] },
  { label: 'LID only, phone never seen → LID address', input: one('lid-only'), messages: [{ from: '187654321098765@lid', text: 'Yalnız LID' }] },
  {
    label: 'LID learnt once, later LID-only → the same phone contact',
    input: { upserts: [{ labels: ['lid-with-phone'] }, { labels: ['lid-only'] }] },
    messages: [
      { from: AYSE, text: 'LID ile gelen mesaj' },
      { from: AYSE, text: 'Yalnız LID' },
    ],
  },
  {
    label: 'media gone from the CDN: message kept, attachment marked',
    input: one('image-gone'),
    messages: [{ text: 'Fotoğraf', attachments: [{ kind: 'image', contentType: 'image/jpeg', meta: { error: 'download failed' } }] }],
  },
  {
    label: 'declared size over the cap: not downloaded',
    input: one('video-too-large'),
    messages: [{ text: '', attachments: [{ kind: 'video', contentType: 'video/mp4', size: 90_000_000, meta: { error: 'too large' } }] }],
  },
  { label: 'declared size lies: cut off at the cap', input: one('video-size-lies'), messages: [{ text: '', attachments: [{ kind: 'video', contentType: 'video/mp4', meta: { error: 'too large' } }] }] },
  {
    label: 'document of a type not kept',
    input: one('document-exe'),
    messages: [{ text: '', attachments: [{ kind: 'document', contentType: 'application/x-msdownload', filename: 'kurulum.exe', meta: { error: 'type not allowed' } }] }],
  },
];

runInboundCases<Upserts>('Baileys messages.upsert → intake', 'whatsapp', cases, driver, { env: { MEDIA_MAX_BYTES: String(MAX_BYTES) }, channels: channelFactory(SETTINGS) });

describe('Baileys inbound, beyond the table', () => {
  let t: TestContext | undefined;
  afterAll(async () => t?.close());

  it('takes group messages when configured, from the participant, with the group in meta', async () => {
    t = createTestContext({ channels: channelFactory({ ...SETTINGS, acceptGroups: true }) });
    const { channel, sockets } = current!;
    await channel.start(channelContext(t!.deps.intake, t.deps.log));
    sockets.last().emit('messages.upsert', { messages: [waMessage('group')], type: 'notify' });
    await channel.stop();
    const rows = inboundRows(t);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.address).toBe(AYSE);
    expect(JSON.parse(rows[0]!.meta!)).toMatchObject({ group: '120363025246125486@g.us' });
    await t.close();
    t = undefined;
  });

  it('serves a kept voice note to API clients only, byte for byte, sealed on disk', async () => {
    t = createTestContext({ channels: channelFactory(SETTINGS) });
    const { channel, sockets } = current!;
    await channel.start(channelContext(t!.deps.intake, t.deps.log));
    sockets.last().emit('messages.upsert', { messages: [waMessage('voice-note')], type: 'notify' });
    await channel.stop();
    const [att] = JSON.parse(inboundRows(t)[0]!.attachments) as Array<{ mediaId: string }>;
    const res = await t.api('GET', `/api/media/${att!.mediaId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/ogg');
    expect(Buffer.from(await res.arrayBuffer()).equals(PLAIN.audio)).toBe(true);
    expect((await t.app.request(`/api/media/${att!.mediaId}`)).status).toBe(401);
    expect((await t.api('GET', `/api/media/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await t.api('GET', '/api/media/not-an-id')).status).toBe(400);
    const onDisk = readFileSync(`${mediaDirFor(t.dbPath)}/${att!.mediaId.slice(0, 2)}/${att!.mediaId.slice(2, 4)}/${att!.mediaId}`);
    expect(onDisk.includes(PLAIN.audio.subarray(0, 32))).toBe(false);
    expect(onDisk.includes(Buffer.from(PLAIN.audio.subarray(0, 30).toString('base64')))).toBe(false);
    await t.close();
    t = undefined;
  });
});

describe('parseWaMessage (pure)', () => {
  it.each([
    ['text', true],
    ['own-message', false],
    ['status-broadcast', false],
    ['group', false],
    ['reaction', false],
    ['protocol-revoke', false],
    ['stub-no-content', false],
  ])('%s → accepted %s', (label, ok) => {
    expect(parseWaMessage(waMessage(label), { acceptGroups: false }).ok).toBe(ok);
  });

  it('reads the sender time from the message', () => {
    const r = parseWaMessage(waMessage('text'), { acceptGroups: false });
    expect(r.ok && r.message.receivedAt.toISOString()).toBe(new Date(1795770000 * 1000).toISOString());
  });
});

