import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { TestContext } from './test-deps.ts';
import { channelContext } from '../../src/intake/channel-context.ts';

export interface ServedApp {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * The test context's app on a real HTTP server (loopback, a free port), wired as main.ts wires it:
 * channel attach hooks (WebSocket upgrades) and, unless told otherwise, channels started with intake.
 */
export async function serveTestApp(t: TestContext, options: { startChannels?: boolean } = {}): Promise<ServedApp> {
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server)) as Server;
  });
  for (const channel of t.deps.channels.values()) channel.attach?.(server);
  if (options.startChannels !== false)
    for (const channel of t.deps.channels.values())
      await channel.start(channelContext(t.deps.intake, t.deps.log.child({ channel: channel.name })));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    async close() {
      if (options.startChannels !== false) await Promise.allSettled([...t.deps.channels.values()].map((c) => c.stop()));
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
