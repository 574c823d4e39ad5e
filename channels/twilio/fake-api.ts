import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/**
 * A loopback stand-in for Twilio's Messages REST endpoint, and the RequestClient that points the
 * real twilio library at it (STACK.md): the library builds, authenticates and parses as it would
 * against api.twilio.com; only the host differs.
 */

export interface FakeTwilioMessage {
  sid: string;
  to: string;
  body: string;
  from?: string;
  messagingServiceSid?: string;
  statusCallback?: string;
  authorization: string | undefined;
}

export type FakeReply = { status: number; body: Record<string, unknown> } | null;

export class FakeTwilioApi {
  readonly messages: FakeTwilioMessage[] = [];
  /** Decide a response per request (null: accept). */
  reply: (form: Record<string, string>, n: number) => FakeReply = () => null;
  private server: Server;
  private requests = 0;

  constructor() {
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const form = Object.fromEntries(new URLSearchParams(raw));
        const m = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/.exec(req.url ?? '');
        if (req.method !== 'POST' || !m) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 404, code: 20404, message: 'not found' }));
          return;
        }
        const forced = this.reply(form, ++this.requests);
        if (forced) {
          res.writeHead(forced.status, { 'content-type': 'application/json' }).end(JSON.stringify(forced.body));
          return;
        }
        const sid = `SM${randomBytes(16).toString('hex')}`;
        this.messages.push({
          sid,
          to: form.To ?? '',
          body: form.Body ?? '',
          ...(form.From ? { from: form.From } : {}),
          ...(form.MessagingServiceSid ? { messagingServiceSid: form.MessagingServiceSid } : {}),
          ...(form.StatusCallback ? { statusCallback: form.StatusCallback } : {}),
          authorization: req.headers.authorization,
        });
        res.writeHead(201, { 'content-type': 'application/json' }).end(
          JSON.stringify({ sid, account_sid: m[1], to: form.To, from: form.From ?? null, body: form.Body, status: 'queued', num_segments: '1', direction: 'outbound-api' }),
        );
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The twilio library's own HTTP client, sending to `base` instead of https://api.twilio.com. */
export class LoopbackRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super();
  }
  override request<TData>(opts: RequestOptions<TData>) {
    return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, this.base) });
  }
}

type RequestOptions<TData> = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0] & { data?: TData };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
