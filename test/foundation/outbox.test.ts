import { afterEach, describe, expect, it } from 'vitest';
import { SendError, type Channel, type OutboundMessage, type SendResult } from '../../src/channel.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';

/** A channel that records what it is asked to send and answers from a script. */
function scriptedChannel(name: string, script: Array<SendResult | SendError>) {
  const sent: OutboundMessage[] = [];
  const channel: Channel = {
    name,
    start: async () => {},
    stop: async () => {},
    health: () => ({ state: 'up', since: new Date(0) }),
    async send(msg) {
      sent.push(msg);
      const next = script.shift() ?? { externalId: `P${sent.length}` };
      if (next instanceof SendError) throw next;
      return next;
    },
  };
  return { channel, sent };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

let t: TestContext;
afterEach(async () => t?.close());

const row = (t: TestContext) =>
  t.deps.db.$client.prepare('SELECT state, attempts, last_error, provider_id, next_attempt_at FROM outbox').get() as {
    state: string;
    attempts: number;
    last_error: string | null;
    provider_id: string | null;
    next_attempt_at: number;
  };
const message = (t: TestContext) =>
  t.deps.db.$client.prepare(`SELECT status, external_id, error FROM messages WHERE direction = 'out'`).get();

async function replyOn(t: TestContext) {
  await t.deps.intake.receive([inbound({ channel: 'fake', from: '+905551112233' })]);
  expect((await t.api('POST', '/api/tickets/1/replies', { text: 'Merhaba' })).status).toBe(201);
}

describe('outbox worker', () => {
  it('sends a reply once and records the provider id on the message', async () => {
    const fake = scriptedChannel('fake', [{ externalId: 'SMSC-1' }]);
    t = createTestContext({ channels: [fake.channel] });
    t.deps.outbox.start();
    await replyOn(t);
    await until(() => row(t).state === 'sent');
    expect(fake.sent).toEqual([{ id: 1, channel: 'fake', to: '+905551112233', text: 'Merhaba', kind: 'reply' }]);
    expect(message(t)).toEqual({ status: 'sent', external_id: 'SMSC-1', error: null });
    // a receipt for that id then finds the message
    await t.deps.intake.receive([{ type: 'status', channel: 'fake', externalId: 'SMSC-1', status: 'delivered' }]);
    expect(message(t)).toMatchObject({ status: 'delivered' });
  });

  it('retries a retryable failure later with backoff, then sends', async () => {
    const fake = scriptedChannel('fake', [new SendError('throttled', 'slow down'), { externalId: 'OK' }]);
    t = createTestContext({ channels: [fake.channel] });
    t.deps.outbox.start();
    await replyOn(t);
    await until(() => row(t).attempts === 1 && row(t).state === 'pending');
    expect(row(t)).toMatchObject({ last_error: 'throttled: slow down' });
    expect(row(t).next_attempt_at).toBeGreaterThan(t.clock.now);
    expect(fake.sent).toHaveLength(1);
    t.clock.now += 60_000;
    t.deps.outbox.kick();
    await until(() => row(t).state === 'sent');
    expect(fake.sent).toHaveLength(2);
    expect(row(t)).toMatchObject({ attempts: 2, provider_id: 'OK' });
  });

  it.each([
    ['a permanent error fails at once', [new SendError('rejected', 'bad number')], 1],
    ['retryable errors give up after the maximum', Array.from({ length: 10 }, () => new SendError('unavailable', 'down')), 3],
  ])('%s, visible on the message', async (_label, script, attempts) => {
    const fake = scriptedChannel('fake', script);
    t = createTestContext({ channels: [fake.channel], env: { OUTBOX_MAX_ATTEMPTS: '3' } });
    t.deps.outbox.start();
    await replyOn(t);
    for (let i = 0; i < attempts + 1 && row(t).state !== 'failed'; i++) {
      await until(() => row(t).state !== 'sending' && row(t).attempts === Math.min(i + 1, attempts));
      t.clock.now += 3_600_000;
      t.deps.outbox.kick();
    }
    await until(() => row(t).state === 'failed');
    expect(row(t).attempts).toBe(attempts);
    expect(message(t)).toMatchObject({ status: 'failed' });
    const ticket = (await (await t.api('GET', '/api/tickets/1')).json()) as { messages: { direction: string; status: string; error: string }[] };
    expect(ticket.messages.find((m) => m.direction === 'out')).toMatchObject({ status: 'failed' });
  });

  it('after a restart resends what was left mid-send, never what was confirmed', async () => {
    const fake = scriptedChannel('fake', []);
    t = createTestContext({ channels: [fake.channel] });
    await replyOn(t);
    expect((await t.api('POST', '/api/tickets/1/replies', { text: 'İkinci' })).status).toBe(201);
    // as if the last run crashed: row 1 confirmed sent, row 2 claimed but never confirmed
    t.deps.db.$client.prepare(`UPDATE outbox SET state = 'sent', provider_id = 'X' WHERE id = 1`).run();
    t.deps.db.$client.prepare(`UPDATE outbox SET state = 'sending', attempts = 1 WHERE id = 2`).run();
    t.deps.outbox.start();
    await until(() => fake.sent.length === 1 && row2(t) === 'sent');
    expect(fake.sent.map((m) => m.text)).toEqual(['İkinci']);
  });

  it('waits for a channel that is not configured instead of failing', async () => {
    t = createTestContext();
    t.deps.outbox.start();
    await t.deps.intake.receive([inbound({ channel: 'smpp' })]);
    await t.api('POST', '/api/tickets/1/replies', { text: 'x' });
    await new Promise((r) => setTimeout(r, 100));
    expect(row(t)).toMatchObject({ state: 'pending', attempts: 0 });
  });
});

const row2 = (t: TestContext) => (t.deps.db.$client.prepare('SELECT state FROM outbox WHERE id = 2').get() as { state: string }).state;
