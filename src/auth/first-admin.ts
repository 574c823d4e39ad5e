import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { addUser } from '../store/users.ts';
import { hashPassword } from './password.ts';

/**
 * In development only, a database with no users gets an `admin` with a random password, printed once,
 * so the inbox works right after `npm start`. Production never does this: `kopru user add` there.
 */
export async function ensureFirstAdmin(db: Db, config: Config, log: Logger): Promise<void> {
  if (config.env !== 'development') return;
  const { n } = db.$client.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
  if (n > 0) return;
  const password = randomBytes(12).toString('base64url');
  addUser(db, { username: 'admin', passwordHash: await hashPassword(password), role: 'admin' }, 'system:first-start');
  // Printed on stderr rather than logged, so log shipping never carries it.
  process.stderr.write(
    `\n  First start: inbox user "admin" created with password: ${password}\n` +
      `  Log in at http://localhost:${config.port}/login and change it (or add users with: npx kopru user add <name> --role admin).\n\n`,
  );
  log.warn('development: created the first admin user (password printed on the terminal once)');
}
