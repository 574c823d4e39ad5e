import { hashPassword } from '../auth/password.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { ROLES, type Role } from '../db/schema.ts';
import { createApiToken, revokeApiToken } from '../store/api-tokens.ts';
import { addUser } from '../store/users.ts';

const USAGE = `usage: kopru <command>
  migrate                                      apply database migrations
  user add <username> --role operator|supervisor|admin
                                               password from KOPRU_PASSWORD or standard input
  token create <name>                          print a new API token (shown once)
  token revoke <name>                          revoke an API token
  parse                                        JSON Lines {"id","text"} in → parsed fields out
`;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

/** The admin commands all open the database named by the same config as `npm start`. */
export async function runAdminCommand(command: string | undefined, args: string[]): Promise<number> {
  try {
    if (!command || command === 'help' || command === '--help') {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    const config = loadConfig();
    const db = openDatabase({ path: config.databasePath, synchronous: config.sqliteSynchronous });
    try {
      switch (`${command} ${args[0] ?? ''}`.trim()) {
        case 'migrate':
          process.stdout.write(`migrations applied to ${config.databasePath}\n`);
          return 0;
        case 'user add': {
          const username = args[1];
          if (!username || username.startsWith('--')) throw new UsageError('user add needs a username');
          if (!/^[\p{L}\p{N}._-]{2,64}$/u.test(username)) throw new UsageError('a username is 2–64 letters, digits, dots, dashes or underscores');
          const role = option(args, '--role') ?? 'operator';
          if (!ROLES.includes(role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
          const password = process.env.KOPRU_PASSWORD || (await readStdin());
          if (password.length < 10) throw new UsageError('the password must be at least 10 characters');
          const id = addUser(db, { username, passwordHash: await hashPassword(password), role: role as Role }, 'cli');
          process.stdout.write(`user ${username} (${role}) added with id ${id}\n`);
          return 0;
        }
        case 'token create': {
          const name = args[1];
          if (!name) throw new UsageError('token create needs a name');
          process.stdout.write(`${createApiToken(db, name, 'cli')}\n`);
          process.stderr.write(`token ${name} created: keep it now, it is not shown again\n`);
          return 0;
        }
        case 'token revoke': {
          const name = args[1];
          if (!name) throw new UsageError('token revoke needs a name');
          if (!revokeApiToken(db, name, 'cli')) {
            process.stderr.write(`kopru: no active token named ${name}\n`);
            return 1;
          }
          process.stdout.write(`token ${name} revoked\n`);
          return 0;
        }
        default:
          throw new UsageError(`unknown command: ${[command, ...args].join(' ')}`);
      }
    } finally {
      db.$client.close();
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`kopru: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
