import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeadlineWorker } from '../../src/referrals/deadline-worker.ts';
import { referralSmsText } from '../../src/referrals/refer.ts';
import { hashToken } from '../../src/store/referrals.ts';
import { inbound, type TestContext } from '../harness/test-deps.ts';
import { parseMessage } from '../../src/parser/index.ts';
import { fakeChannel, type FakeChannel } from '../inbox/inbox-fixtures.ts';
import { one, opsContext, rows, staff, until, type Staff } from './ops-helpers.ts';

const CSV = [
  'province,subject,name,title,mobile,email',
  'Ankara,kadin,Ayla Demir,ŞÖNİM Müdürü,0532 111 22 33,ayla@example.gov.tr',
  'Ankara,cocuk,"Mert Kaya, Uzm.",Sosyal Çalışmacı,05321112244,',
  'Diyarbakır,kadin,Rojda Aydın,AME Sorumlusu,+905321112255,rojda@example.gov.tr',
].join('\r\n');

let t: TestContext;
let sms: FakeChannel;
let admin: Staff;
let ayse: Staff;

beforeEach(async () => {
  sms = fakeChannel('smpp');
  t = opsContext({ channels: [sms], parse: parseMessage, env: { ACK_ENABLED: 'false' } });
  admin = await staff(t, 'admin', 'admin');
  ayse = await staff(t, 'ayse');
});
afterEach(() => t.close());

async function importCsv(who: Staff, text: string) {
  const form = new FormData();
  form.set('_csrf', who.csrf);
  form.set('file', new File([text], 'ame.csv', { type: 'text/csv' }));
  return t.app.request('/admin/ame/import', { method: 'POST', headers: { cookie: who.cookie }, body: form });
}

async function referOne(text = 'Merhaba, adım Ayşe Yılmaz, TC 10000000146. Eşim bana şiddet uyguluyor, acil yardım istiyorum. Ankara Çankaya Kızılay mahallesindeyim.') {
  expect((await importCsv(admin, CSV)).status).toBe(303);
  const r = await t.deps.intake.receive([inbound({ channel: 'smpp', from: '+905321234567', text })]);
  const ticketId = r.messages[0]!.ticketId;
  const res = await ayse.post(`/tickets/${ticketId}/refer`, {});
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe(`/tickets/${ticketId}?done=referred`);
  t.deps.outbox.start();
  await until(() => sms.sent.find((m) => m.kind === 'referral'), 'the referral SMS');
  const sent = sms.sent.find((m) => m.kind === 'referral')!;
  const token = /\/ame\/r\/([A-Za-z0-9_-]+)/.exec(sent.text)![1]!;
  return { ticketId, sent, token };
}

describe('AME directory', () => {
  it('imports CSV (all or nothing, with the bad line named), exports it, and audits every change', async () => {
    const bad = `${CSV}\r\nKonya,yasli,Ali Veli,,12345,`;
    const refused = await importCsv(admin, bad);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('line 5: mobile');
    expect(rows(t, 'SELECT * FROM ame_contacts')).toHaveLength(0);

    expect((await importCsv(admin, CSV)).status).toBe(303);
    const contacts = rows<{ province: string; subject: string; name: string; mobile: string }>(t, 'SELECT province, subject, name, mobile FROM ame_contacts ORDER BY id');
    expect(contacts).toEqual([
      { province: 'Ankara', subject: 'kadin', name: 'Ayla Demir', mobile: '+905321112233' },
      { province: 'Ankara', subject: 'cocuk', name: 'Mert Kaya, Uzm.', mobile: '+905321112244' },
      { province: 'Diyarbakır', subject: 'kadin', name: 'Rojda Aydın', mobile: '+905321112255' },
    ]);
    // The responsible person changes: same province and subject, new person; before and after on record.
    expect((await admin.post('/admin/ame', { province: 'ankara', subject: 'kadin', name: 'Selin Şahin', title: 'AME Sorumlusu', mobile: '0533 999 88 77', email: '' })).status).toBe(303);
    expect(one<{ name: string }>(t, "SELECT name FROM ame_contacts WHERE subject = 'kadin' AND province = 'Ankara'")!.name).toBe('Selin Şahin');
    const change = JSON.parse(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'ame.changed' ORDER BY id DESC LIMIT 1")!.data);
    expect(change.before.name).toBe('Ayla Demir');
    expect(change.after.name).toBe('Selin Şahin');

    const csv = await admin.get('/admin/ame.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain(`"Ankara","kadin","Selin Şahin","AME Sorumlusu","'+905339998877"`);
    expect(one(t, "SELECT 1 FROM events WHERE type = 'ame.exported'")).toBeDefined();
    expect(one(t, "SELECT 1 FROM events WHERE type = 'ame.imported'")).toBeDefined();

    expect((await ayse.get('/admin/ame')).status).toBe(403);
    expect((await importCsv(ayse, CSV)).status).toBe(403);
    const page = await (await admin.get('/admin/ame')).text();
    expect(page).toContain('data-ame="Diyarbakır/kadin"');
  });
});

describe('referral', () => {
  it('refer picks the AME by province and category, queues an SMS to that person only (never the citizen) with a one-time link; ticket becomes referred', async () => {
    const { ticketId, sent, token } = await referOne();
    expect(sent.to).toBe('+905321112233');
    expect(sent.channel).toBe('smpp');
    expect(sent.text).toBe(referralSmsText(one<{ number: string }>(t, 'SELECT number FROM tickets WHERE id = ?', ticketId)!.number, { province: 'Ankara', subject: 'kadin' }, `http://localhost/ame/r/${token}`, 24));
    expect(sent.text).not.toMatch(/10000000146|Ayşe|905321234567/);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const ref = one<{ token_hash: string; deadline_at: number; created_at: number; link_expires_at: number }>(t, 'SELECT * FROM referrals');
    expect(ref!.token_hash).toBe(hashToken(token));
    expect(ref!.deadline_at - ref!.created_at).toBe(24 * 3600_000);
    expect(ref!.link_expires_at - ref!.created_at).toBe(72 * 3600_000);
    expect(JSON.stringify(rows(t, 'SELECT * FROM referrals'))).not.toContain(token);
    expect(one<{ status: string }>(t, 'SELECT status FROM tickets WHERE id = ?', ticketId)!.status).toBe('referred');
    // Nothing went to the citizen; the thread says, as a note, who got the case.
    expect(sms.sent.filter((m) => m.to === '+905321234567')).toHaveLength(0);
    const notes = rows<{ body: string }>(t, "SELECT body FROM messages WHERE direction = 'note'");
    expect(notes[0]!.body).toContain('Ayla Demir');
    expect(rows(t, "SELECT 1 FROM messages WHERE direction = 'out'")).toHaveLength(0);
    expect(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'referral.created'")!.data).toContain('"to":"Ayla Demir"');
    const page = await (await ayse.get(`/tickets/${ticketId}`)).text();
    expect(page).toContain('data-state="pending"');
  });

  it('the operator can override the suggested AME', async () => {
    expect((await importCsv(admin, CSV)).status).toBe(303);
    const r = await t.deps.intake.receive([inbound({ channel: 'smpp', text: 'Eşim bana şiddet uyguluyor, Ankara' })]);
    const other = one<{ id: number }>(t, "SELECT id FROM ame_contacts WHERE province = 'Diyarbakır'")!.id;
    expect((await ayse.post(`/tickets/${r.messages[0]!.ticketId}/refer`, { contact: String(other) })).status).toBe(303);
    expect(one<{ responder_name: string }>(t, 'SELECT responder_name FROM referrals')!.responder_name).toBe('Rojda Aydın');
  });

  it('the link page shows that case with minimal data; the record joins the thread; CSRF, expiry and bad tokens are refused', async () => {
    const { ticketId, token } = await referOne();
    const path = `/ame/r/${token}`;
    const res = await t.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    const html = await res.text();
    expect(html).toContain('şiddet uyguluyor');
    expect(html).toContain('Ankara');
    expect(html).not.toMatch(/10000000146|905321234567|5321234567/);
    expect(html).not.toContain('Ayşe Yılmaz'); // the parser's request leaves the sender's name out
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kopru_ame='))!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    expect(one(t, "SELECT 1 FROM events WHERE type = 'referral.link_opened'")).toBeDefined();

    const form = (body: Record<string, string>, c = cookie) =>
      t.app.request(path, { method: 'POST', headers: { cookie: c, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
    expect((await form({ text: 'ev ziyareti yapıldı' }, '')).status).toBe(403);
    expect((await form({ _csrf: 'x'.repeat(32), text: 'ev ziyareti yapıldı' })).status).toBe(403);
    expect((await form({ _csrf: csrf, text: '' })).status).toBe(400);
    const ok = await form({ _csrf: csrf, text: 'Ev ziyareti yapıldı, kadın konukevine yerleştirildi, kolluğa bildirildi. <script>alert(1)</script>' });
    expect(ok.status).toBe(303);
    const note = one<{ body: string; direction: string }>(t, "SELECT body, direction FROM messages WHERE body LIKE 'AME (%'")!;
    expect(note.body).toMatch(/^AME \(Ayla Demir, ŞÖNİM Müdürü\): Ev ziyareti yapıldı/);
    const ev = JSON.parse(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'referral.action_recorded'")!.data);
    expect(ev).toMatchObject({ responder: 'Ayla Demir', late: false });
    expect(t.live.some((e) => e.type === 'message.created' && e.direction === 'note' && e.ticketId === ticketId)).toBe(true);
    const ticketPage = await (await ayse.get(`/tickets/${ticketId}`)).text();
    expect(ticketPage).toContain('Ev ziyareti yapıldı');
    expect(ticketPage).not.toContain('<script>alert(1)');
    expect(ticketPage).toContain('data-state="actioned"');

    expect((await t.app.request('/ame/r/short')).status).toBe(404);
    expect((await t.app.request(`/ame/r/${'A'.repeat(43)}`)).status).toBe(404);
    t.clock.now += 73 * 3600_000;
    expect((await t.app.request(path)).status).toBe(410);
    expect((await form({ _csrf: csrf, text: 'geç kayıt' })).status).toBe(410);
  });

  it('the deadline passes on a fake clock: overdue flag, event, escalation to supervisors, listed in the inbox; a record clears it', async () => {
    const sup = await staff(t, 'sup', 'supervisor');
    const { ticketId, token } = await referOne();
    const worker = createDeadlineWorker({ ...t.deps });
    t.clock.now += 23 * 3600_000;
    expect(worker.check()).toEqual([]);
    t.clock.now += 2 * 3600_000;
    expect(worker.check()).toEqual([ticketId]);
    expect(worker.check()).toEqual([]); // flagged once
    const ev = JSON.parse(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'referral.overdue'")!.data);
    expect(ev).toMatchObject({ responder: 'Ayla Demir', escalatedTo: 'supervisors' });
    expect(t.live.some((e) => e.type === 'ticket.updated' && e.ticketId === ticketId && e.fields.includes('referralOverdue'))).toBe(true);

    const { login } = await import('../inbox/inbox-helpers.ts');
    const fresh = await login(t, 'sup'); // sessions went idle during the 25 hours
    const list = await (await t.app.request('/', { headers: { cookie: fresh.cookie } })).text();
    expect(list).toMatch(new RegExp(`data-ticket-id="${ticketId}" data-overdue="1"`));
    expect(list).toContain('data-escalations="1"');
    const page = await (await t.app.request('/referrals', { headers: { cookie: fresh.cookie } })).text();
    expect(page).toContain('data-state="overdue"');
    expect((await ayse.get('/referrals')).status).not.toBe(200);
    void sup;

    // A late record still counts as a record (flagged late), and the overdue flag goes away.
    const res = await t.app.request(`/ame/r/${token}`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())![1]!;
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kopru_ame='))!.split(';')[0]!;
    await t.app.request(`/ame/r/${token}`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf, text: 'geç de olsa ziyaret edildi' }).toString() });
    expect(JSON.parse(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'referral.action_recorded'")!.data).late).toBe(true);
    const after = await (await t.app.request('/', { headers: { cookie: fresh.cookie } })).text();
    expect(after).not.toContain('data-overdue="1"');
  });

  it('the link page is rate-limited per address', async () => {
    for (let i = 0; i < 60; i++) await t.app.request(`/ame/r/${'B'.repeat(43)}`);
    expect((await t.app.request(`/ame/r/${'B'.repeat(43)}`)).status).toBe(429);
  });
});
