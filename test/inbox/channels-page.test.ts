import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/channel.ts';
import { createTestContext, type TestContext } from '../harness/test-deps.ts';
import { addTestUser, login, post } from './inbox-helpers.ts';

/** Stands in for the Baileys channel: the page only needs its health and pairing surface. */
function pairableWhatsapp(): Channel & { pairing(): unknown; requestPairingCode(phone: string): Promise<string>; asked: string[] } {
  const asked: string[] = [];
  return {
    name: 'whatsapp',
    asked,
    start: async () => {},
    stop: async () => {},
    send: async () => ({ externalId: 'x' }),
    health: () => ({ state: 'down', detail: 'needs pairing', since: new Date(0) }),
    pairing: () => ({ state: 'down', detail: 'needs pairing', since: new Date(0), qr: '2@abc,def,ghi', pairingCode: null }),
    async requestPairingCode(phone: string) {
      asked.push(phone);
      return 'ABCD-1234';
    },
  };
}

let t: TestContext;
afterEach(async () => t?.close());

describe('/admin/channels', () => {
  it('shows every channel and the WhatsApp QR as an image to admins only; a pairing code needs the CSRF token', async () => {
    const wa = pairableWhatsapp();
    t = createTestContext({ channels: [wa] });
    await addTestUser(t, 'admin1', 'admin');
    await addTestUser(t, 'op1', 'operator');
    const admin = await login(t, 'admin1');
    const page = await t.app.request('/admin/channels', { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('needs pairing');
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="WhatsApp eşleştirme QR kodu"/);

    const op = await login(t, 'op1');
    expect((await t.app.request('/admin/channels', { headers: { cookie: op.cookie } })).status).toBe(403);

    expect((await post(t, '/admin/channels/whatsapp/pairing-code', admin.cookie, { phone: '905321234567' })).status).toBe(403);
    const coded = await post(t, '/admin/channels/whatsapp/pairing-code', admin.cookie, { phone: '905321234567', _csrf: admin.csrf });
    expect(coded.status).toBe(200);
    expect(await coded.text()).toContain('ABCD-1234');
    expect(wa.asked).toEqual(['905321234567']);
    const bad = await post(t, '/admin/channels/whatsapp/pairing-code', admin.cookie, { phone: 'x', _csrf: admin.csrf });
    expect(bad.status).toBe(400);
  });

  it('says the Baileys channel is off when it is not configured', async () => {
    t = createTestContext();
    await addTestUser(t, 'admin1', 'admin');
    const admin = await login(t, 'admin1');
    const html = await (await t.app.request('/admin/channels', { headers: { cookie: admin.cookie } })).text();
    expect(html).toContain('WHATSAPP_BAILEYS_ENABLED=true');
  });
});
