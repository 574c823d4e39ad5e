import { SendError } from '../../src/channel.ts';
import { readCapped } from '../../src/media/read-capped.ts';

export interface GraphOptions {
  apiBase: string;
  accessToken: string;
  phoneNumberId: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** A Graph API refusal, as Meta describes it (`{ error: { code, message, error_data } }`). */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface MediaInfo {
  url: string;
  mimeType: string | undefined;
  sha256: string | undefined;
  fileSize: number | undefined;
}

/** Error codes: https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes */
const THROTTLED = new Set([4, 80007, 130429, 131048, 131056]);
const UNAVAILABLE = new Set([1, 2, 131000, 131016, 133004]);
const MISCONFIGURED = new Set([0, 3, 10, 190, 200, 131031, 131037, 132001, 132000, 132015, 132016]);
export const OUTSIDE_WINDOW = 131047;

/** A Graph refusal → the outbox's closed set of send errors. */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  if (!(err instanceof GraphError)) {
    const message = err instanceof Error ? err.message : String(err);
    return new SendError('unavailable', `Graph API unreachable: ${message}`, { cause: err });
  }
  const what = `Graph API ${err.status}${err.code !== undefined ? ` (${err.code})` : ''}: ${err.message}`;
  const retry = err.retryAfterMs !== undefined ? { retryAfterMs: err.retryAfterMs, cause: err } : { cause: err };
  if (err.code === OUTSIDE_WINDOW) return new SendError('outside_window', what, { cause: err });
  if (err.status === 429 || (err.code !== undefined && THROTTLED.has(err.code))) return new SendError('throttled', what, retry);
  if (err.status === 401 || (err.code !== undefined && MISCONFIGURED.has(err.code))) return new SendError('misconfigured', what, { cause: err });
  if (err.status >= 500 || (err.code !== undefined && UNAVAILABLE.has(err.code))) return new SendError('unavailable', what, retry);
  return new SendError('rejected', what, { cause: err });
}

/** The few Graph API calls the channel makes: send text, send a template, fetch a media file. */
export function createGraphClient(options: GraphOptions) {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const auth = { authorization: `Bearer ${options.accessToken}` };

  const call = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const res = await doFetch(url, { ...init, headers: { ...auth, ...(init.headers ?? {}) }, signal: AbortSignal.timeout(timeoutMs) });
    if (res.ok) return res;
    const text = await res.text().catch(() => '');
    let code: number | undefined;
    let message = res.statusText || 'error';
    try {
      const e = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown; error_data?: { details?: unknown } } }).error;
      if (typeof e?.code === 'number') code = e.code;
      const details = typeof e?.error_data?.details === 'string' ? e.error_data.details : undefined;
      if (typeof e?.message === 'string') message = details ? `${e.message} (${details})` : e.message;
    } catch {
      /* not JSON: keep the status text */
    }
    throw new GraphError(res.status, code, message.slice(0, 300), retryAfter(res.headers.get('retry-after')));
  };

  const sendMessage = async (payload: Record<string, unknown>): Promise<string> => {
    const res = await call(`${options.apiBase}/${options.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...payload }),
    });
    const body = (await res.json().catch(() => null)) as { messages?: Array<{ id?: unknown }> } | null;
    const id = body?.messages?.[0]?.id;
    if (typeof id !== 'string' || !id) throw new GraphError(res.status, undefined, 'the answer had no message id', undefined);
    return id;
  };

  return {
    sendText: (to: string, text: string) => sendMessage({ to, type: 'text', text: { preview_url: false, body: text } }),
    sendTemplate: (to: string, template: { name: string; lang: string }) =>
      sendMessage({ to, type: 'template', template: { name: template.name, language: { code: template.lang } } }),
    async mediaInfo(mediaId: string): Promise<MediaInfo> {
      if (!/^[A-Za-z0-9_.-]{1,200}$/.test(mediaId)) throw new GraphError(400, undefined, 'not a media id', undefined);
      const res = await call(`${options.apiBase}/${mediaId}?phone_number_id=${encodeURIComponent(options.phoneNumberId)}`);
      const b = (await res.json()) as { url?: unknown; mime_type?: unknown; sha256?: unknown; file_size?: unknown };
      if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url)) throw new GraphError(res.status, undefined, 'the media answer had no URL', undefined);
      return {
        url: b.url,
        mimeType: typeof b.mime_type === 'string' ? b.mime_type : undefined,
        sha256: typeof b.sha256 === 'string' ? b.sha256 : undefined,
        fileSize: typeof b.file_size === 'number' ? b.file_size : typeof b.file_size === 'string' ? Number(b.file_size) : undefined,
      };
    },
    /** The file itself: Meta's media URLs want the same bearer token. */
    async download(url: string, maxBytes: number): Promise<Buffer> {
      const res = await call(url);
      if (!res.body) return Buffer.alloc(0);
      return readCapped(res.body as unknown as AsyncIterable<Uint8Array>, maxBytes);
    },
  };
}

export type GraphClient = ReturnType<typeof createGraphClient>;

function retryAfter(h: string | null): number | undefined {
  if (!h) return undefined;
  const s = Number(h);
  if (Number.isFinite(s) && s >= 0) return Math.min(s * 1000, 3_600_000);
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, Math.min(at - Date.now(), 3_600_000)) : undefined;
}
