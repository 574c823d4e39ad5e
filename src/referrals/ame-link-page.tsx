import type { Child } from 'hono/jsx';
import { formatTime } from '../inbox/pages/format.ts';

/** The AME responder's page, reached from the SMS: Turkish, phone-sized, no account, no script. */

const CATEGORY: Record<string, string> = { kadin: 'Kadın', cocuk: 'Çocuk', yasli: 'Yaşlı', engelli: 'Engelli', sehit_gazi: 'Şehit yakını / gazi', genel: 'Genel' };

function Shell(props: { title: string; css: string; children?: Child }) {
  return (
    <html lang="tr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} · Alo 183 AME`}</title>
        <link rel="stylesheet" href={props.css} />
      </head>
      <body>
        <main id="main" class="narrow ame">
          {props.children}
        </main>
      </body>
    </html>
  );
}

export interface AmeCase {
  number: string;
  category: string | null;
  province: string | null;
  urgent: boolean;
  createdAt: number;
  requests: Array<{ text: string; at: number }>;
  actions: Array<{ body: string; created_at: number }>;
}

export function AmeLinkPage(props: {
  css: string;
  view: AmeCase;
  responder: string;
  referredAt: number;
  deadlineAt: number;
  linkExpiresAt: number;
  csrf: string;
  action: string;
  done?: boolean;
  error?: string;
}) {
  const v = props.view;
  const when = (ms: number) => formatTime(new Date(ms).toISOString(), 'tr');
  return (
    <Shell title={v.number} css={props.css}>
      <h1>
        {v.urgent && (
          <strong class="badge badge-urgent">
            <span aria-hidden="true">⚠ </span>ACİL
          </strong>
        )}{' '}
        Vaka {v.number}
      </h1>
      <p>Sayın {props.responder}, bu vaka Alo 183 tarafından ilinizin Acil Müdahale Ekibine yönlendirildi. Yapılan işlemleri aşağıya kaydedin.</p>
      {props.done && (
        <p class="notice notice-ok" role="status">
          Kaydınız alındı ve vaka dosyasına eklendi. Teşekkür ederiz.
        </p>
      )}
      {props.error && (
        <p class="notice notice-error" role="alert">
          {props.error}
        </p>
      )}
      <section class="card" aria-labelledby="case-h">
        <h2 id="case-h">Vaka bilgileri</h2>
        <dl class="fields">
          <dt>Vaka no</dt>
          <dd>{v.number}</dd>
          <dt>Konu</dt>
          <dd>{v.category ? (CATEGORY[v.category] ?? v.category) : '—'}</dd>
          <dt>İl</dt>
          <dd>{v.province ?? '—'}</dd>
          <dt>Aciliyet</dt>
          <dd>{v.urgent ? 'Acil' : 'Normal'}</dd>
          <dt>Yönlendirme</dt>
          <dd>
            <time datetime={new Date(props.referredAt).toISOString()}>{when(props.referredAt)}</time>
          </dd>
          <dt>Son kayıt zamanı</dt>
          <dd>
            <time id="deadline" datetime={new Date(props.deadlineAt).toISOString()}>
              {when(props.deadlineAt)}
            </time>
          </dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="req-h">
        <h2 id="req-h">Talep</h2>
        <ul class="ame-requests">
          {v.requests.map((r) => (
            <li>
              <p class="body">{r.text}</p>
            </li>
          ))}
        </ul>
        <p class="hint">Kimlik numarası ve telefon bu sayfada gösterilmez. İletişim bilgisi için vaka numarasıyla Alo 183’ü arayın.</p>
      </section>
      {v.actions.length > 0 && (
        <section class="card" aria-labelledby="done-h">
          <h2 id="done-h">Kaydedilen işlemler</h2>
          <ul id="ame-actions">
            {v.actions.map((a) => (
              <li>
                <time datetime={new Date(a.created_at).toISOString()}>{when(a.created_at)}</time>: {a.body}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="card" aria-labelledby="rec-h">
        <h2 id="rec-h">Yapılan işlemi kaydet</h2>
        <form method="post" action={props.action} class="stack">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <label for="ame-text">Ne yapıldı? (ziyaret, koruma kararı, sığınma evi, kolluk bildirimi…)</label>
          <textarea id="ame-text" name="text" rows={5} maxlength={2000} required></textarea>
          <button type="submit">Kaydet</button>
        </form>
        <p class="hint">
          Bu bağlantı <time datetime={new Date(props.linkExpiresAt).toISOString()}>{when(props.linkExpiresAt)}</time> tarihine kadar geçerlidir; başkasıyla paylaşmayın.
        </p>
      </section>
    </Shell>
  );
}

export function AmeLinkGone(props: { css: string; title: string; message: string }) {
  return (
    <Shell title={props.title} css={props.css}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
    </Shell>
  );
}
