import type { Context } from 'hono';
import type { Permission } from '../auth/roles.ts';
import type { AppDeps } from '../deps.ts';
import type { SessionUser } from '../store/sessions.ts';
import type { PageCtx } from './pages/layout.tsx';

/** What the inbox's routes.tsx lends the hotline-operations routes: its session/role/CSRF guard and its page renderer. */
export type OpsHandler = (c: Context, session: SessionUser, ctx: PageCtx, body: Record<string, unknown>) => Response | Promise<Response>;

export interface InboxKit {
  deps: AppDeps;
  guarded(permission: Permission, handler: OpsHandler, kind?: 'page' | 'fragment' | 'change'): (c: Context) => Promise<Response>;
  render(c: Context, ctx: PageCtx, node: (ctx: PageCtx) => unknown, status?: 200 | 400 | 401 | 403 | 404 | 429): Promise<Response>;
}

export const formText = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
};

/** Checkbox groups arrive as a string or an array of strings. */
export const formList = (body: Record<string, unknown>, key: string): string[] => {
  const value = body[key] ?? body[`${key}[]`];
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string');
  return typeof value === 'string' ? [value] : [];
};

/** Only paths on this site. */
export const localPath = (s: string | undefined, fallback = '/') => (s && /^\/(?![/\\])[^\s]*$/.test(s) ? s : fallback);

/** Quote always; a leading = + - @ would be a formula in a spreadsheet. */
export const csvCell = (x: unknown) => {
  const s = x === null || x === undefined ? '' : String(x);
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
