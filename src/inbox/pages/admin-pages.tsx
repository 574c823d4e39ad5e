import { ROLES } from '../../db/schema.ts';
import { LANGS } from '../../parser/types.ts';
import type { CannedReply } from '../../store/canned-replies.ts';
import type { UserRow } from '../../store/user-admin.ts';
import { Layout, Notice, type PageCtx } from './layout.tsx';

export function UsersPage(props: { ctx: PageCtx; users: UserRow[]; flash?: { kind: 'ok' | 'error'; text: string } }) {
  const { t } = props.ctx;
  const csrf = props.ctx.user!.csrf;
  return (
    <Layout ctx={props.ctx} title={t.users.title} page="users">
      <main id="main" class="wide">
        <h1>{t.users.title}</h1>
        {props.flash && <Notice kind={props.flash.kind}>{props.flash.text}</Notice>}
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.users.username}</th>
                <th scope="col">{t.users.displayName}</th>
                <th scope="col">{t.users.role}</th>
                <th scope="col">{t.users.active}</th>
                <th scope="col">{t.users.save}</th>
              </tr>
            </thead>
            <tbody>
              {props.users.map((u) => (
                <tr>
                  <td>{u.username}</td>
                  <td>{u.displayName ?? ''}</td>
                  <td colspan={3}>
                    <form method="post" action={`/admin/users/${u.id}`} class="inline">
                      <input type="hidden" name="_csrf" value={csrf} />
                      <label for={`role-${u.id}`} class="visually-hidden">
                        {t.users.role}
                      </label>
                      <select id={`role-${u.id}`} name="role">
                        {ROLES.map((r) => (
                          <option value={r} selected={r === u.role}>
                            {t.roles[r]}
                          </option>
                        ))}
                      </select>
                      <label for={`active-${u.id}`} class="visually-hidden">
                        {t.users.active}
                      </label>
                      <select id={`active-${u.id}`} name="active">
                        <option value="1" selected={u.active}>
                          {t.users.active}
                        </option>
                        <option value="0" selected={!u.active}>
                          {t.users.inactive}
                        </option>
                      </select>
                      <label for={`pw-${u.id}`} class="visually-hidden">
                        {t.users.newPassword}
                      </label>
                      <input id={`pw-${u.id}`} name="password" type="password" autocomplete="new-password" placeholder={t.users.newPassword} minlength={10} maxlength={200} />
                      <button type="submit">{t.users.save}</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>{t.users.add}</h2>
        <form method="post" action="/admin/users" class="grid">
          <input type="hidden" name="_csrf" value={csrf} />
          <div class="field">
            <label for="n-username">{t.users.username}</label>
            <input id="n-username" name="username" required minlength={2} maxlength={64} />
          </div>
          <div class="field">
            <label for="n-display">{t.users.displayName}</label>
            <input id="n-display" name="displayName" maxlength={100} />
          </div>
          <div class="field">
            <label for="n-role">{t.users.role}</label>
            <select id="n-role" name="role">
              {ROLES.map((r) => (
                <option value={r}>{t.roles[r]}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="n-password">{t.users.password}</label>
            <input id="n-password" name="password" type="password" autocomplete="new-password" required minlength={10} maxlength={200} />
          </div>
          <div class="actions">
            <button type="submit">{t.users.add}</button>
          </div>
        </form>
      </main>
    </Layout>
  );
}

export function CannedPage(props: { ctx: PageCtx; replies: CannedReply[] }) {
  const { t } = props.ctx;
  const csrf = props.ctx.user!.csrf;
  return (
    <Layout ctx={props.ctx} title={t.canned.title} page="canned">
      <main id="main" class="wide">
        <h1>{t.canned.title}</h1>
        {props.replies.length === 0 ? (
          <p>{t.canned.empty}</p>
        ) : (
          <ul class="canned">
            {props.replies.map((r) => (
              <li>
                <strong>{r.title}</strong> ({r.lang})<p>{r.body}</p>
                <form method="post" action={`/admin/canned/${r.id}/delete`} class="inline">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <button type="submit">{t.canned.remove}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <h2>{t.canned.add}</h2>
        <form method="post" action="/admin/canned" class="stack">
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="c-title">{t.canned.titleField}</label>
          <input id="c-title" name="title" required maxlength={100} />
          <label for="c-body">{t.canned.body}</label>
          <textarea id="c-body" name="body" required maxlength={2000} rows={4}></textarea>
          <label for="c-lang">{t.canned.lang}</label>
          <select id="c-lang" name="lang">
            {LANGS.map((l) => (
              <option value={l}>{t.lang[l]}</option>
            ))}
          </select>
          <button type="submit">{t.canned.add}</button>
        </form>
      </main>
    </Layout>
  );
}
