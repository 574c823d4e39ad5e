import type { DeliveryStatus } from '../../src/db/schema.ts';

/**
 * SMSC delivery receipts (SMPP 3.4 Appendix B): `id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm
 * done date:YYMMDDhhmm stat:DDDDDDD err:E text: ...`. SMSCs vary: the id may be hex or decimal, fields
 * upper or lower case, and SMPP 3.4 TLVs (receipted_message_id, message_state) may carry the same facts.
 */

export interface Receipt {
  messageId: string;
  status: DeliveryStatus;
  /** The SMSC's word (DELIVRD, UNDELIV…) and error code, kept for the operator. */
  stat: string;
  err: string | null;
}

const STAT: Record<string, DeliveryStatus> = {
  DELIVRD: 'delivered',
  DELIVERED: 'delivered',
  ACCEPTD: 'sent',
  ACCEPTED: 'sent',
  ENROUTE: 'sent',
  SCHEDULED: 'sent',
  BUFFERED: 'sent',
  EXPIRED: 'failed',
  DELETED: 'failed',
  UNDELIV: 'failed',
  UNDELIVERABLE: 'failed',
  REJECTD: 'failed',
  REJECTED: 'failed',
  UNKNOWN: 'failed',
  SKIPPED: 'failed',
};

/** message_state TLV values (SMPP 3.4 5.3.2.35). */
const MESSAGE_STATE: Record<number, string> = { 1: 'ENROUTE', 2: 'DELIVRD', 3: 'EXPIRED', 4: 'DELETED', 5: 'UNDELIV', 6: 'ACCEPTD', 7: 'UNKNOWN', 8: 'REJECTD', 9: 'SKIPPED' };

export function parseReceipt(text: string, tlv: { receiptedMessageId?: string; messageState?: number } = {}): Receipt | null {
  const id = tlv.receiptedMessageId?.trim() || /\bid:\s*([^\s]+)/i.exec(text)?.[1];
  const stat = (tlv.messageState !== undefined ? MESSAGE_STATE[tlv.messageState] : undefined) ?? /\bstat:\s*([A-Za-z]+)/i.exec(text)?.[1]?.toUpperCase();
  if (!id || !stat) return null;
  const err = /\berr:\s*([0-9A-Za-z]+)/i.exec(text)?.[1] ?? null;
  return { messageId: id, status: STAT[stat] ?? 'failed', stat, err };
}

/**
 * The ids a receipt may mean: many SMSCs answer submit_sm with a hex id and put it in decimal in the
 * receipt text (or the other way round), some pad with zeros.
 */
export function receiptIdCandidates(id: string): string[] {
  const out = new Set<string>([id]);
  const stripped = id.replace(/^0+(?=.)/, '');
  out.add(stripped);
  if (/^[0-9]+$/.test(id) && id.length <= 30) {
    const hex = BigInt(id).toString(16);
    out.add(hex);
    out.add(hex.toUpperCase());
  }
  if (/^[0-9a-fA-F]+$/.test(id) && id.length <= 24) out.add(BigInt(`0x${id}`).toString(10));
  return [...out];
}
