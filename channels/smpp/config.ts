import * as v from 'valibot';
import { bool, int, optionalSecret, optionalString, type Problems } from '../../src/env-helpers.ts';
import type { BindMode } from './link.ts';

/** SMPP settings: one link per SMSC (operator). SMPP_HOST switches the channel on. */
export const smppEnv = {
  SMPP_HOST: optionalString,
  SMPP_PORT: int(2775, 1, 65535),
  SMPP_SYSTEM_ID: optionalString,
  SMPP_PASSWORD: optionalSecret,
  SMPP_SYSTEM_TYPE: optionalString,
  /** The short code citizens write to and acknowledgements come from (e.g. 183). */
  SMPP_SOURCE_ADDR: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[0-9A-Za-z+ ]{1,20}$/, 'a short code, number or sender name (up to 20 characters)')), '183'),
  SMPP_BIND_MODE: v.optional(
    v.picklist(['transceiver', 'receiver+transmitter', 'transmitter', 'receiver'], 'transceiver, receiver+transmitter, transmitter or receiver'),
    'transceiver',
  ),
  SMPP_TLS: bool(false),
  /** submit_sm sent and not yet answered, at most. */
  SMPP_WINDOW: int(10, 1, 1000),
  /** submit_sm per second, at most (0: no cap). */
  SMPP_TPS: int(50, 0, 100_000),
  SMPP_ENQUIRE_LINK_MS: int(30_000, 1_000, 600_000),
  SMPP_RESPONSE_TIMEOUT_MS: int(10_000, 500, 120_000),
  SMPP_RECONNECT_MAX_MS: int(60_000, 1_000, 3_600_000),
  SMPP_REASSEMBLY_TIMEOUT_MS: int(600_000, 1_000, 86_400_000),
  SMPP_DEDUP_WINDOW_MS: int(600_000, 1_000, 86_400_000),
  /** Use the Turkish national language shift tables when they save segments (SMSC and phones must support them). */
  SMPP_TURKISH_SHIFT: bool(false),
  SMPP_REGISTERED_DELIVERY: bool(true),
  /**
   * More SMSC links (one per operator), as a JSON array; each entry needs a `name` and overrides the
   * SMPP_* settings above: [{"name":"vodafone","host":"smsc.example","systemId":"x","password":"y"}].
   * Each becomes channel `smpp:<name>`; replies go out on the link the citizen wrote through.
   */
  SMPP_LINKS: optionalString,
};

export interface SmppLinkConfig {
  /** Channel name: `smpp` for the first link. */
  name: string;
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
  systemType: string;
  sourceAddr: string;
  bindMode: BindMode;
  window: number;
  tps: number;
  enquireLinkMs: number;
  responseTimeoutMs: number;
  reconnectMaxMs: number;
  reassemblyTimeoutMs: number;
  dedupWindowMs: number;
  turkishShift: boolean;
  registeredDelivery: boolean;
}

/** Every SMSC link; more operators are more entries (today: the one SMPP_* set). */
export interface SmppConfig {
  links: SmppLinkConfig[];
}

type Env = { [K in keyof typeof smppEnv]: v.InferOutput<(typeof smppEnv)[K]> };

const linkSchema = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'a short lower-case name')),
  host: v.optional(v.pipe(v.string(), v.nonEmpty())),
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535))),
  tls: v.optional(v.boolean()),
  systemId: v.optional(v.pipe(v.string(), v.nonEmpty())),
  password: v.optional(v.string()),
  systemType: v.optional(v.string()),
  sourceAddr: v.optional(v.string()),
  bindMode: v.optional(v.picklist(['transceiver', 'receiver+transmitter', 'transmitter', 'receiver'])),
  window: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  tps: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
  turkishShift: v.optional(v.boolean()),
});

export function smppConfig(env: Env, problems: Problems): SmppConfig | undefined {
  const extra = extraLinks(env.SMPP_LINKS, problems);
  if (!env.SMPP_HOST && extra.length === 0) return undefined;
  if (env.SMPP_HOST && !env.SMPP_SYSTEM_ID) {
    problems.push({ variable: 'SMPP_SYSTEM_ID', expected: 'the system_id the operator gave you (SMPP_HOST is set)' });
    return undefined;
  }
  const base = baseLink(env);
  const links: SmppLinkConfig[] = env.SMPP_HOST ? [base] : [];
  for (const e of extra) {
    const link = { ...base, ...e, name: `smpp:${e.name}` };
    if (!e.host || !e.systemId) problems.push({ variable: 'SMPP_LINKS', expected: `a host and a systemId for link ${e.name}` });
    else if (links.some((l) => l.name === link.name)) problems.push({ variable: 'SMPP_LINKS', expected: `distinct link names (${e.name} twice)` });
    else links.push(link);
  }
  return { links };
}

function extraLinks(raw: string | undefined, problems: Problems): Array<v.InferOutput<typeof linkSchema>> {
  if (!raw) return [];
  try {
    const parsed = v.safeParse(v.array(linkSchema), JSON.parse(raw));
    if (parsed.success) return parsed.output;
    problems.push({ variable: 'SMPP_LINKS', expected: `a JSON array of links: ${parsed.issues[0]?.message ?? 'invalid'}` });
  } catch {
    problems.push({ variable: 'SMPP_LINKS', expected: 'a JSON array such as [{"name":"vodafone","host":"…","systemId":"…","password":"…"}]' });
  }
  return [];
}

function baseLink(env: Env): SmppLinkConfig {
  return {
    name: 'smpp',
    host: env.SMPP_HOST ?? '',
    port: env.SMPP_PORT,
    tls: env.SMPP_TLS,
    systemId: env.SMPP_SYSTEM_ID ?? '',
    password: env.SMPP_PASSWORD ?? '',
    systemType: env.SMPP_SYSTEM_TYPE ?? '',
    sourceAddr: env.SMPP_SOURCE_ADDR,
    bindMode: env.SMPP_BIND_MODE,
    window: env.SMPP_WINDOW,
    tps: env.SMPP_TPS,
    enquireLinkMs: env.SMPP_ENQUIRE_LINK_MS,
    responseTimeoutMs: env.SMPP_RESPONSE_TIMEOUT_MS,
    reconnectMaxMs: env.SMPP_RECONNECT_MAX_MS,
    reassemblyTimeoutMs: env.SMPP_REASSEMBLY_TIMEOUT_MS,
    dedupWindowMs: env.SMPP_DEDUP_WINDOW_MS,
    turkishShift: env.SMPP_TURKISH_SHIFT,
    registeredDelivery: env.SMPP_REGISTERED_DELIVERY,
  };
}
