import { hashPassword } from '../../src/auth/password.ts';
import type { Role } from '../../src/db/schema.ts';
import { addUser } from '../../src/store/users.ts';
import type { TestContext } from '../harness/test-deps.ts';

export const PASSWORD = 'doğru-parola-123';

export async function addTestUser(t: TestContext, username: string, role: Role): Promise<number> {
  return addUser(t.deps.db, { username, role, passwordHash: await hashPassword(PASSWORD) });
}

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`));

/** Logs in through the real form (login CSRF cookie included) and returns the session cookie and CSRF token. */
export async function login(t: TestContext, username: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const form = await t.app.request('/login', { headers });
  const loginCookie = cookieOf(form, 'kopru_login')!;
  const token = (await form.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
  const res = await t.app.request('/login', {
    method: 'POST',
    headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ _csrf: token, username, password }).toString(),
  });
  const session = cookieOf(res, 'kopru_session');
  let csrf = '';
  if (session) {
    const page = await (await t.app.request('/', { headers: { cookie: session } })).text();
    csrf = page.match(/data-csrf="([^"]+)"/)?.[1] ?? '';
  }
  return { res, cookie: session ?? '', csrf };
}

export function post(t: TestContext, path: string, cookie: string, form: Record<string, string>) {
  return t.app.request(path, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}
