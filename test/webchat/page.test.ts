import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious, launchBrowser, screenshot } from './browser.ts';
import { startWebchat, type WebchatTest } from './helpers.ts';

/**
 * The standalone page (/webchat) in Debian's chromium against the real app on loopback: a visitor
 * writes, an operator answers through the API and the real outbox worker, the page shows it live.
 */
let browser: Browser;
let w: WebchatTest | undefined;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
afterEach(async () => {
  await context?.close();
  await w?.close();
  context = undefined;
  w = undefined;
});

async function open(lang?: string, init?: (page: Page) => Promise<void>) {
  w ??= await startWebchat();
  const served = w.served;
  context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await init?.(page);
  await page.goto(`${served.url}/webchat${lang ? `?lang=${lang}` : ''}`);
  return { page, w };
}

const tickets = async (t: WebchatTest | undefined) =>
  ((await (await t!.t.api('GET', '/api/tickets')).json()) as { tickets: Array<{ id: number; channel: string; category: string | null; citizen: { name: string | null }; lastMessage: { body: string } }> }).tickets;
const reply = async (t: WebchatTest | undefined, ticketId: number, text: string) => {
  const res = await t!.t.api('POST', `/api/tickets/${ticketId}/replies`, { text });
  expect(res.status).toBe(201);
};
const bubbles = (page: Page) => page.locator('.msg .text').allTextContents();
const waitBubble = (page: Page, text: string, timeout = 5000) => page.locator('.msg .text', { hasText: text }).first().waitFor({ timeout });

describe('a conversation on /webchat', () => {
  it('opens a ticket, shows the reply live within 2 s, keeps the history on reload', async () => {
    const { page } = await open('tr');
    await page.getByText('Bağlı', { exact: true }).waitFor();
    await page.getByLabel('Adınız (isteğe bağlı)').fill('Ayşe Yılmaz');
    await page.getByLabel('Konu (isteğe bağlı)').selectOption('yasli');
    await page.getByLabel('Mesajınız').fill('Annem yalnız yaşıyor, bakım desteği almak istiyoruz.');
    await page.getByRole('button', { name: 'Yazışmayı başlat' }).click();
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).waitFor();

    const [ticket] = await tickets(w);
    expect(ticket).toMatchObject({ channel: 'webchat', category: 'yasli', citizen: { name: 'Ayşe Yılmaz' } });
    expect(ticket!.lastMessage.body).toBe('Annem yalnız yaşıyor, bakım desteği almak istiyoruz.');
    // The start fields are done with; the button now says "Gönder".
    await expect(page.getByLabel('Adınız (isteğe bağlı)').isVisible()).resolves.toBe(false);

    const started = Date.now();
    await reply(w, ticket!.id, 'Merhaba Ayşe Hanım, ilçenizdeki ekibe yönlendiriyoruz.');
    await waitBubble(page, 'ilçenizdeki ekibe', 2000);
    expect(Date.now() - started).toBeLessThan(2000);
    // Announced to screen readers through the live region.
    await expect(page.locator('[aria-live=polite].sr-only').textContent()).resolves.toContain('ilçenizdeki ekibe');
    await screenshot(page, 'webchat-tr-conversation');

    await page.reload();
    await waitBubble(page, 'ilçenizdeki ekibe');
    expect(await bubbles(page)).toEqual(['Annem yalnız yaşıyor, bakım desteği almak istiyoruz.', 'Merhaba Ayşe Hanım, ilçenizdeki ekibe yönlendiriyoruz.']);
    await expect(page.getByRole('button', { name: 'Gönder' }).isVisible()).resolves.toBe(true);
  });

  it('after the socket is cut, what was written meanwhile arrives once, in order, both ways', async () => {
    w = await startWebchat();
    // A proxy between page and server that the test can cut, and hold shut while it works.
    const routes: WebSocketRoute[] = [];
    let hold: Promise<void> = Promise.resolve();
    const { page } = await open('tr', async (p) => {
      await p.routeWebSocket(/\/webchat\/ws$/, async (route) => {
        routes.push(route);
        const early: Array<string | Buffer> = [];
        let server: WebSocketRoute | null = null;
        route.onMessage((m) => (server ? server.send(m) : early.push(m)));
        await hold;
        server = route.connectToServer();
        server.onMessage((m) => route.send(m));
        server.onClose(() => route.close());
        route.onClose(() => server?.close());
        for (const m of early) server.send(m);
      });
    });
    await page.getByText('Bağlı', { exact: true }).waitFor();
    await page.getByLabel('Mesajınız').fill('ilk mesaj');
    await page.keyboard.press('Enter');
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).waitFor();
    const [ticket] = await tickets(w);

    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    await routes[0]!.close({ code: 1006 });
    await page.getByText(/Bağlantı koptu/).waitFor();

    // Meanwhile: two operator replies, and the visitor writes while offline.
    await reply(w, ticket!.id, 'birinci yanıt');
    await reply(w, ticket!.id, 'ikinci yanıt');
    await page.getByLabel('Mesajınız').fill('bağlantı yokken yazdım');
    await page.keyboard.press('Enter');
    await expect(page.locator('.msg.in .state').last().textContent()).resolves.toBe('Gönderiliyor…');

    release();
    await waitBubble(page, 'ikinci yanıt', 15_000);
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).nth(1).waitFor({ timeout: 15_000 });
    expect(routes.length).toBeGreaterThanOrEqual(2);
    // Give any duplicate a moment to show up before counting.
    await page.waitForTimeout(500);
    expect(await bubbles(page)).toEqual(['ilk mesaj', 'birinci yanıt', 'ikinci yanıt', 'bağlantı yokken yazdım']);
    const stored = w!.t.deps.db.$client.prepare(`SELECT body FROM messages WHERE direction = 'in' ORDER BY id`).all();
    expect(stored).toEqual([{ body: 'ilk mesaj' }, { body: 'bağlantı yokken yazdım' }]);
  });

  it('falls back to SSE + POST when WebSockets are blocked', async () => {
    const { page } = await open('tr', async (p) => {
      // A proxy that refuses upgrades: every socket closes at once.
      await p.routeWebSocket(/\/webchat\/ws$/, (route) => route.close({ code: 1006 }));
    });
    await page.getByText('Bağlı', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Mesajınız').fill('websocket olmadan');
    await page.keyboard.press('Enter');
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).waitFor();
    const [ticket] = await tickets(w);
    await reply(w, ticket!.id, 'SSE ile yanıt');
    await waitBubble(page, 'SSE ile yanıt', 2000);
    expect(await bubbles(page)).toEqual(['websocket olmadan', 'SSE ile yanıt']);
  });

  it('shows what citizens and operators write as text, never as markup', async () => {
    const { page } = await open('tr');
    await page.getByText('Bağlı', { exact: true }).waitFor();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.getByLabel('Mesajınız').fill(evil);
    await page.keyboard.press('Enter');
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).waitFor();
    const [ticket] = await tickets(w);
    await reply(w, ticket!.id, '<b onmouseover="x()">kalın</b>');
    await waitBubble(page, 'kalın');
    await page.reload();
    await waitBubble(page, 'kalın');
    expect(await bubbles(page)).toEqual([evil, '<b onmouseover="x()">kalın</b>']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.msg img, .msg b, .msg script').count()).toBe(0);
  });
});

describe('languages and accessibility', () => {
  it.each([
    ['tr', 'ltr', 'Canlı yazışma', 'Mesajınız', 'Yazışmayı başlat'],
    ['ku', 'ltr', 'Peyivîna zindî', 'Peyama we', 'Peyivînê dest pê bike'],
    ['ar', 'rtl', 'المحادثة المباشرة', 'رسالتك', 'ابدأ المحادثة'],
  ])('%s: lang, direction, labels, no serious or critical axe violations', async (lang, dir, title, label, button) => {
    const { page } = await open(lang);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
    await expect(page.title()).resolves.toBe(title);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByLabel(label).waitFor();
    await page.getByRole('button', { name: button }).waitFor();
    // The KVKK notice links to the full text in the same language, in a new tab.
    const kvkk = page.locator('.kvkk a');
    await expect(kvkk.getAttribute('href')).resolves.toBe(`${w!.served.url}/webchat/kvkk?lang=${lang}`);
    await expect(kvkk.getAttribute('target')).resolves.toBe('_blank');
    expect(await page.locator('.panel').evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
    await screenshot(page, `webchat-${lang}-start`);
    expect(await axeSerious(page)).toEqual([]);

    // And with a conversation on screen.
    await page.getByLabel(label).fill(lang === 'ar' ? 'مرحبا، أحتاج إلى مساعدة' : 'merhaba');
    await page.keyboard.press('Enter');
    await page.locator('.msg.in[data-id]').first().waitFor();
    const [ticket] = await tickets(w);
    await reply(w, ticket!.id, lang === 'ar' ? 'أهلا بك، كيف يمكننا مساعدتك؟' : 'Merhaba');
    await page.locator('.msg.out').first().waitFor();
    await screenshot(page, `webchat-${lang}-conversation`);
    expect(await axeSerious(page)).toEqual([]);

    // Control: axe does look inside the chat's shadow root (an unlabelled field is caught there).
    await page.evaluate(() => document.getElementById('kopru-webchat')!.shadowRoot!.querySelector('form')!.append(document.createElement('input')));
    expect((await axeSerious(page)).map((v) => v.id)).toContain('label');
  });

  it('Arabic is mirrored: the visitor writes on the left, the operator answers on the right', async () => {
    const { page } = await open('ar');
    await page.getByLabel('رسالتك').fill('مرحبا');
    await page.keyboard.press('Enter');
    await page.locator('.msg.in[data-id]').first().waitFor();
    const [ticket] = await tickets(w);
    await reply(w, ticket!.id, 'أهلا');
    await page.locator('.msg.out').first().waitFor();
    const log = (await page.locator('.log').boundingBox())!;
    const mine = (await page.locator('.msg.in').first().boundingBox())!;
    const theirs = (await page.locator('.msg.out').first().boundingBox())!;
    expect(mine.x - log.x).toBeLessThan(40);
    expect(log.x + log.width - (theirs.x + theirs.width)).toBeLessThan(40);
    expect(mine.x).toBeLessThan(theirs.x);
  });

  it('works by keyboard alone: Tab through the fields, Enter sends, focus stays in the composer', async () => {
    const { page } = await open('tr');
    await page.getByText('Bağlı', { exact: true }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
        return el?.id || el?.tagName;
      });
    // Skip the language links: from the name field on, the order is name → topic → KVKK link → message.
    await page.getByLabel('Adınız (isteğe bağlı)').focus();
    await page.keyboard.type('Mehmet');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('kopru-topic');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('A');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('kopru-text');
    await page.keyboard.type('Klavyeyle yazıyorum');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ikinci satır');
    await page.keyboard.press('Enter');
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).waitFor();
    await expect(focused()).resolves.toBe('kopru-text');
    expect(await bubbles(page)).toEqual(['Klavyeyle yazıyorum\nikinci satır']);
    // An empty message is refused with a message the screen reader reads out.
    await page.keyboard.press('Enter');
    await expect(page.locator('#kopru-error').textContent()).resolves.toBe('Lütfen bir mesaj yazın.');
    // Once the chat has begun, the next stop after the message is the send button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe('Gönder');
  });

  it('reflows at 200 % zoom (half the CSS width) without horizontal scrolling', async () => {
    w = await startWebchat();
    context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${w.served.url}/webchat?lang=tr`);
    await page.getByText('Bağlı', { exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Mesajınız').fill('yakınlaştırılmış ekranda da yazılabiliyor');
    await page.keyboard.press('Enter');
    await page.locator('.msg.in .state', { hasText: 'İletildi' }).waitFor();
    await screenshot(page, 'webchat-tr-zoom-200');
  });
});
