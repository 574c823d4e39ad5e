import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertAmeContact } from '../../src/store/ame-directory.ts';
import { signatureHeader, verifyWebhookSignature } from '../../src/webhooks/signature.ts';
import { createWebhookWorker } from '../../src/webhooks/webhook-worker.ts';
import { inbound, type TestContext } from '../harness/test-deps.ts';
import { testParse } from '../inbox/inbox-fixtures.ts';
import { one, opsContext, rows, staff, type Staff } from './ops-helpers.ts';

describe('signature scheme', () => {
  const secret = 'whsec_test';
  const body = '{"id":"evt_1"}';
  const now = Date.UTC(2026, 10, 23, 9);
  it.each<[string, string | null, string, number, boolean]>([
    ['our own header', signatureHeader(secret, body, now), body, now, true],
    ['computed by hand as documented', `t=${now / 1000},v1=${createHmac('sha256', secret).update(`${now / 1000}.${body}`).digest('hex')}`, body, now, true],
    ['a second v1 (rotation) may match', `t=${now / 1000},v1=${'0'.repeat(64)},v1=${createHmac('sha256', secret).update(`${now / 1000}.${body}`).digest('hex')}`, body, now, true],
    ['body changed', signatureHeader(secret, body, now), '{"id":"evt_2"}', now, false],
    ['wrong secret', signatureHeader('other', body, now), body, now, false],
    ['too old (replay)', signatureHeader(secret, body, now - 301_000), body, now, false],
    ['missing', null, body, now, false],
    ['garbage', 't=abc,v1=zz', body, now, false],
  ])('%s', (_l, header, b, at, ok) => {
    expect(verifyWebhookSignature(secret, header, b, at)).toBe(ok);
  });
});

describe('outgoing webhooks against a loopback receiver', () => {
  let t: TestContext;
  let admin: Staff;
  let receiver: Server;
  let url: string;
  let secret: string;
  const got: Array<{ event: string; delivery: string; body: string; valid: boolean; json: Record<string, unknown> }> = [];
  let failNext = 0;

  beforeEach(async () => {
    got.length = 0;
    failNext = 0;
    t = opsContext({ parse: testParse });
    admin = await staff(t, 'admin', 'admin');
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        // The receiver verifies with the secret it was given, against the raw bytes, on its own clock (the test clock).
        const valid = verifyWebhookSignature(secret, req.headers['x-kopru-signature'] as string, body, t.clock.now);
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        got.push({ event: String(req.headers['x-kopru-event']), delivery: String(req.headers['x-kopru-delivery']), body, valid, json: JSON.parse(body) as Record<string, unknown> });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/kopru`;
  });
  afterEach(async () => {
    await new Promise<void>((r) => receiver.close(() => r()));
    await t.close();
  });

  const worker = () => createWebhookWorker({ ...t.deps, maxAttempts: 4, timeoutMs: 5_000, random: () => 0 });

  async function register() {
    const res = await admin.post('/admin/webhooks', { url, 'events[]': ['ticket.created', 'ticket.updated', 'ticket.referred'] });
    expect(res.status).toBe(200);
    secret = /data-secret="([0-9a-f]{64})"/.exec(await res.text())![1]!;
    expect(one<{ secret_enc: string }>(t, 'SELECT secret_enc FROM webhook_endpoints')!.secret_enc).not.toContain(secret);
  }

  it('ticket created, updated and referred arrive signed, verifiable by the receiver, with no personal data', async () => {
    const w = worker();
    await w.tick(); // first run: the cursor starts at the present
    await register();
    const ayse = await staff(t, 'ayse');
    upsertAmeContact(t.deps.db, { province: 'Ankara', subject: 'kadin', name: 'Ayla Demir', mobile: '05321112233' }, 'system', t.clock.now);
    const r = await t.deps.intake.receive([inbound({ from: '+905321234567', text: 'Merhaba ben Ayşe Yılmaz 10000000146 eşim dövüyor Ankara' })]);
    const id = r.messages[0]!.ticketId;
    await ayse.post(`/tickets/${id}/update`, { status: 'open', category: 'kadin' });
    await ayse.post(`/tickets/${id}/refer`, {});
    await w.tick();

    expect(got.map((g) => g.event)).toEqual(['ticket.created', 'ticket.updated', 'ticket.updated', 'ticket.referred']);
    expect(got.every((g) => g.valid)).toBe(true);
    const referred = got.find((g) => g.event === 'ticket.referred')!.json;
    expect(referred).toMatchObject({ type: 'ticket.referred', ticket: { id, status: 'referred', category: 'kadin', province: 'Ankara' }, referral: { province: 'Ankara', subject: 'kadin' } });
    const all = got.map((g) => g.body).join('\n');
    expect(all).not.toMatch(/10000000146|100\*+46|Ayşe|Yılmaz|905321234567|Ayla|5321112233|dövüyor/);
    expect(rows<{ state: string }>(t, 'SELECT state FROM webhook_deliveries').every((d) => d.state === 'sent')).toBe(true);
    // Delivery ids are stable per (endpoint, event): a receiver can dedupe.
    expect(new Set(got.map((g) => g.delivery)).size).toBe(got.length);
  });

  it('failures are retried with backoff from the durable queue, across a restart, and given up after the last attempt', async () => {
    await worker().tick();
    await register();
    failNext = 2;
    await t.deps.intake.receive([inbound({ text: 'yardım' })]);
    const first = worker();
    await first.tick();
    let d = one<{ state: string; attempts: number; next_attempt_at: number; last_status: number }>(t, 'SELECT * FROM webhook_deliveries')!;
    expect(d).toMatchObject({ state: 'pending', attempts: 1, last_status: 503 });
    expect(d.next_attempt_at - t.clock.now).toBe(1000); // backoffMs(1) with random 0: half of 2 s
    await first.tick();
    expect(got).toHaveLength(0); // not due yet

    // A new worker (a restart) picks the row up from the table.
    const second = worker();
    t.clock.now += 1000;
    await second.tick();
    d = one(t, 'SELECT * FROM webhook_deliveries')!;
    expect(d).toMatchObject({ state: 'pending', attempts: 2 });
    t.clock.now += 2000;
    await second.tick();
    expect(got).toHaveLength(1);
    expect(got[0]!.valid).toBe(true);
    expect(one(t, 'SELECT state, attempts FROM webhook_deliveries')).toEqual({ state: 'sent', attempts: 3 });

    // An endpoint that never answers 2xx: failed after maxAttempts (4).
    failNext = 100;
    await t.deps.intake.receive([inbound({ from: '+905320000009', text: 'ikinci' })]);
    for (let i = 0; i < 6; i++) {
      await second.tick();
      t.clock.now += 60_000;
    }
    expect(one(t, 'SELECT state, attempts FROM webhook_deliveries ORDER BY id DESC LIMIT 1')).toEqual({ state: 'failed', attempts: 4 });
  });

  it('admin only; bad URLs refused; a disabled endpoint gets nothing', async () => {
    const op = await staff(t, 'op');
    expect((await op.get('/admin/webhooks')).status).toBe(403);
    expect((await admin.post('/admin/webhooks', { url: 'javascript:alert(1)', 'events[]': 'ticket.created' })).status).toBe(400);
    expect((await admin.post('/admin/webhooks', { url: 'ftp://x.example/', 'events[]': 'ticket.created' })).status).toBe(400);
    await worker().tick();
    await register();
    const endpoint = one<{ id: number }>(t, 'SELECT id FROM webhook_endpoints')!.id;
    expect((await admin.post(`/admin/webhooks/${endpoint}/active`, { active: '0' })).status).toBe(303);
    await t.deps.intake.receive([inbound({ text: 'yardım' })]);
    await worker().tick();
    expect(got).toHaveLength(0);
    expect(rows(t, "SELECT 1 FROM events WHERE type IN ('webhook.added', 'webhook.changed')")).toHaveLength(2);
  });
});
