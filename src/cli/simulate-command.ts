import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSmsc, type CitizenSms, type Submitted } from '../../channels/smpp/fake-smsc.ts';
import { planSegments } from '../../channels/smpp/segment.ts';

/**
 * `kopru simulate [file.jsonl]`: a fake operator SMSC on loopback. It waits for the gateway to bind
 * (start either first: the gateway reconnects), sends each citizen SMS of the file as real SMPP
 * deliver_sm (concatenated GSM/UCS2 parts, SAR, message_payload), and prints what the gateway sends back.
 */

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../channels/smpp/testdata/sample-sms.jsonl');

interface Options {
  file: string;
  host: string;
  port: number;
  systemId: string;
  password: string;
  gatewayUrl: string;
  waitMs: number;
  bindTimeoutMs: number;
}

function parseArgs(args: string[]): Options {
  const o: Options = { file: SAMPLE, host: '127.0.0.1', port: 2775, systemId: 'kopru', password: 'kopru', gatewayUrl: 'http://127.0.0.1:8183', waitMs: 15_000, bindTimeoutMs: 300_000 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') o.port = Number(value());
    else if (a === '--host') o.host = value();
    else if (a === '--system-id') o.systemId = value();
    else if (a === '--password') o.password = value();
    else if (a === '--gateway-url' || a === '--gateway') o.gatewayUrl = value().replace(/\/+$/, '');
    else if (a === '--gateway-port') o.gatewayUrl = `http://127.0.0.1:${Number(value())}`;
    else if (a === '--wait') o.waitMs = Number(value()) * 1000;
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else o.file = resolve(a);
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new Error('--port must be a port number');
  return o;
}

const USAGE = `usage: kopru simulate [file.jsonl] [--port 2775] [--host 127.0.0.1] [--system-id kopru] [--password kopru]
                      [--gateway-port 8183 | --gateway-url http://127.0.0.1:8183] [--wait 15]
  Each line of the file: {"from": "+905321234567", "text": "...", "split": "udh8|udh16|sar|payload"}`;

export async function runSimulateCommand(args: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const o = parseArgs(args);
  const messages = readFileSync(o.file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const m = JSON.parse(l) as CitizenSms;
      if (typeof m.from !== 'string' || typeof m.text !== 'string') throw new Error(`${o.file}:${i + 1}: needs "from" and "text"`);
      return m;
    });
  const say = (s: string) => out.write(`${s}\n`);
  let lastAck = Date.now();
  const smsc = new FakeSmsc({
    host: o.host,
    port: o.port,
    systemId: o.systemId,
    password: o.password,
    window: 10,
    receipts: true,
    onBind: (id, mode) => say(`✓ gateway bound as ${mode} (system_id ${id})`),
    onSubmit: (sm) => {
      lastAck = Date.now();
      setImmediate(() => printSubmit(say, sm));
      return 0;
    },
  });
  await smsc.listen();
  say(`Fake SMSC listening on ${o.host}:${smsc.port} (system_id ${o.systemId}, password ${o.password}).`);
  say(`Start the gateway with (in another terminal):\n\n  SMPP_HOST=${o.host} SMPP_PORT=${smsc.port} SMPP_SYSTEM_ID=${o.systemId} SMPP_PASSWORD=${o.password} npm start\n`);
  say('Waiting for the gateway to bind…');
  try {
    await smsc.waitForBind(o.bindTimeoutMs);
  } catch {
    say('No gateway bound. Is it running with the SMPP_* settings above?');
    await smsc.close();
    return 1;
  }

  say(`\nSending ${messages.length} SMS from ${o.file}:`);
  await Promise.all(
    messages.map(async (m, i) => {
      const plan = planSegments(m.text, { forceUcs2: m.forceUcs2 });
      const how = m.split === 'payload' ? 'message_payload' : plan.segments.length > 1 ? `${plan.segments.length} parts, ${m.split === 'sar' ? 'SAR TLVs' : m.split === 'udh16' ? '16-bit UDH' : '8-bit UDH'}` : '1 part';
      await smsc.send(m);
      say(`→ #${i + 1} from ${m.from} (${plan.encoding === 'ucs2' ? 'UCS2' : 'GSM 7-bit'}, ${how}): committed by the gateway (deliver_sm_resp OK)`);
    }),
  );
  say('\nWaiting for acknowledgements…');
  lastAck = Math.max(lastAck, Date.now());
  while (Date.now() - lastAck < Math.min(o.waitMs, 3_000) || (smsc.submitted.length === 0 && Date.now() - lastAck < o.waitMs)) await new Promise((r) => setTimeout(r, 200));
  const acks = smsc.messages();
  say(`\n${messages.length} SMS sent, ${acks.length} acknowledgement(s) received (${smsc.submitted.length} submit_sm).`);
  try {
    const health = (await (await fetch(`${o.gatewayUrl}/healthz`)).json()) as { channels?: Record<string, { state: string; since: string }> };
    const smpp = health.channels?.smpp;
    if (smpp) say(`Gateway /healthz: smpp ${smpp.state} since ${smpp.since}. The tickets are in the inbox at ${o.gatewayUrl}/.`);
  } catch {
    /* the gateway may listen elsewhere: nothing to add */
  }
  await smsc.close();
  return 0;
}

function printSubmit(say: (s: string) => void, sm: Omit<Submitted, 'messageId' | 'status'>) {
  const enc = sm.dataCoding === 8 ? 'UCS2' : 'GSM 7-bit';
  const part = sm.concat ? ` part ${sm.concat.seq}/${sm.concat.total}` : '';
  say(`← to +${sm.destination.replace(/^\+/, '')} [${enc}${part}]: ${sm.text}`);
}
