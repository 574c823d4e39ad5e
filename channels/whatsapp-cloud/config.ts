import type * as v from 'valibot';
import { optionalSecret, optionalString, type Problems } from '../../src/env-helpers.ts';

export const DEFAULT_GRAPH_API_BASE = 'https://graph.facebook.com/v23.0';

/** Meta's official WhatsApp Cloud API: on when its settings are present. */
export const whatsappCloudEnv = {
  /** Any secret string you choose; Meta echoes it when it verifies the webhook. */
  WHATSAPP_CLOUD_VERIFY_TOKEN: optionalSecret,
  /** The Meta app's secret: webhook bodies are signed with it (X-Hub-Signature-256). */
  WHATSAPP_CLOUD_APP_SECRET: optionalSecret,
  /** A system user's permanent access token with whatsapp_business_messaging. */
  WHATSAPP_CLOUD_ACCESS_TOKEN: optionalSecret,
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: optionalString,
  /** Graph API base (tests point it at a loopback fake). */
  WHATSAPP_CLOUD_API_BASE: optionalString,
  /** An approved template sent instead of free text outside the 24-hour customer-service window. */
  WHATSAPP_CLOUD_TEMPLATE_NAME: optionalString,
  WHATSAPP_CLOUD_TEMPLATE_LANG: optionalString,
};

export interface WhatsappCloudConfig {
  verifyToken: string;
  appSecret: string;
  accessToken: string;
  phoneNumberId: string;
  /** Without a trailing slash. */
  apiBase: string;
  template: { name: string; lang: string } | undefined;
}

type Env = { [K in keyof typeof whatsappCloudEnv]: v.InferOutput<(typeof whatsappCloudEnv)[K]> };

const REQUIRED = ['WHATSAPP_CLOUD_VERIFY_TOKEN', 'WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_ACCESS_TOKEN', 'WHATSAPP_CLOUD_PHONE_NUMBER_ID'] as const;

export function whatsappCloudConfig(env: Env, problems: Problems): WhatsappCloudConfig | undefined {
  const present = REQUIRED.filter((k) => env[k] !== undefined);
  if (present.length === 0) {
    if (env.WHATSAPP_CLOUD_TEMPLATE_NAME !== undefined || env.WHATSAPP_CLOUD_API_BASE !== undefined)
      problems.push({ variable: 'WHATSAPP_CLOUD_PHONE_NUMBER_ID', expected: 'the Cloud API settings (verify token, app secret, access token, phone number id) when other WHATSAPP_CLOUD_ settings are given' });
    return undefined;
  }
  let ok = true;
  for (const k of REQUIRED)
    if (env[k] === undefined) {
      ok = false;
      problems.push({ variable: k, expected: 'a value: the WhatsApp Cloud API is half-configured (set all four of verify token, app secret, access token, phone number id, or none)' });
    }
  const phoneNumberId = env.WHATSAPP_CLOUD_PHONE_NUMBER_ID;
  if (phoneNumberId !== undefined && !/^\d{5,20}$/.test(phoneNumberId)) {
    ok = false;
    problems.push({ variable: 'WHATSAPP_CLOUD_PHONE_NUMBER_ID', expected: 'the numeric phone number id from the WhatsApp Manager (not the phone number)' });
  }
  const apiBase = (env.WHATSAPP_CLOUD_API_BASE ?? DEFAULT_GRAPH_API_BASE).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(apiBase)) {
    ok = false;
    problems.push({ variable: 'WHATSAPP_CLOUD_API_BASE', expected: `an absolute URL such as ${DEFAULT_GRAPH_API_BASE}` });
  }
  const name = env.WHATSAPP_CLOUD_TEMPLATE_NAME;
  const lang = env.WHATSAPP_CLOUD_TEMPLATE_LANG ?? 'tr';
  if (name !== undefined && !/^[a-z0-9_]{1,512}$/.test(name)) {
    ok = false;
    problems.push({ variable: 'WHATSAPP_CLOUD_TEMPLATE_NAME', expected: 'a template name as approved in the WhatsApp Manager (lower-case letters, digits, _)' });
  }
  if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(lang)) {
    ok = false;
    problems.push({ variable: 'WHATSAPP_CLOUD_TEMPLATE_LANG', expected: 'a template language code such as tr or en_US' });
  }
  if (!ok) return undefined;
  return {
    verifyToken: env.WHATSAPP_CLOUD_VERIFY_TOKEN!,
    appSecret: env.WHATSAPP_CLOUD_APP_SECRET!,
    accessToken: env.WHATSAPP_CLOUD_ACCESS_TOKEN!,
    phoneNumberId: phoneNumberId!,
    apiBase,
    template: name === undefined ? undefined : { name, lang },
  };
}
