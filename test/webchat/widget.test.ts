import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { axeSerious, launchBrowser, screenshot } from './browser.ts';
import { startWebchat, type WebchatTest } from './helpers.ts';

/**
 * The widget on someone else's site: a ministry page on another origin (another loopback port)
 * embeds it with one script tag; only origins in WEBCHAT_ALLOWED_ORIGINS may use the chat.
 */
let browser: Browser;
let context: BrowserContext | undefined;
let w: WebchatTest | undefined;
const hosts: Server[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const h of hosts) h.close();
});
afterEach(async () => {
  await context?.close();
  await w?.close();
  context = undefined;
  w = undefined;
});

/** A plain host page; `script()` is filled in once the chat's URL is known. */
async function hostSite(script: () => string): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Bakanlık</title></head>
<body><main><h1>Aile ve Sosyal Hizmetler</h1><p>Sosyal destek hattı hakkında bilgiler.</p></main>${script()}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hosts.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

it.each([
  ['ku', 'ltr', 'Peyivîna zindî', 'Navê we (ne mecbûrî)', 'Peyama we', 'Girêdayî'],
  ['ar', 'rtl', 'المحادثة المباشرة', 'اسمك (اختياري)', 'رسالتك', 'متصل'],
])('data-lang=%s: opens by keyboard, sends, closes with Escape back to the launcher', async (lang, dir, launcherName, nameLabel, messageLabel, online) => {
  let kopru = '';
  const host = await hostSite(() => `<script src="${kopru}/webchat/widget.js" data-lang="${lang}"></script>`);
  w = await startWebchat({ WEBCHAT_ALLOWED_ORIGINS: host });
  kopru = w.served.url;
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  await page.goto(host);

  const launcher = page.getByRole('button', { name: launcherName });
  await launcher.waitFor();
  // Mirrored for right-to-left: the launcher sits bottom-left instead of bottom-right.
  const box = (await launcher.boundingBox())!;
  expect(dir === 'rtl' ? box.x < 512 : box.x > 512).toBe(true);

  // Keyboard only: the launcher is the page's first stop.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
  await page.getByRole('dialog').waitFor();
  await page.getByText(online, { exact: true }).waitFor();
  const activeId = () => page.evaluate(() => document.getElementById('kopru-webchat-widget')!.shadowRoot!.activeElement?.id);
  await expect(activeId()).resolves.toBe('kopru-name');
  await page.keyboard.type(lang === 'ar' ? 'سارة' : 'Rojda');
  await page.getByLabel(messageLabel).focus();
  await page.keyboard.type(lang === 'ar' ? 'أحتاج إلى مساعدة لطفلي' : 'Alîkariya zarokê min hewce ye');
  await page.keyboard.press('Enter');
  await page.locator('.msg.in').first().waitFor();
  await page.waitForFunction(() => document.getElementById('kopru-webchat-widget')!.shadowRoot!.querySelector('.msg.in')?.getAttribute('data-id'));
  await screenshot(page, `widget-${lang}-open`);
  expect(await axeSerious(page)).toEqual([]);

  const list = (await (await w.t.api('GET', '/api/tickets')).json()) as { tickets: Array<{ channel: string; citizen: { name: string } }> };
  expect(list.tickets).toHaveLength(1);
  expect(list.tickets[0]).toMatchObject({ channel: 'webchat', citizen: { name: lang === 'ar' ? 'سارة' : 'Rojda' } });
  expect(w.t.deps.db.$client.prepare('SELECT meta FROM messages').get()).toEqual({ meta: expect.stringContaining(`"lang":"${lang}"`) });

  await page.keyboard.press('Escape');
  await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(await page.getByRole('dialog').count()).toBe(0);
  await expect(page.evaluate(() => document.getElementById('kopru-webchat-widget')!.shadowRoot!.activeElement?.className)).resolves.toBe('launcher');
});

it('a site that is not allowed gets the script but cannot chat', async () => {
  let kopru = '';
  const host = await hostSite(() => `<script src="${kopru}/webchat/widget.js" data-lang="tr"></script>`);
  w = await startWebchat({ WEBCHAT_ALLOWED_ORIGINS: 'https://www.aile.gov.tr' });
  kopru = w.served.url;
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host);
  await page.getByRole('button', { name: 'Canlı yazışma' }).click();
  await page.getByLabel('Mesajınız').fill('izinsiz siteden');
  await page.keyboard.press('Enter');
  // Refused upgrades, then the fallback's stream refused too: never connected, nothing stored.
  await page.waitForFunction(() => document.getElementById('kopru-webchat-widget')!.shadowRoot!.querySelector('.status')?.textContent === 'Bağlanıyor…');
  await page.waitForTimeout(3000);
  expect(await page.getByText('Bağlı', { exact: true }).count()).toBe(0);
  expect(w.t.deps.db.$client.prepare('SELECT count(*) AS n FROM messages').get()).toEqual({ n: 0 });
});
