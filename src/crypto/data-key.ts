import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { parseDataKey } from './personal-data.ts';

/**
 * DATA_KEY from the config; in development, without one, a key kept beside the database so that
 * `npm start` works at once. Production refuses to start without DATA_KEY (see config.ts).
 */
export function resolveDataKey(config: Config, log?: Logger): Buffer {
  if (config.dataKey) return parseDataKey(config.dataKey);
  const file = join(dirname(config.databasePath === ':memory:' ? './data/x' : config.databasePath), 'data.key');
  if (existsSync(file)) {
    log?.warn({ file }, 'DATA_KEY not set: using the development key file (set DATA_KEY in production)');
    return parseDataKey(readFileSync(file, 'utf8'));
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
  log?.warn({ file }, 'DATA_KEY not set: generated a development key file (set DATA_KEY in production)');
  return parseDataKey(readFileSync(file, 'utf8'));
}
