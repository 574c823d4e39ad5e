import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeMediaFile {
  bytes: Buffer;
  mimeType: string;
  /** What the media lookup says the size is (defaults to the real size). */
  declaredSize?: number;
}

/**
 * Meta's Graph API on loopback, shaped as documented: POST /{version}/{phone-number-id}/messages,
 * GET /{version}/{media-id} → { url, mime_type, sha256, file_size }, and the media URL itself. All
 * want the bearer token, as the real one does.
 */
export class FakeGraphApi {
  readonly sent: Array<{ path: string; body: Record<string, unknown>; authorization: string | undefined }> = [];
  readonly media = new Map<string, FakeMediaFile>();
  /** Replies for the next message sends, in order; a success with a fresh wamid when empty. */
  readonly replies: GraphReply[] = [];
  private server: Server | null = null;
  private seq = 0;
  base = '';

  constructor(readonly accessToken: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        const raw = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
        res.writeHead(status, { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json', ...headers }).end(raw);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiBase(): string {
    return `${this.base}/v23.0`;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  static sha256(bytes: Buffer): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  private async handle(req: IncomingMessage): Promise<GraphReply> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', this.base);
    if (req.headers.authorization !== `Bearer ${this.accessToken}`)
      return { status: 401, body: { error: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190, fbtrace_id: 'Afake' } } };
    const send = url.pathname.match(/^\/v23\.0\/(\d+)\/messages$/);
    if (req.method === 'POST' && send) {
      this.sent.push({ path: url.pathname, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>, authorization: req.headers.authorization });
      const reply = this.replies.shift();
      if (reply) return reply;
      const to = (this.sent.at(-1)!.body.to as string) ?? '';
      return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.OUT${++this.seq}` }] } };
    }
    const lookup = url.pathname.match(/^\/v23\.0\/(\d+)$/);
    if (req.method === 'GET' && lookup) {
      const file = this.media.get(lookup[1]!);
      if (!file) return { status: 404, body: { error: { message: 'Unsupported get request. Object does not exist', type: 'GraphMethodException', code: 100, error_subcode: 33 } } };
      return {
        status: 200,
        body: {
          messaging_product: 'whatsapp',
          url: `${this.base}/whatsapp_business/attachments/?mid=${lookup[1]}&ext=1`,
          mime_type: file.mimeType,
          sha256: FakeGraphApi.sha256(file.bytes),
          file_size: file.declaredSize ?? file.bytes.length,
          id: lookup[1],
        },
      };
    }
    if (req.method === 'GET' && url.pathname === '/whatsapp_business/attachments/') {
      const file = this.media.get(url.searchParams.get('mid') ?? '');
      if (!file) return { status: 404, body: { error: { message: 'not found', code: 100 } } };
      return { status: 200, body: file.bytes };
    }
    return { status: 404, body: { error: { message: 'Unknown path', code: 100 } } };
  }
}
