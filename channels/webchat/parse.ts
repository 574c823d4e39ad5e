import { createHash } from 'node:crypto';
import * as v from 'valibot';
import type { InboundMessage } from '../../src/channel.ts';
import { CID_PATTERN, MAX_NAME_CHARS, TOKEN_PATTERN, type ClientFrame, type ErrorCode, type Topic } from './protocol.ts';

export const WEBCHAT = 'webchat';
const TOPICS = ['kadin', 'cocuk', 'yasli', 'engelli', 'sehit_gazi', 'genel'] as const satisfies readonly Topic[];

// Control characters other than tab and newline, and bidi overrides (which can disguise text), carry
// nothing a citizen meant to write.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/g;
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL, '');

const token = v.pipe(v.string(), v.regex(TOKEN_PATTERN));
const cid = v.pipe(v.string(), v.regex(CID_PATTERN));

const frameSchema = v.variant('type', [
  v.object({
    type: v.literal('hello'),
    token,
    after: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER))),
  }),
  v.object({
    type: v.literal('message'),
    cid,
    text: v.string(),
    name: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS * 4))),
    topic: v.optional(v.picklist(TOPICS)),
    lang: v.optional(v.picklist(['tr', 'ku', 'ar'])),
  }),
]);

export type ParsedFrame =
  | { ok: true; frame: ClientFrame }
  | { ok: false; code: ErrorCode; cid?: string; max?: number };

export interface FrameLimits {
  maxMessageChars: number;
}

/** A raw client frame (JSON text or an already-parsed body) → a checked frame, or the error to answer with. */
export function parseClientFrame(raw: unknown, limits: FrameLimits): ParsedFrame {
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, code: 'invalid_frame' };
    }
  }
  const result = v.safeParse(frameSchema, data);
  if (!result.success) {
    const maybeCid = (data as { cid?: unknown } | null)?.cid;
    return { ok: false, code: 'invalid_frame', ...(typeof maybeCid === 'string' && CID_PATTERN.test(maybeCid) ? { cid: maybeCid } : {}) };
  }
  const frame = result.output;
  if (frame.type === 'hello') return { ok: true, frame: { type: 'hello', token: frame.token, after: frame.after ?? 0 } };

  const text = clean(frame.text).trim();
  if (!text) return { ok: false, code: 'empty', cid: frame.cid };
  // Characters as a person counts them (an emoji or a Kurdish letter with a mark is one), not UTF-16 units.
  if ([...text].length > limits.maxMessageChars) return { ok: false, code: 'too_long', cid: frame.cid, max: limits.maxMessageChars };
  const name = frame.name === undefined ? '' : clean(frame.name).replace(/\s+/g, ' ').trim();
  return {
    ok: true,
    frame: {
      type: 'message',
      cid: frame.cid,
      text,
      ...(name ? { name: [...name].slice(0, MAX_NAME_CHARS).join('') } : {}),
      ...(frame.topic ? { topic: frame.topic } : {}),
      ...(frame.lang ? { lang: frame.lang } : {}),
    },
  };
}

/**
 * The contact address of a visitor: a hash of the browser's token, so the database never holds a
 * token that could read someone's conversation.
 */
export function visitorAddress(visitorToken: string): string {
  return createHash('sha256').update(visitorToken).digest('base64url');
}

/** A checked message frame → the unified event; the externalId makes a resend after a reconnect a duplicate. */
export function toInboundMessage(frame: Extract<ClientFrame, { type: 'message' }>, address: string, receivedAt: Date): InboundMessage {
  const meta: Record<string, unknown> = {};
  if (frame.topic) meta.topic = frame.topic;
  if (frame.lang) meta.lang = frame.lang;
  return {
    type: 'message',
    channel: WEBCHAT,
    externalId: `${address}:${frame.cid}`,
    from: address,
    ...(frame.name ? { fromName: frame.name } : {}),
    text: frame.text,
    attachments: [],
    receivedAt,
    ...(Object.keys(meta).length ? { meta } : {}),
  };
}
