import { createHmac, timingSafeEqual } from 'node:crypto';

/** `X-Hub-Signature-256: sha256=<hex>` over the raw body with the app secret (Meta's webhook signature). */
export function signBody(rawBody: Uint8Array, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function verifySignature(rawBody: Uint8Array, header: string | undefined | null, appSecret: string): boolean {
  const m = header?.trim().match(/^sha256=([0-9a-fA-F]{64})$/);
  if (!m) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(Buffer.from(m[1]!, 'hex'), expected);
}

/** The subscription handshake: Meta sends hub.mode=subscribe, our verify token and a challenge to echo. */
export function verifyHandshake(query: { mode?: string; token?: string; challenge?: string }, verifyToken: string): string | null {
  if (query.mode !== 'subscribe' || query.token === undefined || query.challenge === undefined) return null;
  const a = Buffer.from(query.token);
  const b = Buffer.from(verifyToken);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  return query.challenge;
}
