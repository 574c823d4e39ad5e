import { Layout, Notice, type PageCtx } from './layout.tsx';

export function LoginPage(props: { ctx: PageCtx; csrf: string; username?: string; error?: string; next?: string }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t.login.title} page="login">
      <main id="main" class="narrow login">
        <h1>{t.login.title}</h1>
        {props.error && <Notice kind="error">{props.error}</Notice>}
        <form method="post" action="/login" class="stack">
          <input type="hidden" name="_csrf" value={props.csrf} />
          {props.next && <input type="hidden" name="next" value={props.next} />}
          <label for="username">{t.login.username}</label>
          <input id="username" name="username" autocomplete="username" required maxlength={64} value={props.username ?? ''} autofocus />
          <label for="password">{t.login.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={200} />
          <button type="submit">{t.login.submit}</button>
        </form>
      </main>
    </Layout>
  );
}
