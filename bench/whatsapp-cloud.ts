// npm run bench:whatsapp-cloud [-- --requests 20000 --connections 50 --sync FULL]
// Signed WhatsApp Cloud API webhooks (each a new wamid, its own X-Hub-Signature-256 over the raw body)
// under autocannon load against the real app in its own process: verified, parsed, committed by intake,
// answered 200 after commit. In the same run, the floor: a bare hono route under the same load.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { signBody } from '../channels/whatsapp-cloud/verify.ts';

// Must match bench/whatsapp-cloud-server.ts (not imported: importing it would start a server here).
const BENCH_CLOUD = { appSecret: 'bench-app-secret', phoneNumberId: '106540352242922' };

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const REQUESTS = Math.min(Number(arg('requests', '20000')), 200_000);
const CONNECTIONS = Number(arg('connections', '50'));
const SYNC = arg('sync', 'FULL');
const TEXTS = [
  'Merhaba, engelli maaşım bu ay yatmadı. Mehmet Demir 12345678950',
  'slm esim beni dovuyor cocuklarla evden cikamiyorum acil yardim edin. Fatma K. Van',
  'Gazi maaşı başvurusu için hangi belgeler gerekli? Ali Vural',
  'Iyi gunler annem 82 yasinda evde bakim destegi istiyoruz Konya',
];

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
              messages: [{ from: waId, id: `wamid.BENCH${i.toString(16).padStart(24, '0')}`, timestamp: String(1795770000 + i), type: 'text', text: { body: `${TEXTS[i % TEXTS.length]!} #${i}` } }],
            },
          },
        ],
      },
    ],
  });
  return { body, signature: signBody(Buffer.from(body), BENCH_CLOUD.appSecret) };
});

async function run(mode: 'cloud' | 'bare') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/whatsapp-cloud-server.ts', mode, SYNC], { stdio: 'pipe' });
  child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  const lines = createInterface({ input: child.stdout });
  try {
    const [first] = (await once(lines, 'line')) as [string];
    const port = Number(first.replace('port ', ''));
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      amount: REQUESTS,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/webhooks/whatsapp',
          setupRequest: (req) => {
            const b = bodies[next++ % bodies.length]!;
            return { ...req, body: b.body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': b.signature } };
          },
        },
      ],
    });
    child.stdin.write('count\n');
    const [line] = (await once(lines, 'line')) as [string];
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, stored: Number(line.replace('count ', '')) };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

const bare = await run('bare');
const full = await run('cloud');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`bench:whatsapp-cloud — ${REQUESTS} signed Cloud API webhooks (one text message each), ${CONNECTIONS} connections, SQLite synchronous=${SYNC}`);
console.log(`  floor  bare hono route:                                        ${fmt(bare.rps)} requests/s  p50 ${bare.p50} ms  p99 ${bare.p99} ms`);
console.log(`  köprü  HMAC over raw body + parse + intake commit, 200 after:   ${fmt(full.rps)} requests/s  p50 ${full.p50} ms  p99 ${full.p99} ms  (non-2xx ${full.non2xx}, errors ${full.errors}, stored ${full.stored})`);
console.log(`  ratio  ${(full.rps / bare.rps).toFixed(2)} of the floor`);
