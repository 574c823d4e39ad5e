import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { IncomingMessage } from 'node:http';

/**
 * Request bodies, cheaply. Under @hono/node-server a request is a lightweight object over Node's
 * IncomingMessage; touching its `body` (as hono's bodyLimit does on every request) builds a full fetch
 * Request and a web stream, which cost a webhook more than its signature check and half its database
 * work. So the limit is checked on Content-Length alone when there is one (Node then delivers exactly
 * that many bytes), and webhooks read the bytes from Node's stream.
 */

const declaredLength = (c: Context): number | null => {
  if (c.req.header('transfer-encoding') !== undefined) return null;
  const v = c.req.header('content-length');
  return v === undefined ? null : Number.parseInt(v, 10) || 0;
};

/** The body size limit: by Content-Length when given; a chunked body is counted as it streams in. */
export function limitBody(maxSize: number, onError: Parameters<typeof bodyLimit>[0]['onError']): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const length = declaredLength(c);
    if (length !== null) return length > maxSize ? onError!(c) : next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return streamed(c, next);
  };
}

/** The request body's bytes: straight from Node's stream when `limitBody` let it through untouched. */
export async function readBody(c: Context): Promise<Buffer> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || declaredLength(c) === null || incoming.readableEnded) return Buffer.from(await c.req.arrayBuffer());
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
