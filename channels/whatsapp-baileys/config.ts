import type * as v from 'valibot';
import { bool, int, optionalString, type Problems } from '../../src/env-helpers.ts';

/** WhatsApp through Baileys (a linked device on the hotline's own number). Opt-in: it needs pairing and is unofficial. */
export const whatsappBaileysEnv = {
  WHATSAPP_BAILEYS_ENABLED: bool(false),
  /** Take messages written in groups the number is in (default: only one-to-one chats). */
  WHATSAPP_BAILEYS_ACCEPT_GROUPS: bool(false),
  /** Replies sent per minute at most; more wait in the outbox (no bulk sending from a linked device). */
  WHATSAPP_BAILEYS_MAX_PER_MINUTE: int(20, 1, 600),
  /** Pair with an 8-character code for this number (international digits, 905321234567) instead of a QR. */
  WHATSAPP_BAILEYS_PAIRING_PHONE: optionalString,
};

export interface WhatsappBaileysConfig {
  acceptGroups: boolean;
  maxPerMinute: number;
  /** Digits only, country code first. */
  pairingPhone: string | undefined;
}

type Env = { [K in keyof typeof whatsappBaileysEnv]: v.InferOutput<(typeof whatsappBaileysEnv)[K]> };

export function whatsappBaileysConfig(env: Env, problems: Problems): WhatsappBaileysConfig | undefined {
  if (!env.WHATSAPP_BAILEYS_ENABLED) return undefined;
  const phone = env.WHATSAPP_BAILEYS_PAIRING_PHONE === undefined ? undefined : pairingDigits(env.WHATSAPP_BAILEYS_PAIRING_PHONE);
  if (phone === null)
    problems.push({ variable: 'WHATSAPP_BAILEYS_PAIRING_PHONE', expected: 'the hotline number with country code, digits only (905321234567)' });
  return { acceptGroups: env.WHATSAPP_BAILEYS_ACCEPT_GROUPS, maxPerMinute: env.WHATSAPP_BAILEYS_MAX_PER_MINUTE, pairingPhone: phone ?? undefined };
}

/** `+90 532 123 45 67` → `905321234567`; null when it cannot be an international number. */
export function pairingDigits(raw: string): string | null {
  const digits = raw.replace(/[\s()+-]/g, '');
  return /^[1-9]\d{7,14}$/.test(digits) ? digits : null;
}
