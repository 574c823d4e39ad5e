import { proto, type WAMessage } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSocketFactory } from '../../channels/whatsapp-baileys/fake-socket.ts';
import { createWhatsappBaileysChannel } from '../../channels/whatsapp-baileys/index.ts';
import type { WhatsappBaileysChannel } from '../../channels/whatsapp-baileys/lazy.ts';
import { signBody } from '../../channels/whatsapp-cloud/verify.ts';
import { createWhatsappCloudChannel, WEBHOOK_PATH } from '../../channels/whatsapp-cloud/index.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { createMediaStore, mediaDirFor } from '../../src/media/media-store.ts';
import { parseMessage } from '../../src/parser/index.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const TEXT = 'Adım Ayşe Yılmaz, TC kimlik no 10000000146. Eşimden şiddet görüyorum, yardım edin.';

describe('one citizen across SMS and WhatsApp', () => {
  it('the same kimlik no on SMS, WhatsApp (Baileys) and the Cloud API: one citizen, three tickets shown together', async () => {
    const sockets = fakeSocketFactory();
    let baileys!: WhatsappBaileysChannel;
    t = createTestContext({
      parse: parseMessage,
      channels: (deps: ChannelFactoryDeps) => {
        const media = createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: 1_000_000, now: deps.now });
        baileys = createWhatsappBaileysChannel(deps, { acceptGroups: false, maxPerMinute: 20, pairingPhone: undefined }, { media, createSocket: sockets.create, terminal: { isTTY: false, write: () => true } });
        const cloud = createWhatsappCloudChannel(
          deps,
          { verifyToken: 'v', appSecret: 'secret', accessToken: 'token', phoneNumberId: '106540352242922', apiBase: 'http://127.0.0.1:9/v23.0', template: undefined },
          { media },
        );
        return [baileys, cloud];
      },
    });
    const ctx = channelContext(t.deps.intake, t.deps.log);
    for (const ch of t.deps.channels.values()) await ch.start(ctx);

    // SMS from her mobile.
    const sms = await t.deps.intake.receive([inbound({ channel: 'smpp', from: '+905321234567', text: TEXT })]);
    // WhatsApp from a relative's phone, through the linked device…
    t.clock.now += 60_000;
    sockets.last().emit('messages.upsert', {
      type: 'notify',
      messages: [proto.WebMessageInfo.fromObject({ key: { remoteJid: '905559998877@s.whatsapp.net', fromMe: false, id: '3EB0CROSS01' }, messageTimestamp: 1795770000, pushName: 'Kızı', message: { conversation: TEXT } }) as WAMessage],
    });
    await baileys.stop();
    // …and through the Cloud API.
    t.clock.now += 60_000;
    const body = Buffer.from(
      JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '106540352242922' }, contacts: [{ profile: { name: 'Ayşe' }, wa_id: '905321234567' }], messages: [{ from: '905321234567', id: 'wamid.CROSS', timestamp: '1795770100', type: 'text', text: { body: TEXT } }] } }] }],
      }),
    );
    const res = await t.app.request(WEBHOOK_PATH, { method: 'POST', headers: { 'x-hub-signature-256': signBody(body, 'secret') }, body: new Uint8Array(body) });
    expect(res.status).toBe(200);

    const tickets = t.deps.db.$client.prepare('SELECT id, channel, citizen_id FROM tickets ORDER BY id').all() as Array<{ id: number; channel: string; citizen_id: number | null }>;
    expect(tickets.map((x) => x.channel)).toEqual(['smpp', 'whatsapp', 'whatsapp-cloud']);
    expect(new Set(tickets.map((x) => x.citizen_id)).size).toBe(1);
    expect(tickets[0]!.citizen_id).not.toBeNull();
    expect(t.deps.db.$client.prepare('SELECT count(*) AS n FROM citizens').get()).toEqual({ n: 1 });

    const view = (await (await t.api('GET', `/api/tickets/${sms.messages[0]!.ticketId}`)).json()) as { related: Array<{ id: number; channel: string; citizen: { tckn: string } }> };
    expect(view.related.map((r) => r.channel).sort()).toEqual(['whatsapp', 'whatsapp-cloud']);
    expect(view.related.every((r) => r.citizen.tckn === '100******46')).toBe(true);
    const fromWhatsapp = (await (await t.api('GET', `/api/tickets/${tickets[1]!.id}`)).json()) as { related: Array<{ channel: string }> };
    expect(fromWhatsapp.related.map((r) => r.channel).sort()).toEqual(['smpp', 'whatsapp-cloud']);
    expect(JSON.stringify(view)).not.toContain('10000000146');
  });
});
