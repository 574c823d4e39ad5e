import { afterEach, describe, expect, it } from 'vitest';
import type { StoredInbound } from '../../src/intake/process-message.ts';
import { createAcknowledger } from '../../src/intake/acknowledge.ts';
import { parseMessage } from '../../src/parser/index.ts';
import { createTestContext, type TestContext } from '../../test/harness/test-deps.ts';
import { FakeSmsc } from './fake-smsc.ts';
import { createSmppChannel } from './index.ts';
import { planSegments } from './segment.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

/** Köprü bound to node-smpp's own server on loopback: the real protocol, both ways. */

let smsc: FakeSmsc | undefined;
let t: TestContext | undefined;
afterEach(async () => {
  for (const c of t?.deps.channels.values() ?? []) await c.stop();
  await t?.close();
  await smsc?.close();
  t = undefined;
  smsc = undefined;
});

async function gateway(s: FakeSmsc, env: Record<string, string> = {}): Promise<TestContext> {
  let ack: (stored: StoredInbound, now: number) => void = () => undefined;
  const ctx = createTestContext({
    env: { SMPP_HOST: '127.0.0.1', SMPP_PORT: String(s.port), SMPP_SYSTEM_ID: 'kopru', SMPP_PASSWORD: 'secret', SMPP_ENQUIRE_LINK_MS: '1000', ...env },
    parse: parseMessage,
    channels: (deps) => deps.config.channels.smpp!.links.map((link) => createSmppChannel(deps, link, { reconnectBaseMs: 50 })),
    afterMessage: [(stored, now) => ack(stored, now)],
  });
  ack = createAcknowledger({ db: ctx.deps.db, config: ctx.deps.config.channels.ack! });
  for (const c of ctx.deps.channels.values()) await c.start(channelContext(ctx.deps.intake, ctx.deps.log));
  ctx.deps.outbox.start();
  await s.waitForBind();
  return ctx;
}

const rows = <T>(ctx: TestContext, sql: string, ...params: unknown[]) => ctx.deps.db.$client.prepare(sql).all(...params) as T[];

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('smpp: against a real SMPP server on loopback', () => {
  it('binds; a concatenated Turkish SMS becomes a ticket with parsed fields; the acknowledgement reaches the SMSC as GSM 7-bit and gets its receipt', async () => {
    smsc = new FakeSmsc({ systemId: 'kopru', password: 'secret', receipts: true });
    await smsc.listen();
    t = await gateway(smsc);
    await until(() => t!.deps.channels.get('smpp')!.health().state === 'up', 'health to show the bind');
    expect(t.deps.channels.get('smpp')!.health().detail).toMatch(/transceiver: bound/);

    const text =
      'Merhaba, adım Ayşe Yılmaz. T.C. kimlik numaram 10000000146. Eşim bana şiddet uyguluyor, çocuklarımla birlikte ' +
      "Ankara Çankaya'da bir akrabamızın yanındayız. Barınma desteği istiyorum, lütfen yardım edin.";
    expect(planSegments(text).segments.length).toBeGreaterThanOrEqual(3);
    await smsc.send({ from: '+905321234567', text, reverse: true });

    const [ticket] = rows<{ number: string; province: string | null; category: string | null }>(t, 'SELECT number, province, category FROM tickets');
    expect(ticket).toBeDefined();
    const [msg] = rows<{ body: string; parsed: string }>(t, "SELECT body, parsed FROM messages WHERE direction = 'in'");
    expect(msg!.body).toBe(text.replace('10000000146', '100******46'));
    const parsed = JSON.parse(msg!.parsed) as { name: string | null; tckn: string | null };
    expect(parsed.tckn).toBe('100******46');
    expect(parsed.name?.toLocaleLowerCase('tr')).toContain('ayşe');
    expect(ticket!.province).toBe('Ankara');

    await smsc.waitForSubmits(1);
    const [ack] = smsc.messages();
    const [stored] = rows<{ body: string }>(t, "SELECT body FROM messages WHERE direction = 'out'");
    expect(ack!.text).toBe(stored!.body);
    expect(ack!.text).toContain(ticket!.number);
    expect(ack!.destination).toBe('905321234567');
    expect(ack!.dataCoding).toBe(0); // GSM 7-bit default alphabet
    expect(ack!.segments).toBe(planSegments(stored!.body).segments.length);
    expect(smsc.submitted[0]!.registeredDelivery).toBe(1);
    await until(() => rows<{ status: string }>(t!, "SELECT status FROM messages WHERE direction = 'out'")[0]?.status === 'delivered', 'the receipt');
  });

  it('a long acknowledgement (wrong kimlik no, name missing) goes as concatenated segments with a UDH', async () => {
    smsc = new FakeSmsc({ receipts: true });
    await smsc.listen();
    t = await gateway(smsc);
    await smsc.send({ from: '+905551112233', text: 'kimlik no 12345678901 maasim yatmadi yardim edin' });
    await until(() => smsc!.messages().length === 1 && smsc!.messages()[0]!.segments > 1, 'a concatenated acknowledgement');
    const [stored] = rows<{ body: string }>(t, "SELECT body FROM messages WHERE direction = 'out'");
    expect(stored!.body).toContain('hatali');
    const ack = smsc.messages()[0]!;
    expect(ack.text).toBe(stored!.body);
    expect(ack.segments).toBe(planSegments(stored!.body).segments.length);
    expect(smsc.submitted.every((s) => s.concat !== null && (s.esmClass & 0x40) === 0x40)).toBe(true);
  });

  it('the SMSC drops the link mid-stream: the gateway binds again; nothing lost, nothing doubled', async () => {
    let answered = 0;
    smsc = new FakeSmsc({
      window: 8,
      onDeliverResp: () => {
        if (++answered === 12) smsc!.dropLinks();
      },
    });
    await smsc.listen();
    t = await gateway(smsc, { ACK_ENABLED: 'false' });
    const sent = Array.from({ length: 40 }, (_, i) => ({
      from: `+9053200000${String(i).padStart(2, '0')}`,
      text: i % 4 === 0 ? `Mesaj ${i}: ${'uzun bir talep metni, '.repeat(12)}son.` : `Mesaj ${i}: yardım istiyorum`,
    }));
    await Promise.all(sent.map((s) => smsc!.send(s)));
    const stored = rows<{ body: string }>(t, "SELECT body FROM messages WHERE direction = 'in' ORDER BY body");
    expect(stored.map((r) => r.body).sort()).toEqual(sent.map((s) => s.text).sort());
    expect(answered).toBeGreaterThan(12);
    await until(() => t!.deps.channels.get('smpp')!.health().state === 'up', 'the new bind');
  });

  it('the SMSC answers "throttled": the acknowledgement is retried later and then sent once', async () => {
    let refused = 0;
    smsc = new FakeSmsc({ onSubmit: () => (refused++ === 0 ? 0x58 : 0) }); // ESME_RTHROTTLED once
    await smsc.listen();
    t = await gateway(smsc);
    await smsc.send({ from: '+905321234567', text: 'Merhaba, adım Ali Demir, 10000000146, kira yardımı istiyorum' });
    await smsc.waitForSubmits(1);
    await until(() => rows<{ state: string }>(t!, 'SELECT state FROM outbox')[0]?.state === 'pending', 'the retry to be scheduled');
    const [row] = rows<{ attempts: number; last_error: string; next_attempt_at: number }>(t, 'SELECT attempts, last_error, next_attempt_at FROM outbox');
    expect(row!.last_error).toMatch(/throttled/);
    expect(row!.next_attempt_at - t.clock.now).toBeGreaterThanOrEqual(5_000);
    t.clock.now += 6_000;
    await smsc.waitForSubmits(2);
    await until(() => rows<{ state: string }>(t!, 'SELECT state FROM outbox')[0]?.state === 'sent', 'the retried send');
    expect(smsc.submitted.map((s) => s.status)).toEqual([0x58, 0]);
    expect(rows<{ attempts: number }>(t, 'SELECT attempts FROM outbox')[0]!.attempts).toBe(2);
  });

  it('enquire_link both ways: the gateway answers the SMSC and sends its own', async () => {
    smsc = new FakeSmsc();
    await smsc.listen();
    t = await gateway(smsc);
    await until(() => t!.deps.channels.get('smpp')!.health().state === 'up', 'the bind');
    expect(await smsc.enquireLink()).toBe(1);
    await until(() => smsc!.enquireLinks > 0, "the gateway's enquire_link (every second here)");
  });

  it('refuses to bind with a wrong password and says so in health', async () => {
    smsc = new FakeSmsc({ systemId: 'kopru', password: 'other' });
    await smsc.listen();
    t = createTestContext({ env: { SMPP_HOST: '127.0.0.1', SMPP_PORT: String(smsc.port), SMPP_SYSTEM_ID: 'kopru', SMPP_PASSWORD: 'secret' } });
    const channel = createSmppChannel({ ...t.deps }, t.deps.config.channels.smpp!.links[0]!, { reconnectBaseMs: 50 });
    await channel.start({ receive: async () => undefined, receiveWith: async (work) => work().value, log: t.deps.log });
    try {
      await until(() => /ESME_RINVPASWD/.test(channel.health().detail ?? ''), 'the bind refusal in health');
      expect(channel.health().state).toBe('down');
    } finally {
      await channel.stop();
    }
  });
});
