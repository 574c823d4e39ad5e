import { afterEach, describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/parser/types.ts';
import { isValidTckn } from '../../src/parser/tckn.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';

// A stand-in parser: these tests are about intake, not about understanding SMS.
function stubParse(text: string): ParseResult {
  const id = text.match(/\b\d{11}\b/)?.[0] ?? null;
  const start = id ? text.indexOf(id) : -1;
  return {
    name: text.match(/ad[ıi]m (\p{Lu}\p{Ll}+)/u)?.[1] ?? null,
    tckn: id && isValidTckn(id) ? id : null,
    tcknInvalid: id && !isValidTckn(id) ? id : null,
    request: text,
    province: /ankara/i.test(text) ? 'Ankara' : null,
    category: /şiddet/i.test(text) ? 'kadin' : 'genel',
    urgent: /acil/i.test(text),
    lang: 'tr',
    confidence: { name: 1, tckn: 1, request: 1, province: 1, category: 1, urgent: 1, lang: 1 },
    spans: { name: null, tckn: id ? [start, start + 11] : null },
  };
}

const count = (t: TestContext, table: string) =>
  (t.deps.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

let t: TestContext;
afterEach(async () => t?.close());

describe('dedup on (channel, provider message id)', () => {
  it.each([
    ['a repeat in a later call', false],
    ['a repeat in the same batch', true],
  ])('%s changes nothing and returns the existing message', async (_label, sameBatch) => {
    t = createTestContext({ parse: stubParse });
    const first = inbound({ externalId: 'SM1', text: 'ilk' });
    const again = { ...first, text: 'tekrar' };
    const [a, b] = sameBatch
      ? await Promise.all([t.deps.intake.receive([first]), t.deps.intake.receive([again])])
      : [await t.deps.intake.receive([first]), await t.deps.intake.receive([again])];
    expect(b.messages[0]!.duplicate).toBe(true);
    expect(b.messages[0]!.messageId).toBe(a.messages[0]!.messageId);
    expect(count(t, 'messages')).toBe(1);
    expect(count(t, 'tickets')).toBe(1);
    expect(t.deps.db.$client.prepare('SELECT body FROM messages').get()).toEqual({ body: 'ilk' });
    expect(t.live.filter((e) => e.type === 'message.created')).toHaveLength(1);
  });

  it('the same provider id on two channels is two messages', async () => {
    t = createTestContext();
    await t.deps.intake.receive([inbound({ channel: 'smpp', externalId: 'X' }), inbound({ channel: 'twilio', externalId: 'X' })]);
    expect(count(t, 'messages')).toBe(2);
  });
});

describe('threading', () => {
  const day = 86_400_000;
  it.each([
    { label: 'joins the open ticket', status: 'open', after: 1 * day, same: true, status2: 'open' },
    { label: 'joins a new ticket', status: 'new', after: 6 * day, same: true, status2: 'new' },
    { label: 'reopens a resolved ticket', status: 'resolved', after: 1 * day, same: true, status2: 'open' },
    { label: 'reopens a ticket waiting on the citizen', status: 'pending', after: 1 * day, same: true, status2: 'open' },
    { label: 'opens a new ticket after a closed one', status: 'closed', after: 60_000, same: false, status2: 'new' },
    { label: 'opens a new ticket after the idle window', status: 'open', after: 8 * day, same: false, status2: 'new' },
  ])('$label', async ({ status, after, same, status2 }) => {
    t = createTestContext();
    const a = await t.deps.intake.receive([inbound()]);
    const firstId = a.messages[0]!.ticketId;
    t.deps.db.$client.prepare('UPDATE tickets SET status = ? WHERE id = ?').run(status, firstId);
    t.clock.now += after;
    const b = await t.deps.intake.receive([inbound()]);
    const secondId = b.messages[0]!.ticketId;
    expect(secondId === firstId).toBe(same);
    expect(b.messages[0]!.ticketCreated).toBe(!same);
    const row = t.deps.db.$client.prepare('SELECT status FROM tickets WHERE id = ?').get(secondId) as { status: string };
    expect(row.status).toBe(status2);
  });

  it('threads per contact: two senders, two tickets', async () => {
    t = createTestContext();
    await t.deps.intake.receive([inbound({ from: '+905551111111' }), inbound({ from: '+905552222222' })]);
    expect(count(t, 'tickets')).toBe(2);
  });

  it('numbers tickets per year: 183-2026-000001, 183-2026-000002', async () => {
    t = createTestContext();
    const r = await t.deps.intake.receive([inbound({ from: 'a' }), inbound({ from: 'b' })]);
    expect(r.messages.map((m) => m.ticketNumber)).toEqual(['183-2026-000001', '183-2026-000002']);
  });
});

describe('parse and triage hook', () => {
  it('sets triage on the ticket when it has none and keeps urgency once raised', async () => {
    t = createTestContext({ parse: stubParse });
    const a = await t.deps.intake.receive([inbound({ text: 'Ankara, şiddet görüyorum acil' })]);
    await t.deps.intake.receive([inbound({ text: 'teşekkürler' })]);
    const row = t.deps.db.$client.prepare('SELECT category, urgent, province, lang FROM tickets WHERE id = ?').get(a.messages[0]!.ticketId);
    expect(row).toEqual({ category: 'kadin', urgent: 1, province: 'Ankara', lang: 'tr' });
  });

  it('a valid kimlik no links contacts on two channels to one citizen', async () => {
    t = createTestContext({ parse: stubParse });
    await t.deps.intake.receive([inbound({ channel: 'smpp', from: '+905551111111', text: 'adım Ayşe 10000000146' })]);
    await t.deps.intake.receive([inbound({ channel: 'whatsapp', from: '905551111111@s.whatsapp.net', text: 'yine ben 10000000146' })]);
    expect(count(t, 'citizens')).toBe(1);
    const links = t.deps.db.$client.prepare('SELECT DISTINCT citizen_id FROM tickets').all();
    expect(links).toHaveLength(1);
    const res = await t.api('GET', '/api/tickets/1');
    const body = (await res.json()) as { related: { channel: string }[] };
    expect(body.related.map((r) => r.channel)).toEqual(['whatsapp']);
  });

  it('an invalid kimlik no links nothing', async () => {
    t = createTestContext({ parse: stubParse });
    await t.deps.intake.receive([inbound({ text: 'numaram 10000000147' })]);
    expect(count(t, 'citizens')).toBe(0);
  });
});

describe('atomicity', () => {
  it('an error anywhere rolls the call back and leaves nothing half-written', async () => {
    t = createTestContext({
      parse: stubParse,
      afterMessage: [
        (stored) => {
          if (stored.event.text.includes('boom')) throw new Error('boom');
        },
      ],
    });
    const bad = t.deps.intake.receive([inbound({ from: 'x', text: 'ok 10000000146' }), inbound({ from: 'y', text: 'boom' })]);
    const good = t.deps.intake.receive([inbound({ from: 'z', text: 'fine' })]);
    await expect(bad).rejects.toThrow('boom');
    await expect(good).resolves.toBeTruthy();
    expect(count(t, 'messages')).toBe(1);
    expect(count(t, 'tickets')).toBe(1);
    expect(count(t, 'contacts')).toBe(1);
    expect(count(t, 'citizens')).toBe(0);
    expect(t.deps.db.$client.prepare('SELECT type FROM events WHERE ticket_id IS NOT NULL').all()).toEqual([{ type: 'ticket.created' }]);
    expect(t.live.filter((e) => e.type === 'message.created')).toHaveLength(1);
  });

  it("receiveWith: an adapter's own writes and the messages they complete share the call's savepoint", async () => {
    t = createTestContext({ parse: stubParse });
    const c = t.deps.db.$client;
    c.exec('CREATE TABLE adapter_state (k TEXT)');
    const write = c.prepare('INSERT INTO adapter_state VALUES (?)');
    const ok = t.deps.intake.receiveWith(() => {
      write.run('kept');
      return { events: [inbound({ from: 'a', text: 'whole' })], value: 'done' };
    });
    const failing = t.deps.intake.receiveWith(() => {
      write.run('rolled back');
      return { events: [inbound({ from: 'b', text: 'boom' }), inbound({ from: 'b', externalId: 'x', text: 'x' })], value: 1 };
    });
    const throwing = t.deps.intake.receiveWith(() => {
      write.run('rolled back too');
      throw new Error('adapter failed');
    });
    t.deps.db.$client.exec(`CREATE TRIGGER no_boom BEFORE INSERT ON messages WHEN NEW.body = 'x' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const [a, b, d] = await Promise.allSettled([ok, failing, throwing]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { value: 'done' } });
    expect(b).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringContaining('disk full') }) });
    expect(d).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: 'adapter failed' }) });
    expect(c.prepare('SELECT k FROM adapter_state').all()).toEqual([{ k: 'kept' }]);
    expect(c.prepare('SELECT body FROM messages').all()).toEqual([{ body: 'whole' }]);
  });

  it('events are append-only', async () => {
    t = createTestContext();
    await t.deps.intake.receive([inbound()]);
    expect(() => t.deps.db.$client.prepare('UPDATE events SET type = ?').run('x')).toThrow(/append-only/);
    expect(() => t.deps.db.$client.prepare('DELETE FROM events').run()).toThrow(/append-only/);
  });
});

describe('delivery statuses', () => {
  it('move forward only; failed wins', async () => {
    t = createTestContext();
    const r = await t.deps.intake.receive([inbound()]);
    const ticketId = r.messages[0]!.ticketId;
    t.deps.db.$client
      .prepare(`INSERT INTO messages (ticket_id, direction, channel, external_id, body, status, created_at) VALUES (?, 'out', 'sms', 'OUT1', 'x', 'sent', 0)`)
      .run(ticketId);
    const status = (s: 'delivered' | 'sent' | 'failed') => t.deps.intake.receive([{ type: 'status', channel: 'sms', externalId: 'OUT1', status: s }]);
    const read = () => (t.deps.db.$client.prepare(`SELECT status FROM messages WHERE external_id = 'OUT1'`).get() as { status: string }).status;
    await status('delivered');
    expect(read()).toBe('delivered');
    await status('sent');
    expect(read()).toBe('delivered');
    await status('failed');
    expect(read()).toBe('failed');
    const unknown = await t.deps.intake.receive([{ type: 'status', channel: 'sms', externalId: 'nope', status: 'delivered' }]);
    expect(unknown.statuses[0]!.messageId).toBeNull();
  });
});

describe('a topic the citizen picked', () => {
  it.each([
    ['the parser found nothing specific', 'genel', 'cocuk', 'cocuk'],
    ['the parser found a category', 'kadin', 'cocuk', 'kadin'],
    ['no topic', 'genel', undefined, 'genel'],
  ])('%s: parsed %s, topic %s → %s', async (_label, parsedCategory, topic, expected) => {
    t = createTestContext({ parse: (text) => ({ ...stubParse(text), category: parsedCategory as 'genel' }) });
    const r = await t.deps.intake.receive([inbound({ channel: 'webchat', meta: topic ? { topic } : undefined })]);
    const row = t.deps.db.$client.prepare('SELECT category FROM tickets WHERE id = ?').get(r.messages[0]!.ticketId);
    expect(row).toEqual({ category: expected });
  });
});
