import type { Context } from 'hono';
import type { Hono } from 'hono';
import { isPairable, PAIRING_ERRORS, qrSvg } from '../http/routes/whatsapp-pairing.ts';
import { appendEvent } from '../store/append-event.ts';
import { formText, type InboxKit } from './ops-kit.ts';
import { ChannelsPage, type WhatsappPairing } from './pages/channels-page.tsx';
import type { PageCtx } from './pages/layout.tsx';

/** Admins see every channel's health and link the hotline's WhatsApp number (Baileys) here. */
export function channelRoutes(app: Hono, kit: InboxKit) {
  const { deps, guarded, render } = kit;

  const page = async (c: Context, ctx: PageCtx, extra: { pairingCode?: string; error?: string } = {}, status: 200 | 400 = 200) => {
    const channels = [...deps.channels.values()].map((ch) => {
      const h = ch.health();
      return { name: ch.name, state: h.state, detail: h.detail ?? null, since: h.since.toISOString() };
    });
    const wa = deps.channels.get('whatsapp');
    let whatsapp: WhatsappPairing | null = null;
    if (isPairable(wa)) {
      const info = wa.pairing();
      whatsapp = {
        state: info.state,
        detail: info.detail,
        qrSvg: info.qr ? await qrSvg(info.qr) : null,
        pairingCode: extra.pairingCode ?? info.pairingCode,
        error: extra.error,
      };
    }
    c.header('Cache-Control', 'no-store');
    return render(c, ctx, (x) => <ChannelsPage ctx={x} channels={channels} whatsapp={whatsapp} />, status);
  };

  app.get('/admin/channels', guarded('admin_channels', (c, _s, ctx) => page(c, ctx)));

  app.post(
    '/admin/channels/whatsapp/pairing-code',
    guarded(
      'admin_channels',
      async (c, session, ctx, body) => {
        const wa = deps.channels.get('whatsapp');
        const phone = (formText(body, 'phone') ?? '').trim();
        if (!isPairable(wa)) return page(c, ctx, { error: 'WhatsApp (Baileys) is not enabled' }, 400);
        if (!/^\+?[\d\s()-]{8,24}$/.test(phone)) return page(c, ctx, { error: 'the hotline number with its country code, e.g. 905321234567' }, 400);
        try {
          const pairingCode = await wa.requestPairingCode(phone);
          appendEvent(deps.db, { actor: `user:${session.userId}`, type: 'whatsapp.pairing_code_requested', at: deps.now() });
          return page(c, ctx, { pairingCode });
        } catch (err) {
          const code = (err as { code?: string }).code;
          const known = code && PAIRING_ERRORS[code] ? (err as Error).message : 'WhatsApp did not give a pairing code; try again';
          return page(c, ctx, { error: known }, 400);
        }
      },
      'change',
    ),
  );
}
