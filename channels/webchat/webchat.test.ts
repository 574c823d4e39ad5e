import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildClientBundle } from './bundle.ts';
import { normaliseOrigin } from './config.ts';
import { langFromAcceptLanguage, langFromTag, STRINGS, type Strings } from './i18n/index.ts';
import { createWindowLimiter } from './limits.ts';
import { originAllowed } from './origin.ts';
import { parseClientFrame, toInboundMessage, visitorAddress, type ParsedFrame } from './parse.ts';

const TOKEN = 'A'.repeat(10) + 'b_-'.repeat(5) + 'xyz1234'; // 32 characters
const limits = { maxMessageChars: 20 };

describe('client frames → checked frames or errors', () => {
  it.each<[string, unknown, ParsedFrame]>([
    ['hello', { type: 'hello', token: TOKEN, after: 42 }, { ok: true, frame: { type: 'hello', token: TOKEN, after: 42 } }],
    ['hello without a cursor starts from 0', { type: 'hello', token: TOKEN }, { ok: true, frame: { type: 'hello', token: TOKEN, after: 0 } }],
    ['hello as JSON text', JSON.stringify({ type: 'hello', token: TOKEN }), { ok: true, frame: { type: 'hello', token: TOKEN, after: 0 } }],
    ['a token too short to be random', { type: 'hello', token: 'short' }, { ok: false, code: 'invalid_frame' }],
    ['a token with other characters', { type: 'hello', token: `${TOKEN}/..` }, { ok: false, code: 'invalid_frame' }],
    ['a negative cursor', { type: 'hello', token: TOKEN, after: -1 }, { ok: false, code: 'invalid_frame' }],
    ['a fractional cursor', { type: 'hello', token: TOKEN, after: 1.5 }, { ok: false, code: 'invalid_frame' }],
    [
      'a message with name, topic and language',
      { type: 'message', cid: 'c1a2b3', text: '  merhaba  ', name: ' Ayşe   Yılmaz ', topic: 'kadin', lang: 'tr' },
      { ok: true, frame: { type: 'message', cid: 'c1a2b3', text: 'merhaba', name: 'Ayşe Yılmaz', topic: 'kadin', lang: 'tr' } },
    ],
    ['an empty name is no name', { type: 'message', cid: 'c1a2b3', text: 'selam', name: '   ' }, { ok: true, frame: { type: 'message', cid: 'c1a2b3', text: 'selam' } }],
    ['control characters and bidi overrides are dropped', { type: 'message', cid: 'c1a2b3', text: 'a\u0000b\u202Ec\r\nd' }, { ok: true, frame: { type: 'message', cid: 'c1a2b3', text: 'abc\nd' } }],
    ['Arabic text is kept as written', { type: 'message', cid: 'c1a2b3', text: 'مرحبا' }, { ok: true, frame: { type: 'message', cid: 'c1a2b3', text: 'مرحبا' } }],
    ['an empty text', { type: 'message', cid: 'c1a2b3', text: ' \n\t ' }, { ok: false, code: 'empty', cid: 'c1a2b3' }],
    ['text over the limit', { type: 'message', cid: 'c1a2b3', text: 'x'.repeat(21) }, { ok: false, code: 'too_long', cid: 'c1a2b3', max: 20 }],
    ['the limit counts characters, not UTF-16 units', { type: 'message', cid: 'c1a2b3', text: '😀'.repeat(20) }, { ok: true, frame: { type: 'message', cid: 'c1a2b3', text: '😀'.repeat(20) } }],
    ['an unknown topic', { type: 'message', cid: 'c1a2b3', text: 'x', topic: 'spor' }, { ok: false, code: 'invalid_frame', cid: 'c1a2b3' }],
    ['an unknown language', { type: 'message', cid: 'c1a2b3', text: 'x', lang: 'de' }, { ok: false, code: 'invalid_frame', cid: 'c1a2b3' }],
    ['a client id that is too short', { type: 'message', cid: 'c1', text: 'x' }, { ok: false, code: 'invalid_frame' }],
    ['text that is not a string', { type: 'message', cid: 'c1a2b3', text: 42 }, { ok: false, code: 'invalid_frame', cid: 'c1a2b3' }],
    ['an unknown frame type', { type: 'subscribe', token: TOKEN }, { ok: false, code: 'invalid_frame' }],
    ['not JSON', '{"type":"hello",', { ok: false, code: 'invalid_frame' }],
    ['JSON that is not an object', '[1,2]', { ok: false, code: 'invalid_frame' }],
    ['null', 'null', { ok: false, code: 'invalid_frame' }],
  ])('%s', (_label, raw, expected) => {
    expect(parseClientFrame(raw, limits)).toEqual(expected);
  });
});

describe('a message frame → the unified inbound event', () => {
  it('carries the visitor hash as address and <visitor>:<client id> as provider id, so a resend is a duplicate', () => {
    const address = visitorAddress(TOKEN);
    const at = new Date(Date.UTC(2026, 0, 1));
    const event = toInboundMessage({ type: 'message', cid: 'c1a2b3', text: 'merhaba', name: 'Ayşe', topic: 'yasli', lang: 'tr' }, address, at);
    expect(event).toEqual({
      type: 'message',
      channel: 'webchat',
      externalId: `${address}:c1a2b3`,
      from: address,
      fromName: 'Ayşe',
      text: 'merhaba',
      attachments: [],
      receivedAt: at,
      meta: { topic: 'yasli', lang: 'tr' },
    });
    expect(address).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(address).not.toContain(TOKEN);
    expect(visitorAddress(TOKEN)).toBe(address);
    expect(visitorAddress(`${TOKEN}x`)).not.toBe(address);
  });
});

describe('which pages may use the chat', () => {
  const config = { allowedOrigins: ['https://www.aile.gov.tr'], anyOrigin: false };
  it.each<[string, string | undefined, string | undefined, boolean]>([
    ['no Origin (not a browser page)', undefined, 'kopru.example:8183', true],
    ['the same origin', 'http://kopru.example:8183', 'kopru.example:8183', true],
    ['the same host in other letter case', 'http://KOPRU.example:8183', 'kopru.example:8183', true],
    ['a listed origin', 'https://www.aile.gov.tr', 'kopru.example:8183', true],
    ['a listed host over http', 'http://www.aile.gov.tr', 'kopru.example:8183', false],
    ['another site', 'https://evil.example', 'kopru.example:8183', false],
    ['a look-alike suffix', 'https://www.aile.gov.tr.evil.example', 'kopru.example:8183', false],
    ['an opaque origin', 'null', 'kopru.example:8183', false],
    ['the same host on another port', 'http://kopru.example:9999', 'kopru.example:8183', false],
  ])('%s', (_label, origin, host, allowed) => {
    expect(originAllowed(config, origin, host)).toBe(allowed);
  });
  it('the PUBLIC_URL origin counts as the same origin behind a proxy; * allows any', () => {
    expect(originAllowed(config, 'https://183.example.gov.tr', 'internal:8183', 'https://183.example.gov.tr')).toBe(true);
    expect(originAllowed({ allowedOrigins: [], anyOrigin: true }, 'https://anything.example', 'x')).toBe(true);
  });
});

describe('settings', () => {
  it('are on by default, with the documented limits', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).channels.webchat).toEqual({
      allowedOrigins: [],
      anyOrigin: false,
      kvkkNoticeUrl: undefined,
      signLanguageNotice: undefined,
      maxConversationsPerIp: 6,
      conversationWindowMs: 12 * 3_600_000,
      messagesPerMinute: 20,
      maxMessageChars: 2000,
      maxConnectionsPerVisitor: 5,
    });
  });
  it('read origins, notices and limits from the environment', () => {
    const c = loadConfig({
      NODE_ENV: 'test',
      WEBCHAT_ALLOWED_ORIGINS: 'https://www.aile.gov.tr, https://Aile.gov.tr:443/',
      WEBCHAT_KVKK_NOTICE_URL: 'https://www.aile.gov.tr/kvkk',
      WEBCHAT_SIGN_LANGUAGE_NOTICE: 'off',
      WEBCHAT_MESSAGES_PER_MINUTE: '5',
    }).channels.webchat!;
    expect(c.allowedOrigins).toEqual(['https://www.aile.gov.tr', 'https://aile.gov.tr']);
    expect(c.kvkkNoticeUrl).toBe('https://www.aile.gov.tr/kvkk');
    expect(c.signLanguageNotice).toBeNull();
    expect(c.messagesPerMinute).toBe(5);
  });
  it('can be switched off', () => {
    expect(loadConfig({ NODE_ENV: 'test', WEBCHAT_ENABLED: 'false' }).channels.webchat).toBeUndefined();
  });
  it.each([
    ['WEBCHAT_ALLOWED_ORIGINS', 'www.aile.gov.tr'],
    ['WEBCHAT_ALLOWED_ORIGINS', 'https://aile.gov.tr/sayfa'],
    ['WEBCHAT_KVKK_NOTICE_URL', 'javascript:alert(1)'],
    ['WEBCHAT_MAX_MESSAGE_CHARS', '99999'],
    ['WEBCHAT_MESSAGES_PER_MINUTE', 'many'],
  ])('refuse %s=%s with a clear message', (variable, value) => {
    expect(() => loadConfig({ NODE_ENV: 'test', [variable]: value })).toThrow(variable);
  });
  it('normalise origins', () => {
    expect(normaliseOrigin('HTTPS://WWW.Aile.gov.tr:443')).toBe('https://www.aile.gov.tr');
    expect(normaliseOrigin('ftp://x')).toBeNull();
  });
});

describe('limits', () => {
  it('a sliding window: at most N hits in any window, per key', () => {
    const clock = { now: 0 };
    const l = createWindowLimiter(2, 1000, () => clock.now);
    expect([l.take('a'), l.take('a'), l.take('a'), l.take('b')]).toEqual([true, true, false, true]);
    clock.now = 999;
    expect(l.take('a')).toBe(false);
    clock.now = 1000;
    expect(l.take('a')).toBe(true);
    clock.now = 5000;
    l.prune();
    expect(l.size).toBe(0);
  });
});

describe('languages', () => {
  const keys = (o: unknown, prefix = ''): string[] =>
    Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  it.each(['ku', 'ar'] as const)('%s has every string tr has, and no empty one', (lang) => {
    const strings: Strings = STRINGS[lang];
    expect(keys(strings).sort()).toEqual(keys(STRINGS.tr).sort());
    for (const k of keys(strings)) {
      const value = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], strings);
      expect(Array.isArray(value) ? value.length : String(value).trim().length, k).toBeGreaterThan(0);
    }
  });
  it.each([
    ['tr-TR', 'tr'],
    ['ar-SA', 'ar'],
    ['ku', 'ku'],
    ['kmr', 'ku'],
    ['ku-Latn-TR', 'ku'],
    ['en-US', null],
  ])('tag %s → %s', (tag, lang) => expect(langFromTag(tag)).toBe(lang));
  it.each([
    ['de-DE,de;q=0.9,ar;q=0.8,tr;q=0.7', 'ar'],
    ['tr;q=0.5, ku;q=0.9', 'ku'],
    ['en', null],
    [undefined, null],
  ])('Accept-Language %s → %s', (header, lang) => expect(langFromAcceptLanguage(header)).toBe(lang));
});

describe('the browser bundle', () => {
  it('is at most 30 KB gzipped, self-contained (no other hosts)', async () => {
    const b = await buildClientBundle({ maxChars: 2000, kvkkUrl: null, signNotice: undefined });
    expect(b.gzip.length).toBeLessThanOrEqual(30 * 1024);
    expect(b.js).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(b.js).not.toMatch(/\b(eval|innerHTML\s*=\s*[a-z])/);
  }, 30_000);
});
