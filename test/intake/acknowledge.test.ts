import { afterEach, describe, expect, it } from 'vitest';
import { ackConfig, ackText, createAcknowledger, DEFAULT_ACK_TEMPLATES, looksAutomatic } from '../../src/intake/acknowledge.ts';
import type { ParseResult } from '../../src/parser/types.ts';
import { planSegments } from '../../channels/smpp/segment.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';

const parsed = (p: Partial<ParseResult>): ParseResult => ({
  name: null,
  tckn: null,
  tcknInvalid: null,
  request: '',
  province: null,
  category: 'genel',
  urgent: false,
  lang: 'tr',
  confidence: { name: 0, tckn: 0, request: 0, province: 0, category: 0, urgent: 0, lang: 0 },
  spans: { name: null, tckn: null },
  ...p,
});

describe('acknowledgement text', () => {
  it.each([
    ['everything found', parsed({ name: 'Ayşe Yılmaz', tckn: '10000000146', request: 'barınma' }), 'Alo 183: Mesajiniz alindi, basvuru numaraniz 183-2026-000001. En kisa sürede size dönecegiz.'],
    ['nothing found', null, 'Alo 183: Mesajiniz alindi, basvuru numaraniz 183-2026-000001. Lütfen T.C. kimlik numaranizi, adinizi soyadinizi ve talebinizi yazin.'],
    ['kimlik no missing', parsed({ name: 'Ali', request: 'kira' }), 'Alo 183: Mesajiniz alindi, basvuru numaraniz 183-2026-000001. Lütfen T.C. kimlik numaranizi yazin.'],
    ['name and request missing', parsed({ tckn: '10000000146' }), 'Alo 183: Mesajiniz alindi, basvuru numaraniz 183-2026-000001. Lütfen adinizi soyadinizi ve talebinizi yazin.'],
    [
      'kimlik no fails the checksum',
      parsed({ tcknInvalid: '12345678901', name: 'Ali', request: 'kira' }),
      'Alo 183: Mesajiniz alindi, basvuru numaraniz 183-2026-000001. Yazdiginiz kimlik numarasi hatali görünüyor, lütfen kontrol edip tekrar yazin.',
    ],
  ])('%s', (_l, p, expected) => {
    const text = ackText(DEFAULT_ACK_TEMPLATES, '183-2026-000001', p);
    expect(text).toBe(expected);
    // The defaults stay in the GSM 7-bit default alphabet: one segment for the usual cases.
    expect(planSegments(text).encoding).toBe('gsm7');
  });

  it('every default combination fits in at most two GSM segments', () => {
    const t = ackText(DEFAULT_ACK_TEMPLATES, '183-2026-000001', parsed({ tcknInvalid: '12345678901' }));
    expect(planSegments(t).segments.length).toBeLessThanOrEqual(2);
  });

  it('templates are configurable by ACK_TEMPLATES, and a bad value is a config problem', () => {
    const problems: { variable: string; expected: string }[] = [];
    const cfg = ackConfig({ ACK_ENABLED: true, ACK_MAX_PER_HOUR: 3, ACK_TEMPLATES: '{"received":"Alo 170: basvuru {ticket}."}' }, problems);
    expect(problems).toEqual([]);
    expect(ackText(cfg.templates, 'X-1', parsed({ name: 'a', tckn: '1', request: 'b' }))).toBe('Alo 170: basvuru X-1. En kisa sürede size dönecegiz.');
    ackConfig({ ACK_ENABLED: true, ACK_MAX_PER_HOUR: 3, ACK_TEMPLATES: '{"nope":1}' }, problems);
    expect(problems.map((p) => p.variable)).toEqual(['ACK_TEMPLATES']);
  });

  it.each([
    ['+905321234567', 'merhaba', false],
    ['TURKCELL', 'Kampanya', true],
    ['4545', 'Bakiyeniz', true],
    ['+905321234567', 'Bu bir otomatik yanıttır, lütfen cevaplamayınız', true],
    ['+905321234567', 'Auto-reply: out of office', true],
  ])('looksAutomatic(%s, %s) = %s', (from, text, expected) => {
    expect(looksAutomatic(from, text)).toBe(expected);
  });
});

describe('acknowledgement hook', () => {
  let t: TestContext;
  afterEach(async () => t?.close());

  function setup(env: Record<string, string> = {}) {
    let hook: ReturnType<typeof createAcknowledger> = () => undefined;
    t = createTestContext({ env, afterMessage: [(s, n) => hook(s, n)] });
    hook = createAcknowledger({ db: t.deps.db, config: t.deps.config.channels.ack! });
  }
  const acks = () => t.deps.db.$client.prepare("SELECT o.channel, o.recipient, o.kind, m.direction, m.status FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.kind = 'ack'").all();

  it('a new SMS ticket gets one ack (message + outbox row, same transaction); a follow-up on the same ticket does not', async () => {
    setup();
    await t.deps.intake.receive([inbound({ channel: 'smpp' })]);
    await t.deps.intake.receive([inbound({ channel: 'smpp' })]);
    expect(acks()).toEqual([{ channel: 'smpp', recipient: '+905321234567', kind: 'ack', direction: 'out', status: 'queued' }]);
  });

  it.each([['webchat'], ['whatsapp']])('no ack on %s', async (channel) => {
    setup();
    await t.deps.intake.receive([inbound({ channel })]);
    expect(acks()).toEqual([]);
  });

  it('caps acks per number per hour, so no loop can form', async () => {
    setup({ ACK_MAX_PER_HOUR: '2' });
    for (let i = 0; i < 4; i++) {
      await t.deps.intake.receive([inbound({ channel: 'twilio' })]);
      t.deps.db.$client.prepare("UPDATE tickets SET status = 'closed'").run(); // each next message opens a new ticket
      t.clock.now += 60_000;
    }
    expect(acks()).toHaveLength(2);
    t.clock.now += 3_600_000;
    await t.deps.intake.receive([inbound({ channel: 'twilio' })]);
    expect(acks()).toHaveLength(3);
  });

  it('ACK_ENABLED=false turns it off; a delivery receipt never acks', async () => {
    setup({ ACK_ENABLED: 'false' });
    await t.deps.intake.receive([inbound({ channel: 'smpp' }), { type: 'status', channel: 'smpp', externalId: 'x', status: 'delivered' }]);
    expect(acks()).toEqual([]);
  });
});
