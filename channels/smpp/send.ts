import { SendError, type OutboundMessage, type SendResult } from '../../src/channel.ts';
import type { ChannelStateStore } from '../../src/store/channel-state.ts';
import type { SmppLinkConfig } from './config.ts';
import { planSegments } from './segment.ts';

/** What send needs of a link (the real SmppLink, or a stand-in in unit tests). */
export interface Submitter {
  submit(fields: Record<string, unknown>): Promise<string>;
}

const ESM_UDHI = 0x40;

/** Key under which a later segment's SMSC id points at the message's first one (for receipts). */
export const segmentKey = (smscId: string) => `seg:${smscId}`;

/**
 * One outbound SMS: encoded and split (segment.ts), each segment a submit_sm within the link's window
 * and rate. The first segment's id is the message's; the others are remembered so their receipts
 * find the message. The concatenation reference comes from the outbox id, so a retry reuses it and a
 * phone that already has a segment drops the repeat.
 */
export async function sendSms(link: Submitter, cfg: SmppLinkConfig, state: ChannelStateStore, msg: OutboundMessage, now: number): Promise<SendResult> {
  let plan;
  try {
    plan = planSegments(msg.text, { turkishShift: cfg.turkishShift, ref: msg.id & 0xff });
  } catch (err) {
    throw new SendError('rejected', err instanceof Error ? err.message : String(err));
  }
  const dest = destination(msg.to);
  if (!dest) throw new SendError('rejected', 'not a phone number');
  const source = sourceAddress(cfg.sourceAddr);
  const results = await Promise.allSettled(
    plan.segments.map((segment) =>
      link.submit({
        ...source,
        ...dest,
        esm_class: plan.udhi ? ESM_UDHI : 0,
        data_coding: plan.dataCoding,
        registered_delivery: cfg.registeredDelivery ? 1 : 0,
        short_message: Buffer.from(segment.buffer, segment.byteOffset, segment.byteLength),
      }),
    ),
  );
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  if (failures.length) {
    const errors = failures.map((e) => (e instanceof SendError ? e : new SendError('unavailable', e instanceof Error ? e.message : String(e))));
    // A segment refused for good makes the message fail for good; otherwise it is retried whole.
    throw errors.find((e) => !e.retryable) ?? errors[0]!;
  }
  const ids = results.map((r) => (r as PromiseFulfilledResult<string>).value);
  const first = ids[0]!;
  if (ids.length > 1) state.putMany(cfg.name, ids.slice(1).map((id) => [segmentKey(id), first] as [string, string]), now);
  return { externalId: first, status: 'sent' };
}

export function destination(to: string): { destination_addr: string; dest_addr_ton: number; dest_addr_npi: number } | null {
  const t = to.replace(/[\s()-]/g, '');
  if (/^\+\d{6,15}$/.test(t)) return { destination_addr: t.slice(1), dest_addr_ton: 1, dest_addr_npi: 1 };
  if (/^\d{3,20}$/.test(t)) return { destination_addr: t, dest_addr_ton: 0, dest_addr_npi: 1 };
  return null;
}

export function sourceAddress(addr: string): { source_addr: string; source_addr_ton: number; source_addr_npi: number } {
  if (/^\+\d+$/.test(addr)) return { source_addr: addr.slice(1), source_addr_ton: 1, source_addr_npi: 1 };
  if (/^\d+$/.test(addr)) return { source_addr: addr, source_addr_ton: 0, source_addr_npi: 0 };
  return { source_addr: addr, source_addr_ton: 5, source_addr_npi: 0 }; // alphanumeric sender
}
