// npm run bench:webhook [-- --requests 30000 --connections 50 --sync FULL]
// Signed Twilio SMS webhooks (each a new MessageSid, its own X-Twilio-Signature over PUBLIC_URL + path)
// under autocannon load against the real app in its own process: verified, parsed, committed by intake,
// answered with TwiML after commit. In the same run, the floor: a bare hono route under the same load.
import { arg, BENCH_TEXTS, fmt, runWebhookLoad } from './lib/webhook-load.ts';
import twilio from 'twilio';
import { loadavg } from 'node:os';

const REQUESTS = Math.min(Number(arg('requests', '30000')), 300_000);
const CONNECTIONS = Number(arg('connections', '50'));
const SYNC = arg('sync', 'FULL');
const SID = `AC${'b'.repeat(32)}`;
const TOKEN = 'bench-auth-token-0123456789abcdef';
const URL_SIGNED = 'https://hotline.example.gov.tr/webhooks/twilio/sms';

// Signed bodies are made before the clock starts, so the load generator measures the server, not HMACs.
const bodies = Array.from({ length: REQUESTS }, (_, i) => {
  const form = {
    MessageSid: `SM${i.toString(16).padStart(32, '0')}`,
    AccountSid: SID,
    From: `+90532${String(i % 5_000).padStart(7, '0')}`,
    To: '+908501234567',
    Body: `${BENCH_TEXTS[i % BENCH_TEXTS.length]!} #${i}`,
    NumMedia: '0',
    NumSegments: '1',
  };
  return { body: new URLSearchParams(form).toString(), signature: twilio.getExpectedTwilioSignature(TOKEN, URL_SIGNED, form) };
});

const run = (mode: string) =>
  runWebhookLoad({ script: 'bench/webhook-server.ts', mode, sync: SYNC, connections: CONNECTIONS, requests: REQUESTS, path: '/webhooks/twilio/sms', bodies, headers: (signature) => ({ 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }) });

const bare = await run('bare');
const full = await run('twilio');
console.log(`bench:webhook — ${REQUESTS} signed Twilio SMS webhooks, ${CONNECTIONS} connections, SQLite synchronous=${SYNC}`);
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (2 cores)`);
console.log(`  floor  bare hono route:                                  ${fmt(bare.rps)} requests/s  p50 ${bare.p50} ms  p99 ${bare.p99} ms  (server CPU ${fmt(bare.cpuPerRequest)} µs/request)`);
console.log(`  köprü  verify + parse + intake commit + ack, TwiML after: ${fmt(full.rps)} requests/s  p50 ${full.p50} ms  p99 ${full.p99} ms  (server CPU ${fmt(full.cpuPerRequest)} µs/request; non-2xx ${full.non2xx}, errors ${full.errors}, stored ${full.stored})`);
console.log(`  ratio  ${(full.rps / bare.rps).toFixed(2)} of the floor; target ≥ 5,000 requests/s with p99 < 50 ms: ${full.rps >= 5000 && full.p99 < 50 ? 'met' : 'NOT met'}`);
if (full.stored !== REQUESTS || full.non2xx > 0) process.exitCode = 1;
