import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Outgoing webhook signatures, Stripe-style: `X-Kopru-Signature: t=<unix seconds>,v1=<hex>` where
 * v1 = HMAC-SHA256(secret, "<t>.<raw body>"). A receiver recomputes v1 over the exact bytes it got,
 * compares in constant time, and refuses timestamps outside its tolerance (replays).
 */
export const SIGNATURE_HEADER = 'X-Kopru-Signature';

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${signatureOf(secret, t, body)}`;
}

/** For receivers (and our tests): true when the header signs this body with this secret, within `toleranceSec`. */
export function verifyWebhookSignature(secret: string, header: string | null | undefined, body: string, nowMs: number, toleranceSec = 300): boolean {
  if (!header) return false;
  const parts = new Map<string, string[]>();
  for (const item of header.split(',')) {
    const at = item.indexOf('=');
    if (at < 1) continue;
    const k = item.slice(0, at).trim();
    parts.set(k, [...(parts.get(k) ?? []), item.slice(at + 1).trim()]);
  }
  const t = Number(parts.get('t')?.[0]);
  if (!Number.isInteger(t) || Math.abs(nowMs / 1000 - t) > toleranceSec) return false;
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex');
  // Several v1 values are allowed (secret rotation).
  return (parts.get('v1') ?? []).some((v) => {
    const given = Buffer.from(v, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
