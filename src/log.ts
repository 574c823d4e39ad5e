import { pino, type Logger } from 'pino';

/** JSON logs for machines; readable lines when a person watches a terminal. Secrets are redacted. */
export function createLogger(level: string, pretty = process.stdout.isTTY === true): Logger {
  return pino({
    level,
    base: { service: 'kopru' },
    redact: {
      paths: ['*.password', '*.token', '*.authorization', '*.tckn', '*.dataKey', 'req.headers.authorization', 'req.headers.cookie', 'config.dataKey'],
      censor: '[redacted]',
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } } } : {}),
  });
}
