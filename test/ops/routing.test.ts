import { afterEach, describe, expect, it } from 'vitest';
import { FakeSmsc } from '../../channels/smpp/fake-smsc.ts';
import { createSmppChannel } from '../../channels/smpp/index.ts';
import { parseMessage } from '../../src/parser/index.ts';
import { chooseOperator, type Candidate } from '../../src/routing/choose-operator.ts';
import { drainQueue } from '../../src/routing/router.ts';
import { inbound, type TestContext } from '../harness/test-deps.ts';
import { testParse } from '../inbox/inbox-fixtures.ts';
import { one, opsContext, rows, staff, until } from './ops-helpers.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

const op = (userId: number, languages: string[], load: number, extra: Partial<Candidate> = {}): Candidate => ({ userId, languages, categories: [], load, lastAssignedAt: null, ...extra });

describe('chooseOperator', () => {
  it.each<[string, { lang: string | null; category: string | null }, Candidate[], number, number | null]>([
    ['Turkish ticket, least loaded wins', { lang: 'tr', category: 'genel' }, [op(1, ['tr'], 3), op(2, ['tr'], 1), op(3, ['tr'], 2)], 10, 2],
    ['unknown language counts as Turkish', { lang: null, category: null }, [op(1, ['ku'], 0), op(2, ['tr'], 5)], 10, 2],
    ['Kurdish goes to the Kurdish speaker even if busier', { lang: 'ku', category: 'kadin' }, [op(1, ['tr'], 0), op(2, ['tr', 'ku'], 4)], 10, 2],
    ['Arabic goes to the Arabic speaker', { lang: 'ar', category: 'cocuk' }, [op(1, ['tr', 'ku'], 0), op(2, ['ar'], 1), op(3, ['tr'], 0)], 10, 2],
    ['no one speaks it: wait in the queue', { lang: 'ar', category: 'genel' }, [op(1, ['tr'], 0), op(2, ['tr', 'ku'], 0)], 10, null],
    ['category specialist takes their category', { lang: 'tr', category: 'cocuk' }, [op(1, ['tr'], 2, { categories: ['cocuk'] }), op(2, ['tr'], 3)], 10, 1],
    ['specialist does not take other categories', { lang: 'tr', category: 'yasli' }, [op(1, ['tr'], 0, { categories: ['cocuk'] }), op(2, ['tr'], 3)], 10, 2],
    ['no category on the ticket: anyone speaking the language', { lang: 'tr', category: null }, [op(1, ['tr'], 1, { categories: ['cocuk'] }), op(2, ['tr'], 3)], 10, 1],
    ['at the load cap: skipped', { lang: 'tr', category: 'genel' }, [op(1, ['tr'], 10), op(2, ['tr'], 9)], 10, 2],
    ['everyone at the cap: queue', { lang: 'tr', category: 'genel' }, [op(1, ['tr'], 10), op(2, ['tr'], 12)], 10, null],
    ['equal load: the one assigned longest ago', { lang: 'tr', category: 'genel' }, [op(1, ['tr'], 2, { lastAssignedAt: 500 }), op(2, ['tr'], 2, { lastAssignedAt: 100 })], 10, 2],
    ['equal load, never assigned first', { lang: 'tr', category: 'genel' }, [op(1, ['tr'], 2, { lastAssignedAt: 100 }), op(2, ['tr'], 2)], 10, 2],
    ['all equal: lowest id', { lang: 'tr', category: 'genel' }, [op(7, ['tr'], 1), op(3, ['tr'], 1)], 10, 3],
    ['no one online', { lang: 'tr', category: 'genel' }, [], 10, null],
  ])('%s', (_label, ticket, candidates, cap, expected) => {
    expect(chooseOperator(ticket, candidates, cap)?.userId ?? null).toBe(expected);
  });
});

describe('routing in the pipeline', () => {
  let t: TestContext | undefined;
  let smsc: FakeSmsc | undefined;
  afterEach(async () => {
    for (const c of t?.deps.channels.values() ?? []) await c.stop();
    await t?.close();
    await smsc?.close();
    t = undefined;
    smsc = undefined;
  });

  const assigneeOf = (ctx: TestContext, ticketId: number) => one<{ assignee_id: number | null }>(ctx, 'SELECT assignee_id FROM tickets WHERE id = ?', ticketId)!.assignee_id;

  it('a Kurdish SMS (real SMPP peer, real parser) goes to the Kurdish-speaking operator, an Arabic one to the Arabic speaker, Turkish to the least loaded', async () => {
    smsc = new FakeSmsc({ systemId: 'kopru', password: 'secret' });
    await smsc.listen();
    t = opsContext({
      env: { SMPP_HOST: '127.0.0.1', SMPP_PORT: String(smsc.port), SMPP_SYSTEM_ID: 'kopru', SMPP_PASSWORD: 'secret', ACK_ENABLED: 'false' },
      parse: parseMessage,
      channels: (deps) => deps.config.channels.smpp!.links.map((link) => createSmppChannel(deps, link, { reconnectBaseMs: 50 })),
    });
    const ctx = t;
    for (const c of ctx.deps.channels.values()) await c.start(channelContext(ctx.deps.intake, ctx.deps.log));
    await smsc.waitForBind();

    const sup = await staff(t, 'supervisor', 'supervisor');
    const ayse = await staff(t, 'ayse');
    const rojda = await staff(t, 'rojda');
    const hasan = await staff(t, 'hasan');
    const offlineKurd = await staff(t, 'baran');
    expect((await sup.post(`/team/${rojda.id}/skills`, { 'languages[]': ['tr', 'ku'] })).status).toBe(303);
    expect((await sup.post(`/team/${hasan.id}/skills`, { 'languages[]': ['tr', 'ar'] })).status).toBe(303);
    expect((await sup.post(`/team/${offlineKurd.id}/skills`, { 'languages[]': ['ku'] })).status).toBe(303);
    for (const s of [ayse, rojda, hasan]) expect((await s.post('/presence', { presence: 'online', back: '/' })).status).toBe(303);

    await smsc.send({ from: '+905321110001', text: 'Silav, navê min Rojda ye. Mêrê min li min dixe, ez alîkarî dixwazim. Diyarbakır' });
    await smsc.send({ from: '+905321110002', text: 'مرحبا اسمي فاطمة زوجي يضربني أحتاج مساعدة في غازي عنتاب' });
    await smsc.send({ from: '+905321110003', text: 'Merhaba, annem yatağa bağımlı, evde bakım desteği istiyoruz. Konya' });

    const tickets = await until(() => {
      const r = rows<{ id: number; lang: string; assignee_id: number | null }>(t!, 'SELECT id, lang, assignee_id FROM tickets ORDER BY id');
      return r.length === 3 && r;
    }, 'three tickets');
    expect(tickets.map((x) => [x.lang, x.assignee_id])).toEqual([
      ['ku', rojda.id],
      ['ar', hasan.id],
      ['tr', ayse.id], // rojda and hasan have one each now
    ]);
    const events = rows<{ ticket_id: number; actor: string; data: string }>(t, "SELECT ticket_id, actor, data FROM events WHERE type = 'ticket.assigned' ORDER BY id");
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[0]!.data)).toMatchObject({ to: rojda.id, reason: 'auto', lang: 'ku' });
    expect(events[0]!.actor).toBe('system');
  });

  it('away, offline or idle operators get nothing; the queue waits and is handed out urgent first when someone comes online', async () => {
    t = opsContext({ parse: testParse });
    const ayse = await staff(t, 'ayse');
    const mert = await staff(t, 'mert');
    await ayse.post('/presence', { presence: 'away' });
    // mert is "online" but then his session goes idle past two hours: presence without a live session does not count.
    await mert.post('/presence', { presence: 'online' });
    t.clock.now += 3 * 3600_000;
    const r1 = await t.deps.intake.receive([inbound({ from: '+905320000001', text: 'bilgi almak istiyorum' })]);
    const r2 = await t.deps.intake.receive([inbound({ from: '+905320000002', text: 'acil yardım eşim dövüyor' })]);
    const calm = r1.messages[0]!.ticketId;
    const urgent = r2.messages[0]!.ticketId;
    expect(assigneeOf(t, calm)).toBeNull();
    expect(assigneeOf(t, urgent)).toBeNull();
    expect(drainQueue(t.deps)).toEqual([]);

    // ayse logs in again and comes online: both queued tickets go to her, the urgent one first.
    const ayse2 = await (await import('../inbox/inbox-helpers.ts')).login(t, 'ayse');
    const res = await t.app.request('/presence', {
      method: 'POST',
      headers: { cookie: ayse2.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: ayse2.csrf, presence: 'online' }).toString(),
    });
    expect(res.status).toBe(303);
    const assigned = rows<{ ticket_id: number; data: string }>(t, "SELECT ticket_id, data FROM events WHERE type = 'ticket.assigned' ORDER BY id");
    expect(assigned.map((e) => e.ticket_id)).toEqual([urgent, calm]);
    expect(JSON.parse(assigned[0]!.data)).toMatchObject({ to: ayse.id, reason: 'auto', queued: true });
    expect(t.live.filter((e) => e.type === 'ticket.updated' && e.fields.includes('assigneeId')).map((e) => e.ticketId)).toEqual([urgent, calm]);
    expect(rows(t, "SELECT 1 FROM events WHERE type = 'operator.presence'").length).toBeGreaterThanOrEqual(3);
  });

  it('tickets arriving in one intake transaction are spread by load and stop at the cap (operators read once per transaction)', async () => {
    t = opsContext({ parse: testParse, env: { ROUTING_MAX_OPEN_PER_OPERATOR: '2' } });
    const ayse = await staff(t, 'ayse');
    const mert = await staff(t, 'mert');
    for (const s of [ayse, mert]) await s.post('/presence', { presence: 'online' });
    const ctx = t;
    // Received together: one group commit, one transaction.
    const got = await Promise.all(Array.from({ length: 5 }, (_, i) => ctx.deps.intake.receive([inbound({ from: `+90532000010${i}`, text: 'bilgi almak istiyorum' })])));
    const ids = got.map((r) => r.messages[0]!.ticketId);
    expect(new Set(ids).size).toBe(5);
    const loads = rows<{ data: string }>(t, "SELECT data FROM events WHERE type = 'ticket.assigned' ORDER BY id").map((e) => JSON.parse(e.data) as { to: number; load: number });
    expect(loads).toEqual([
      expect.objectContaining({ to: ayse.id, load: 0 }),
      expect.objectContaining({ to: mert.id, load: 0 }),
      expect.objectContaining({ to: ayse.id, load: 1 }),
      expect.objectContaining({ to: mert.id, load: 1 }),
    ]);
    expect(assigneeOf(t, ids[4]!)).toBeNull(); // both at the cap: it waits

    // The next transaction reads the operators again: a resolved ticket makes room.
    expect((await ayse.post(`/tickets/${ids[0]}/update`, { status: 'resolved' })).status).toBe(303);
    const next = await t.deps.intake.receive([inbound({ from: '+905320000200', text: 'bilgi almak istiyorum' })]);
    const waiting = assigneeOf(t, ids[4]!);
    // The resolved ticket frees ayse: the queue (drained on that change) or the new ticket goes to her.
    expect([waiting, assigneeOf(t, next.messages[0]!.ticketId)]).toContain(ayse.id);
  });

  it('a citizen reopening an assigned ticket in the same transaction counts in the load before the next new ticket', async () => {
    t = opsContext({ parse: testParse, env: { ROUTING_MAX_OPEN_PER_OPERATOR: '2' } });
    const ayse = await staff(t, 'ayse');
    await ayse.post('/presence', { presence: 'online' });
    const first = (await t.deps.intake.receive([inbound({ from: '+905320000301', text: 'bilgi almak istiyorum' })])).messages[0]!.ticketId;
    expect(assigneeOf(t, first)).toBe(ayse.id);
    expect((await ayse.post(`/tickets/${first}/update`, { status: 'resolved' })).status).toBe(303);
    const ctx = t;
    // One transaction: a new ticket (ayse 0 → 1), the resolved one reopened (→ 2), another new ticket.
    const [x, again, y] = await Promise.all([
      ctx.deps.intake.receive([inbound({ from: '+905320000302', text: 'bilgi almak istiyorum' })]),
      ctx.deps.intake.receive([inbound({ from: '+905320000301', text: 'bir sorum daha var' })]),
      ctx.deps.intake.receive([inbound({ from: '+905320000303', text: 'bilgi almak istiyorum' })]),
    ]);
    expect(again.messages[0]!.ticketId).toBe(first);
    expect(one<{ status: string }>(t, 'SELECT status FROM tickets WHERE id = ?', first)!.status).toBe('open');
    expect(assigneeOf(t, x.messages[0]!.ticketId)).toBe(ayse.id);
    expect(assigneeOf(t, y.messages[0]!.ticketId)).toBeNull(); // ayse is at her cap of two again
  });

  it('supervisors switch auto-assignment off (tickets wait) and on again (the queue drains); reassignment by hand is an event too', async () => {
    t = opsContext({ parse: testParse });
    const sup = await staff(t, 'sup', 'supervisor');
    const ayse = await staff(t, 'ayse');
    const zeynep = await staff(t, 'zeynep');
    await ayse.post('/presence', { presence: 'online' });
    expect((await ayse.post('/team/auto-assign', { on: '0' })).status).toBe(403); // operators may not
    expect((await sup.post('/team/auto-assign', { on: '0' })).status).toBe(303);
    expect(await (await sup.get('/team')).text()).toContain('data-auto="off"');

    const r = await t.deps.intake.receive([inbound({ text: 'yardım lütfen' })]);
    const id = r.messages[0]!.ticketId;
    expect(assigneeOf(t, id)).toBeNull();
    expect(await (await sup.get('/team')).text()).toMatch(/queue-size">[^<]*1/);

    await sup.post('/team/auto-assign', { on: '1' });
    expect(assigneeOf(t, id)).toBe(ayse.id);
    expect(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'setting.changed' ORDER BY id DESC LIMIT 1")!.data).toContain('"to":"true"');

    expect((await sup.post(`/tickets/${id}/update`, { assignee: String(zeynep.id) })).status).toBe(303);
    expect(assigneeOf(t, id)).toBe(zeynep.id);
    const manual = one<{ actor: string; data: string }>(t, "SELECT actor, data FROM events WHERE type = 'ticket.assigned' ORDER BY id DESC LIMIT 1")!;
    expect(manual.actor).toBe(`user:${sup.id}`);
    expect(JSON.parse(manual.data)).toEqual({ to: zeynep.id, from: ayse.id, reason: 'manual' });
  });

  it('the team page lists presence, load and skills; skills forms are CSRF-checked', async () => {
    t = opsContext({ parse: testParse });
    const sup = await staff(t, 'sup', 'supervisor');
    const ayse = await staff(t, 'ayse');
    const html = await (await sup.get('/team')).text();
    expect(html).toContain('data-user="ayse"');
    const forged = await t.app.request(`/team/${ayse.id}/skills`, {
      method: 'POST',
      headers: { cookie: sup.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'languages%5B%5D=ar',
    });
    expect(forged.status).toBe(403);
    expect(one(t, 'SELECT 1 FROM operator_profiles WHERE user_id = ?', ayse.id)).toBeUndefined();
    expect((await ayse.get('/team')).status).toBe(403);
  });
});
