import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kopru-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });

describe('npm start', () => {
  // Generous bounds: a cold start compiles every module through tsx, slow on a busy 2-core machine.
  it('starts on a fresh folder (database and dev key created), answers /healthz, and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const dbPath = join(dir, 'data', 'kopru.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: dbPath, LOG_LEVEL: 'info', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    try {
      let health: Response | undefined;
      for (let i = 0; i < 600 && !health; i++) {
        await new Promise((r) => setTimeout(r, 100));
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      }
      expect(health?.status, output).toBe(200);
      expect(await health!.json()).toMatchObject({ status: 'ok' });
      expect(existsSync(dbPath)).toBe(true);
      expect(existsSync(join(dir, 'data', 'data.key'))).toBe(true);
      expect(output).toContain('generated a development key file');
      expect((await fetch(`http://127.0.0.1:${port}/api/tickets`)).status).toBe(401);
      // The inbox works at once: a first admin with a password printed once on the terminal.
      const password = output.match(/user "admin" created with password: (\S+)/)?.[1];
      expect(password, output).toBeTruthy();
      const form = await fetch(`http://127.0.0.1:${port}/login`);
      expect(form.status).toBe(200);
      const loginCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
      const login = await fetch(`http://127.0.0.1:${port}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded', origin: `http://127.0.0.1:${port}` },
        body: new URLSearchParams({ _csrf: csrf, username: 'admin', password: password! }).toString(),
      });
      expect(login.status).toBe(303);
      expect((await fetch(`http://127.0.0.1:${port}/webchat`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('stopped');
  });

  it('refuses to start with bad configuration and says why', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '99999', NODE_ENV: 'production', DATA_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(code).toBe(78);
    expect(err).toContain('PORT');
    expect(err).toContain('DATA_KEY');
  });
});
