import type { Logger } from 'pino';
import type { InboundEvent, InboundStatus } from '../../src/channel.ts';
import type { PersonalDataCipher } from '../../src/crypto/personal-data.ts';
import type { Db } from '../../src/db/client.ts';
import { createChannelStateStore } from '../../src/store/channel-state.ts';
import { createSmsPartsStore } from '../../src/store/sms-parts.ts';
import { parseDeliverSm, previousBucketId, type DeliverSmFields } from './parse.ts';
import { Reassembler, type ReceiveWith } from './reassembly.ts';
import { segmentKey } from './send.ts';

export const ESME_ROK = 0x00;
/** "ESME receiver temporary app error": the SMSC keeps the message and retries. */
export const ESME_RX_T_APPN = 0x64;

export interface DeliverHandlerOptions {
  channel: string;
  db: Db;
  cipher: PersonalDataCipher;
  now: () => number;
  log: Logger;
  reassemblyTimeoutMs: number;
  dedupWindowMs: number;
  /** Intake: resolve after commit. */
  receive: (events: InboundEvent[]) => Promise<void>;
  receiveWith: ReceiveWith;
}

export interface DeliverHandler {
  /** deliver_sm / data_sm fields → the command_status to answer with, once what matters is committed. */
  onDeliver(pdu: DeliverSmFields): Promise<number>;
  reassembler: Reassembler;
}

/** Inbound SMPP: receipts to statuses, single SMS to intake, parts to reassembly; answers only after commit. */
export function createDeliverHandler(o: DeliverHandlerOptions): DeliverHandler {
  const parts = createSmsPartsStore(o.db);
  const state = createChannelStateStore(o.db);
  const reassembler = new Reassembler({
    channel: o.channel,
    store: parts,
    cipher: o.cipher,
    receiveWith: o.receiveWith,
    now: o.now,
    timeoutMs: o.reassemblyTimeoutMs,
    dedupWindowMs: o.dedupWindowMs,
    log: o.log,
  });

  const onDeliver = async (pdu: DeliverSmFields): Promise<number> => {
    let parsed;
    try {
      parsed = parseDeliverSm(pdu, { channel: o.channel, receivedAt: new Date(o.now()), dedupWindowMs: o.dedupWindowMs });
    } catch (err) {
      // Accepting what we cannot read would lose it silently; a temporary error keeps it at the SMSC, logged.
      o.log.error({ err }, 'smpp: could not read a deliver_sm');
      return ESME_RX_T_APPN;
    }
    try {
      switch (parsed.kind) {
        case 'ignored':
          o.log.warn({ reason: parsed.reason }, 'smpp: deliver_sm ignored');
          return ESME_ROK;
        case 'status': {
          // A later segment's id points at the message's first; the id may be in hex or decimal.
          const ids = new Set(parsed.candidates.map((id) => state.get(o.channel, segmentKey(id)) ?? id));
          const events: InboundStatus[] = [...ids].map((externalId) => ({ ...parsed.event, externalId }));
          await o.receive(events);
          return ESME_ROK;
        }
        case 'message': {
          const before = previousBucketId(parsed.event.externalId);
          if (before && parts.knownMessage(o.channel, before)) return ESME_ROK; // the SMSC re-sending one we have
          await o.receive([parsed.event]);
          return ESME_ROK;
        }
        case 'part':
          await reassembler.accept(parsed.part);
          return ESME_ROK;
      }
    } catch (err) {
      o.log.error({ err }, 'smpp: could not commit a deliver_sm; answering with a temporary error so the SMSC retries');
      return ESME_RX_T_APPN;
    }
  };
  return { onDeliver, reassembler };
}
