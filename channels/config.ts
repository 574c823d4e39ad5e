import { ackConfig, ackEnv, type AckConfig } from '../src/intake/acknowledge.ts';
import { smppConfig, smppEnv, type SmppConfig } from './smpp/config.ts';
import { twilioConfig, twilioEnv, type TwilioConfig } from './twilio/config.ts';
import { webchatConfig, webchatEnv, type WebchatConfig } from './webchat/config.ts';
import { mediaConfig, mediaEnv, type MediaConfig } from '../src/media/config.ts';
import { whatsappBaileysConfig, whatsappBaileysEnv, type WhatsappBaileysConfig } from './whatsapp-baileys/config.ts';
import { whatsappCloudConfig, whatsappCloudEnv, type WhatsappCloudConfig } from './whatsapp-cloud/config.ts';

/**
 * Every channel's environment variables, composed into the one config schema (src/config.ts).
 * A channel adds its `xEnv` entries and its `xConfig(env, problems)` here; `xConfig` returns
 * undefined when the channel is not configured and pushes a problem when it is half-configured.
 */
export const channelEnv = { ...webchatEnv, ...whatsappBaileysEnv, ...whatsappCloudEnv, ...mediaEnv, ...smppEnv, ...twilioEnv, ...ackEnv };

export interface ChannelConfigs {
  webchat?: WebchatConfig;
  whatsapp?: WhatsappBaileysConfig;
  whatsappCloud?: WhatsappCloudConfig;
  /** The media store (files citizens send); not a channel, shared by the channels that receive media. */
  media: MediaConfig;
  smpp?: SmppConfig;
  twilio?: TwilioConfig;
  /** SMS acknowledgements (not a channel: the automatic reply on smpp and twilio). */
  ack?: AckConfig;
}

export function channelConfigs(env: Record<string, unknown>, problems: { variable: string; expected: string }[]): ChannelConfigs {
  return {
    webchat: webchatConfig(env as Parameters<typeof webchatConfig>[0], problems),
    whatsapp: whatsappBaileysConfig(env as Parameters<typeof whatsappBaileysConfig>[0], problems),
    whatsappCloud: whatsappCloudConfig(env as Parameters<typeof whatsappCloudConfig>[0], problems),
    media: mediaConfig(env as Parameters<typeof mediaConfig>[0]),
    smpp: smppConfig(env as Parameters<typeof smppConfig>[0], problems),
    twilio: twilioConfig(env as Parameters<typeof twilioConfig>[0], problems),
    ack: ackConfig(env as Parameters<typeof ackConfig>[0], problems),
  };
}
