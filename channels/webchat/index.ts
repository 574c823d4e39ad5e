import type { Server } from 'node:http';
import { clientIp as clientIpOf } from '../../src/http/client-ip.ts';
import { createNodeWebSocket } from '@hono/node-ws';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import type { Logger } from 'pino';
import * as v from 'valibot';
import type { Bus } from '../../src/bus.ts';
import type { Channel, ChannelContext, ChannelHealth, OutboundMessage, SendResult } from '../../src/channel.ts';
import type { Db } from '../../src/db/client.ts';
import { createWebchatHistory } from '../../src/store/webchat-history.ts';
import { buildClientBundle, type ClientBundle } from './bundle.ts';
import type { WebchatConfig } from './config.ts';
import { createHub, toFrame, type Connection } from './hub.ts';
import { isLang, langFromAcceptLanguage, STRINGS, type WebchatLang } from './i18n/index.ts';
import { createWindowLimiter } from './limits.ts';
import { originAllowed } from './origin.ts';
import { chatPage, kvkkPage } from './page.ts';
import { parseClientFrame, toInboundMessage, visitorAddress, WEBCHAT, type ParsedFrame } from './parse.ts';
import type { ClientFrame, ErrorCode, ServerFrame } from './protocol.ts';
import { TOKEN_PATTERN } from './protocol.ts';
import { sendToVisitor } from './send.ts';

export interface WebchatChannelOptions {
  config: WebchatConfig;
  db: Db;
  log: Logger;
  now: () => number;
  /** PUBLIC_URL: its origin counts as the same origin behind a proxy. */
  publicUrl?: string;
  /** TRUST_PROXY: take the visitor's IP from X-Forwarded-For. */
  trustProxy?: boolean;
  /**
   * Live events: a reply is shown to a connected visitor as soon as it is committed, without
   * waiting for the outbox worker (which still sends it and marks it sent).
   */
  bus?: Bus;
}

export type WebchatChannel = Channel & {
  attach(server: Server): void;
  /** Live connections (for health and the benchmark). */
  readonly connections: number;
};

const HTTP_STATUS: Record<ErrorCode, 400 | 403 | 409 | 429 | 503> = {
  invalid_frame: 400,
  empty: 400,
  too_long: 400,
  not_ready: 409,
  rate_limited: 429,
  conversation_limit: 429,
  too_many_connections: 429,
  unavailable: 503,
};
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const HELLO_TIMEOUT_MS = 30_000;
const KEEPALIVE_MS = 30_000;
const MAX_BAD_FRAMES = 20;

/**
 * The web chat: a widget and a standalone page served from here, a WebSocket with an SSE + POST
 * fallback, the visitor known by a random token kept in their browser. Always on: it needs no
 * outside account, so a newcomer can try the whole flow right after `npm start`.
 */
export function createWebchatChannel(options: WebchatChannelOptions): WebchatChannel {
  const { config, log, now } = options;
  const history = createWebchatHistory(options.db, WEBCHAT);
  const hub = createHub(history, log);
  const perVisitor = createWindowLimiter(config.messagesPerMinute, 60_000, now);
  const perIp = createWindowLimiter(config.maxConversationsPerIp, config.conversationWindowMs, now);
  const limits = { maxMessageChars: config.maxMessageChars };
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  // A frame is at most the text (4 bytes a character in UTF-8, 6 when JSON-escaped) plus its envelope.
  const maxFrameBytes = config.maxMessageChars * 6 + 2048;
  let ctx: ChannelContext | null = null;
  let bundle: Promise<ClientBundle> | null = null;
  let injectWebSocket: ((server: Server) => void) | null = null;
  const sockets = new Set<{ alive: boolean; ping(): void; terminate(): void }>();
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = () => {};
  const since = new Date(now());

  const getBundle = () =>
    (bundle ??= buildClientBundle({
      maxChars: config.maxMessageChars,
      kvkkUrl: config.kvkkNoticeUrl ?? null,
      signNotice: config.signLanguageNotice,
    }).catch((err: unknown) => {
      bundle = null;
      throw err;
    }));

  const clientIp = (c: Context) => clientIpOf(c, options.trustProxy === true);

  const allowed = (c: Context) => originAllowed(config, c.req.header('origin'), c.req.header('host'), publicOrigin);

  /** A visitor's message: limits, then intake; resolves to the frame to answer with (ack or error). */
  const handleMessage = async (address: string, ip: string, frame: Extract<ClientFrame, { type: 'message' }>): Promise<ServerFrame> => {
    const event = toInboundMessage(frame, address, new Date(now()));
    // A resend of a stored message (after a reconnect) is answered without counting against any limit.
    const stored = history.inboundId(event.externalId);
    if (stored !== null) return { type: 'ack', cid: frame.cid, id: stored };
    if (!ctx) return { type: 'error', code: 'unavailable', cid: frame.cid };
    if (!perVisitor.take(address)) return { type: 'error', code: 'rate_limited', cid: frame.cid };
    if (!history.hasContact(address) && !perIp.take(ip)) return { type: 'error', code: 'conversation_limit', cid: frame.cid };
    try {
      await ctx.receive([event]);
    } catch (err) {
      log.error({ err }, 'webchat: intake refused a message'); // never the text: it is personal data
      return { type: 'error', code: 'unavailable', cid: frame.cid };
    }
    const id = history.inboundId(event.externalId);
    hub.poke(address);
    return id === null ? { type: 'error', code: 'unavailable', cid: frame.cid } : { type: 'ack', cid: frame.cid, id };
  };

  const errorJson = (c: Context, code: ErrorCode, message: string) => c.json({ error: { code, message } }, HTTP_STATUS[code]);
  const readBody = async (c: Context): Promise<Record<string, unknown> | null> => {
    try {
      const body: unknown = await c.req.json();
      return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const tokenOf = (body: Record<string, unknown> | null) =>
    typeof body?.token === 'string' && TOKEN_PATTERN.test(body.token) ? body.token : null;
  const langOf = (c: Context): WebchatLang => {
    const q = c.req.query('lang');
    return isLang(q) ? q : (langFromAcceptLanguage(c.req.header('accept-language')) ?? 'tr');
  };

  return {
    name: WEBCHAT,

    routes(app: Hono) {
      const nodeWs = createNodeWebSocket({ app });
      // @hono/node-ws builds its server with ws's default 100 MiB frame limit; a chat frame is small.
      nodeWs.wss.options.maxPayload = maxFrameBytes;
      injectWebSocket = nodeWs.injectWebSocket;

      app.get('/webchat', (c) => {
        const lang = langOf(c);
        const host = c.req.header('host');
        c.header(
          'Content-Security-Policy',
          `default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; ` +
            `connect-src 'self'${host ? ` ws://${host} wss://${host}` : ''}; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
        );
        c.header('Cache-Control', 'no-cache');
        c.header('Vary', 'Accept-Language');
        return c.html(chatPage(lang, STRINGS[lang]));
      });

      app.get('/webchat/kvkk', (c) => {
        const lang = langOf(c);
        c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
        return c.html(kvkkPage(lang, STRINGS[lang]));
      });

      app.get('/webchat/widget.js', async (c) => {
        const b = await getBundle();
        c.header('Content-Type', 'text/javascript; charset=utf-8');
        c.header('Cache-Control', 'public, max-age=300');
        c.header('ETag', b.etag);
        c.header('Vary', 'Accept-Encoding');
        // Loaded by a <script> tag on the ministry's own site, another origin.
        c.header('Cross-Origin-Resource-Policy', 'cross-origin');
        if (c.req.header('if-none-match') === b.etag) return c.body(null, 304);
        if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
          c.header('Content-Encoding', 'gzip');
          return c.body(new Uint8Array(b.gzip));
        }
        return c.body(b.js);
      });

      // Fallback transport and history: cross-origin only for the origins allowed to embed the widget.
      app.use(
        '/webchat/*',
        cors({
          origin: (origin, c) => (originAllowed(config, origin, c.req.header('host'), publicOrigin) ? origin : null),
          allowMethods: ['POST'],
          allowHeaders: ['content-type'],
          maxAge: 600,
        }),
      );
      app.use('/webchat/*', async (c, next) => {
        if (c.req.method === 'POST' && !allowed(c)) return c.json({ error: { code: 'origin_not_allowed', message: 'this site may not use the chat' } }, 403);
        await next();
      });
      app.use(
        '/webchat/*',
        bodyLimit({
          maxSize: maxFrameBytes,
          onError: (c) => c.json({ error: { code: 'payload_too_large', message: `bodies are limited to ${maxFrameBytes} bytes` } }, 413),
        }),
      );

      app.post('/webchat/messages', async (c) => {
        const body = await readBody(c);
        const token = tokenOf(body);
        if (!token) return errorJson(c, 'invalid_frame', 'token: 22 to 128 letters, digits, - or _');
        const parsed = parseClientFrame({ ...body, token: undefined, type: 'message' }, limits);
        if (!parsed.ok) return errorJson(c, parsed.code, parsed.code === 'too_long' ? `text: at most ${config.maxMessageChars} characters` : 'not a valid message');
        if (parsed.frame.type !== 'message') return errorJson(c, 'invalid_frame', 'not a valid message');
        const reply = await handleMessage(visitorAddress(token), clientIp(c), parsed.frame);
        if (reply.type === 'error') {
          if (reply.code === 'rate_limited') c.header('Retry-After', '60');
          return errorJson(c, reply.code, reply.code);
        }
        return c.json(reply);
      });

      app.post('/webchat/history', async (c) => {
        const parsed = parseClientFrame({ ...(await readBody(c)), type: 'hello' }, limits);
        if (!parsed.ok || parsed.frame.type !== 'hello') return errorJson(c, 'invalid_frame', 'token and after (a message id) expected');
        const address = visitorAddress(parsed.frame.token);
        const after = parsed.frame.after || history.recentCursor(address, 300);
        return c.json({ messages: history.after(address, after, 500).map((row) => toFrame(row, address)) });
      });

      // SSE over a streamed POST: the token travels in the body, never in a URL that proxies log.
      app.post('/webchat/events', async (c) => {
        const parsed = parseClientFrame({ ...(await readBody(c)), type: 'hello' }, limits);
        if (!parsed.ok || parsed.frame.type !== 'hello') return errorJson(c, 'invalid_frame', 'token and after (a message id) expected');
        const address = visitorAddress(parsed.frame.token);
        if (hub.count(address) >= config.maxConnectionsPerVisitor) return errorJson(c, 'too_many_connections', 'too many open chats');
        const after = parsed.frame.after ?? 0;
        c.header('Cache-Control', 'no-store');
        c.header('X-Accel-Buffering', 'no');
        return streamSSE(c, async (stream) => {
          let chain = Promise.resolve();
          let queued = 0;
          let done: () => void = () => {};
          const ended = new Promise<void>((resolve) => (done = resolve));
          const conn: Connection = {
            address,
            cursor: 0,
            send(frame) {
              if (++queued > 2000) return conn.close('slow');
              chain = chain.then(() => stream.writeSSE({ data: JSON.stringify(frame) })).finally(() => queued--);
            },
            close() {
              done();
            },
          };
          stream.onAbort(() => done());
          const keepalive = setInterval(() => (chain = chain.then(() => stream.write(': keepalive\n\n')).then(() => {})), 25_000);
          try {
            hub.open(conn, after);
            await ended;
          } finally {
            clearInterval(keepalive);
            hub.remove(conn);
            await chain.catch(() => {});
          }
        });
      });

      app.get(
        '/webchat/ws',
        async (c, next) => {
          if (!allowed(c)) return c.json({ error: { code: 'origin_not_allowed', message: 'this site may not use the chat' } }, 403);
          await next();
        },
        nodeWs.upgradeWebSocket((c) => {
          const ip = clientIp(c);
          let conn: Connection | null = null;
          let bad = 0;
          let helloTimer: NodeJS.Timeout | undefined;
          return {
            onOpen(_evt, ws) {
              const raw = ws.raw!;
              const entry = { alive: true, ping: () => raw.ping(), terminate: () => raw.terminate() };
              raw.on('pong', () => (entry.alive = true));
              raw.once('close', () => sockets.delete(entry));
              sockets.add(entry);
              helloTimer = setTimeout(() => conn ?? ws.close(1008, 'hello expected'), HELLO_TIMEOUT_MS);
            },
            onMessage(evt, ws) {
              const reply = (frame: ServerFrame) => {
                if (ws.readyState === 1) ws.send(JSON.stringify(frame));
              };
              const parsed: ParsedFrame = typeof evt.data === 'string' ? parseClientFrame(evt.data, limits) : { ok: false, code: 'invalid_frame' };
              if (!parsed.ok) {
                reply({ type: 'error', code: parsed.code, ...(parsed.cid ? { cid: parsed.cid } : {}), ...(parsed.max ? { max: parsed.max } : {}) });
                if (++bad > MAX_BAD_FRAMES) ws.close(1008, 'too many invalid frames');
                return;
              }
              const frame = parsed.frame;
              if (frame.type === 'hello') {
                if (conn) return reply({ type: 'error', code: 'invalid_frame' });
                const address = visitorAddress(frame.token);
                if (hub.count(address) >= config.maxConnectionsPerVisitor) {
                  reply({ type: 'error', code: 'too_many_connections' });
                  return ws.close(1008, 'too many connections');
                }
                clearTimeout(helloTimer);
                const raw = ws.raw!;
                const self: Connection = {
                  address,
                  cursor: 0,
                  send(f) {
                    if (raw.readyState !== 1) return;
                    // A client that does not read is cut off; it resumes from its cursor when it reconnects.
                    if (raw.bufferedAmount > MAX_BUFFERED_BYTES) return self.close('slow');
                    raw.send(JSON.stringify(f));
                  },
                  close(reason) {
                    raw.close(reason === 'shutdown' ? 1001 : 1013, reason);
                  },
                };
                conn = self;
                hub.open(self, frame.after ?? 0);
                return;
              }
              if (!conn) return reply({ type: 'error', code: 'not_ready', cid: frame.cid });
              void handleMessage(conn.address, ip, frame).then(reply, (err: unknown) => {
                log.error({ err }, 'webchat: message handling failed');
                reply({ type: 'error', code: 'unavailable', cid: frame.cid });
              });
            },
            onClose() {
              clearTimeout(helloTimer);
              if (conn) hub.remove(conn);
            },
          };
        }),
      );
    },

    attach(server: Server) {
      if (!injectWebSocket) throw new Error('webchat: routes(app) must run before attach(server)');
      injectWebSocket(server);
      // Shutdown closes the HTTP server and waits for its connections; live chats would hold it
      // open, so they are ended as it begins (clients reconnect and resume).
      const close = server.close.bind(server);
      server.close = ((callback?: (err?: Error) => void) => {
        hub.closeAll('shutdown');
        for (const s of sockets) s.terminate();
        return close(callback);
      }) as typeof server.close;
    },

    async start(context) {
      ctx = context;
      await getBundle();
      unsubscribe();
      unsubscribe =
        options.bus?.subscribe((e) => {
          if (e.type !== 'message.created' || e.direction !== 'out' || hub.size === 0) return;
          const address = history.addressOfTicket(e.ticketId);
          if (address) hub.poke(address);
        }) ?? (() => {});
      timers.push(
        setInterval(() => {
          perVisitor.prune();
          perIp.prune();
        }, 60_000),
        // Dead peers (a phone that lost its network) are found by ping and dropped.
        setInterval(() => {
          for (const s of sockets) {
            if (!s.alive) {
              s.terminate();
              continue;
            }
            s.alive = false;
            s.ping();
          }
        }, KEEPALIVE_MS),
      );
      for (const t of timers) t.unref();
    },

    async stop() {
      ctx = null;
      unsubscribe();
      for (const t of timers) clearInterval(t);
      timers.length = 0;
      hub.closeAll('shutdown');
    },

    health(): ChannelHealth {
      return { state: ctx ? 'up' : 'down', detail: `${hub.size} live connections`, since };
    },

    async send(msg: OutboundMessage): Promise<SendResult> {
      return sendToVisitor(hub, history, msg, now());
    },

    get connections() {
      return hub.size;
    },
  };
}
