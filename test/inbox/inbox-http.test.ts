import { afterEach, describe, expect, it } from 'vitest';
import { countSms } from '../../src/inbox/client/sms-segments.ts';
import { createLoginRateLimit } from '../../src/inbox/login-rate-limit.ts';
import { can, type Permission } from '../../src/auth/roles.ts';
import { fillPlaceholders } from '../../src/store/canned-replies.ts';
import { searchTickets } from '../../src/store/search-tickets.ts';
import { facetCounts } from '../../src/store/ticket-facets.ts';
import { listTickets } from '../../src/store/tickets.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';
import { testParse, XSS_VECTORS } from './inbox-fixtures.ts';
import { addTestUser, login, post } from './inbox-helpers.ts';

let t: TestContext;
afterEach(async () => t?.close());

const events = (type: string) =>
  t.deps.db.$client.prepare<[string], { ticket_id: number | null; actor: string; data: string | null }>('SELECT ticket_id, actor, data FROM events WHERE type = ? ORDER BY id').all(type);

describe('login and sessions', () => {
  it('a good login sets an HttpOnly SameSite=Strict cookie and is audited; a bad one is refused and audited', async () => {
    t = createTestContext();
    const id = await addTestUser(t, 'ayse', 'operator');
    const bad = await login(t, 'ayse', 'yanlış-parola-000');
    expect(bad.res.status).toBe(401);
    expect(bad.cookie).toBe('');
    expect(await bad.res.text()).toContain('Kullanıcı adı veya parola hatalı.');
    const unknown = await login(t, 'kimse', 'yanlış-parola-000');
    expect(unknown.res.status).toBe(401);
    const ok = await login(t, 'ayse');
    expect(ok.res.status).toBe(303);
    const setCookie = ok.res.headers.getSetCookie().find((c) => c.startsWith('kopru_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    expect(events('login.failed').map((e) => JSON.parse(e.data!).username)).toEqual(['ayse', 'kimse']);
    expect(events('login.succeeded')).toEqual([expect.objectContaining({ actor: `user:${id}` })]);
    // Only the hash of the session id is stored.
    const stored = t.deps.db.$client.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(ok.cookie).not.toContain(stored[0]!.id_hash);
  });

  it('under HTTPS the cookie is __Host- prefixed and Secure', async () => {
    t = createTestContext({ env: { PUBLIC_URL: 'https://hotline.example.gov.tr' } });
    await addTestUser(t, 'ayse', 'operator');
    const form = await t.app.request('/login');
    const loginCookie = form.headers.getSetCookie().find((c) => c.startsWith('kopru_login='))!;
    expect(loginCookie).toMatch(/Secure/);
    const token = (await form.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
    const res = await t.app.request('/login', {
      method: 'POST',
      headers: { cookie: loginCookie.split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, username: 'ayse', password: 'doğru-parola-123' }).toString(),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('__Host-kopru_session='))!;
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/HttpOnly/);
    const page = await t.app.request('/', { headers: { cookie: session.split(';')[0]! } });
    expect(page.status).toBe(200);
  });

  it('a login POST without the form token is refused (login CSRF)', async () => {
    t = createTestContext();
    await addTestUser(t, 'ayse', 'operator');
    const res = await t.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'ayse', password: 'doğru-parola-123' }).toString(),
    });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('kopru_session='))).toBe(false);
  });

  it('five failures from one address for one user lock that pair out for five minutes (429), audited', async () => {
    t = createTestContext();
    await addTestUser(t, 'ayse', 'operator');
    for (let i = 0; i < 5; i++) expect((await login(t, 'ayse', `yanlış-${i}-parola`)).res.status).toBe(401);
    const limited = await login(t, 'ayse');
    expect(limited.res.status).toBe(429);
    expect(limited.res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.cookie).toBe('');
    expect(events('login.limited')).toHaveLength(1);
    // Another user from the same address is not locked by these.
    await addTestUser(t, 'mehmet', 'operator');
    expect((await login(t, 'mehmet')).res.status).toBe(303);
  });

  it('the rate limit forgets after the window, and per address caps username spraying', () => {
    let now = 0;
    const limit = createLoginRateLimit({ now: () => now, perUser: 5, perIp: 8 });
    for (let i = 0; i < 5; i++) limit.failed('1.2.3.4', 'ayse');
    expect(limit.retryAfter('1.2.3.4', 'ayse')).toBe(300_000);
    expect(limit.retryAfter('5.6.7.8', 'ayse')).toBe(0);
    now += 300_001;
    expect(limit.retryAfter('1.2.3.4', 'ayse')).toBe(0);
    for (let i = 0; i < 8; i++) limit.failed('9.9.9.9', `user${i}`);
    expect(limit.retryAfter('9.9.9.9', 'someone-else')).toBeGreaterThan(0);
  });

  it('sessions end after two idle hours and after twelve in all; logout ends them at once', async () => {
    t = createTestContext();
    await addTestUser(t, 'ayse', 'operator');
    const a = await login(t, 'ayse');
    expect((await t.app.request('/', { headers: { cookie: a.cookie } })).status).toBe(200);
    t.clock.now += 2 * 3600_000 + 1000;
    const idle = await t.app.request('/', { headers: { cookie: a.cookie } });
    expect(idle.status).toBe(303);
    expect(idle.headers.get('location')).toMatch(/^\/login\?next=/);

    const b = await login(t, 'ayse');
    for (let i = 0; i < 13; i++) {
      t.clock.now += 3600_000 - 1000; // active all along, yet the shift ends
      await t.app.request('/', { headers: { cookie: b.cookie } });
    }
    expect((await t.app.request('/', { headers: { cookie: b.cookie } })).status).toBe(303);

    const c = await login(t, 'ayse');
    expect((await post(t, '/logout', c.cookie, { _csrf: c.csrf })).status).toBe(303);
    expect((await t.app.request('/', { headers: { cookie: c.cookie } })).status).toBe(303);
    expect(events('logout')).toHaveLength(1);
  });
});

describe('CSRF and roles', () => {
  it('through the API too, an operator may take a ticket but not hand it to someone else', async () => {
    t = createTestContext();
    const me = await addTestUser(t, 'ayse', 'operator');
    const other = await addTestUser(t, 'mehmet', 'operator');
    await t.deps.intake.receive([inbound({ text: 'yardım' })]);
    const { cookie, csrf } = await login(t, 'ayse');
    const assign = (assigneeId: number) =>
      t.app.request('/api/tickets/1', { method: 'PATCH', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: JSON.stringify({ assigneeId }) });
    expect((await assign(other)).status).toBe(403);
    expect((await assign(me)).status).toBe(200);
    expect((await t.api('PATCH', '/api/tickets/1', { assigneeId: other })).status).toBe(200);
  });

  it('every inbox change needs the session token: forms with _csrf, API calls with x-csrf-token; bearer calls need none', async () => {
    t = createTestContext();
    await addTestUser(t, 'ayse', 'operator');
    await t.deps.intake.receive([inbound({ text: 'yardım' })]);
    const { cookie, csrf } = await login(t, 'ayse');
    expect(csrf).toMatch(/^[\w-]{40,}$/);
    for (const path of ['/tickets/1/reply', '/tickets/1/notes', '/tickets/1/update', '/logout']) {
      expect((await post(t, path, cookie, { text: 'x', status: 'closed' })).status, path).toBe(403);
      expect((await post(t, path, cookie, { text: 'x', status: 'closed', _csrf: `${csrf}x` })).status, path).toBe(403);
    }
    const api = (headers: Record<string, string>) =>
      t.app.request('/api/tickets/1', { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: '{"status":"pending"}' });
    expect((await api({ cookie })).status).toBe(403);
    expect((await api({ cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' })).status).toBe(403);
    expect((await api({ cookie, 'x-csrf-token': csrf })).status).toBe(200);
    expect((await t.api('PATCH', '/api/tickets/1', { status: 'open' })).status).toBe(200);
    // A cross-site form with the right token is still refused by the origin check.
    const cross = await t.app.request('/tickets/1/notes', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, text: 'x' }).toString(),
    });
    expect(cross.status).toBe(403);
    // The session's API actor is the user, with the user's role.
    expect(events('ticket.updated').map((e) => e.actor)).toEqual(['user:1', 'token:test']);
  });

  const matrix: Array<[string, number, number, number]> = [
    ['/', 200, 200, 200],
    ['/audit', 403, 200, 200],
    ['/export.csv', 403, 200, 200],
    ['/admin/users', 403, 403, 200],
    ['/admin/canned', 403, 403, 200],
  ];
  it.each(matrix)('GET %s: operator %i, supervisor %i, admin %i', async (path, op, sup, adm) => {
    t = createTestContext();
    const roles = ['operator', 'supervisor', 'admin'] as const;
    const got: number[] = [];
    for (const role of roles) {
      await addTestUser(t, role, role);
      const { cookie } = await login(t, role);
      got.push((await t.app.request(path, { headers: { cookie } })).status);
    }
    expect(got).toEqual([op, sup, adm]);
    expect((await t.app.request(path)).status).toBe(303);
  });

  it('the permission table: operators work tickets, supervisors also assign, audit and export, admins also manage', () => {
    const all: Permission[] = ['inbox', 'reply', 'note', 'reveal', 'update', 'assign_others', 'audit', 'export', 'admin_users', 'admin_canned'];
    expect(all.filter((p) => can('operator', p))).toEqual(['inbox', 'reply', 'note', 'reveal', 'update']);
    expect(all.filter((p) => can('supervisor', p))).toEqual(['inbox', 'reply', 'note', 'reveal', 'update', 'assign_others', 'audit', 'export']);
    expect(all.filter((p) => can('admin', p))).toEqual(all);
  });

  it('an operator takes a ticket but cannot hand it to someone else; a supervisor can', async () => {
    t = createTestContext();
    const op = await addTestUser(t, 'ayse', 'operator');
    const other = await addTestUser(t, 'fatma', 'operator');
    await addTestUser(t, 'mehmet', 'supervisor');
    await t.deps.intake.receive([inbound()]);
    const a = await login(t, 'ayse');
    expect((await post(t, '/tickets/1/update', a.cookie, { _csrf: a.csrf, assignee: String(other) })).status).toBe(403);
    expect((await post(t, '/tickets/1/update', a.cookie, { _csrf: a.csrf, assignee: String(op) })).status).toBe(303);
    const s = await login(t, 'mehmet');
    expect((await post(t, '/tickets/1/update', s.cookie, { _csrf: s.csrf, assignee: String(other) })).status).toBe(303);
    expect(t.deps.db.$client.prepare('SELECT assignee_id FROM tickets WHERE id = 1').get()).toEqual({ assignee_id: other });
  });

  it('admins add users (who can then log in) and change roles; the change ends that user’s sessions', async () => {
    t = createTestContext();
    await addTestUser(t, 'yonetici', 'admin');
    const admin = await login(t, 'yonetici');
    const added = await post(t, '/admin/users', admin.cookie, { _csrf: admin.csrf, username: 'zeynep', role: 'operator', password: 'çok-gizli-parola' });
    expect(added.status).toBe(200);
    const z = await login(t, 'zeynep', 'çok-gizli-parola');
    expect(z.res.status).toBe(303);
    expect((await t.app.request('/audit', { headers: { cookie: z.cookie } })).status).toBe(403);
    const id = (t.deps.db.$client.prepare(`SELECT id FROM users WHERE username = 'zeynep'`).get() as { id: number }).id;
    expect((await post(t, `/admin/users/${id}`, admin.cookie, { _csrf: admin.csrf, role: 'supervisor', active: '1', password: '' })).status).toBe(200);
    expect((await t.app.request('/', { headers: { cookie: z.cookie } })).status).toBe(303);
    const z2 = await login(t, 'zeynep', 'çok-gizli-parola');
    expect((await t.app.request('/audit', { headers: { cookie: z2.cookie } })).status).toBe(200);
    // The last active admin cannot demote themself.
    const self = (t.deps.db.$client.prepare(`SELECT id FROM users WHERE username = 'yonetici'`).get() as { id: number }).id;
    expect((await post(t, `/admin/users/${self}`, admin.cookie, { _csrf: admin.csrf, role: 'operator', active: '1' })).status).toBe(400);
    expect(events('user.changed')).toHaveLength(1);
    const weak = await post(t, '/admin/users', admin.cookie, { _csrf: admin.csrf, username: 'x y', role: 'operator', password: 'kısa' });
    expect(weak.status).toBe(400);
  });
});

describe('pages', () => {
  it('the page carries a strict CSP with a nonce, no inline script, and escapes every piece of citizen text', async () => {
    t = createTestContext({ parse: testParse });
    await addTestUser(t, 'ayse', 'operator');
    await t.deps.intake.receive(XSS_VECTORS.map((v, i) => inbound({ from: `+9053300000${i}`, fromName: v, text: `ben ${v} ${v}` })));
    const { cookie } = await login(t, 'ayse');
    for (const path of ['/', '/tickets/1', '/tickets/2', '/?q=script', '/inbox/list', '/inbox/tickets/3/thread']) {
      const res = await t.app.request(path, { headers: { cookie } });
      expect(res.status, path).toBe(200);
      const html = await res.text();
      for (const v of XSS_VECTORS) if (/[<>"]/.test(v)) expect(html, `${path}: ${v}`).not.toContain(v);
      expect(html).not.toMatch(/<(script|img|svg|iframe|body|link|math)\b[^>]*(alert|onerror|onload|evil)/i);
      if (!path.startsWith('/inbox/')) {
        const csp = res.headers.get('content-security-policy')!;
        expect(csp).toMatch(/default-src 'none'/);
        expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
        expect(html.match(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/g)).toBeNull();
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('same-origin');
      }
    }
  });

  it('opening a ticket is audited; the list is not (it shows masked data only)', async () => {
    t = createTestContext({ parse: testParse });
    const id = await addTestUser(t, 'ayse', 'operator');
    await t.deps.intake.receive([inbound({ text: 'ben Ali Veli 10000000146 yardım' })]);
    const { cookie } = await login(t, 'ayse');
    const list = await (await t.app.request('/', { headers: { cookie } })).text();
    expect(list).not.toContain('10000000146');
    expect(list).toContain('100******46');
    expect(events('ticket.viewed')).toEqual([]);
    await t.app.request('/tickets/1', { headers: { cookie } });
    expect(events('ticket.viewed')).toEqual([expect.objectContaining({ ticket_id: 1, actor: `user:${id}` })]);
  });

  it('a reply fills {ticket} and {name}, goes through the outbox on the ticket’s channel; a note is never sent', async () => {
    t = createTestContext({ parse: testParse });
    await addTestUser(t, 'ayse', 'operator');
    await t.deps.intake.receive([inbound({ channel: 'whatsapp', from: '+905551112233', text: 'ben Ali Veli yardım' })]);
    const { cookie, csrf } = await login(t, 'ayse');
    const res = await post(t, '/tickets/1/reply', cookie, { _csrf: csrf, text: 'Sayın {name}, {ticket} numaralı talebiniz alındı.', list: '?status=all' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/tickets/1?status=all&done=reply');
    await post(t, '/tickets/1/notes', cookie, { _csrf: csrf, text: 'gizli not' });
    const outbox = t.deps.db.$client.prepare('SELECT channel, recipient, body, kind FROM outbox').all();
    expect(outbox).toEqual([{ channel: 'whatsapp', recipient: '+905551112233', body: 'Sayın Ali Veli, 183-2026-000001 numaralı talebiniz alındı.', kind: 'reply' }]);
    const thread = await (await t.app.request('/tickets/1', { headers: { cookie } })).text();
    expect(thread).toContain('msg-note');
    expect(thread).toContain('gizli not');
    expect((await post(t, '/tickets/1/reply', cookie, { _csrf: csrf, text: '   ' })).status).toBe(400);
    expect((await post(t, '/tickets/99/reply', cookie, { _csrf: csrf, text: 'x' })).status).toBe(404);
    expect(fillPlaceholders('{ticket} {name} {other}', { ticket: 'T-1', name: null })).toBe('T-1  {other}');
  });

  it('supervisors export the filtered list as CSV without personal data, audited', async () => {
    t = createTestContext({ parse: testParse });
    await addTestUser(t, 'mehmet', 'supervisor');
    await t.deps.intake.receive([inbound({ text: 'ben Ali Veli 10000000146 acil =cmd' })]);
    const { cookie } = await login(t, 'mehmet');
    const res = await t.app.request('/export.csv?status=all', { headers: { cookie } });
    const csv = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.split('\r\n')[1]).toMatch(/^"183-2026-000001","sms","new","genel","","tr","true"/);
    expect(csv).not.toMatch(/Ali|10000000146|cmd/);
    expect(events('tickets.exported')).toHaveLength(1);
  });

  it('the audit page filters by type and ticket; events cannot be changed afterwards', async () => {
    t = createTestContext({ parse: testParse });
    await addTestUser(t, 'mehmet', 'supervisor');
    await t.deps.intake.receive([inbound({ text: 'ben Ali Veli 10000000146' })]);
    const { cookie, csrf } = await login(t, 'mehmet');
    await t.app.request('/tickets/1', { headers: { cookie } });
    const reveal = await t.app.request('/api/tickets/1/reveal', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    expect(await reveal.json()).toMatchObject({ tckn: '10000000146' });
    const page = await (await t.app.request('/audit?type=personal_data.revealed&ticket=183-2026-000001', { headers: { cookie } })).text();
    expect(page.match(/data-type="([^"]+)"/g)).toEqual(['data-type="personal_data.revealed"']);
    expect(() => t.deps.db.$client.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(() => t.deps.db.$client.prepare(`UPDATE events SET actor = 'x'`).run()).toThrow(/append-only/);
    expect((await t.app.request('/audit?from=yesterday', { headers: { cookie } })).status).toBe(400);
  });

  it('the language link switches to English and back; Turkish is the default', async () => {
    t = createTestContext();
    await addTestUser(t, 'ayse', 'operator');
    const { cookie } = await login(t, 'ayse');
    expect(await (await t.app.request('/', { headers: { cookie, 'accept-language': 'en-US' } })).text()).toContain('<html lang="tr">');
    const sw = await t.app.request('/lang/en?back=%2F%3Fstatus%3Dall', { headers: { cookie } });
    expect(sw.headers.get('location')).toBe('/?status=all');
    const lang = sw.headers.getSetCookie()[0]!.split(';')[0]!;
    const html = await (await t.app.request('/', { headers: { cookie: `${cookie}; ${lang}` } })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Open work');
    expect((await t.app.request('/lang/en?back=%2F%2Fevil.example', { headers: { cookie } })).headers.get('location')).toBe('/');
  });

  it.each([['status=bogus'], ['category=x'], ['assignee=somebody'], ['cursor=zzz'], ['lang=de']])('rejects ?%s with 400', async (query) => {
    t = createTestContext();
    await addTestUser(t, 'ayse', 'operator');
    const { cookie } = await login(t, 'ayse');
    expect((await t.app.request(`/?${query}`, { headers: { cookie } })).status).toBe(400);
  });
});

describe('list order, search and counts', () => {
  it('triage order: urgent open tickets on top, then latest activity; pages continue across the two', async () => {
    t = createTestContext({ parse: testParse });
    for (let i = 0; i < 6; i++) {
      t.clock.now += 60_000;
      await t.deps.intake.receive([inbound({ from: `+9055500000${i}`, text: i % 3 === 0 ? `acil durum ${i}` : `mesaj ${i}` })]);
    }
    await t.api('PATCH', '/api/tickets/4', { status: 'resolved' }); // urgent but no longer open
    const ids = (order: 'newest' | 'triage') => {
      const out: number[] = [];
      let cursor;
      for (let i = 0; i < 10; i++) {
        const page = listTickets(t.deps.db, {}, 2, cursor, order);
        out.push(...page.tickets.map((x) => x.id));
        if (!page.next) break;
        cursor = page.next;
      }
      return out;
    };
    expect(ids('newest')).toEqual([6, 5, 4, 3, 2, 1]);
    expect(ids('triage')).toEqual([1, 6, 5, 4, 3, 2]);
  });

  it('search walks matches newest first, folds Turkish, applies filters and pages by message', async () => {
    t = createTestContext();
    for (let i = 0; i < 5; i++) {
      t.clock.now += 1000;
      await t.deps.intake.receive([inbound({ channel: i % 2 ? 'whatsapp' : 'sms', from: `+9055500000${i}`, text: `Yaşlı annem için başvuru ${i}` })]);
    }
    await t.deps.intake.receive([inbound({ from: '+905559999999', text: 'ILGAZ ŞÖNİM' })]);
    const ids = (r: ReturnType<typeof searchTickets>) => r.hits.map((h) => h.ticket.id);
    expect(ids(searchTickets(t.deps.db, { q: 'yasli' }, 10))).toEqual([5, 4, 3, 2, 1]);
    expect(ids(searchTickets(t.deps.db, { q: 'ılgaz sönim' }, 10))).toEqual([6]);
    expect(searchTickets(t.deps.db, { q: 'ılgaz' }, 10).hits[0]!.match.body).toBe('ILGAZ ŞÖNİM');
    expect(ids(searchTickets(t.deps.db, { q: 'başvuru', channel: ['whatsapp'] }, 10))).toEqual([4, 2]);
    const first = searchTickets(t.deps.db, { q: 'annem' }, 2);
    expect(ids(first)).toEqual([5, 4]);
    const second = searchTickets(t.deps.db, { q: 'annem' }, 2, first.next!);
    expect(ids(second)).toEqual([3, 2]);
    expect(ids(searchTickets(t.deps.db, { q: 'annem' }, 2, second.next!))).toEqual([1]);
    expect(searchTickets(t.deps.db, { q: '")(*' }, 10).hits).toEqual([]);
  });

  it('facet counts: per value among open tickets matching the other filters', async () => {
    t = createTestContext({ parse: testParse });
    await t.deps.intake.receive([
      inbound({ channel: 'sms', from: '+905550000001', text: 'acil Ankara' }),
      inbound({ channel: 'sms', from: '+905550000002', text: 'Ankara' }),
      inbound({ channel: 'whatsapp', from: '+905550000003', text: 'şiddet' }),
    ]);
    await t.api('PATCH', '/api/tickets/2', { status: 'closed' });
    const all = facetCounts(t.deps.db, {});
    expect(Object.fromEntries(all.channel)).toEqual({ sms: 1, whatsapp: 1 });
    expect(Object.fromEntries(all.urgent)).toEqual({ true: 1, false: 1 });
    const sms = facetCounts(t.deps.db, { channel: ['sms'] });
    expect(Object.fromEntries(sms.channel)).toEqual({ sms: 1, whatsapp: 1 }); // a facet ignores its own filter
    expect(Object.fromEntries(sms.category)).toEqual({ genel: 1 });
  });
});

describe('SMS counter', () => {
  it.each([
    ['', 'GSM-7', 0],
    ['Merhaba, talebiniz alındı.', 'UCS-2', 1], // ı
    ['Merhaba, talebiniz alindi.', 'GSM-7', 1],
    ['Güvende misiniz? Öğle', 'UCS-2', 1], // ğ
    ['a'.repeat(160), 'GSM-7', 1],
    ['a'.repeat(161), 'GSM-7', 2],
    ['€'.repeat(80), 'GSM-7', 1], // two septets each
    ['€'.repeat(81), 'GSM-7', 2],
    ['ş'.repeat(70), 'UCS-2', 1],
    ['ş'.repeat(71), 'UCS-2', 2],
    ['ş'.repeat(134), 'UCS-2', 2],
    ['ş'.repeat(135), 'UCS-2', 3],
  ])('%j → %s, %i segments', (text, encoding, segments) => {
    expect(countSms(text)).toMatchObject({ encoding, segments });
  });
});
