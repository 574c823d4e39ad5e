import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext, inbound, type TestContext, type TestOptions } from './test-deps.ts';

/**
 * One runner for every channel's table of inbound cases (courier's handlertest, in spirit): each row
 * is a raw provider input (PDU fields, a webhook form), what the provider must be answered, and what
 * must then be in the database — inbound messages, and the status of outbound ones receipts touched.
 */

export interface ExpectedMessage {
  from?: string;
  text: string;
  meta?: Record<string, unknown>;
  attachments?: unknown[];
  externalId?: string;
}

export interface ExpectedOutbound {
  externalId: string;
  status: string;
  error?: string | null;
}

export interface InboundCase<I> {
  label: string;
  input: I;
  /** What the provider is answered: an HTTP status, SMPP command_status per PDU… (compared with toEqual). */
  respond?: unknown;
  /** Inbound messages stored afterwards, in order. */
  messages: ExpectedMessage[];
  /** Outbound messages (by provider id) created before the input, for receipts and status callbacks. */
  seedOutbound?: string[];
  outbound?: ExpectedOutbound[];
  /** Move the fake clock and let the channel's timers run, then check. */
  advanceMs?: number;
  /** Inbound messages expected before the clock moves. */
  messagesBeforeAdvance?: number;
}

export interface InboundDriver<I> {
  setup(t: TestContext): Promise<void> | void;
  /** Feeds the input; resolves with what the provider was answered. */
  run(t: TestContext, input: I): Promise<unknown>;
  /** Runs the channel's timers after the clock moved. */
  tick?(t: TestContext): Promise<void>;
  teardown?(): Promise<void>;
}

export function runInboundCases<I>(
  title: string,
  channel: string,
  cases: InboundCase<I>[],
  makeDriver: () => InboundDriver<I>,
  options: TestOptions = {},
): void {
  describe(title, () => {
    let t: TestContext | undefined;
    let driver: InboundDriver<I> | undefined;
    afterEach(async () => {
      await driver?.teardown?.();
      await t?.close();
      t = undefined;
      driver = undefined;
    });

    it.each(cases)('$label', async (c) => {
      t = createTestContext(options);
      driver = makeDriver();
      await driver.setup(t);
      for (const id of c.seedOutbound ?? []) await seedOutbound(t, channel, id);
      const answered = await driver.run(t, c.input);
      if (c.respond !== undefined) expect(answered).toEqual(c.respond);
      if (c.advanceMs !== undefined) {
        if (c.messagesBeforeAdvance !== undefined) expect(inboundRows(t)).toHaveLength(c.messagesBeforeAdvance);
        t.clock.now += c.advanceMs;
        await driver.tick?.(t);
      }
      const rows = inboundRows(t);
      expect(rows.map((r) => r.body)).toEqual(c.messages.map((m) => m.text));
      c.messages.forEach((m, i) => {
        const row = rows[i]!;
        expect(row.channel).toBe(channel);
        if (m.from !== undefined) expect(row.address).toBe(m.from);
        if (m.meta) expect(JSON.parse(row.meta ?? '{}')).toMatchObject(m.meta);
        if (m.attachments) expect(JSON.parse(row.attachments)).toEqual(m.attachments);
        if (m.externalId !== undefined) expect(row.external_id).toBe(m.externalId);
      });
      for (const o of c.outbound ?? []) {
        const row = t.deps.db.$client
          .prepare(`SELECT status, error FROM messages WHERE channel = ? AND external_id = ? AND direction = 'out'`)
          .get(channel, o.externalId) as { status: string; error: string | null } | undefined;
        expect(row, `outbound ${o.externalId}`).toBeDefined();
        expect(row!.status).toBe(o.status);
        if (o.error !== undefined) expect(row!.error).toBe(o.error);
      }
    });
  });
}

export interface InboundRow {
  channel: string;
  external_id: string;
  body: string;
  meta: string | null;
  attachments: string;
  address: string;
}

export function inboundRows(t: TestContext): InboundRow[] {
  return t.deps.db.$client
    .prepare(
      `SELECT m.channel, m.external_id, m.body, m.meta, m.attachments, co.address FROM messages m
       JOIN tickets tk ON tk.id = m.ticket_id JOIN contacts co ON co.id = tk.contact_id
       WHERE m.direction = 'in' AND m.external_id NOT LIKE 'seed-%' ORDER BY m.id`,
    )
    .all() as InboundRow[];
}

/** An outbound message the provider knows as `externalId` (sent earlier), on a seed ticket. */
export async function seedOutbound(t: TestContext, channel: string, externalId: string): Promise<number> {
  const r = await t.deps.intake.receive([inbound({ channel, externalId: `seed-${externalId}`, from: '+900000000000' })]);
  const ticketId = r.messages[0]!.ticketId;
  const row = t.deps.db.$client
    .prepare(
      `INSERT INTO messages (ticket_id, direction, channel, external_id, body, attachments, status, created_at)
       VALUES (?, 'out', ?, ?, 'seed', '[]', 'sent', ?) RETURNING id`,
    )
    .get(ticketId, channel, externalId, t.clock.now) as { id: number };
  return row.id;
}
