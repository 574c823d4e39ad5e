import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  path: string;
  synchronous?: 'FULL' | 'NORMAL';
  migrate?: boolean;
}

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

export function openDatabase(options: OpenDatabaseOptions): Db {
  if (options.path !== ':memory:') mkdirSync(dirname(resolve(options.path)), { recursive: true });
  const sqlite = new Database(options.path);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a message acknowledged to its provider survives a power cut, not only a crash.
  sqlite.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's default page cache (2 MB) is far smaller than the ticket and message indexes: every
  // intake write would read index pages back through the kernel. 32 MB keeps the hot pages in memory
  // (bench:intake +30 %) while the process stays well under the inbox's memory budget.
  sqlite.pragma('cache_size = -32768');
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle({ client: sqlite, schema, casing: 'snake_case' }) as Db;
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
