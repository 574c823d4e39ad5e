import { SendError, type Channel } from '../../src/channel.ts';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { createChannelStateStore } from '../../src/store/channel-state.ts';
import type { SmppLinkConfig } from './config.ts';
import { createDeliverHandler, ESME_RX_T_APPN, type DeliverHandler } from './inbound.ts';
import { SmppLink } from './link.ts';
import type { DeliverSmFields } from './parse.ts';
import { sendSms } from './send.ts';

const SEGMENT_MAP_DAYS = 7;

export interface SmppChannelOptions {
  /** Reconnect backoff floor (tests shorten it). */
  reconnectBaseMs?: number;
}

/** An SMPP link to one operator's SMSC as a Köprü channel (`smpp`, or `smpp:<link>` for further links). */
export function createSmppChannel(deps: ChannelFactoryDeps, cfg: SmppLinkConfig, options: SmppChannelOptions = {}): Channel {
  const log = deps.log.child({ channel: cfg.name });
  const state = createChannelStateStore(deps.db);
  let handler: DeliverHandler | null = null;
  let purgeTimer: NodeJS.Timeout | null = null;

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
    onDeliver: (pdu) => (handler ? handler.onDeliver(pdu as unknown as DeliverSmFields) : Promise.resolve(ESME_RX_T_APPN)),
  });

  return {
    name: cfg.name,
    async start(ctx) {
      handler = createDeliverHandler({
        channel: cfg.name,
        db: deps.db,
        cipher: deps.cipher,
        now: deps.now,
        log,
        reassemblyTimeoutMs: cfg.reassemblyTimeoutMs,
        dedupWindowMs: cfg.dedupWindowMs,
        receive: (events) => ctx.receive(events),
        receiveWith: (work) => ctx.receiveWith(work),
      });
      handler.reassembler.start();
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
      await handler?.reassembler.stop();
    },
    health: () => link.health(),
    async send(msg) {
      if (!link.canTransmit) throw new SendError('unavailable', `SMPP link ${cfg.name} is not bound`);
      return sendSms(link, cfg, state, msg, deps.now());
    },
  };
}
