import { SendError, type Channel, type ChannelHealth } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import type { WhatsappBaileysConfig } from './config.ts';
import type { WhatsappBaileysOptions } from './index.ts';
import { PairingError } from './pairing-error.ts';

export const WHATSAPP_BAILEYS = 'whatsapp';

export type WhatsappLinkState = 'connecting' | 'needs_pairing' | 'connected' | 'reconnecting' | 'replaced' | 'forbidden' | 'stopped';

export interface WhatsappPairingInfo {
  state: WhatsappLinkState;
  detail: string;
  since: Date;
  /** The current QR payload (render it as a QR code), null when none is on offer. */
  qr: string | null;
  pairingCode: string | null;
}

export interface WhatsappBaileysChannel extends Channel {
  pairing(): WhatsappPairingInfo;
  requestPairingCode(phone: string): Promise<string>;
}

/**
 * The Baileys channel, loaded when it starts: Baileys takes seconds to import, and a gateway without
 * WhatsApp (and every test that builds the app) should not pay for it.
 */
export function createLazyWhatsappBaileysChannel(deps: ChannelFactoryDeps, settings: WhatsappBaileysConfig, options: WhatsappBaileysOptions): WhatsappBaileysChannel {
  let real: WhatsappBaileysChannel | null = null;
  const since = new Date(deps.now());
  return {
    name: WHATSAPP_BAILEYS,
    async start(ctx) {
      const { createWhatsappBaileysChannel } = await import('./index.ts');
      real ??= createWhatsappBaileysChannel(deps, settings, options);
      await real.start(ctx);
    },
    async stop() {
      await real?.stop();
    },
    health(): ChannelHealth {
      return real?.health() ?? { state: 'down', detail: 'not started', since };
    },
    pairing() {
      return real?.pairing() ?? { state: 'stopped', detail: 'not started', since, qr: null, pairingCode: null };
    },
    async requestPairingCode(phone) {
      if (!real) throw new PairingError('not_running', 'the WhatsApp channel has not started');
      return real.requestPairingCode(phone);
    },
    async send(msg) {
      if (!real) throw new SendError('unavailable', 'the WhatsApp channel has not started');
      return real.send(msg);
    },
  };
}
