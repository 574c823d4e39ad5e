// npm run bench:whatsapp-cloud [-- --requests 20000 --connections 50 --sync FULL]
// Signed WhatsApp Cloud API webhooks (each a new wamid, its own X-Hub-Signature-256 over the raw body)
// under autocannon load against the real app in its own process: verified, parsed, committed by intake,
// answered 200 after commit. In the same run, the floor: a bare hono route under the same load.
import { arg, BENCH_TEXTS, fmt, runWebhookLoad } from './lib/webhook-load.ts';
import { signBody } from '../channels/whatsapp-cloud/verify.ts';

// Must match bench/whatsapp-cloud-server.ts (not imported: importing it would start a server here).
const BENCH_CLOUD = { appSecret: 'bench-app-secret', phoneNumberId: '106540352242922' };

const REQUESTS = Math.min(Number(arg('requests', '20000')), 200_000);
const CONNECTIONS = Number(arg('connections', '50'));
const SYNC = arg('sync', 'FULL');

// Signed bodies are made before the clock starts, so the load generator measures the server, not HMACs.
const bodies = Array.from({ length: REQUESTS }, (_, i) => {
  const waId = `90532${String(i % 5_000).padStart(7, '0')}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '908501830183', phone_number_id: BENCH_CLOUD.phoneNumberId },
              contacts: [{ profile: { name: 'Vatandaş' }, wa_id: waId }],
              messages: [{ from: waId, id: `wamid.BENCH${i.toString(16).padStart(24, '0')}`, timestamp: String(1795770000 + i), type: 'text', text: { body: `${BENCH_TEXTS[i % BENCH_TEXTS.length]!} #${i}` } }],
            },
          },
        ],
      },
    ],
  });
  return { body, signature: signBody(Buffer.from(body), BENCH_CLOUD.appSecret) };
});

const run = (mode: string) =>
  runWebhookLoad({ script: 'bench/whatsapp-cloud-server.ts', mode, sync: SYNC, connections: CONNECTIONS, requests: REQUESTS, path: '/webhooks/whatsapp', bodies, headers: (signature) => ({ 'content-type': 'application/json', 'x-hub-signature-256': signature }) });

const bare = await run('bare');
const full = await run('cloud');
console.log(`bench:whatsapp-cloud — ${REQUESTS} signed Cloud API webhooks (one text message each), ${CONNECTIONS} connections, SQLite synchronous=${SYNC}`);
console.log(`  floor  bare hono route:                                        ${fmt(bare.rps)} requests/s  p50 ${bare.p50} ms  p99 ${bare.p99} ms  (server CPU ${fmt(bare.cpuPerRequest)} µs/request)`);
console.log(`  köprü  HMAC over raw body + parse + intake commit, 200 after:   ${fmt(full.rps)} requests/s  p50 ${full.p50} ms  p99 ${full.p99} ms  (server CPU ${fmt(full.cpuPerRequest)} µs/request; non-2xx ${full.non2xx}, errors ${full.errors}, stored ${full.stored})`);
console.log(`  ratio  ${(full.rps / bare.rps).toFixed(2)} of the floor`);
