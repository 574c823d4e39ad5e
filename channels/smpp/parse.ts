import { createHash } from 'node:crypto';
import type { InboundMessage, InboundStatus } from '../../src/channel.ts';
import { alphabetOf, decodeText, wellFormed } from './data-coding.ts';
import { DEFAULT_TABLES } from './gsm7.ts';
import { parseReceipt, receiptIdCandidates } from './receipt.ts';
import { splitUdh, UdhError, type Concatenation } from './udh.ts';

/** A deliver_sm as node-smpp hands it over with raw bodies (see raw-bodies.ts): the fields we read. */
export interface DeliverSmFields {
  source_addr: string;
  source_addr_ton?: number;
  destination_addr?: string;
  esm_class: number;
  data_coding: number | null;
  short_message?: Uint8Array | null;
  message_payload?: Uint8Array | null;
  sar_msg_ref_num?: number;
  sar_total_segments?: number;
  sar_segment_seqnum?: number;
  receipted_message_id?: string;
  message_state?: number;
}

/** One part of a concatenated SMS, decoded on its own (its UDH names its own shift tables). */
export interface SmsPart {
  channel: string;
  source: string;
  destination: string;
  ref: number;
  total: number;
  seq: number;
  text: string;
  via: Concatenation['via'];
  receivedAt: Date;
}

export type DeliverParsed =
  | { kind: 'message'; event: InboundMessage }
  | { kind: 'part'; part: SmsPart }
  /** A delivery receipt; `candidates` are the ids it may mean (hex/decimal forms). */
  | { kind: 'status'; event: InboundStatus; candidates: string[] }
  /** Acknowledged and dropped (an unreadable receipt: never a citizen's message). */
  | { kind: 'ignored'; reason: string };

export interface ParseOptions {
  channel: string;
  receivedAt: Date;
  /** Identical messages from one sender within this window are the SMSC retrying (see externalIdFor). */
  dedupWindowMs: number;
}

const ESM_TYPE_MASK = 0x3c;
const ESM_DELIVERY_RECEIPT = 0x04;
const ESM_UDHI = 0x40;

export function parseDeliverSm(pdu: DeliverSmFields, options: ParseOptions): DeliverParsed {
  const dataCoding = pdu.data_coding ?? 0;
  const shortMessage = bytes(pdu.short_message);
  const payload = bytes(pdu.message_payload);
  // message_payload replaces short_message when present (SMPP 3.4 5.3.2.32).
  const userData = payload.length > 0 ? payload : shortMessage;
  const from = address(pdu.source_addr, pdu.source_addr_ton);

  if ((pdu.esm_class & ESM_TYPE_MASK) === ESM_DELIVERY_RECEIPT || (pdu.esm_class & ESM_TYPE_MASK) === 0x20) {
    const text = decodeText(userData, alphabetOf(dataCoding) === 'ucs2' ? 0x08 : 0x01);
    const receipt = parseReceipt(text, { receiptedMessageId: pdu.receipted_message_id, messageState: pdu.message_state });
    if (receipt) {
      const error = receipt.status === 'failed' ? `${receipt.stat}${receipt.err ? ` err:${receipt.err}` : ''}` : undefined;
      return {
        kind: 'status',
        event: { type: 'status', channel: options.channel, externalId: receipt.messageId, status: receipt.status, ...(error ? { error } : {}) },
        candidates: receiptIdCandidates(receipt.messageId),
      };
    }
    return { kind: 'ignored', reason: 'unreadable delivery receipt' };
  }

  let body = userData;
  let tables = DEFAULT_TABLES;
  let concat: Concatenation | null = null;
  let udhError = false;
  if (pdu.esm_class & ESM_UDHI) {
    try {
      const split = splitUdh(userData);
      body = split.body;
      tables = split.header.tables;
      concat = split.header.concat;
    } catch (err) {
      if (!(err instanceof UdhError)) throw err;
      udhError = true; // keep every octet rather than lose the message
    }
  }
  if (!concat && pdu.sar_msg_ref_num !== undefined && pdu.sar_total_segments !== undefined && pdu.sar_segment_seqnum !== undefined) {
    const { sar_msg_ref_num: ref, sar_total_segments: total, sar_segment_seqnum: seq } = pdu;
    if (total >= 1 && seq >= 1 && seq <= total) concat = { ref, total, seq, via: 'sar' };
  }
  const text = decodeText(body, dataCoding, tables);
  const destination = pdu.destination_addr ?? '';

  if (concat && concat.total > 1) {
    return {
      kind: 'part',
      part: { channel: options.channel, source: from, destination, ref: concat.ref, total: concat.total, seq: concat.seq, text, via: concat.via, receivedAt: options.receivedAt },
    };
  }
  return {
    kind: 'message',
    event: {
      type: 'message',
      channel: options.channel,
      externalId: externalIdFor([from, destination, text], options.receivedAt.getTime(), options.dedupWindowMs),
      from,
      ...(destination ? { to: destination } : {}),
      text: wellFormed(text),
      attachments: [],
      receivedAt: options.receivedAt,
      meta: { encoding: alphabetOf(dataCoding), ...(udhError ? { udhError: true } : {}) },
    },
  };
}

/**
 * deliver_sm carries no message id for a citizen's SMS, and an SMSC re-sends one whose response it
 * did not get (a dropped link). The id is therefore the content's hash plus a time bucket: a resend
 * lands on the same id (or the previous bucket's, which the channel also checks), so intake keeps one.
 */
export function externalIdFor(fields: string[], at: number, windowMs: number): string {
  const hash = createHash('sha256').update(fields.join('\u0000')).digest('base64url').slice(0, 22);
  return `${hash}.${Math.floor(at / windowMs)}`;
}

/** The same content's id in the bucket before, where a resend across a bucket edge finds its original. */
export function previousBucketId(externalId: string): string | null {
  const dot = externalId.lastIndexOf('.');
  const bucket = Number(externalId.slice(dot + 1));
  return dot > 0 && Number.isInteger(bucket) ? `${externalId.slice(0, dot)}.${bucket - 1}` : null;
}

/** International numbers get their `+`, so replies and contacts match whatever TON the SMSC used. */
export function address(addr: string, ton?: number): string {
  const a = addr.trim();
  if (ton === 1 && /^\d+$/.test(a)) return `+${a}`;
  return a;
}

function bytes(v: Uint8Array | null | undefined): Uint8Array {
  return v instanceof Uint8Array ? v : new Uint8Array(0);
}
