import type { Hono } from 'hono';
import { SendError, type Channel, type ChannelContext, type InboundEvent } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { readBody } from '../../src/http/body.ts';
import { errorBody } from '../../src/http/errors.ts';
import { TokenBucket } from '../../src/outbox/rate-limit.ts';
import type { TwilioConfig } from './config.ts';
import { parseIncomingSms, parseStatusCallback, TwilioFormError } from './parse.ts';
import { createTwilioClient, sendTwilioSms, type HttpClient } from './send.ts';
import { signedUrl, verifyTwilioSignature } from './verify.ts';

export const SMS_PATH = '/webhooks/twilio/sms';
export const STATUS_PATH = '/webhooks/twilio/status';
const TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

export interface TwilioChannelOptions {
  /** A loopback fake of the REST API in tests (STACK.md: a RequestClient subclass). */
  httpClient?: HttpClient;
}

/**
 * Twilio Programmable Messaging: inbound SMS and status callbacks as signed webhooks, outbound through
 * the REST client. A webhook is answered only after intake committed; a bad signature stores nothing.
 */
export function createTwilioChannel(deps: ChannelFactoryDeps, cfg: TwilioConfig, options: TwilioChannelOptions = {}): Channel {
  const log = deps.log.child({ channel: 'twilio' });
  const publicUrl = deps.config.publicUrl;
  const client = createTwilioClient(cfg, options.httpClient);
  const bucket = new TokenBucket(cfg.mps);
  const statusCallback = publicUrl ? `${publicUrl}${STATUS_PATH}` : undefined;
  let ctx: ChannelContext | null = null;
  let warnedNoPublicUrl = false;
  const since = new Date();

  if (!publicUrl) log.warn('twilio: PUBLIC_URL is not set: no StatusCallback on outbound SMS, and webhook signatures are checked against the request URL as this server sees it (wrong behind a proxy)');

  /** Reads, verifies and parses a webhook; answers 403 (bad signature) or 400 (bad form) itself. */
  const handle = (parse: (form: Record<string, string>) => InboundEvent, reply: () => Response) => async (c: import('hono').Context) => {
    const raw = (await readBody(c)).toString('utf8');
    const form = Object.fromEntries(new URLSearchParams(raw));
    const url = signedUrl(publicUrl, c.req.url);
    if (!publicUrl && !warnedNoPublicUrl) {
      warnedNoPublicUrl = true;
      log.warn({ url }, 'twilio: verifying webhook signatures against the request URL (set PUBLIC_URL behind a proxy)');
    }
    if (!verifyTwilioSignature(cfg.authToken, c.req.header('x-twilio-signature'), url, form)) {
      log.warn({ path: c.req.path }, 'twilio: webhook with a missing or wrong signature refused');
      return c.json(errorBody('forbidden', 'missing or invalid X-Twilio-Signature'), 403);
    }
    let event: InboundEvent;
    try {
      event = parse(form);
    } catch (err) {
      if (err instanceof TwilioFormError) return c.json(errorBody('bad_request', err.message), 400);
      throw err;
    }
    if (!ctx) return c.json(errorBody('unavailable', 'the Twilio channel is starting'), 503);
    try {
      await ctx.receive([event]);
    } catch (err) {
      log.error({ err }, 'twilio: could not commit a webhook; answering 503 so it is not taken as received');
      return c.json(errorBody('unavailable', 'could not store the message, try again'), 503);
    }
    return reply();
  };

  return {
    name: 'twilio',
    routes(app: Hono) {
      app.post(
        SMS_PATH,
        handle(
          (form) => parseIncomingSms(form, new Date(deps.now())),
          () => new Response(TWIML_EMPTY, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } }),
        ),
      );
      app.post(
        STATUS_PATH,
        handle(parseStatusCallback, () => new Response(null, { status: 204 })),
      );
    },
    async start(context) {
      ctx = context;
    },
    async stop() {
      ctx = null;
    },
    health: () => ({ state: 'up', detail: publicUrl ? `webhooks at ${publicUrl}${SMS_PATH}` : 'PUBLIC_URL not set', since }),
    async send(msg) {
      if (!msg.to.trim()) throw new SendError('rejected', 'no recipient');
      await bucket.take();
      return sendTwilioSms(client, cfg, msg, statusCallback);
    },
  };
}
