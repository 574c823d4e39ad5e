import * as v from 'valibot';
import { bool, int, optionalString } from '../../src/env-helpers.ts';

/** Web chat settings. The channel needs no outside account, so it is on unless WEBCHAT_ENABLED=false. */
export const webchatEnv = {
  WEBCHAT_ENABLED: bool(true),
  /** Comma-separated origins allowed to embed the widget (`https://www.example.gov.tr`); empty: same origin only; `*`: any. */
  WEBCHAT_ALLOWED_ORIGINS: optionalString,
  /** The full KVKK notice the short text links to; a built-in page by default. */
  WEBCHAT_KVKK_NOTICE_URL: optionalString,
  /** Shown above the chat: the sign-language video line and its hours; `off` hides it; default from the language files. */
  WEBCHAT_SIGN_LANGUAGE_NOTICE: optionalString,
  WEBCHAT_MAX_CONVERSATIONS_PER_IP: int(6, 1, 1_000_000),
  WEBCHAT_CONVERSATION_WINDOW_HOURS: int(12, 1, 24 * 30),
  WEBCHAT_MESSAGES_PER_MINUTE: int(20, 1, 1_000_000),
  WEBCHAT_MAX_MESSAGE_CHARS: int(2000, 10, 4096),
  /** Live connections one visitor may hold at once (tabs). */
  WEBCHAT_MAX_CONNECTIONS_PER_VISITOR: int(5, 1, 100),
};

export interface WebchatConfig {
  /** Normalised origins (`https://host[:port]`); empty = same origin only. */
  allowedOrigins: string[];
  anyOrigin: boolean;
  kvkkNoticeUrl: string | undefined;
  /** undefined: the language file's text; null: hidden; string: this text in every language. */
  signLanguageNotice: string | null | undefined;
  maxConversationsPerIp: number;
  conversationWindowMs: number;
  messagesPerMinute: number;
  maxMessageChars: number;
  maxConnectionsPerVisitor: number;
}

type Env = { [K in keyof typeof webchatEnv]: v.InferOutput<(typeof webchatEnv)[K]> };

export function webchatConfig(env: Env, problems: { variable: string; expected: string }[]): WebchatConfig | undefined {
  if (!env.WEBCHAT_ENABLED) return undefined;
  const allowed: string[] = [];
  let anyOrigin = false;
  for (const raw of (env.WEBCHAT_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (raw === '*') {
      anyOrigin = true;
      continue;
    }
    const origin = normaliseOrigin(raw);
    if (origin) allowed.push(origin);
    else problems.push({ variable: 'WEBCHAT_ALLOWED_ORIGINS', expected: `origins such as https://www.example.gov.tr separated by commas (not ${JSON.stringify(raw)})` });
  }
  const kvkk = env.WEBCHAT_KVKK_NOTICE_URL;
  if (kvkk !== undefined && !/^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(kvkk))
    problems.push({ variable: 'WEBCHAT_KVKK_NOTICE_URL', expected: 'an absolute URL (https://…) or a path starting with /' });
  const sign = env.WEBCHAT_SIGN_LANGUAGE_NOTICE;
  return {
    allowedOrigins: allowed,
    anyOrigin,
    kvkkNoticeUrl: kvkk,
    signLanguageNotice: sign === undefined ? undefined : sign.toLowerCase() === 'off' ? null : sign,
    maxConversationsPerIp: env.WEBCHAT_MAX_CONVERSATIONS_PER_IP,
    conversationWindowMs: env.WEBCHAT_CONVERSATION_WINDOW_HOURS * 3_600_000,
    messagesPerMinute: env.WEBCHAT_MESSAGES_PER_MINUTE,
    maxMessageChars: env.WEBCHAT_MAX_MESSAGE_CHARS,
    maxConnectionsPerVisitor: env.WEBCHAT_MAX_CONNECTIONS_PER_VISITOR,
  };
}

/** `https://Example.gov.tr:443/x` → `https://example.gov.tr`; null when it is not an http(s) origin. */
export function normaliseOrigin(raw: string): string | null {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.pathname !== '/' || u.search || u.hash || u.username) return null;
    return u.origin;
  } catch {
    return null;
  }
}
