import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSmsc } from '../../channels/smpp/fake-smsc.ts';
import { createSmppChannel } from '../../channels/smpp/index.ts';
import { parseMessage } from '../../src/parser/index.ts';
import { upsertAmeContact } from '../../src/store/ame-directory.ts';
import { serveTestApp, type ServedApp } from '../harness/serve-app.ts';
import type { TestContext } from '../harness/test-deps.ts';
import { addTestUser, PASSWORD } from '../inbox/inbox-helpers.ts';
import { opsContext, one, until } from './ops-helpers.ts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = 'test-results/screenshots';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let t: TestContext;
let smsc: FakeSmsc;
let served: ServedApp;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  smsc = new FakeSmsc({ systemId: 'kopru', password: 'secret', receipts: true });
  await smsc.listen();
  t = opsContext({
    env: { SMPP_HOST: '127.0.0.1', SMPP_PORT: String(smsc.port), SMPP_SYSTEM_ID: 'kopru', SMPP_PASSWORD: 'secret', ACK_ENABLED: 'false' },
    parse: parseMessage,
    channels: (deps) => deps.config.channels.smpp!.links.map((link) => createSmppChannel(deps, link, { reconnectBaseMs: 50 })),
  });
  await addTestUser(t, 'ayse', 'operator');
  await addTestUser(t, 'yonetici', 'admin');
  upsertAmeContact(t.deps.db, { province: 'Ankara', subject: 'kadin', name: 'Ayla Demir', title: 'ŞÖNİM Müdürü', mobile: '0532 111 22 33' }, 'system', t.clock.now);
  t.deps.outbox.start();
  served = await serveTestApp(t);
  await smsc.waitForBind();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await t?.close();
  await smsc?.close();
});

async function openAs(username: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${served.url}/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(`${served.url}/`), page.click('button[type=submit]')]);
  return { page, close: () => context.close() };
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  });
}

describe('referral end to end in a real browser', () => {
  it('refer → SMS at the loopback SMSC carries a link → the link page records an action → the ticket shows it', async () => {
    await smsc.send({ from: '+905321234567', text: 'Merhaba, adım Ayşe Yılmaz. Eşim bana şiddet uyguluyor, acil yardım istiyorum. Ankara Çankaya.' });
    const ticket = await until(() => one<{ id: number; number: string }>(t, 'SELECT id, number FROM tickets'), 'the ticket');

    const { page, close } = await openAs('ayse');
    await page.goto(`${served.url}/tickets/${ticket.id}`);
    await page.waitForSelector('body[data-live="on"]', { timeout: 15_000 });
    expect(await page.locator('#refer-contact option:checked').textContent()).toContain('Ayla Demir');
    expect(await axe(page)).toEqual([]);
    await Promise.all([page.waitForURL(/done=referred/), page.click('#refer-button')]);
    expect(await page.locator('.notice-ok').textContent()).toMatch(/AME/);
    expect(await page.locator('#referral-card [data-state="pending"]').count()).toBe(1);

    // The SMS reached the SMSC, addressed to the AME's mobile, with the one-time link.
    await smsc.waitForSubmits(1);
    const msg = await until(() => smsc.messages().find((m) => m.destination.endsWith('5321112233')), 'the referral SMS');
    const link = /https?:\/\/\S+\/ame\/r\/[A-Za-z0-9_-]+/.exec(msg.text)?.[0];
    expect(link, msg.text).toBeDefined();
    expect(link!.startsWith(served.url)).toBe(true);
    expect(smsc.messages().some((m) => m.destination.endsWith('5321234567'))).toBe(false);

    // The responder, on a phone, no account.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const mobile = await phone.newPage();
    await mobile.goto(link!);
    expect(await mobile.locator('h1').textContent()).toContain(ticket.number);
    expect(await mobile.content()).not.toMatch(/5321234567/);
    expect(await axe(mobile)).toEqual([]);
    await mobile.fill('#ame-text', 'Eve gidildi; kadın ve çocukları ŞÖNİM konukevine yerleştirildi, 6284 tedbir kararı istendi.');
    await Promise.all([mobile.waitForURL(/done=1/), mobile.click('button[type=submit]')]);
    expect(await mobile.locator('[role=status]').textContent()).toContain('Kaydınız alındı');
    expect(await mobile.locator('#ame-actions').textContent()).toContain('konukevine');
    await mobile.screenshot({ path: `${SCREENSHOTS}/ame-link-page.png`, fullPage: true });
    await phone.close();

    // The operator's open ticket shows the record live (SSE), as a note by the AME person.
    await page.waitForFunction(() => document.querySelector('#thread')?.textContent?.includes('AME (Ayla Demir'), undefined, { timeout: 15_000 });
    await page.reload();
    expect(await page.locator('#referral-card [data-state="actioned"]').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/ticket-referred.png`, fullPage: true });
    await close();
  }, 90_000);

  it('axe-core finds no serious or critical violations on the team, referrals, referrals and AME directory pages', async () => {
    const { page, close } = await openAs('yonetici');
    for (const path of ['/team', '/referrals', '/admin/ame', '/reports', '/admin/webhooks']) {
      await page.goto(`${served.url}${path}`);
      expect(await axe(page), path).toEqual([]);
    }
    await close();
  }, 60_000);
});
