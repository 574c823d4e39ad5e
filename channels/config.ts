import { webchatConfig, webchatEnv, type WebchatConfig } from './webchat/config.ts';

/**
 * Every channel's environment variables, composed into the one config schema (src/config.ts).
 * A channel adds its `xEnv` entries and its `xConfig(env, problems)` here; `xConfig` returns
 * undefined when the channel is not configured and pushes a problem when it is half-configured.
 */
export const channelEnv = { ...webchatEnv };

export interface ChannelConfigs {
  webchat?: WebchatConfig;
}

export function channelConfigs(env: Record<string, unknown>, problems: { variable: string; expected: string }[]): ChannelConfigs {
  return {
    webchat: webchatConfig(env as Parameters<typeof webchatConfig>[0], problems),
  };
}
