import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTestApp, type ServedApp } from '../harness/serve-app.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';
import { fakeChannel, testParse, XSS_VECTORS, type FakeChannel } from './inbox-fixtures.ts';
import { addTestUser, PASSWORD } from './inbox-helpers.ts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = 'test-results/screenshots';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let t: TestContext;
let served: ServedApp;
let browser: Browser;
let sms: FakeChannel;
const ids: Record<string, number> = {};

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  sms = fakeChannel('sms');
  t = createTestContext({ channels: [sms], parse: testParse });
  ids.operator = await addTestUser(t, 'ayse', 'operator');
  ids.supervisor = await addTestUser(t, 'mehmet', 'supervisor');
  ids.admin = await addTestUser(t, 'yonetici', 'admin');
  t.deps.outbox.start();
  served = await serveTestApp(t);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await t?.close();
});

/** A fresh browser context, logged in through the form, watching for dialogs and for requests leaving 127.0.0.1. */
async function openAs(username: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  await page.goto(`${served.url}/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(`${served.url}/`), page.click('button[type=submit]')]);
  return { page, dialogs, foreign, close: () => context.close() };
}

const waitLive = (page: Page) => page.waitForSelector('body[data-live="on"]', { timeout: 15_000 });

async function until<T>(fn: () => T | undefined | null | false, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const events = (type: string) =>
  t.deps.db.$client.prepare<[string], { ticket_id: number | null; actor: string; data: string | null }>('SELECT ticket_id, actor, data FROM events WHERE type = ? ORDER BY id').all(type);

describe('the shared inbox in a real browser', () => {
  it('an SMS appears live; open it, reveal the kimlik no, reply, note, change status, all audited', async () => {
    const { page, dialogs, foreign, close } = await openAs('ayse');
    await waitLive(page);

    await t.deps.intake.receive([inbound({ channel: 'sms', from: '+905321112233', text: 'Merhaba ben Ayşe Yılmaz 10000000146 eşim dövüyor acil yardım Ankara' })]);
    const ticketId = t.live.find((e) => e.type === 'message.created' && e.ticketCreated)!.ticketId;
    const row = await page.waitForSelector(`#ticket-list .row[data-ticket-id="${ticketId}"]`, { timeout: 15_000 });
    expect(await row.getAttribute('class')).toContain('urgent');
    expect(await row.textContent()).toContain('ACİL');
    // The urgent cue: a banner linking to the ticket.
    await page.waitForSelector('#live-banner:not([hidden]) a', { timeout: 15_000 });
    expect(await row.textContent()).not.toContain('10000000146');
    await page.screenshot({ path: `${SCREENSHOTS}/inbox-list.png`, fullPage: true });

    await Promise.all([page.waitForURL(new RegExp(`/tickets/${ticketId}`)), page.click(`.row[data-ticket-id="${ticketId}"] .row-link`)]);
    await page.waitForSelector('#ticket-title');
    expect(await page.textContent('#tckn')).toBe('100******46');
    expect(await page.textContent('.msg-in .body')).toContain('100******46');
    expect(await page.textContent('.msg-in mark.span-name')).toBe('Ayşe Yılmaz');
    expect(events('ticket.viewed').some((e) => e.ticket_id === ticketId && e.actor === `user:${ids.operator}`)).toBe(true);

    await page.click('#reveal');
    await page.waitForFunction(() => document.querySelector('#tckn')?.textContent === '10000000146');
    expect(await page.textContent('.msg-in mark.span-tckn')).toBe('10000000146');
    expect(events('personal_data.revealed')).toContainEqual(expect.objectContaining({ ticket_id: ticketId, actor: `user:${ids.operator}` }));

    await page.fill('#reply-text', 'Merhaba, ekibimiz yönlendirildi. Şu an güvende misiniz?');
    expect(await page.textContent('#sms-counter')).toMatch(/1 SMS · UCS-2/);
    await Promise.all([page.waitForURL(/done=reply/), page.click('#reply-form button[type=submit]')]);
    const out = await until(() => sms.sent.find((m) => m.text.includes('ekibimiz yönlendirildi')), 'the reply at the fake SMS channel');
    expect(out).toMatchObject({ channel: 'sms', to: '+905321112233', kind: 'reply' });
    await page.waitForSelector('.msg-out');

    await page.fill('#note-text', 'İl müdürlüğü arandı, AME bilgilendirildi.');
    await Promise.all([page.waitForURL(/done=note/), page.click('form[action$="/notes"] button[type=submit]')]);
    expect(await page.textContent('.msg-note .body')).toBe('İl müdürlüğü arandı, AME bilgilendirildi.');
    expect(sms.sent.some((m) => m.text.includes('AME'))).toBe(false);

    await page.selectOption('#u-status', 'pending');
    await Promise.all([page.waitForURL(/done=saved/), page.click('form.grid button[type=submit]')]);
    expect(t.deps.db.$client.prepare('SELECT status FROM tickets WHERE id = ?').get(ticketId)).toEqual({ status: 'pending' });

    // Keyboard: e resolves the open ticket.
    await page.locator('body').press('e');
    await page.waitForURL(/done=saved/);
    await until(() => (t.deps.db.$client.prepare('SELECT status FROM tickets WHERE id = ?').get(ticketId) as { status: string }).status === 'resolved', 'resolved');
    const changes = events('ticket.updated').filter((e) => e.ticket_id === ticketId);
    expect(changes.map((e) => JSON.parse(e.data!).status?.to)).toEqual(['pending', 'resolved']);
    expect(changes.every((e) => e.actor === `user:${ids.operator}`)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/inbox-ticket.png`, fullPage: true });

    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    await close();
  });

  it('keyboard: j/k move through the list, Enter opens, r goes to the reply box', async () => {
    await t.deps.intake.receive([inbound({ from: '+905320000001', text: 'birinci talep' }), inbound({ from: '+905320000002', text: 'ikinci talep' })]);
    const { page, close } = await openAs('ayse');
    await page.locator('body').press('j');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).closest('.row')?.getAttribute('data-ticket-id'));
    await page.locator('body').press('j');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).closest('.row')?.getAttribute('data-ticket-id'));
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest('.row')?.getAttribute('data-ticket-id'))).toBe(first);
    await Promise.all([page.waitForURL(new RegExp(`/tickets/${first}`)), page.keyboard.press('Enter')]);
    await page.locator('body').press('r');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-text');
    await close();
  });

  it('OWASP XSS vectors as citizen text and names are shown as text and never run', async () => {
    const { page, dialogs, foreign, close } = await openAs('ayse');
    await waitLive(page);
    const sent = XSS_VECTORS.map((v, i) => inbound({ channel: 'sms', from: `+90533000${String(i).padStart(4, '0')}`, fromName: v, text: `ben ${v} ${v}` }));
    await t.deps.intake.receive(sent);
    const ticketIds = [...new Set(t.live.filter((e) => e.type === 'message.created' && e.ticketCreated).map((e) => e.ticketId))].slice(-XSS_VECTORS.length);
    // Live refresh renders them into the open list…
    await page.waitForSelector(`#ticket-list .row[data-ticket-id="${ticketIds.at(-1)}"]`, { timeout: 15_000 });
    const listText = await page.textContent('#ticket-list');
    expect(listText).toContain('<script>window.__xss=1;alert(1)</script>');
    // …and each ticket page shows them in the thread, the parsed fields and the canned-reply data.
    for (const id of ticketIds.slice(0, 5)) {
      await page.goto(`${served.url}/tickets/${id}`);
      await page.waitForSelector('#thread .msg-in .body');
      if (await page.locator('#reveal').count()) await page.click('#reveal');
    }
    await page.goto(`${served.url}/?q=${encodeURIComponent('script alert')}`);
    await page.waitForSelector('#ticket-list');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    await close();
  });

  it('a change without the CSRF token is refused, by form and by API; with it the API accepts the session', async () => {
    const { page, close } = await openAs('ayse');
    const id = (t.deps.db.$client.prepare('SELECT max(id) AS id FROM tickets').get() as { id: number }).id;
    const result = await page.evaluate(async (ticket) => {
      const csrf = document.body.dataset.csrf!;
      const form = (extra: Record<string, string>) => new URLSearchParams({ status: 'closed', ...extra });
      const noToken = await fetch(`/tickets/${ticket}/update`, { method: 'POST', body: form({}) });
      const badToken = await fetch(`/tickets/${ticket}/update`, { method: 'POST', body: form({ _csrf: 'x'.repeat(43) }) });
      const apiNoToken = await fetch(`/api/tickets/${ticket}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"status":"closed"}' });
      const apiToken = await fetch(`/api/tickets/${ticket}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: '{"status":"pending"}' });
      return { noToken: noToken.status, badToken: badToken.status, apiNoToken: apiNoToken.status, apiToken: apiToken.status };
    }, id);
    expect(result).toEqual({ noToken: 403, badToken: 403, apiNoToken: 403, apiToken: 200 });
    expect(t.deps.db.$client.prepare('SELECT status FROM tickets WHERE id = ?').get(id)).toEqual({ status: 'pending' });
    await close();
  });

  it.each([
    ['ayse', '/admin/users', 403],
    ['ayse', '/admin/canned', 403],
    ['ayse', '/audit', 403],
    ['mehmet', '/audit', 200],
    ['mehmet', '/admin/users', 403],
    ['yonetici', '/admin/users', 200],
  ])('%s opening %s gets %i', async (user, path, status) => {
    const { page, close } = await openAs(user);
    const res = await page.goto(`${served.url}${path}`);
    expect(res?.status()).toBe(status);
    await close();
  });

  it('supervisors browse the audit log: logins, views, reveals, replies', async () => {
    const { page, close } = await openAs('mehmet');
    await page.goto(`${served.url}/audit?type=personal_data.revealed`);
    const types = await page.$$eval('table.audit tbody tr', (rows) => rows.map((r) => r.getAttribute('data-type')));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['personal_data.revealed']));
    await page.goto(`${served.url}/audit`);
    const all = await page.$$eval('table.audit tbody tr', (rows) => rows.map((r) => r.getAttribute('data-type')));
    for (const type of ['login.succeeded', 'ticket.viewed', 'reply.queued', 'note.added', 'ticket.updated']) expect(all).toContain(type);
    await close();
  });

  it('axe-core finds no serious or critical violations on the list, a ticket, the audit log and the admin page', async () => {
    const { page, close } = await openAs('yonetici');
    const id = (t.deps.db.$client.prepare('SELECT min(id) AS id FROM tickets').get() as { id: number }).id;
    for (const path of ['/', `/tickets/${id}`, '/audit', '/admin/users', '/admin/canned', '/login']) {
      await page.goto(`${served.url}${path}`);
      // evaluate() is not an inline <script>, so the page's strict CSP stays as it is.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      });
      expect(violations, path).toEqual([]);
    }
    await close();
  });
});
