import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { InvalidError, NotFoundError } from '../store/update-ticket.ts';

export interface FieldError {
  field: string;
  message: string;
}

/** An error meant for the client: its status, a stable code and a sentence a person can act on. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const errorBody = (code: string, message: string, details?: FieldError[]) => ({
  error: details ? { code, message, details } : { code, message },
});

/** The one mapping from errors to HTTP: 4xx say what was wrong, 5xx never leak internals. */
export function createErrorHandler(log: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message, err.details), err.status);
    if (err instanceof NotFoundError) return c.json(errorBody('not_found', err.message), 404);
    if (err instanceof InvalidError) return c.json(errorBody('invalid', err.message, [{ field: err.field, message: err.message }]), 400);
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return c.json(errorBody(status === 413 ? 'payload_too_large' : `http_${status}`, err.message || 'request refused'), status);
    }
    log.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json(errorBody('internal', 'internal error; it has been logged'), 500);
  };
}
