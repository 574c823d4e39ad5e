import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppDeps } from '../../deps.ts';
import type { AuthEnv } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { readJson } from '../validate.ts';

/** What the Baileys channel offers for pairing (duck-typed: the HTTP layer does not load Baileys). */
export interface Pairable {
  pairing(): { state: string; detail: string; since: Date; qr: string | null; pairingCode: string | null };
  requestPairingCode(phone: string): Promise<string>;
}

export const isPairable = (x: unknown): x is Pairable =>
  typeof (x as Pairable | undefined)?.pairing === 'function' && typeof (x as Pairable | undefined)?.requestPairingCode === 'function';

const codeBody = v.strictObject({
  phone: v.pipe(v.string('phone must be a string'), v.trim(), v.regex(/^\+?[\d\s()-]{8,24}$/, 'the hotline number with its country code, e.g. 905321234567')),
});

export const PAIRING_ERRORS: Record<string, 400 | 409 | 503> = { invalid_phone: 400, already_paired: 409, not_running: 409, no_socket: 503 };

/**
 * Linking the hotline's WhatsApp number (Baileys): the QR to scan, or a pairing code. Whoever scans
 * the QR takes over the number's chats, so this is for admins only.
 */
export function whatsappPairingRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const channel = (): Pairable => {
    const ch = deps.channels.get('whatsapp');
    if (!isPairable(ch)) throw new HttpError(404, 'not_configured', 'WhatsApp (Baileys) is not enabled: set WHATSAPP_BAILEYS_ENABLED=true');
    return ch;
  };
  const adminOnly = (role: string) => {
    if (role !== 'admin') throw new HttpError(403, 'forbidden', 'only an admin may pair the WhatsApp number');
  };

  app.get('/channels/whatsapp/pairing', async (c) => {
    adminOnly(c.get('actor').role);
    const info = channel().pairing();
    c.header('Cache-Control', 'no-store');
    return c.json({
      state: info.state,
      detail: info.detail,
      since: info.since.toISOString(),
      qr: info.qr ? await qrSvg(info.qr) : null,
      pairingCode: info.pairingCode,
    });
  });

  app.post('/channels/whatsapp/pairing-code', async (c) => {
    adminOnly(c.get('actor').role);
    const { phone } = await readJson(c, codeBody);
    const ch = channel();
    try {
      const code = await ch.requestPairingCode(phone);
      c.header('Cache-Control', 'no-store');
      return c.json({ pairingCode: code });
    } catch (err) {
      const code = (err as { name?: string; code?: string }).name === 'PairingError' ? (err as { code: string }).code : undefined;
      if (code && PAIRING_ERRORS[code]) throw new HttpError(PAIRING_ERRORS[code], code, (err as Error).message);
      throw new HttpError(502, 'whatsapp_refused', 'WhatsApp did not give a pairing code; try again');
    }
  });
  return app;
}

/** qrcode is loaded on first use: most gateways never pair from this page. */
export async function qrSvg(payload: string): Promise<string> {
  const QRCode = (await import('qrcode')).default;
  return QRCode.toString(payload, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
