import { Layout, type PageCtx } from './layout.tsx';

export interface ChannelRow {
  name: string;
  state: string;
  detail: string | null;
  since: string;
}

export interface WhatsappPairing {
  state: string;
  detail: string;
  /** An SVG document, shown as an image (never inserted as markup). */
  qrSvg: string | null;
  pairingCode: string | null;
  error?: string;
}

const STRINGS = {
  tr: {
    title: 'Kanallar',
    name: 'Kanal',
    state: 'Durum',
    detail: 'Ayrıntı',
    since: 'Şu andan beri',
    none: 'Yapılandırılmış kanal yok.',
    pairing: 'WhatsApp numarasını bağlama (Baileys)',
    pairingOff: 'Baileys kanalı kapalı (WHATSAPP_BAILEYS_ENABLED=true ile açılır).',
    scan: 'Telefonda WhatsApp → Bağlı cihazlar → Cihaz bağla ile bu kodu okutun. Kod 20–60 saniyede bir yenilenir: sayfayı yenileyin.',
    qrAlt: 'WhatsApp eşleştirme QR kodu',
    connected: 'Numara bağlı.',
    code: 'Eşleştirme kodu',
    codeHelp: 'QR okutamıyorsanız: numarayı ülke koduyla yazın, telefonda "Telefon numarasıyla bağla" seçip bu kodu girin.',
    phone: 'Hat numarası (ör. 905321234567)',
    getCode: 'Kod al',
    refresh: 'Yenile',
    risk: 'Baileys resmî olmayan bir bağlantıdır; numara WhatsApp tarafından engellenebilir. Üretimde Cloud API önerilir.',
  },
  en: {
    title: 'Channels',
    name: 'Channel',
    state: 'State',
    detail: 'Detail',
    since: 'Since',
    none: 'No channel is configured.',
    pairing: 'Linking the WhatsApp number (Baileys)',
    pairingOff: 'The Baileys channel is off (WHATSAPP_BAILEYS_ENABLED=true turns it on).',
    scan: 'On the phone: WhatsApp → Linked devices → Link a device, and scan this code. It changes every 20–60 s: refresh the page.',
    qrAlt: 'WhatsApp pairing QR code',
    connected: 'The number is linked.',
    code: 'Pairing code',
    codeHelp: 'If the QR cannot be scanned: enter the number with its country code, choose "Link with phone number" on the phone and type this code.',
    phone: 'Hotline number (e.g. 905321234567)',
    getCode: 'Get a code',
    refresh: 'Refresh',
    risk: 'Baileys is unofficial; WhatsApp may ban the number. Use the Cloud API in production.',
  },
} as const;

export function ChannelsPage(props: { ctx: PageCtx; channels: ChannelRow[]; whatsapp: WhatsappPairing | null }) {
  const s = STRINGS[props.ctx.locale === 'en' ? 'en' : 'tr'];
  const wa = props.whatsapp;
  return (
    <Layout ctx={props.ctx} title={s.title} page="channels">
      <main id="main" class="wide">
        <h1>{s.title}</h1>
        {props.channels.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                <th scope="col">{s.state}</th>
                <th scope="col">{s.detail}</th>
                <th scope="col">{s.since}</th>
              </tr>
            </thead>
            <tbody>
              {props.channels.map((ch) => (
                <tr>
                  <td>{ch.name}</td>
                  <td>{ch.state}</td>
                  <td>{ch.detail ?? ''}</td>
                  <td>{ch.since}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{s.pairing}</h2>
        {!wa ? (
          <p>{s.pairingOff}</p>
        ) : (
          <section aria-live="polite">
            <p>{s.risk}</p>
            <p>
              {s.state}: <strong>{wa.state}</strong> {wa.detail ? `— ${wa.detail}` : ''}
            </p>
            {wa.error && <p role="alert">{wa.error}</p>}
            {wa.state === 'up' ? (
              <p>{s.connected}</p>
            ) : (
              <>
                {wa.qrSvg && (
                  <>
                    <p>{s.scan}</p>
                    <img src={`data:image/svg+xml;base64,${Buffer.from(wa.qrSvg).toString('base64')}`} alt={s.qrAlt} width={264} height={264} />
                  </>
                )}
                {wa.pairingCode && (
                  <p>
                    {s.code}: <strong class="pairing-code">{wa.pairingCode}</strong>
                  </p>
                )}
                <p>{s.codeHelp}</p>
                <form method="post" action="/admin/channels/whatsapp/pairing-code" class="stack">
                  <input type="hidden" name="_csrf" value={props.ctx.user!.csrf} />
                  <label for="wa-phone">{s.phone}</label>
                  <input id="wa-phone" name="phone" inputmode="tel" autocomplete="off" required maxlength={24} />
                  <button type="submit">{s.getCode}</button>
                </form>
              </>
            )}
            <p>
              <a href="/admin/channels">{s.refresh}</a>
            </p>
          </section>
        )}
      </main>
    </Layout>
  );
}
