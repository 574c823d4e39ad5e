import type { Logger } from 'pino';
import * as v from 'valibot';
import { bool, int, optionalString, type Problems } from '../env-helpers.ts';
import type { Db } from '../db/client.ts';
import type { ParseResult } from '../parser/types.ts';
import { createAckStore } from '../store/acks.ts';
import type { StoredInbound } from './process-message.ts';

/**
 * The automatic reply to a citizen's first SMS: the ticket number, and a request for what the parser
 * did not find. Only for a NEW ticket on an SMS channel, never to a receipt (those are not messages)
 * or to what looks automatic, and at most ACK_MAX_PER_HOUR per number, so no loop can form between
 * us and another machine.
 *
 * The default texts keep to the GSM 7-bit default alphabet (ö ü Ç Ö Ü are in it; ı ş ğ ç İ Ş Ğ are
 * not): one Turkish letter outside it turns the whole SMS into UCS2 (70 characters a segment instead
 * of 160), which for this text means two or three segments instead of one, on every new ticket, on
 * every handset, also where the SMSC knows no national shift tables. Undotted Turkish is how most
 * service SMS in Turkey read. Operators' replies are sent as written.
 */

export const ackEnv = {
  ACK_ENABLED: bool(true),
  ACK_MAX_PER_HOUR: int(3, 0, 1000),
  /** JSON object overriding some of the templates below (keys of DEFAULT_ACK_TEMPLATES). */
  ACK_TEMPLATES: optionalString,
};

export const DEFAULT_ACK_TEMPLATES = {
  received: 'Alo 183: Mesajiniz alindi, basvuru numaraniz {ticket}.',
  ask: ' Lütfen {items} yazin.',
  itemTckn: 'T.C. kimlik numaranizi',
  itemName: 'adinizi soyadinizi',
  itemRequest: 'talebinizi',
  and: ' ve ',
  tcknInvalid: ' Yazdiginiz kimlik numarasi hatali görünüyor, lütfen kontrol edip tekrar yazin.',
  complete: ' En kisa sürede size dönecegiz.',
};

export type AckTemplates = typeof DEFAULT_ACK_TEMPLATES;

export interface AckConfig {
  enabled: boolean;
  maxPerHour: number;
  templates: AckTemplates;
}

type Env = { [K in keyof typeof ackEnv]: v.InferOutput<(typeof ackEnv)[K]> };

export function ackConfig(env: Env, problems: Problems): AckConfig {
  const templates = { ...DEFAULT_ACK_TEMPLATES };
  if (env.ACK_TEMPLATES) {
    const expected = `a JSON object with some of ${Object.keys(DEFAULT_ACK_TEMPLATES).join(', ')} as strings`;
    try {
      const given = JSON.parse(env.ACK_TEMPLATES) as unknown;
      if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new Error('not an object');
      for (const [k, val] of Object.entries(given)) {
        if (!(k in templates) || typeof val !== 'string') throw new Error(`bad key ${k}`);
        templates[k as keyof AckTemplates] = val;
      }
    } catch {
      problems.push({ variable: 'ACK_TEMPLATES', expected });
    }
  }
  return { enabled: env.ACK_ENABLED, maxPerHour: env.ACK_MAX_PER_HOUR, templates };
}

export const isSmsChannel = (channel: string) => channel === 'twilio' || channel === 'smpp' || channel.startsWith('smpp:');

/** The acknowledgement text for a new ticket, from what the parser found. */
export function ackText(templates: AckTemplates, ticketNumber: string, parsed: ParseResult | null): string {
  let text = templates.received.replaceAll('{ticket}', ticketNumber);
  const items: string[] = [];
  if (parsed?.tcknInvalid && !parsed.tckn) text += templates.tcknInvalid;
  else if (!parsed?.tckn) items.push(templates.itemTckn);
  if (!parsed?.name) items.push(templates.itemName);
  if (!parsed?.request.trim()) items.push(templates.itemRequest);
  if (items.length) {
    const list = items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')}${templates.and}${items.at(-1)!}`;
    text += templates.ask.replaceAll('{items}', list);
  } else if (!(parsed?.tcknInvalid && !parsed.tckn)) text += templates.complete;
  return text;
}

const AUTOMATIC = /otomatik (yan[ıi]t|mesaj|cevap|bildirim)|auto-?reply|automatic reply|out of office|do not reply|cevaplamay[ıi]n[ıi]z|yan[ıi]tlamay[ıi]n[ıi]z/i;

/** Machines talk to machines: alphanumeric senders, short codes and auto-replies get no acknowledgement. */
export function looksAutomatic(from: string, text: string, meta?: Record<string, unknown>): boolean {
  if (meta?.autoReply === true) return true;
  if (!/^\+?\d{7,15}$/.test(from.replace(/[\s-]/g, ''))) return true;
  return AUTOMATIC.test(text);
}

/** The intake `afterMessage` hook: runs inside intake's transaction, so the ack exists exactly when the ticket does. */
export function createAcknowledger(options: { db: Db; config: AckConfig; log?: Logger }): (stored: StoredInbound, now: number) => void {
  const store = createAckStore(options.db);
  const { config } = options;
  return (stored, now) => {
    if (!config.enabled || !stored.ticketCreated || stored.duplicate) return;
    const { event } = stored;
    if (!isSmsChannel(event.channel) || looksAutomatic(event.from, event.text, event.meta)) return;
    if (store.recentCount(event.from, now - 3_600_000) >= config.maxPerHour) {
      options.log?.warn({ channel: event.channel, ticket: stored.ticketNumber }, 'ack: hourly cap reached for this number, not acknowledging');
      return;
    }
    store.enqueue({ ticketId: stored.ticketId, channel: event.channel, recipient: event.from, text: ackText(config.templates, stored.ticketNumber, stored.parsed), now });
  };
}
