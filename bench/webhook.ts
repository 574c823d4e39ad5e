// npm run bench:webhook [-- --requests 30000 --connections 50 --sync FULL]
// Signed Twilio SMS webhooks (each a new MessageSid, its own X-Twilio-Signature over PUBLIC_URL + path)
// under autocannon load against the real app in its own process: verified, parsed, committed by intake,
// answered with TwiML after commit. In the same run, the floor: a bare hono route under the same load.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import twilio from 'twilio';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const REQUESTS = Math.min(Number(arg('requests', '30000')), 300_000);
const CONNECTIONS = Number(arg('connections', '50'));
const SYNC = arg('sync', 'FULL');
const SID = `AC${'b'.repeat(32)}`;
const TOKEN = 'bench-auth-token-0123456789abcdef';
const URL_SIGNED = 'https://hotline.example.gov.tr/webhooks/twilio/sms';
const TEXTS = [
  'Merhaba, engelli maaşım bu ay yatmadı. Mehmet Demir 12345678950',
  'slm esim beni dovuyor cocuklarla evden cikamiyorum acil yardim edin. Fatma K. Van',
  'Gazi maaşı başvurusu için hangi belgeler gerekli? Ali Vural',
  'Iyi gunler annem 82 yasinda evde bakim destegi istiyoruz Konya',
];

// Signed bodies are made before the clock starts, so the load generator measures the server, not HMACs.
const bodies = Array.from({ length: REQUESTS }, (_, i) => {
  const form = {
    MessageSid: `SM${i.toString(16).padStart(32, '0')}`,
    AccountSid: SID,
    From: `+90532${String(i % 5_000).padStart(7, '0')}`,
    To: '+908501234567',
    Body: `${TEXTS[i % TEXTS.length]!} #${i}`,
    NumMedia: '0',
    NumSegments: '1',
  };
  return { body: new URLSearchParams(form).toString(), signature: twilio.getExpectedTwilioSignature(TOKEN, URL_SIGNED, form) };
});

async function run(mode: 'twilio' | 'bare') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/webhook-server.ts', mode, SYNC], { stdio: 'pipe' });
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
          path: '/webhooks/twilio/sms',
          setupRequest: (req) => {
            const b = bodies[next++ % bodies.length]!;
            return { ...req, body: b.body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': b.signature } };
          },
        },
      ],
    });
    child.stdin.write('count\n');
    const [line] = (await once(lines, 'line')) as [string];
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, total: result.requests.total, stored: Number(line.replace('count ', '')) };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

const bare = await run('bare');
const full = await run('twilio');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`bench:webhook — ${REQUESTS} signed Twilio SMS webhooks, ${CONNECTIONS} connections, SQLite synchronous=${SYNC}`);
console.log(`  floor  bare hono route:                                  ${fmt(bare.rps)} requests/s  p50 ${bare.p50} ms  p99 ${bare.p99} ms`);
console.log(`  köprü  verify + parse + intake commit + ack, TwiML after: ${fmt(full.rps)} requests/s  p50 ${full.p50} ms  p99 ${full.p99} ms  (non-2xx ${full.non2xx}, errors ${full.errors}, stored ${full.stored})`);
console.log(`  ratio  ${(full.rps / bare.rps).toFixed(2)} of the floor; target ≥ 5,000 requests/s with p99 < 50 ms: ${full.rps >= 5000 && full.p99 < 50 ? 'met' : 'NOT met'}`);
if (full.stored !== REQUESTS || full.non2xx > 0) process.exitCode = 1;
