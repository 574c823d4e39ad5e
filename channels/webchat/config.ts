import * as v from 'valibot';

// Local copies of src/config.ts's helpers: importing them from there would be an import cycle
// (src/config.ts → channels/config.ts → here), and the `const`s would not be initialised yet.
const int = (fallback: number, min: number, max: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.trim(),
    v.regex(/^\d+$/, `a whole number from ${min} to ${max}`),
    v.transform(Number),
    v.minValue(min, `a whole number from ${min} to ${max}`),
    v.maxValue(max, `a whole number from ${min} to ${max}`),
  );
const optionalString = v.pipe(
  v.optional(v.string()),
  v.transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim())),
);
const bool = (fallback: boolean) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.trim(),
    v.toLowerCase(),
    v.picklist(['true', 'false', '1', '0', 'yes', 'no'], 'true or false'),
    v.transform((s) => s === 'true' || s === '1' || s === 'yes'),
  );

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
