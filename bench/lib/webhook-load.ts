// Shared by the webhook benchmarks: start a server script in its own process, load it with autocannon,
// then ask it how many messages it stored.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

/** The citizen texts every webhook benchmark sends (Turkish, some without Turkish letters, one with a kimlik no). */
export const BENCH_TEXTS = [
  'Merhaba, engelli maaşım bu ay yatmadı. Mehmet Demir 12345678950',
  'slm esim beni dovuyor cocuklarla evden cikamiyorum acil yardim edin. Fatma K. Van',
  'Gazi maaşı başvurusu için hangi belgeler gerekli? Ali Vural',
  'Iyi gunler annem 82 yasinda evde bakim destegi istiyoruz Konya',
];

export interface WebhookLoad {
  /** Server script printing `port N` and answering `count` on stdin with `count N`. */
  script: string;
  mode: string;
  sync: string;
  connections: number;
  requests: number;
  path: string;
  /** Pre-signed bodies, so the load generator measures the server, not HMACs. */
  bodies: Array<{ body: string; signature: string }>;
  headers: (signature: string) => Record<string, string>;
}

export async function runWebhookLoad(load: WebhookLoad) {
  const profile = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', load.script, load.mode, load.sync], { stdio: 'pipe' });
  child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  const lines = createInterface({ input: child.stdout });
  try {
    const [first] = (await once(lines, 'line')) as [string];
    const port = Number(first.replace('port ', ''));
    let next = 0;
    const ask = async () => {
      child.stdin.write('count\n');
      const [line] = (await once(lines, 'line')) as [string];
      const [, stored, cpu] = line.split(' ');
      return { stored: Number(stored), cpu: Number(cpu ?? 0) };
    };
    const before = await ask();
    const started = performance.now();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: load.connections,
      amount: load.requests,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: load.path,
          setupRequest: (req) => {
            const b = load.bodies[next++ % load.bodies.length]!;
            return { ...req, body: b.body, headers: load.headers(b.signature) };
          },
        },
      ],
    });
    const seconds = (performance.now() - started) / 1000;
    const after = await ask();
    const cpuPerRequest = (after.cpu - before.cpu) / Math.max(1, result.requests.total);
    // Requests over the run's own wall time: autocannon's average is over whole seconds (30,000 in 7 or 8 of them).
    return { rps: result.requests.total / seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, stored: after.stored, cpuPerRequest };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
