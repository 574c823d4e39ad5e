import type { Logger } from 'pino';
import { createSmppChannel } from '../channels/smpp/index.ts';
import { createTwilioChannel } from '../channels/twilio/index.ts';
import { createWebchatChannel } from '../channels/webchat/index.ts';
import { createLazyWhatsappBaileysChannel } from '../channels/whatsapp-baileys/lazy.ts';
import { createWhatsappCloudChannel } from '../channels/whatsapp-cloud/index.ts';
import { createMediaStore, mediaDirFor } from './media/media-store.ts';
import type { Bus } from './bus.ts';
import type { Channel } from './channel.ts';
import type { Config } from './config.ts';
import type { PersonalDataCipher } from './crypto/personal-data.ts';
import type { Db } from './db/client.ts';

export interface ChannelFactoryDeps {
  config: Config;
  db: Db;
  log: Logger;
  bus: Bus;
  cipher: PersonalDataCipher;
  now: () => number;
}

/** The channels whose settings are present (web chat always: it needs no outside account). */
export function createChannels(deps: ChannelFactoryDeps): Channel[] {
  const channels: Channel[] = [];
  const webchat = deps.config.channels.webchat;
  if (webchat)
    channels.push(
      createWebchatChannel({
        config: webchat,
        db: deps.db,
        bus: deps.bus,
        log: deps.log.child({ channel: 'webchat' }),
        now: deps.now,
        publicUrl: deps.config.publicUrl,
        trustProxy: deps.config.trustProxy,
      }),
    );
  // One channel per SMSC link (`smpp`, `smpp:<link>`): each operator is its own bind.
  for (const link of deps.config.channels.smpp?.links ?? []) channels.push(createSmppChannel(deps, link));
  const twilio = deps.config.channels.twilio;
  if (twilio) channels.push(createTwilioChannel(deps, twilio));
  // WhatsApp: Baileys only when opted in (it needs pairing), the Cloud API when its settings are present.
  const { whatsapp, whatsappCloud } = deps.config.channels;
  if (whatsapp || whatsappCloud) {
    const media = createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: deps.config.channels.media.maxBytes, now: deps.now });
    if (whatsapp) channels.push(createLazyWhatsappBaileysChannel(deps, whatsapp, { media }));
    if (whatsappCloud) channels.push(createWhatsappCloudChannel(deps, whatsappCloud, { media }));
  }
  return channels;
}
