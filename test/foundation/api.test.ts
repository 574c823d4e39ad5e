import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { serveTestApp } from '../harness/serve-app.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';

let t: TestContext;
afterEach(async () => t?.close());

const concrete = (path: string) => path.replace(/:id\b/g, '1').replace(/:[a-zA-Z]+/g, 'x');

describe('authentication', () => {
  it('every /api route refuses without a token, and with a wrong or revoked one', async () => {
    t = createTestContext();
    const routes = t.app.routes.filter((r) => r.path.startsWith('/api') && r.method !== 'ALL');
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const { revokeApiToken, createApiToken } = await import('../../src/store/api-tokens.ts');
    const revoked = createApiToken(t.deps.db, 'old');
    revokeApiToken(t.deps.db, 'old');
    for (const route of routes) {
      for (const authorization of [undefined, 'Bearer nope', `Bearer ${revoked}`, `Basic ${t.token}`]) {
        const res = await t.app.request(concrete(route.path), {
          method: route.method,
          headers: authorization ? { authorization, 'content-type': 'application/json' } : { 'content-type': 'application/json' },
          body: route.method === 'GET' ? undefined : '{}',
        });
        expect(res.status, `${route.method} ${route.path} with ${authorization ?? 'nothing'}`).toBe(401);
        expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
      }
    }
  });

  it('the OpenAPI document describes exactly the /api routes the app has', async () => {
    t = createTestContext();
    const doc = (await (await t.api('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    const actual = t.app.routes.filter((r) => r.path.startsWith('/api') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`).sort();
    expect(documented).toEqual(actual);
  });
});

describe('GET /api/tickets', () => {
  it('lists newest activity first with masked citizen data and the last message', async () => {
    t = createTestContext({ parse: (text) => ({ ...emptyParse(), name: 'Ayşe Yılmaz', tckn: text.match(/\d{11}/)?.[0] ?? null }) });
    await t.deps.intake.receive([inbound({ from: '+905551111111', text: 'ilk 10000000146' })]);
    t.clock.now += 1000;
    await t.deps.intake.receive([inbound({ from: '+905552222222', text: 'ikinci' })]);
    const res = await t.api('GET', '/api/tickets');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { tickets: Array<Record<string, any>>; next: string | null };
    expect(body.tickets.map((x) => x.number)).toEqual(['183-2026-000002', '183-2026-000001']);
    const first = body.tickets[1]!;
    expect(first).toMatchObject({ id: 1, channel: 'sms', status: 'new', urgent: false, citizen: { name: 'Ayşe Yılmaz', tckn: '100******46' } });
    expect(first.lastMessage.body).toBe('ilk 100******46');
    expect(first.contact.address).toBe('+90*******111');
    expect(JSON.stringify(body)).not.toContain('10000000146');
  });

  it('filters, searches with Turkish folding and paginates by cursor', async () => {
    t = createTestContext();
    for (let i = 0; i < 5; i++) {
      t.clock.now += 1000;
      await t.deps.intake.receive([inbound({ from: `+90555000000${i}`, text: i === 2 ? 'Yaşlı annem için ŞÖNİM başvurusu' : `mesaj ${i}` })]);
    }
    const page1 = (await (await t.api('GET', '/api/tickets?limit=2')).json()) as { tickets: { id: number }[]; next: string };
    expect(page1.tickets.map((x) => x.id)).toEqual([5, 4]);
    const page2 = (await (await t.api('GET', `/api/tickets?limit=2&cursor=${page1.next}`)).json()) as { tickets: { id: number }[]; next: string };
    expect(page2.tickets.map((x) => x.id)).toEqual([3, 2]);
    const page3 = (await (await t.api('GET', `/api/tickets?limit=2&cursor=${page2.next}`)).json()) as { tickets: { id: number }[]; next: null };
    expect(page3).toMatchObject({ tickets: [{ id: 1 }], next: null });
    for (const q of ['yasli', 'YAŞLI', 'sonim', 'başvuru', 'yaşlı annem']) {
      const hits = (await (await t.api('GET', `/api/tickets?q=${encodeURIComponent(q)}`)).json()) as { tickets: { id: number }[] };
      expect(hits.tickets.map((x) => x.id), q).toEqual([3]);
    }
    const none = (await (await t.api('GET', '/api/tickets?q=%22%29%28*')).json()) as { tickets: unknown[] };
    expect(none.tickets).toEqual([]);
    const closed = (await (await t.api('GET', '/api/tickets?status=closed,resolved&channel=sms&urgent=false')).json()) as { tickets: unknown[] };
    expect(closed.tickets).toEqual([]);
  });

  it.each([
    ['status=bogus', 'status'],
    ['urgent=maybe', 'urgent'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=zzz', 'cursor'],
    ['category=x', 'category'],
  ])('rejects ?%s with the field named', async (query, field) => {
    t = createTestContext();
    const res = await t.api('GET', `/api/tickets?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: { field: string }[] } };
    expect(body.error.details.map((d) => d.field)).toContain(field);
  });
});

describe('ticket changes and replies', () => {
  it('PATCH changes fields, records who did it, and refuses bad values', async () => {
    t = createTestContext();
    await t.deps.intake.receive([inbound()]);
    const ok = await t.api('PATCH', '/api/tickets/1', { status: 'pending', urgent: true, category: 'cocuk', province: 'Van' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ changed: ['status', 'category', 'urgent', 'province'], ticket: { status: 'pending', urgent: true } });
    const ev = t.deps.db.$client.prepare(`SELECT actor, data FROM events WHERE type = 'ticket.updated'`).get() as { actor: string; data: string };
    expect(ev.actor).toBe('token:test');
    expect(JSON.parse(ev.data).status).toEqual({ from: 'new', to: 'pending' });
    for (const [body, field] of [
      [{ status: 'gone' }, 'status'],
      [{ urgent: 'yes' }, 'urgent'],
      [{ assigneeId: 999 }, 'assigneeId'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      const res = await t.api('PATCH', '/api/tickets/1', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(field);
    }
    expect((await t.api('PATCH', '/api/tickets/999', { urgent: true })).status).toBe(404);
    expect((await t.api('PATCH', '/api/tickets/abc', { urgent: true })).status).toBe(400);
  });

  it('a reply becomes an outbox row on the ticket channel', async () => {
    t = createTestContext();
    await t.deps.intake.receive([inbound({ channel: 'webchat', from: 'visitor-1' })]);
    const res = await t.api('POST', '/api/tickets/1/replies', { text: 'Merhaba, size nasıl yardımcı olabiliriz?' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ channel: 'webchat', status: 'queued' });
    expect(t.deps.db.$client.prepare('SELECT channel, recipient, state, kind FROM outbox').get()).toEqual({
      channel: 'webchat',
      recipient: 'visitor-1',
      state: 'pending',
      kind: 'reply',
    });
    expect(t.deps.db.$client.prepare('SELECT status FROM tickets').get()).toEqual({ status: 'open' });
  });

  it.each([
    ['not JSON', 'hello', 400, 'invalid_json'],
    ['no text', {}, 400, 'invalid_body'],
    ['empty text', { text: '   ' }, 400, 'invalid_body'],
    ['a number', { text: 5 }, 400, 'invalid_body'],
    ['too long', { text: 'x'.repeat(5000) }, 400, 'invalid_body'],
    ['over 1 MB', { text: 'x'.repeat(1_100_000) }, 413, 'payload_too_large'],
  ])('a reply with %s is refused with %s', async (_label, body, status, code) => {
    t = createTestContext();
    await t.deps.intake.receive([inbound()]);
    const res = await t.api('POST', '/api/tickets/1/replies', body);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
    expect(t.deps.db.$client.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });

  it('viewing a ticket and revealing the kimlik no are audited', async () => {
    t = createTestContext({ parse: (text) => ({ ...emptyParse(), tckn: text.match(/\d{11}/)?.[0] ?? null }) });
    await t.deps.intake.receive([inbound({ text: 'TC 10000000146 yardım' })]);
    const view = (await (await t.api('GET', '/api/tickets/1')).json()) as { messages: { body: string; masked: boolean }[] };
    expect(view.messages[0]).toMatchObject({ body: 'TC 100******46 yardım', masked: true });
    const reveal = await t.api('POST', '/api/tickets/1/reveal');
    expect(await reveal.json()).toEqual({ tckn: '10000000146', messages: [{ id: 1, body: 'TC 10000000146 yardım' }] });
    const audit = t.deps.db.$client.prepare(`SELECT type, actor FROM events WHERE type IN ('ticket.viewed', 'personal_data.revealed') ORDER BY id`).all();
    expect(audit).toEqual([
      { type: 'ticket.viewed', actor: 'token:test' },
      { type: 'personal_data.revealed', actor: 'token:test' },
    ]);
  });
});

describe('health and errors', () => {
  it('GET /healthz is 200 while the database answers, 503 when it does not', async () => {
    t = createTestContext();
    const ok = await t.app.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok', channels: {} });
    t.deps.db.$client.close();
    const down = await t.app.request('/healthz');
    expect(down.status).toBe(503);
  });

  it('unknown routes get a JSON 404', async () => {
    t = createTestContext();
    const res = await t.app.request('/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

function emptyParse() {
  return {
    name: null,
    tckn: null,
    tcknInvalid: null,
    request: '',
    province: null,
    category: 'genel' as const,
    urgent: false,
    lang: 'tr' as const,
    confidence: { name: 0, tckn: 0, request: 0, province: 0, category: 0, urgent: 0, lang: 0 },
    spans: { name: null, tckn: null },
  };
}

describe('body size limit over real HTTP', () => {
  // By Content-Length when the client gives one (the body is then never touched before its route);
  // a chunked body is counted as it streams in.
  const send = (port: number, body: Buffer, chunked: boolean) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/tickets/1/replies', headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': body.length }) } },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      if (chunked) {
        for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
        req.end();
      } else req.end(body);
    });

  it.each([
    ['Content-Length', false],
    ['chunked', true],
  ])('refuses a body over 1 MB sent with %s (413), and lets a small one through to its route', async (_label, chunked) => {
    t = createTestContext();
    const served = await serveTestApp(t);
    try {
      expect(await send(served.port, Buffer.from(JSON.stringify({ text: 'x'.repeat(1_100_000) })), chunked)).toBe(413);
      expect(await send(served.port, Buffer.from(JSON.stringify({ text: 'kısa' })), chunked)).toBe(401); // reached the API's auth
    } finally {
      await served.close();
    }
  });
});
