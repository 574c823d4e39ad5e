import type { StoredInbound } from '../../src/intake/process-message.ts';
import { createRoutingHook } from '../../src/routing/router.ts';
import { createTestContext, type TestContext, type TestOptions } from '../harness/test-deps.ts';
import { addTestUser, login, post } from '../inbox/inbox-helpers.ts';

/** A test context whose intake routes new tickets (the hook needs the context's database, so it is bound after). */
export function opsContext(options: TestOptions & { hooks?: Array<(t: TestContext) => (s: StoredInbound, now: number, batch?: object) => void> } = {}): TestContext {
  const bound: Array<(s: StoredInbound, now: number, batch?: object) => void> = [];
  const t = createTestContext({ ...options, afterMessage: [...(options.afterMessage ?? []), (s, now, batch) => bound.forEach((h) => h(s, now, batch))] });
  for (const make of options.hooks ?? [(ctx: TestContext) => createRoutingHook(ctx.deps)]) bound.push(make(t));
  return t;
}

export interface Staff {
  id: number;
  cookie: string;
  csrf: string;
  /** A form POST with this user's session and CSRF token. */
  post(path: string, form?: Record<string, string | string[]>): Promise<Response>;
  get(path: string): Promise<Response>;
}

export async function staff(t: TestContext, username: string, role: 'operator' | 'supervisor' | 'admin' = 'operator'): Promise<Staff> {
  const id = await addTestUser(t, username, role);
  const { cookie, csrf } = await login(t, username);
  return {
    id,
    cookie,
    csrf,
    post: (path, form = {}) => {
      const body = new URLSearchParams({ _csrf: csrf });
      for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
      return Promise.resolve(t.app.request(path, { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: body.toString() }));
    },
    get: (path) => Promise.resolve(t.app.request(path, { headers: { cookie } })),
  };
}

export { post };

export const rows = <T>(t: TestContext, sql: string, ...params: unknown[]) => t.deps.db.$client.prepare(sql).all(...params) as T[];
export const one = <T>(t: TestContext, sql: string, ...params: unknown[]) => t.deps.db.$client.prepare(sql).get(...params) as T | undefined;

export async function until<T>(fn: () => T | undefined | null | false, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
