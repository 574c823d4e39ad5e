import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { runInboundCases, inboundRows, type InboundCase } from '../../test/harness/inbound-cases.ts';
import { createTestContext, type TestContext } from '../../test/harness/test-deps.ts';
import { decodeText } from './data-coding.ts';
import { decodeGsm7, encodeGsm7, TURKISH } from './gsm7.ts';
import { createDeliverHandler, ESME_ROK, ESME_RX_T_APPN, type DeliverHandler } from './inbound.ts';
import type { DeliverSmFields } from './parse.ts';
import { parseReceipt } from './receipt.ts';
import { countSegments, planSegments } from './segment.ts';
import { sendSms } from './send.ts';
import { splitUdh } from './udh.ts';
import { mapSubmitStatus } from './status.ts';
import { createChannelStateStore } from '../../src/store/channel-state.ts';
import type { SmppLinkConfig } from './config.ts';
import { SendError } from '../../src/channel.ts';

type RawPdu = Omit<DeliverSmFields, 'short_message' | 'message_payload'> & { short_message?: string; message_payload?: string };
type FixtureCase = Omit<InboundCase<RawPdu[]>, 'input'> & { pdus: RawPdu[]; messagesBeforeTimeout?: number };

const fixtures = JSON.parse(readFileSync(new URL('./testdata/deliver-sm.json', import.meta.url), 'utf8')) as FixtureCase[];
const log = pino({ level: 'silent' });

const toPdu = ({ short_message, message_payload, ...rest }: RawPdu): DeliverSmFields => ({
  ...rest,
  short_message: Buffer.from(short_message ?? '', 'hex'),
  ...(message_payload !== undefined ? { message_payload: Buffer.from(message_payload, 'hex') } : {}),
});

function handlerFor(t: TestContext, channel = 'smpp'): DeliverHandler {
  return createDeliverHandler({
    channel,
    db: t.deps.db,
    cipher: t.deps.cipher,
    now: t.deps.now,
    log,
    reassemblyTimeoutMs: 600_000,
    dedupWindowMs: 600_000,
    receive: async (events) => void (await t.deps.intake.receive(events)),
    receiveWith: async (work) => (await t.deps.intake.receiveWith(work)).value,
  });
}

// Every row: the PDUs arrive together (as within an SMSC window); each is answered ESME_ROK after commit.
runInboundCases<RawPdu[]>(
  'smpp: deliver_sm → stored messages and statuses',
  'smpp',
  fixtures.map((f) => ({
    ...f,
    input: f.pdus,
    respond: f.pdus.map(() => ESME_ROK),
    ...(f.messagesBeforeTimeout !== undefined ? { messagesBeforeAdvance: f.messagesBeforeTimeout } : {}),
  })),
  () => {
    let handler: DeliverHandler;
    return {
      setup: (t) => void (handler = handlerFor(t)),
      run: (_t, pdus) => Promise.all(pdus.map((p) => handler.onDeliver(toPdu(p)))),
      tick: async () => void (await handler.reassembler.sweep()),
    };
  },
);

describe('smpp: reassembly across restarts and failures', () => {
  let t: TestContext;
  afterEach(async () => t?.close());
  const three = fixtures.find((f) => f.label === '3-part UDH (8-bit reference) in order')!;

  it('a restart between parts loses nothing (parts are in the database)', async () => {
    t = createTestContext();
    const before = handlerFor(t);
    expect(await before.onDeliver(toPdu(three.pdus[0]!))).toBe(ESME_ROK);
    await before.reassembler.stop();
    const after = handlerFor(t); // a new process on the same database
    expect(await Promise.all(three.pdus.slice(1).map((p) => after.onDeliver(toPdu(p))))).toEqual([ESME_ROK, ESME_ROK]);
    expect(inboundRows(t).map((r) => r.body)).toEqual(three.messages.map((m) => m.text));
    const left = t.deps.db.$client.prepare('SELECT count(*) AS n FROM sms_parts WHERE seq > 0').get() as { n: number };
    expect(left.n).toBe(0);
  });

  it('a part the SMSC sends again after the message was delivered is dropped', async () => {
    t = createTestContext();
    const h = handlerFor(t);
    await Promise.all(three.pdus.map((p) => h.onDeliver(toPdu(p))));
    expect(await h.onDeliver(toPdu(three.pdus[1]!))).toBe(ESME_ROK);
    t.clock.now += 600_001;
    await h.reassembler.sweep();
    expect(inboundRows(t)).toHaveLength(1);
  });

  it('the same single SMS re-sent by the SMSC (lost deliver_sm_resp) is stored once, even across a bucket edge', async () => {
    t = createTestContext();
    const h = handlerFor(t);
    const single = toPdu(fixtures[1]!.pdus[0]!);
    await h.onDeliver(single);
    t.clock.now += 60_000;
    await h.onDeliver(single);
    t.clock.now += 590_000; // next dedup bucket
    await h.onDeliver(single);
    expect(inboundRows(t)).toHaveLength(1);
  });

  it('answers a temporary error when the database fails, and the retry lands', async () => {
    t = createTestContext();
    const h = handlerFor(t);
    const c = t.deps.db.$client;
    c.exec(`CREATE TRIGGER fail_parts BEFORE INSERT ON sms_parts BEGIN SELECT RAISE(ABORT, 'disk full'); END;
            CREATE TRIGGER fail_messages BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    expect(await h.onDeliver(toPdu(three.pdus[0]!))).toBe(ESME_RX_T_APPN);
    expect(await h.onDeliver(toPdu(fixtures[1]!.pdus[0]!))).toBe(ESME_RX_T_APPN);
    c.exec('DROP TRIGGER fail_parts; DROP TRIGGER fail_messages;');
    expect(await Promise.all(three.pdus.map((p) => h.onDeliver(toPdu(p))))).toEqual([0, 0, 0]);
    expect(await h.onDeliver(toPdu(fixtures[1]!.pdus[0]!))).toBe(ESME_ROK);
    expect(inboundRows(t)).toHaveLength(2);
  });

  it('a completing part whose commit fails leaves its siblings whole for the retry', async () => {
    t = createTestContext();
    const h = handlerFor(t);
    expect(await Promise.all(three.pdus.slice(0, 2).map((p) => h.onDeliver(toPdu(p))))).toEqual([ESME_ROK, ESME_ROK]);
    const c = t.deps.db.$client;
    c.exec(`CREATE TRIGGER fail_messages BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    expect(await h.onDeliver(toPdu(three.pdus[2]!))).toBe(ESME_RX_T_APPN);
    c.exec('DROP TRIGGER fail_messages;');
    // The siblings were read (and forgotten in memory) by the failed try: the retry decrypts them again.
    expect(await h.onDeliver(toPdu(three.pdus[2]!))).toBe(ESME_ROK);
    expect(inboundRows(t).map((r) => r.body)).toEqual(three.messages.map((m) => m.text));
  });

  it('keeps part texts encrypted at rest', async () => {
    t = createTestContext();
    const h = handlerFor(t);
    await h.onDeliver(toPdu(three.pdus[0]!));
    const row = t.deps.db.$client.prepare('SELECT body_enc FROM sms_parts WHERE seq = 1').get() as { body_enc: string };
    expect(row.body_enc.startsWith('v1:')).toBe(true);
    expect(row.body_enc).not.toContain('10000000146');
  });
});

describe('smpp: GSM 03.38 codec', () => {
  it.each([
    ['default alphabet with extension characters', 'Fiyat 5€ {a} [b] ~ ^ \\ | @ Ödeme', { locking: 0, single: 0 }],
    ['Turkish single shift', 'Şişli, Iğdır, çiçek ğ ı', { locking: 0, single: TURKISH }],
    ['Turkish locking shift', 'Şişli, Iğdır, çiçek ğ ı İ', { locking: TURKISH, single: 0 }],
    ['Turkish locking and single shift', 'Şişli | € {x}', { locking: TURKISH, single: TURKISH }],
  ])('%s round-trips', (_l, text, tables) => {
    const groups = encodeGsm7(text, tables);
    expect(groups).not.toBeNull();
    expect(decodeGsm7(Uint8Array.from(groups!.flat()), tables)).toBe(text);
  });

  it('refuses what the tables cannot carry', () => {
    expect(encodeGsm7('ş')).toBeNull();
    expect(encodeGsm7('😀', { locking: TURKISH, single: TURKISH })).toBeNull();
  });
});

describe('smpp: outbound encoding and segments', () => {
  const turkish160 = 'Başvurunuz alındı. Kimlik numaranızı yazar mısınız? Şikayetiniz ilgili birime iletilecek; çok teşekkür ederiz, iyi günler dileriz. Ağrı İl Müdürlüğü. Sağlıklı günler.';
  it.each([
    { label: 'short GSM text: one GSM segment', text: 'Mesajiniz alindi. Basvuru no: 183-2026-000001.', shift: false, encoding: 'gsm7', segments: 1 },
    { label: '160 GSM characters: one segment', text: 'a'.repeat(160), shift: false, encoding: 'gsm7', segments: 1 },
    { label: '161 GSM characters: two segments of 153', text: 'a'.repeat(161), shift: false, encoding: 'gsm7', segments: 2 },
    { label: 'extension characters count twice', text: '€'.repeat(80), shift: false, encoding: 'gsm7', segments: 1 },
    { label: '€ × 81 needs two segments', text: '€'.repeat(81), shift: false, encoding: 'gsm7', segments: 2 },
    { label: 'Turkish letters without the shift table: UCS2', text: turkish160, shift: false, encoding: 'ucs2', segments: 3 },
    { label: 'Turkish letters with the shift table: fewer segments', text: turkish160, shift: true, encoding: 'gsm7-turkish', segments: 2 },
    { label: 'short Turkish text: UCS2 is as short, so UCS2', text: 'Teşekkürler', shift: true, encoding: 'ucs2', segments: 1 },
    { label: '70 UCS2 characters: one segment', text: 'ş'.repeat(70), shift: false, encoding: 'ucs2', segments: 1 },
    { label: '71 UCS2 characters: two of 67', text: 'ş'.repeat(71), shift: false, encoding: 'ucs2', segments: 2 },
    { label: 'emoji stay whole across segments', text: '😀'.repeat(40), shift: false, encoding: 'ucs2', segments: 2 },
  ])('$label', ({ text, shift, encoding, segments }) => {
    const plan = planSegments(text, { turkishShift: shift, ref: 9 });
    expect({ encoding: plan.encoding, segments: plan.segments.length }).toEqual({ encoding, segments });
    // Each segment is valid on its own and the decoded segments join back into the text.
    const decoded = plan.segments.map((seg) => {
      expect(seg.length).toBeLessThanOrEqual(plan.encoding === 'ucs2' ? 140 : 160);
      if (!plan.udhi) return decodeText(seg, plan.dataCoding);
      const { header, body } = splitUdh(seg);
      if (plan.segments.length > 1) expect(header.concat).toMatchObject({ ref: 9, total: plan.segments.length });
      return decodeText(body, plan.dataCoding, header.tables);
    });
    expect(decoded.join('')).toBe(text);
    expect(countSegments(text, { turkishShift: shift }).segments).toBe(segments);
  });
});

describe('smpp: receipts and send errors', () => {
  it.each([
    ['id:0123 sub:001 dlvrd:001 submit date:2611230900 done date:2611230901 stat:DELIVRD err:000 text:hello', { messageId: '0123', status: 'delivered' }],
    ['id:abc stat:EXPIRED err:0', { messageId: 'abc', status: 'failed', stat: 'EXPIRED' }],
    ['ID:77 STAT:ACCEPTD', { messageId: '77', status: 'sent' }],
    ['stat:DELIVRD', null],
  ])('%s', (text, expected) => {
    const r = parseReceipt(text);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatchObject(expected);
  });

  it.each([
    [0x58, 'throttled', true],
    [0x14, 'throttled', true],
    [0x08, 'unavailable', true],
    [0x0b, 'rejected', false],
    [0x0a, 'misconfigured', false],
    [0x0401, 'unavailable', true],
  ])('command_status 0x%s → %s', (status, code, retryable) => {
    const e = mapSubmitStatus(status);
    expect({ code: e.code, retryable: e.retryable }).toEqual({ code, retryable });
  });

  it('a long reply becomes concatenated submit_sm; later segment ids lead to the first', async () => {
    const t = createTestContext();
    try {
      const state = createChannelStateStore(t.deps.db);
      const submitted: Array<Record<string, unknown>> = [];
      let id = 100;
      const link = { submit: async (f: Record<string, unknown>) => (submitted.push(f), String(id++)) };
      const cfg = { name: 'smpp', sourceAddr: '183', turkishShift: false, registeredDelivery: true } as SmppLinkConfig;
      const result = await sendSms(link, cfg, state, { id: 300, channel: 'smpp', to: '+905321234567', text: 'ş'.repeat(150), kind: 'reply' }, t.clock.now);
      expect(result.externalId).toBe('100');
      expect(submitted).toHaveLength(3);
      expect(submitted[0]).toMatchObject({ destination_addr: '905321234567', dest_addr_ton: 1, data_coding: 8, esm_class: 0x40, registered_delivery: 1, source_addr: '183' });
      expect(state.get('smpp', 'seg:102')).toBe('100');
      const failing = { submit: async () => Promise.reject(mapSubmitStatus(0x0b)) };
      await expect(sendSms(failing, cfg, state, { id: 1, channel: 'smpp', to: '+905321234567', text: 'x', kind: 'reply' }, 0)).rejects.toMatchObject({ code: 'rejected' });
      await expect(sendSms(link, cfg, state, { id: 1, channel: 'smpp', to: 'not a number', text: 'x', kind: 'reply' }, 0)).rejects.toBeInstanceOf(SendError);
    } finally {
      await t.close();
    }
  });
});
