import * as v from 'valibot';
import { bool, int, optionalString, url } from './env-helpers.ts';
import { channelEnv, channelConfigs, type ChannelConfigs } from '../channels/config.ts';

/** Environment variables → typed config. Parsed once at boot and passed into factories; never read at request time. */

export const envSchema = v.object({
  NODE_ENV: v.optional(v.picklist(['development', 'production', 'test'], 'development, production or test'), 'development'),
  PORT: int(8183, 1, 65535),
  HOST: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('a host name or address')), '0.0.0.0'),
  PUBLIC_URL: v.optional(url),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('a file path such as ./data/kopru.db')), './data/kopru.db'),
  DATA_KEY: v.pipe(
    optionalString,
    v.check(
      (s) => s === undefined || /^[0-9a-fA-F]{64}$/.test(s) || /^[A-Za-z0-9+/]{43}=$/.test(s),
      '32 random bytes as 64 hex characters or 44 base64 characters (openssl rand -hex 32)',
    ),
  ),
  LOG_LEVEL: v.optional(v.picklist(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'one of fatal, error, warn, info, debug, trace, silent'), 'info'),
  THREAD_IDLE_DAYS: int(7, 1, 365),
  TICKET_PREFIX: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9]{1,10}$/, '1 to 10 letters or digits, e.g. 183')), '183'),
  SQLITE_SYNCHRONOUS: v.optional(v.picklist(['FULL', 'NORMAL'], 'FULL or NORMAL'), 'FULL'),
  OUTBOX_MAX_ATTEMPTS: int(8, 1, 100),
  OUTBOX_POLL_MS: int(500, 10, 60_000),
  TRUST_PROXY: bool(false),
  ROUTING_MAX_OPEN_PER_OPERATOR: int(10, 1, 1000),
  REFERRAL_SMS_CHANNEL: optionalString,
  REFERRAL_LINK_TTL_HOURS: int(72, 1, 720),
  REFERRAL_DEADLINE_HOURS: int(24, 1, 720),
  SURVEY_ENABLED: bool(true),
  SURVEY_ANSWER_HOURS: int(48, 1, 720),
  SURVEY_AFTER_VIOLENCE_REFERRAL: bool(false),
  WEBHOOK_MAX_ATTEMPTS: int(12, 1, 100),
  WEBHOOK_TIMEOUT_MS: int(10_000, 100, 120_000),
  ...channelEnv,
});

export type Env = v.InferOutput<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string | undefined;
  databasePath: string;
  dataKey: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  threadIdleDays: number;
  ticketPrefix: string;
  sqliteSynchronous: Env['SQLITE_SYNCHRONOUS'];
  outbox: { maxAttempts: number; pollMs: number };
  trustProxy: boolean;
  /** Hotline operations: routing, AME referrals, satisfaction surveys, outgoing webhooks. */
  ops: {
    maxOpenPerOperator: number;
    referralSmsChannel: string | undefined;
    referralLinkTtlMs: number;
    referralDeadlineMs: number;
    surveyEnabled: boolean;
    surveyAnswerMs: number;
    surveyAfterViolenceReferral: boolean;
    webhookMaxAttempts: number;
    webhookTimeoutMs: number;
  };
  /** Each channel's settings, undefined when the channel is not configured. */
  channels: ChannelConfigs;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; expected: string; got?: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable}: expected ${p.expected}${p.got === undefined ? '' : `, got ${p.got}`}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const SECRET = /KEY|SECRET|TOKEN|PASSWORD/;

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const result = v.safeParse(envSchema, source, { abortPipeEarly: true });
  const problems: { variable: string; expected: string; got?: string }[] = [];
  if (!result.success) {
    for (const issue of result.issues) {
      const variable = issue.path?.map((p) => String(p.key)).join('.') ?? '(environment)';
      const raw = source[variable];
      // Echo a wrong value back so it can be fixed, but never a secret.
      problems.push({ variable, expected: issue.message, got: raw === undefined ? 'nothing' : SECRET.test(variable) ? '(hidden)' : JSON.stringify(raw) });
    }
  }
  if (source.NODE_ENV === 'production' && !source.DATA_KEY?.trim())
    problems.push({ variable: 'DATA_KEY', expected: 'a key in production (openssl rand -hex 32): personal data is encrypted with it' });
  const channels = result.success ? channelConfigs(result.output, problems) : undefined;
  if (problems.length || !result.success || !channels) throw new ConfigError(problems);
  const e = result.output;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    databasePath: e.DATABASE_URL.replace(/^(file|sqlite):/, ''),
    dataKey: e.DATA_KEY,
    logLevel: e.LOG_LEVEL,
    threadIdleDays: e.THREAD_IDLE_DAYS,
    ticketPrefix: e.TICKET_PREFIX,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    outbox: { maxAttempts: e.OUTBOX_MAX_ATTEMPTS, pollMs: e.OUTBOX_POLL_MS },
    trustProxy: e.TRUST_PROXY,
    ops: {
      maxOpenPerOperator: e.ROUTING_MAX_OPEN_PER_OPERATOR,
      referralSmsChannel: e.REFERRAL_SMS_CHANNEL,
      referralLinkTtlMs: e.REFERRAL_LINK_TTL_HOURS * 3_600_000,
      referralDeadlineMs: e.REFERRAL_DEADLINE_HOURS * 3_600_000,
      surveyEnabled: e.SURVEY_ENABLED,
      surveyAnswerMs: e.SURVEY_ANSWER_HOURS * 3_600_000,
      surveyAfterViolenceReferral: e.SURVEY_AFTER_VIOLENCE_REFERRAL,
      webhookMaxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      webhookTimeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    channels,
  };
}
