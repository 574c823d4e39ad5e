import type { Logger } from 'pino';
import type { Bus } from './bus.ts';
import type { Channel } from './channel.ts';
import type { Config } from './config.ts';
import type { PersonalDataCipher } from './crypto/personal-data.ts';
import type { Db } from './db/client.ts';
import type { Intake } from './intake/create-intake.ts';
import type { OutboxWorker } from './outbox/outbox-worker.ts';

/** What the composition root builds once and hands to the HTTP app and the channels. */
export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  bus: Bus;
  cipher: PersonalDataCipher;
  intake: Intake;
  outbox: OutboxWorker;
  channels: ReadonlyMap<string, Channel>;
  now: () => number;
}
