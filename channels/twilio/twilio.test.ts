import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { runInboundCases } from '../../test/harness/inbound-cases.ts';
import { createTestContext, type TestContext } from '../../test/harness/test-deps.ts';
import type { Channel } from '../../src/channel.ts';
import { SMS_PATH, STATUS_PATH, createTwilioChannel } from './index.ts';
import { FakeTwilioApi, LoopbackRequestClient } from './fake-api.ts';
import { twilioConfig } from './config.ts';
import { mapTwilioError } from './send.ts';
import { verifyTwilioSignature } from './verify.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

const AUTH_TOKEN = '0123456789abcdef0123456789abcdef';
const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const PUBLIC_URL = 'https://hotline.example.gov.tr';
const ENV = { PUBLIC_URL, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM: '+908501234567' };

interface WebhookRequest {
  path: string;
  /** Fixture file in testdata/ (form fields as JSON) or the fields themselves. */
  form: string | Record<string, string>;
  /** valid: signed over PUBLIC_URL + path; internal: signed over the URL this server sees; bad; missing. */
  sign: 'valid' | 'internal' | 'bad' | 'missing';
}

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8')) as Record<string, string>;

/** A real HTTP server around the channel's routes, the way Twilio reaches it (through a proxy: PUBLIC_URL differs). */
async function serveChannel(channel: Channel): Promise<{ base: string; server: ServerType }> {
  const app = new Hono();
  channel.routes!(app);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ base: `http://127.0.0.1:${info.port}`, server }));
  });
}

async function post(base: string, r: WebhookRequest): Promise<{ status: number; body: string }> {
  const form = typeof r.form === 'string' ? fixture(r.form) : r.form;
  const url = `${r.sign === 'internal' ? base : PUBLIC_URL}${r.path}`;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (r.sign !== 'missing') headers['x-twilio-signature'] = r.sign === 'bad' ? 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' : twilio.getExpectedTwilioSignature(AUTH_TOKEN, url, form);
  const res = await fetch(`${base}${r.path}`, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  return { status: res.status, body: await res.text() };
}

function channelFor(t: TestContext, httpClient?: LoopbackRequestClient): Channel {
  const cfg = twilioConfig(
    { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM: '+908501234567', TWILIO_MESSAGING_SERVICE_SID: undefined, TWILIO_MPS: 0 },
    [],
  )!;
  const deps = { config: t.deps.config, db: t.deps.db, log: t.deps.log, bus: t.deps.bus, cipher: t.deps.cipher, now: t.deps.now };
  return createTwilioChannel(deps, cfg, httpClient ? { httpClient } : {});
}

const twiml = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

runInboundCases<WebhookRequest[]>(
  'twilio: webhooks → HTTP answer and stored events',
  'twilio',
  [
    {
      label: 'valid signature: stored, answered with empty TwiML after commit',
      input: [{ path: SMS_PATH, form: 'sms-turkish.json', sign: 'valid' }],
      respond: [{ status: 200, body: twiml }],
      messages: [{ from: '+905321234567', text: 'Merhaba, adım Zeynep Kaya. Kimlik no 100******46. Engelli maaşım yatmadı, yardım eder misiniz?', externalId: 'SM0f0a7c6b1e5d4c3b2a19f8e7d6c5b4a3' }],
    },
    { label: 'bad signature: 403, nothing stored', input: [{ path: SMS_PATH, form: 'sms-turkish.json', sign: 'bad' }], respond: [{ status: 403, body: expect.stringContaining('forbidden') }], messages: [] },
    { label: 'missing signature: 403, nothing stored', input: [{ path: SMS_PATH, form: 'sms-turkish.json', sign: 'missing' }], respond: [{ status: 403, body: expect.any(String) }], messages: [] },
    {
      label: 'signed over the internal URL, not PUBLIC_URL: 403',
      input: [{ path: SMS_PATH, form: 'sms-turkish.json', sign: 'internal' }],
      respond: [{ status: 403, body: expect.any(String) }],
      messages: [],
    },
    {
      label: 'media kept as attachments',
      input: [{ path: SMS_PATH, form: 'mms-two-images.json', sign: 'valid' }],
      respond: [{ status: 200, body: twiml }],
      messages: [
        {
          text: 'Evin fotoğrafları',
          attachments: [
            { kind: 'image', contentType: 'image/jpeg', url: 'https://api.twilio.com/2010-04-01/Accounts/AC11111111111111111111111111111111/Messages/MM1a2b3c4d5e6f708192a3b4c5d6e7f809/Media/ME00000000000000000000000000000001' },
            { kind: 'image', contentType: 'image/png', url: 'https://api.twilio.com/2010-04-01/Accounts/AC11111111111111111111111111111111/Messages/MM1a2b3c4d5e6f708192a3b4c5d6e7f809/Media/ME00000000000000000000000000000002' },
          ],
        },
      ],
    },
    {
      label: 'duplicate MessageSid (Twilio retrying): stored once, both answered',
      input: [
        { path: SMS_PATH, form: 'sms-turkish.json', sign: 'valid' },
        { path: SMS_PATH, form: 'sms-turkish.json', sign: 'valid' },
      ],
      respond: [
        { status: 200, body: twiml },
        { status: 200, body: twiml },
      ],
      messages: [{ text: 'Merhaba, adım Zeynep Kaya. Kimlik no 100******46. Engelli maaşım yatmadı, yardım eder misiniz?' }],
    },
    {
      label: 'signed but without a MessageSid: 400',
      input: [{ path: SMS_PATH, form: { From: '+905321234567', Body: 'merhaba' }, sign: 'valid' }],
      respond: [{ status: 400, body: expect.stringContaining('MessageSid') }],
      messages: [],
    },
    {
      label: 'status callbacks: sent then delivered',
      seedOutbound: ['SM9999999999999999999999999999aaaa'],
      input: [
        { path: STATUS_PATH, form: { MessageSid: 'SM9999999999999999999999999999aaaa', MessageStatus: 'sent', AccountSid: ACCOUNT_SID }, sign: 'valid' },
        { path: STATUS_PATH, form: 'status-delivered.json', sign: 'valid' },
      ],
      respond: [
        { status: 204, body: '' },
        { status: 204, body: '' },
      ],
      messages: [],
      outbound: [{ externalId: 'SM9999999999999999999999999999aaaa', status: 'delivered' }],
    },
    {
      label: 'status callback: undelivered with ErrorCode',
      seedOutbound: ['SM9999999999999999999999999999aaaa'],
      input: [{ path: STATUS_PATH, form: 'status-undelivered.json', sign: 'valid' }],
      respond: [{ status: 204, body: '' }],
      messages: [],
      outbound: [{ externalId: 'SM9999999999999999999999999999aaaa', status: 'failed', error: 'undelivered ErrorCode 30003' }],
    },
    {
      label: 'status callback with a bad signature changes nothing',
      seedOutbound: ['SM9999999999999999999999999999aaaa'],
      input: [{ path: STATUS_PATH, form: 'status-undelivered.json', sign: 'bad' }],
      respond: [{ status: 403, body: expect.any(String) }],
      messages: [],
      outbound: [{ externalId: 'SM9999999999999999999999999999aaaa', status: 'sent' }],
    },
  ],
  () => {
    let channel: Channel;
    let served: { base: string; server: ServerType };
    return {
      async setup(t) {
        channel = channelFor(t);
        await channel.start(channelContext(t.deps.intake, t.deps.log));
        served = await serveChannel(channel);
      },
      async run(_t, requests) {
        const out = [];
        for (const r of requests) out.push(await post(served.base, r));
        return out;
      },
      async teardown() {
        await channel.stop();
        await new Promise((r) => served.server.close(r));
      },
    };
  },
  { env: ENV },
);

describe('twilio: signatures and outbound', () => {
  let t: TestContext;
  let api: FakeTwilioApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
    await t?.close();
  });

  it("accepts Twilio's documented signature example", () => {
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
    expect(verifyTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(true);
    expect(verifyTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', 'https://mycompany.com/myapp.php?foo=1&bar=3', params)).toBe(false);
    expect(verifyTwilioSignature('12345', undefined, 'https://mycompany.com/myapp.php', params)).toBe(false);
  });

  it('sends through the twilio client (loopback) with a StatusCallback; the status callback updates the message', async () => {
    t = createTestContext({ env: ENV });
    api = new FakeTwilioApi();
    const channel = channelFor(t, new LoopbackRequestClient(await api.listen()));
    const result = await channel.send({ id: 1, channel: 'twilio', to: '+905321234567', text: 'Başvurunuz alındı: 183-2026-000001', kind: 'ack' });
    expect(result.externalId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(result.status).toBe('queued');
    expect(api.messages[0]).toMatchObject({
      to: '+905321234567',
      body: 'Başvurunuz alındı: 183-2026-000001',
      from: '+908501234567',
      statusCallback: `${PUBLIC_URL}${STATUS_PATH}`,
      authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    });
  });

  it.each([
    [{ status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } }, 'throttled', true],
    [{ status: 503, body: { code: 20500, message: 'Service unavailable', status: 503 } }, 'unavailable', true],
    [{ status: 400, body: { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 } }, 'rejected', false],
    [{ status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } }, 'misconfigured', false],
  ])('a REST error %j becomes %s', async (reply, code, retryable) => {
    t = createTestContext({ env: ENV });
    api = new FakeTwilioApi();
    api.reply = () => reply;
    const channel = channelFor(t, new LoopbackRequestClient(await api.listen()));
    await expect(channel.send({ id: 1, channel: 'twilio', to: '+905321234567', text: 'x', kind: 'reply' })).rejects.toMatchObject({ code, retryable });
  });

  it('a network failure is retryable', () => {
    expect(mapTwilioError(new Error('connect ECONNREFUSED'))).toMatchObject({ code: 'unavailable', retryable: true });
  });
});
