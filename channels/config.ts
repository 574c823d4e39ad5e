import { ackConfig, ackEnv, type AckConfig } from '../src/intake/acknowledge.ts';
import { smppConfig, smppEnv, type SmppConfig } from './smpp/config.ts';
import { twilioConfig, twilioEnv, type TwilioConfig } from './twilio/config.ts';
import { webchatConfig, webchatEnv, type WebchatConfig } from './webchat/config.ts';

/**
 * Every channel's environment variables, composed into the one config schema (src/config.ts).
 * A channel adds its `xEnv` entries and its `xConfig(env, problems)` here; `xConfig` returns
 * undefined when the channel is not configured and pushes a problem when it is half-configured.
 */
export const channelEnv = { ...webchatEnv, ...smppEnv, ...twilioEnv, ...ackEnv };

export interface ChannelConfigs {
  webchat?: WebchatConfig;
  smpp?: SmppConfig;
  twilio?: TwilioConfig;
  /** SMS acknowledgements (not a channel: the automatic reply on smpp and twilio). */
  ack?: AckConfig;
}

export function channelConfigs(env: Record<string, unknown>, problems: { variable: string; expected: string }[]): ChannelConfigs {
  return {
    webchat: webchatConfig(env as Parameters<typeof webchatConfig>[0], problems),
    smpp: smppConfig(env as Parameters<typeof smppConfig>[0], problems),
    twilio: twilioConfig(env as Parameters<typeof twilioConfig>[0], problems),
    ack: ackConfig(env as Parameters<typeof ackConfig>[0], problems),
  };
}
