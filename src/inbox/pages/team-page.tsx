import { CATEGORIES, LANGS } from '../../parser/types.ts';
import type { OperatorProfile } from '../../store/operator-profiles.ts';
import { fill } from '../i18n/index.ts';
import { Layout, Notice, type PageCtx } from './layout.tsx';

export function TeamPage(props: { ctx: PageCtx; profiles: OperatorProfile[]; autoAssign: boolean; queue: { n: number; urgent: number }; flash?: string }) {
  const { t } = props.ctx;
  const o = t.ops.team;
  const csrf = props.ctx.user!.csrf;
  return (
    <Layout ctx={props.ctx} title={o.title} page="team">
      <main id="main" class="wide">
        <h1>{o.title}</h1>
        {props.flash && <Notice kind="ok">{props.flash}</Notice>}
        <section class="card" aria-labelledby="auto-h">
          <h2 id="auto-h">{o.autoAssign}</h2>
          <p id="auto-state" data-auto={props.autoAssign ? 'on' : 'off'}>
            {props.autoAssign ? o.autoOn : o.autoOff}
          </p>
          <form method="post" action="/team/auto-assign" class="inline">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="on" value={props.autoAssign ? '0' : '1'} />
            <button type="submit">{props.autoAssign ? o.turnOff : o.turnOn}</button>
          </form>
          <p id="queue-size">{fill(o.queue, { n: props.queue.n, urgent: props.queue.urgent })}</p>
        </section>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{o.user}</th>
                <th scope="col">{o.presence}</th>
                <th scope="col">{o.load}</th>
                <th scope="col">{o.languages} · {o.categories}</th>
              </tr>
            </thead>
            <tbody>
              {props.profiles.map((p) => (
                <tr data-user={p.username}>
                  <td>
                    {p.displayName ?? p.username} ({t.roles[p.role]})
                  </td>
                  <td>{t.ops.presence[p.presence]}</td>
                  <td>{p.load}</td>
                  <td>
                    <form method="post" action={`/team/${p.userId}/skills`} class="inline">
                      <input type="hidden" name="_csrf" value={csrf} />
                      <fieldset class="checks">
                        <legend class="visually-hidden">
                          {o.languages} ({p.username})
                        </legend>
                        {LANGS.map((l) => (
                          <span class="field check">
                            <input id={`lang-${p.userId}-${l}`} type="checkbox" name="languages[]" value={l} checked={p.languages.includes(l)} />
                            <label for={`lang-${p.userId}-${l}`}>{t.lang[l]}</label>
                          </span>
                        ))}
                      </fieldset>
                      <fieldset class="checks">
                        <legend class="visually-hidden">
                          {o.categories} ({p.username})
                        </legend>
                        {CATEGORIES.map((c) => (
                          <span class="field check">
                            <input id={`cat-${p.userId}-${c}`} type="checkbox" name="categories[]" value={c} checked={p.categories.includes(c)} />
                            <label for={`cat-${p.userId}-${c}`}>{t.category[c]}</label>
                          </span>
                        ))}
                      </fieldset>
                      <button type="submit" class="small">
                        {o.save}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
