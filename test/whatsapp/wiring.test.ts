import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSocketFactory } from '../../channels/whatsapp-baileys/fake-socket.ts';
import { createLazyWhatsappBaileysChannel } from '../../channels/whatsapp-baileys/lazy.ts';
import { createBus } from '../../src/bus.ts';
import { createChannels } from '../../src/channels.ts';
import { loadConfig } from '../../src/config.ts';
import { createPersonalDataCipher } from '../../src/crypto/personal-data.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createMediaStore, mediaDirFor } from '../../src/media/media-store.ts';
import { createTestContext, type TestContext } from '../harness/test-deps.ts';

let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('WhatsApp wiring', () => {
  it('createChannels makes both WhatsApp channels only when configured', () => {
    const db = openDatabase({ path: ':memory:' });
    const deps = { db, log: pino({ level: 'silent' }), bus: createBus(), cipher: createPersonalDataCipher(randomBytes(32)), now: Date.now };
    const names = (env: Record<string, string>) => createChannels({ ...deps, config: loadConfig({ DATABASE_URL: ':memory:', WEBCHAT_ENABLED: 'false', ...env }) }).map((c) => c.name);
    expect(names({})).toEqual([]);
    expect(
      names({
        WHATSAPP_BAILEYS_ENABLED: 'true',
        WHATSAPP_CLOUD_VERIFY_TOKEN: 'v',
        WHATSAPP_CLOUD_APP_SECRET: 's',
        WHATSAPP_CLOUD_ACCESS_TOKEN: 'a',
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
      }).sort(),
    ).toEqual(['whatsapp', 'whatsapp-cloud']);
    db.$client.close();
  });

  it('the Baileys channel loads Baileys only when it starts', async () => {
    const sockets = fakeSocketFactory();
    t = createTestContext({
      channels: (deps) => [
        createLazyWhatsappBaileysChannel(deps, { acceptGroups: false, maxPerMinute: 20, pairingPhone: undefined }, {
          media: createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: 1000 }),
          createSocket: sockets.create,
          terminal: { isTTY: false, write: () => true },
        }),
      ],
    });
    const channel = t.deps.channels.get('whatsapp') as ReturnType<typeof createLazyWhatsappBaileysChannel>;
    expect(channel.health()).toMatchObject({ state: 'down', detail: 'not started' });
    expect(channel.pairing()).toMatchObject({ state: 'stopped', qr: null });
    await expect(channel.send({ id: 1, channel: 'whatsapp', to: '+905321234567', text: 'x', kind: 'reply' })).rejects.toMatchObject({ code: 'unavailable' });
    await expect(channel.requestPairingCode('905321234567')).rejects.toMatchObject({ code: 'not_running' });
    await channel.start({ receive: async () => undefined, receiveWith: async (work) => work().value, log: t.deps.log });
    sockets.last().emit('connection.update', { qr: '2@ref' });
    expect(channel.pairing()).toMatchObject({ state: 'needs_pairing', qr: '2@ref' });
    await channel.stop();
    expect(channel.health().state).toBe('down');
  });
});
