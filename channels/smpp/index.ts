import type { PDU } from 'smpp';
import { SendError, type Channel, type ChannelContext, type InboundStatus } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { createChannelStateStore } from '../../src/store/channel-state.ts';
import { createSmsPartsStore } from '../../src/store/sms-parts.ts';
import type { SmppLinkConfig } from './config.ts';
import { SmppLink } from './link.ts';
import { parseDeliverSm, previousBucketId, type DeliverSmFields } from './parse.ts';
import { Reassembler } from './reassembly.ts';
import { segmentKey, sendSms } from './send.ts';

const ESME_ROK = 0x00;
/** "ESME receiver temporary app error": the SMSC keeps the message and retries. */
const ESME_RX_T_APPN = 0x64;
const SEGMENT_MAP_DAYS = 7;

export interface SmppChannelOptions {
  /** Reconnect backoff floor (tests shorten it). */
  reconnectBaseMs?: number;
}

/** An SMPP link to one operator's SMSC as a Köprü channel (`smpp`, or `smpp:<link>` for further links). */
export function createSmppChannel(deps: ChannelFactoryDeps, cfg: SmppLinkConfig, options: SmppChannelOptions = {}): Channel {
  const log = deps.log.child({ channel: cfg.name });
  const parts = createSmsPartsStore(deps.db);
  const state = createChannelStateStore(deps.db);
  let ctx: ChannelContext | null = null;
  let reassembler: Reassembler | null = null;
  let purgeTimer: NodeJS.Timeout | null = null;

  const onDeliver = async (pdu: PDU): Promise<number> => {
    if (!ctx || !reassembler) return ESME_RX_T_APPN;
    let parsed;
    try {
      parsed = parseDeliverSm(pdu as unknown as DeliverSmFields, { channel: cfg.name, receivedAt: new Date(deps.now()), dedupWindowMs: cfg.dedupWindowMs });
    } catch (err) {
      // Accepting what we cannot read would lose it silently; a temporary error keeps it at the SMSC, logged.
      log.error({ err }, 'smpp: could not read a deliver_sm');
      return ESME_RX_T_APPN;
    }
    try {
      switch (parsed.kind) {
        case 'ignored':
          log.warn({ reason: parsed.reason }, 'smpp: deliver_sm ignored');
          return ESME_ROK;
        case 'status': {
          const ids = new Set(parsed.candidates.map((id) => state.get(cfg.name, segmentKey(id)) ?? id));
          const events: InboundStatus[] = [...ids].map((externalId) => ({ ...parsed.event, externalId }));
          await ctx.receive(events);
          return ESME_ROK;
        }
        case 'message': {
          const before = previousBucketId(parsed.event.externalId);
          if (before && parts.knownMessage(cfg.name, before)) return ESME_ROK; // the SMSC re-sending one we have
          await ctx.receive([parsed.event]);
          return ESME_ROK;
        }
        case 'part':
          await reassembler.accept(parsed.part);
          return ESME_ROK;
      }
    } catch (err) {
      log.error({ err }, 'smpp: could not commit a deliver_sm; answering with a temporary error so the SMSC retries');
      return ESME_RX_T_APPN;
    }
  };

  const link = new SmppLink({
    name: cfg.name,
    host: cfg.host,
    port: cfg.port,
    tls: cfg.tls,
    systemId: cfg.systemId,
    password: cfg.password,
    systemType: cfg.systemType,
    bindMode: cfg.bindMode,
    window: cfg.window,
    tps: cfg.tps,
    enquireLinkMs: cfg.enquireLinkMs,
    responseTimeoutMs: cfg.responseTimeoutMs,
    reconnectBaseMs: options.reconnectBaseMs ?? 1_000,
    reconnectMaxMs: cfg.reconnectMaxMs,
    log,
    onDeliver,
  });

  return {
    name: cfg.name,
    async start(context) {
      ctx = context;
      reassembler = new Reassembler({
        channel: cfg.name,
        store: parts,
        cipher: deps.cipher,
        deliver: (events) => context.receive(events),
        now: deps.now,
        timeoutMs: cfg.reassemblyTimeoutMs,
        dedupWindowMs: cfg.dedupWindowMs,
        log,
      });
      reassembler.start();
      purgeTimer = setInterval(() => {
        try {
          state.purge(cfg.name, 'seg:', deps.now() - SEGMENT_MAP_DAYS * 86_400_000);
        } catch (err) {
          log.warn({ err }, 'smpp: could not purge old segment ids');
        }
      }, 3_600_000);
      purgeTimer.unref();
      link.start();
    },
    async stop() {
      if (purgeTimer) clearInterval(purgeTimer);
      await link.stop();
      await reassembler?.stop();
    },
    health: () => link.health(),
    async send(msg) {
      if (!link.canTransmit) throw new SendError('unavailable', `SMPP link ${cfg.name} is not bound`);
      return sendSms(link, cfg, state, msg, deps.now());
    },
  };
}
