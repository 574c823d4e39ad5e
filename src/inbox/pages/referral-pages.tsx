import { AME_SUBJECTS } from '../../db/schema.ts';
import type { AmeContact } from '../../store/ame-directory.ts';
import type { Referral } from '../../store/referrals.ts';
import type { Dictionary, Locale } from '../i18n/index.ts';
import { fill } from '../i18n/index.ts';
import { formatTime } from './format.ts';
import { Layout, Notice, type PageCtx } from './layout.tsx';

const at = (ms: number, locale: Locale) => <time datetime={new Date(ms).toISOString()}>{formatTime(new Date(ms).toISOString(), locale)}</time>;

export function referralState(r: Referral): 'actioned' | 'overdue' | 'pending' {
  return r.actionedAt !== null ? 'actioned' : r.overdueAt !== null ? 'overdue' : 'pending';
}

function StateBadge(props: { r: Referral; t: Dictionary }) {
  const s = referralState(props.r);
  const o = props.t.ops.referrals;
  return <strong class={`badge ${s === 'overdue' ? 'badge-overdue' : 'badge-referred'}`}>{s === 'overdue' ? o.overdue : s === 'actioned' ? o.actioned : o.pending}</strong>;
}

/** On the ticket: its referrals and the "Yönlendir" form (directory entry suggested by province and category). */
export function ReferralCard(props: { ctx: PageCtx; ticketId: number; referrals: Referral[]; contacts: AmeContact[]; suggestedId: number | null; canRefer: boolean; closed: boolean }) {
  const { t, locale } = props.ctx;
  const o = t.ops.refer;
  return (
    <section class="card" aria-labelledby="refer-h" id="referral-card">
      <h2 id="refer-h">{o.title}</h2>
      {props.referrals.length > 0 && (
        <ul class="referrals">
          {props.referrals.map((r) => (
            <li data-referral={r.id} data-state={referralState(r)}>
              <StateBadge r={r} t={t} /> {r.responderName}
              {r.responderTitle ? ` (${r.responderTitle})` : ''} · {r.province} / {t.ops.subjects[r.subject] ?? r.subject} · {t.ops.referrals.deadline}: {at(r.deadlineAt, locale)}
              {r.smsState && <span class="hint"> · SMS: {r.smsState}</span>}
            </li>
          ))}
        </ul>
      )}
      {props.canRefer && !props.closed && (
        props.contacts.length === 0 ? (
          <p>{o.none}</p>
        ) : (
          <form method="post" action={`/tickets/${props.ticketId}/refer`} class="inline" id="refer-form">
            <input type="hidden" name="_csrf" value={props.ctx.user!.csrf} />
            <label for="refer-contact">{o.contact}</label>
            <select id="refer-contact" name="contact">
              {props.suggestedId === null && <option value="">—</option>}
              {props.contacts.map((c) => (
                <option value={String(c.id)} selected={c.id === props.suggestedId}>
                  {c.province} / {t.ops.subjects[c.subject] ?? c.subject} — {c.name}
                  {c.id === props.suggestedId ? ` (${o.suggested})` : ''}
                </option>
              ))}
            </select>
            <button type="submit" id="refer-button">
              {o.action}
            </button>
          </form>
        )
      )}
    </section>
  );
}

export function ReferralsPage(props: { ctx: PageCtx; referrals: Referral[] }) {
  const { t, locale } = props.ctx;
  const o = t.ops.referrals;
  return (
    <Layout ctx={props.ctx} title={o.title} page="referrals">
      <main id="main" class="wide">
        <h1>{o.title}</h1>
        {props.referrals.length === 0 ? (
          <p>{o.empty}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{o.ticket}</th>
                  <th scope="col">{o.to}</th>
                  <th scope="col">{o.created}</th>
                  <th scope="col">{o.deadline}</th>
                  <th scope="col">{o.state}</th>
                </tr>
              </thead>
              <tbody>
                {props.referrals.map((r) => (
                  <tr data-referral={r.id} data-state={referralState(r)}>
                    <td>
                      <a href={`/tickets/${r.ticketId}`}>{r.ticketNumber}</a>
                    </td>
                    <td>
                      {r.responderName} · {r.province} / {t.ops.subjects[r.subject] ?? r.subject}
                    </td>
                    <td>{at(r.createdAt, locale)}</td>
                    <td>{at(r.deadlineAt, locale)}</td>
                    <td>
                      <StateBadge r={r} t={t} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </Layout>
  );
}

export function AmeDirectoryPage(props: { ctx: PageCtx; contacts: AmeContact[]; flash?: { kind: 'ok' | 'error'; text: string } }) {
  const { t } = props.ctx;
  const o = t.ops.ame;
  const csrf = props.ctx.user!.csrf;
  return (
    <Layout ctx={props.ctx} title={o.title} page="ame">
      <main id="main" class="wide">
        <h1>{o.title}</h1>
        {props.flash && <Notice kind={props.flash.kind}>{props.flash.text}</Notice>}
        <p>
          <a href="/admin/ame.csv">{o.export}</a>
        </p>
        {props.contacts.length === 0 ? (
          <p>{o.empty}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{o.province}</th>
                  <th scope="col">{o.subject}</th>
                  <th scope="col">{o.name}</th>
                  <th scope="col">{o.titleField}</th>
                  <th scope="col">{o.mobile}</th>
                  <th scope="col">{o.email}</th>
                  <th scope="col">{o.remove}</th>
                </tr>
              </thead>
              <tbody>
                {props.contacts.map((c) => (
                  <tr data-ame={`${c.province}/${c.subject}`}>
                    <td>{c.province}</td>
                    <td>{t.ops.subjects[c.subject] ?? c.subject}</td>
                    <td>{c.name}</td>
                    <td>{c.title ?? ''}</td>
                    <td>{c.mobile}</td>
                    <td>{c.email ?? ''}</td>
                    <td>
                      <form method="post" action={`/admin/ame/${c.id}/delete`} class="inline">
                        <input type="hidden" name="_csrf" value={csrf} />
                        <button type="submit" class="small" aria-label={`${o.remove}: ${c.province} / ${c.subject}`}>
                          {o.remove}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h2>{o.add}</h2>
        <form method="post" action="/admin/ame" class="grid">
          <input type="hidden" name="_csrf" value={csrf} />
          <div class="field">
            <label for="ame-province">{o.province}</label>
            <input id="ame-province" name="province" required minlength={2} maxlength={40} />
          </div>
          <div class="field">
            <label for="ame-subject">{o.subject}</label>
            <select id="ame-subject" name="subject">
              {AME_SUBJECTS.map((s) => (
                <option value={s}>{t.ops.subjects[s]}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="ame-name">{o.name}</label>
            <input id="ame-name" name="name" required minlength={2} maxlength={100} />
          </div>
          <div class="field">
            <label for="ame-title">{o.titleField}</label>
            <input id="ame-title" name="title" maxlength={100} />
          </div>
          <div class="field">
            <label for="ame-mobile">{o.mobile}</label>
            <input id="ame-mobile" name="mobile" type="tel" required maxlength={20} />
          </div>
          <div class="field">
            <label for="ame-email">{o.email}</label>
            <input id="ame-email" name="email" type="email" maxlength={200} />
          </div>
          <div class="actions">
            <button type="submit">{o.save}</button>
          </div>
        </form>
        <h2>{o.import}</h2>
        <p class="hint">{o.importHint}</p>
        <form method="post" action="/admin/ame/import" enctype="multipart/form-data" class="inline">
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="ame-file">{o.import}</label>
          <input id="ame-file" name="file" type="file" accept=".csv,text/csv" required />
          <button type="submit">{o.importButton}</button>
        </form>
      </main>
    </Layout>
  );
}

export { fill };
