import type { Attachment, InboundStatus } from '../../src/channel.ts';
import type { DeliveryStatus } from '../../src/db/schema.ts';

export const WHATSAPP_CLOUD = 'whatsapp-cloud';

/** A media part still to be fetched from the Graph API by its id (the adapter does that; this file stays pure). */
export interface CloudMediaPart {
  kind: 'image' | 'audio' | 'video' | 'document' | 'sticker';
  mediaId: string;
  contentType: string | undefined;
  sha256: string | undefined;
  filename: string | undefined;
  voice?: boolean;
}

export interface CloudMessage {
  externalId: string;
  /** `+<wa_id>` */
  from: string;
  fromName: string | undefined;
  text: string;
  media: CloudMediaPart | undefined;
  attachments: Attachment[];
  receivedAt: Date;
  meta: Record<string, unknown>;
}

export type CloudWebhook = { ok: true; messages: CloudMessage[]; statuses: InboundStatus[]; skipped: Array<{ id: string | undefined; reason: string }> } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x)) ? Number(x) : undefined);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

const MEDIA_TYPES = new Set(['image', 'audio', 'video', 'document', 'sticker']);
/** Not something a citizen said to the hotline. */
const IGNORED_TYPES = new Set(['reaction', 'system', 'ephemeral', 'request_welcome']);
const STATUS: Record<string, DeliveryStatus> = { sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed' };

/**
 * A Cloud API webhook body (already JSON-parsed) → messages and delivery statuses. Pure. Only changes
 * for our phone number id are taken: one Meta app can serve several numbers.
 */
export function parseCloudWebhook(body: unknown, phoneNumberId: string): CloudWebhook {
  if (!isObj(body) || !Array.isArray(body.entry)) return { ok: false, error: 'not a WhatsApp webhook: no entry list' };
  const messages: CloudMessage[] = [];
  const statuses: InboundStatus[] = [];
  const skipped: Array<{ id: string | undefined; reason: string }> = [];
  for (const entry of body.entry) {
    for (const change of arr(isObj(entry) ? entry.changes : undefined)) {
      if (!isObj(change) || !isObj(change.value)) continue;
      const value = change.value;
      if (change.field !== undefined && change.field !== 'messages') continue;
      const metadata = isObj(value.metadata) ? value.metadata : {};
      if (str(metadata.phone_number_id) !== phoneNumberId) {
        skipped.push({ id: undefined, reason: 'another phone number' });
        continue;
      }
      const names = new Map<string, string>();
      for (const c of arr(value.contacts)) {
        if (isObj(c) && str(c.wa_id) && isObj(c.profile) && str(c.profile.name)) names.set(c.wa_id as string, c.profile.name as string);
      }
      for (const raw of arr(value.messages)) {
        const m = parseMessage(raw, names);
        if ('skip' in m) skipped.push({ id: isObj(raw) ? str(raw.id) : undefined, reason: m.skip });
        else messages.push(m);
      }
      for (const raw of arr(value.statuses)) {
        if (!isObj(raw)) continue;
        const id = str(raw.id);
        const status = STATUS[str(raw.status) ?? ''];
        if (!id || !status) {
          skipped.push({ id, reason: `status ${String(raw.status)}` });
          continue;
        }
        const err = arr(raw.errors).find(isObj);
        const error = err ? [num(err.code), str(err.title) ?? str(err.message)].filter((x) => x !== undefined).join(': ') : undefined;
        statuses.push({ type: 'status', channel: WHATSAPP_CLOUD, externalId: id, status, ...(error ? { error } : {}) });
      }
    }
  }
  return { ok: true, messages, statuses, skipped };
}

function parseMessage(raw: unknown, names: Map<string, string>): CloudMessage | { skip: string } {
  if (!isObj(raw)) return { skip: 'not an object' };
  const id = str(raw.id);
  const from = str(raw.from);
  const type = str(raw.type);
  if (!id || !from || !/^\d{6,16}$/.test(from)) return { skip: 'no id or sender' };
  if (!type) return { skip: 'no type' };
  if (IGNORED_TYPES.has(type)) return { skip: type };
  const seconds = num(raw.timestamp);
  const base = {
    externalId: id,
    from: `+${from}`,
    fromName: names.get(from),
    receivedAt: new Date(seconds !== undefined ? seconds * 1000 : 0),
    meta: { whatsappType: type, ...(isObj(raw.context) && str(raw.context.id) ? { replyTo: raw.context.id } : {}) } as Record<string, unknown>,
  };
  const body = isObj(raw[type]) ? (raw[type] as Obj) : {};

  if (type === 'text') return { ...base, text: str(body.body) ?? '', media: undefined, attachments: [] };
  if (MEDIA_TYPES.has(type)) {
    const mediaId = str(body.id);
    const kind = type as CloudMediaPart['kind'];
    const media: CloudMediaPart | undefined = mediaId
      ? {
          kind,
          mediaId,
          contentType: str(body.mime_type),
          sha256: str(body.sha256),
          filename: str(body.filename),
          ...(kind === 'audio' ? { voice: body.voice === true } : {}),
        }
      : undefined;
    return {
      ...base,
      text: str(body.caption) ?? '',
      media,
      attachments: media ? [] : [{ kind, meta: { error: 'no media id' } }],
    };
  }
  if (type === 'location') {
    const meta = Object.fromEntries(
      Object.entries({ latitude: num(body.latitude), longitude: num(body.longitude), name: str(body.name), address: str(body.address), url: str(body.url) }).filter(([, v]) => v !== undefined),
    );
    return { ...base, text: '', media: undefined, attachments: [{ kind: 'location', meta }] };
  }
  if (type === 'contacts') {
    const cards = arr(raw.contacts).filter(isObj);
    return {
      ...base,
      text: '',
      media: undefined,
      attachments: cards.map((c) => ({
        kind: 'contact',
        meta: {
          displayName: isObj(c.name) ? (str(c.name.formatted_name) ?? null) : null,
          phones: arr(c.phones).filter(isObj).map((p) => str(p.phone) ?? str(p.wa_id)).filter((p) => p !== undefined),
        },
      })),
    };
  }
  if (type === 'interactive') {
    const kind = str(body.type);
    const reply = kind && isObj(body[kind]) ? (body[kind] as Obj) : {};
    const title = str(reply.title) ?? '';
    return { ...base, text: title, media: undefined, attachments: [], meta: { ...base.meta, reply: { type: kind ?? null, id: str(reply.id) ?? null } } };
  }
  if (type === 'button') {
    return { ...base, text: str(body.text) ?? '', media: undefined, attachments: [], meta: { ...base.meta, reply: { type: 'button', id: str(body.payload) ?? null } } };
  }
  // `unsupported`/`unknown` (a type the Cloud API cannot forward), orders, polls…: the operator must
  // still see that the citizen wrote, and may answer asking them to write text.
  const code = num(arr(raw.errors).find(isObj)?.code);
  const label = type === 'unsupported' || type === 'unknown' ? 'unsupported message' : `unsupported: ${type}`;
  return { ...base, text: `[${label}]`, media: undefined, attachments: [], meta: { ...base.meta, ...(code !== undefined ? { errorCode: code } : {}) } };
}
