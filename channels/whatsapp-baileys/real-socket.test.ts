import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { ChannelFactoryDeps } from '../../src/channels.ts';
import { createMediaStore, mediaDirFor } from '../../src/media/media-store.ts';
import { createTestContext, type TestContext } from '../../test/harness/test-deps.ts';
import { createWhatsappBaileysChannel } from './index.ts';
import type { WhatsappBaileysChannel } from './lazy.ts';
import { createBaileysSocket } from './socket.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The real makeWASocket, pointed at a loopback WebSocket that hangs up during the handshake (as a
 * network cut would): the adapter must see the close through Baileys' own events and come back.
 */
describe('real Baileys socket against a loopback peer', () => {
  let t: TestContext | undefined;
  let wss: WebSocketServer | undefined;
  let channel: WhatsappBaileysChannel | undefined;
  afterEach(async () => {
    await channel?.stop();
    await t?.close();
    for (const c of wss?.clients ?? []) c.terminate();
    await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
  });

  it('connects, sees the hang-up, reconnects with backoff, and stops cleanly', async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss!.once('listening', () => resolve()));
    const port = (wss.address() as { port: number }).port;
    let connections = 0;
    let helloBytes = 0;
    wss.on('connection', (ws) => {
      connections++;
      ws.once('message', (data: Buffer) => {
        helloBytes = data.length;
        ws.close();
      });
    });
    t = createTestContext({
      channels: (deps: ChannelFactoryDeps) => {
        const media = createMediaStore({ db: deps.db, cipher: deps.cipher, dir: mediaDirFor(deps.config.databasePath), maxBytes: 1_000_000, now: deps.now });
        channel = createWhatsappBaileysChannel(deps, { acceptGroups: false, maxPerMinute: 20, pairingPhone: undefined }, {
          media,
          createSocket: (auth, log) => createBaileysSocket(auth, log, { waWebSocketUrl: `ws://127.0.0.1:${port}/ws/chat` }),
          terminal: { isTTY: false, write: () => true },
          random: () => 0,
        });
        return [channel];
      },
    });
    await channel!.start(channelContext(t!.deps.intake, t.deps.log));
    await until(() => connections >= 1 && helloBytes > 0, 'the Noise hello');
    await until(() => connections >= 2, 'a reconnect');
    expect(channel!.health().state).toBe('down');
    expect(channel!.health().detail).toMatch(/needs pairing/);
    await channel!.stop();
    const after = connections;
    await new Promise((r) => setTimeout(r, 1500));
    expect(connections).toBe(after);
    expect(channel!.pairing().state).toBe('stopped');
  }, 40_000);
});
