import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/auth/password.ts';
import { openDatabase } from '../../src/db/client.ts';
import { findActiveToken } from '../../src/store/api-tokens.ts';
import { findUserByUsername } from '../../src/store/users.ts';

const dir = mkdtempSync(join(tmpdir(), 'kopru-cli-'));
const dbPath = join(dir, 'cli.db');
const bin = resolve(import.meta.dirname, '../../bin/kopru.mjs');

function kopru(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: dbPath, LOG_LEVEL: 'silent', KOPRU_PASSWORD: '', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kopru CLI', () => {
  it('migrate creates the database', () => {
    const r = kopru(['migrate']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('migrations applied');
  });

  it('user add takes the password from KOPRU_PASSWORD or standard input and stores only a scrypt hash', async () => {
    expect(kopru(['user', 'add', 'ayse', '--role', 'supervisor'], { env: { KOPRU_PASSWORD: 'uzun-bir-parola-1' } }).code).toBe(0);
    expect(kopru(['user', 'add', 'mehmet'], { input: 'baska-bir-parola-2\n' }).code).toBe(0);
    const db = openDatabase({ path: dbPath });
    const ayse = findUserByUsername(db, 'ayse')!;
    expect(ayse.role).toBe('supervisor');
    expect(ayse.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('uzun-bir-parola-1', ayse.passwordHash)).toBe(true);
    expect(await verifyPassword('wrong', ayse.passwordHash)).toBe(false);
    expect(findUserByUsername(db, 'mehmet')!.role).toBe('operator');
    db.$client.close();
  });

  it.each([
    [['user', 'add', 'ayse'], 'exists already', 1],
    [['user', 'add', 'x1', '--role', 'root'], '--role must be one of', 2],
    [['user', 'add', 'kisa'], 'at least 10 characters', 2],
    [['user', 'add'], 'needs a username', 2],
    [['token', 'create'], 'needs a name', 2],
    [['frobnicate'], 'unknown command', 2],
  ])('%j fails with %j', (args, message, code) => {
    const r = kopru(args, { input: 'short\n', env: args.includes('ayse') ? { KOPRU_PASSWORD: 'uzun-bir-parola-1' } : {} });
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it('token create prints the token once; revoke disables it', () => {
    const created = kopru(['token', 'create', 'crm']);
    expect(created.code).toBe(0);
    const token = created.out.trim();
    expect(token).toMatch(/^kopru_[\w-]{40,}$/);
    const db = openDatabase({ path: dbPath });
    expect(findActiveToken(db, token)?.name).toBe('crm');
    expect(kopru(['token', 'create', 'crm']).err).toContain('exists already');
    expect(kopru(['token', 'revoke', 'crm']).code).toBe(0);
    expect(findActiveToken(db, token)).toBeNull();
    expect(kopru(['token', 'revoke', 'crm']).code).toBe(1);
    db.$client.close();
  });

  it('reports bad configuration instead of crashing', () => {
    const r = kopru(['migrate'], { env: { THREAD_IDLE_DAYS: 'soon' } });
    expect(r.code).toBe(1);
    expect(r.err).toContain('THREAD_IDLE_DAYS');
  });
});
