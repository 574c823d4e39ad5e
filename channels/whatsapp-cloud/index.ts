import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { SendError, type Attachment, type Channel, type ChannelContext, type ChannelHealth, type InboundEvent, type OutboundMessage, type SendResult } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { errorBody } from '../../src/http/errors.ts';
import { attachmentFor } from '../../src/media/attachment-for.ts';
import type { MediaStore } from '../../src/media/media-store.ts';
import { appendEvent } from '../../src/store/append-event.ts';
import { createCustomerWindowStore } from '../../src/store/customer-window.ts';
import { createIntakeStore } from '../../src/store/intake-store.ts';
import type { WhatsappCloudConfig } from './config.ts';
import { parseCloudWebhook, WHATSAPP_CLOUD, type CloudMediaPart, type CloudMessage } from './parse.ts';
import { createGraphClient, GraphError, OUTSIDE_WINDOW, toSendError, type GraphClient } from './send.ts';
import { verifyHandshake, verifySignature } from './verify.ts';
import { readBody } from '../../src/http/body.ts';

export { WHATSAPP_CLOUD };

export const WEBHOOK_PATH = '/webhooks/whatsapp';
/** Meta allows free-form messages only within 24 hours of the citizen's last message. */
export const SERVICE_WINDOW_MS = 24 * 3_600_000;

export interface WhatsappCloudOptions {
  media: MediaStore;
  /** Injected so tests reach a loopback fake Graph API. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * WhatsApp through Meta's Cloud API: signed webhooks in (acknowledged only after intake committed),
 * Graph API out, a template instead of free text outside the 24-hour window.
 */
export function createWhatsappCloudChannel(deps: ChannelFactoryDeps, settings: WhatsappCloudConfig, options: WhatsappCloudOptions): Channel {
  const graph = createGraphClient({ apiBase: settings.apiBase, accessToken: settings.accessToken, phoneNumberId: settings.phoneNumberId, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const intakeStore = createIntakeStore(deps.db);
  const window = createCustomerWindowStore(deps.db);
  let log: Logger = deps.log.child({ channel: WHATSAPP_CLOUD });
  let ctx: ChannelContext | null = null;
  let health: ChannelHealth = { state: 'down', detail: 'not started', since: new Date(deps.now()) };
  const setHealth = (state: ChannelHealth['state'], detail: string) => {
    if (health.state !== state || health.detail !== detail) health = { state, detail, since: new Date(deps.now()) };
  };

  const toInbound = async (m: CloudMessage): Promise<InboundEvent> => {
    const attachments = [...m.attachments];
    // A failed download must not lose the message: the attachment is kept, marked with its error.
    if (m.media) attachments.unshift(await fetchMedia(graph, options.media, m.media, log, m.externalId));
    return {
      type: 'message',
      channel: WHATSAPP_CLOUD,
      externalId: m.externalId,
      from: m.from,
      ...(m.fromName ? { fromName: m.fromName } : {}),
      text: m.text,
      attachments,
      receivedAt: m.receivedAt,
      meta: m.meta,
    };
  };

  const sendTemplateInstead = async (msg: OutboundMessage, to: string, why: string): Promise<SendResult> => {
    if (!settings.template) throw new SendError('outside_window', `${why}; no template is configured (WHATSAPP_CLOUD_TEMPLATE_NAME), so the reply cannot be sent`);
    let id: string;
    try {
      id = await graph.sendTemplate(to, settings.template);
    } catch (err) {
      throw toSendError(err);
    }
    // Tell the operator: the citizen got the template, not their text; they answer it when they write back.
    const owner = window.ticketOfOutbox(msg.id);
    appendEvent(deps.db, {
      ticketId: owner?.ticketId ?? null,
      actor: `channel:${WHATSAPP_CLOUD}`,
      type: 'whatsapp.template_sent',
      data: { outboxId: msg.id, messageId: owner?.messageId ?? null, template: settings.template.name, reason: why, providerId: id },
      at: deps.now(),
    });
    if (owner) deps.bus.publish({ type: 'ticket.updated', ticketId: owner.ticketId, fields: ['events'] });
    return { externalId: id, status: 'sent' };
  };

  return {
    name: WHATSAPP_CLOUD,
    routes(app: Hono) {
      app.get(WEBHOOK_PATH, (c) => {
        const challenge = verifyHandshake(
          { mode: c.req.query('hub.mode'), token: c.req.query('hub.verify_token'), challenge: c.req.query('hub.challenge') },
          settings.verifyToken,
        );
        if (challenge === null) return c.json(errorBody('forbidden', 'wrong or missing hub.verify_token'), 403);
        return c.text(challenge, 200);
      });
      app.post(WEBHOOK_PATH, async (c) => {
        // The signature covers the exact bytes Meta sent: read them before any parsing.
        const raw = new Uint8Array(await readBody(c));
        if (!verifySignature(raw, c.req.header('x-hub-signature-256'), settings.appSecret)) {
          log.warn('whatsapp-cloud: webhook with a wrong or missing signature refused');
          return c.json(errorBody('invalid_signature', 'X-Hub-Signature-256 is missing or does not match'), 401);
        }
        let body: unknown;
        try {
          body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
        } catch {
          return c.json(errorBody('invalid_json', 'the body is not JSON'), 400);
        }
        const parsed = parseCloudWebhook(body, settings.phoneNumberId);
        if (!parsed.ok) return c.json(errorBody('invalid_webhook', parsed.error), 400);
        if (!ctx) return c.json(errorBody('unavailable', 'the channel is starting; Meta will retry'), 503);
        const events: InboundEvent[] = [];
        try {
          for (const m of parsed.messages) {
            // Meta resends until it gets a 200; intake deduplicates too, this spares a second download.
            if (intakeStore.findMessage(WHATSAPP_CLOUD, m.externalId)) continue;
            events.push(await toInbound(m));
          }
          events.push(...parsed.statuses);
          await ctx.receive(events);
        } catch (err) {
          log.error({ err }, 'whatsapp-cloud: webhook not stored; Meta will retry');
          return c.json(errorBody('unavailable', 'not stored; retry later'), 503);
        }
        if (parsed.skipped.length) log.debug({ skipped: parsed.skipped }, 'whatsapp-cloud: webhook items skipped');
        return c.json({ received: events.length }, 200);
      });
    },
    async start(c) {
      ctx = c;
      log = c.log;
      setHealth('up', 'waiting for webhooks');
    },
    async stop() {
      ctx = null;
      setHealth('down', 'stopped');
    },
    health: () => health,
    async send(msg) {
      const to = msg.to.replace(/^\+/, '');
      if (!/^\d{6,16}$/.test(to)) throw new SendError('rejected', 'not a WhatsApp number');
      const last = window.lastInboundAt(WHATSAPP_CLOUD, msg.to);
      try {
        if (last === null || deps.now() - last > SERVICE_WINDOW_MS) {
          return await sendTemplateInstead(msg, to, last === null ? 'the citizen never wrote on this number' : 'more than 24 hours since the citizen last wrote');
        }
        try {
          const id = await graph.sendText(to, msg.text);
          setHealth('up', 'sending');
          return { externalId: id, status: 'sent' };
        } catch (err) {
          if (err instanceof GraphError && err.code === OUTSIDE_WINDOW) return await sendTemplateInstead(msg, to, 'Meta says the 24-hour window is closed');
          throw err;
        }
      } catch (err) {
        const e = toSendError(err);
        if (e.code === 'misconfigured') setHealth('down', e.message);
        else if (e.code === 'unavailable') setHealth('degraded', e.message);
        throw e;
      }
    },
  };
}

/** A media id from the webhook → Graph lookup → the file (bearer token) → the media store. Never throws. */
async function fetchMedia(graph: GraphClient, media: MediaStore, part: CloudMediaPart, log: Logger, messageId: string): Promise<Attachment> {
  const extra = part.kind === 'audio' ? { voice: part.voice === true } : {};
  const attachment = attachmentFor(media, part, extra);
  const failed = attachment.failed;
  const type = media.accepts(part.contentType, part.filename);
  if (!type) return failed('type not allowed');
  try {
    const info = await graph.mediaInfo(part.mediaId);
    if (info.fileSize !== undefined && info.fileSize > media.maxBytes) return failed('too large', info.fileSize);
    const bytes = await graph.download(info.url, media.maxBytes);
    const sha = part.sha256 ?? info.sha256;
    // Meta documents the sha256 as hex; some payloads carry base64. Either way it must match.
    if (sha && !matchesSha256(bytes, sha)) throw new Error('sha256 does not match');
    return await attachment.kept(bytes, type);
  } catch (err) {
    log.warn({ messageId, kind: part.kind, err: err instanceof Error ? err.message : String(err) }, 'whatsapp-cloud: media not kept');
    return attachment.failure(err);
  }
}

function matchesSha256(bytes: Buffer, expected: string): boolean {
  const digest = createHash('sha256').update(bytes).digest();
  return expected.toLowerCase() === digest.toString('hex') || expected === digest.toString('base64');
}
