/**
 * Every channel's environment variables, composed into the one config schema (src/config.ts).
 * A channel adds its `xEnv` entries and its `xConfig(env, problems)` here; `xConfig` returns
 * undefined when the channel is not configured and pushes a problem when it is half-configured.
 */
export const channelEnv = {};

export type ChannelConfigs = Record<string, never>;

export function channelConfigs(_env: Record<string, unknown>, _problems: { variable: string; expected: string }[]): ChannelConfigs {
  return {};
}
