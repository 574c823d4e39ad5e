import {
  getContentType,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  normalizeMessageContent,
  proto,
  type WAMessage,
  type WAMessageKey,
  type WAMessageUpdate,
} from '@whiskeysockets/baileys';
import type { Attachment } from '../../src/channel.ts';
import type { DeliveryStatus } from '../../src/db/schema.ts';

/** A media part still to be downloaded (the adapter does that; this file stays pure). */
export interface WaMediaPart {
  kind: 'image' | 'audio' | 'video' | 'document' | 'sticker';
  contentType: string | undefined;
  filename: string | undefined;
  /** What the sender's app says the file weighs; checked before downloading. */
  declaredSize: number | undefined;
  /** A voice note (push-to-talk) rather than an audio file. */
  voice?: boolean;
  seconds?: number;
}

export interface ParsedWaMessage {
  id: string;
  /** The person: a phone JID or a LID, normalised (no device). */
  senderJid: string;
  /** The other form of the person's JID when WhatsApp gives it (LID ↔ phone). */
  senderAltJid: string | undefined;
  /** The group's JID when written in a group. */
  groupJid: string | undefined;
  pushName: string | undefined;
  receivedAt: Date;
  text: string;
  media: WaMediaPart | undefined;
  /** Attachments that need no download: location, contact cards. */
  attachments: Attachment[];
  /** The WhatsApp message type, e.g. `audioMessage`. */
  waType: string;
}

export type WaParseOutcome = { ok: true; message: ParsedWaMessage } | { ok: false; skip: string };

/** Message types that are not something a citizen said: edits, deletions, reactions, poll votes, key exchanges. */
const IGNORED_TYPES = new Set([
  'protocolMessage',
  'reactionMessage',
  'encReactionMessage',
  'pollUpdateMessage',
  'keepInChatMessage',
  'pinInChatMessage',
  'senderKeyDistributionMessage',
  'messageContextInfo',
  'encEventResponseMessage',
  'botInvokeMessage',
]);

export interface WaParseOptions {
  acceptGroups: boolean;
}

/** One Baileys message (from `messages.upsert`) → what intake needs, or why it is skipped. Pure. */
export function parseWaMessage(msg: WAMessage, options: WaParseOptions): WaParseOutcome {
  const key: WAMessageKey = msg.key;
  const remote = key.remoteJid ?? '';
  if (!key.id) return { ok: false, skip: 'no id' };
  if (key.fromMe) return { ok: false, skip: 'own message' };
  if (!remote) return { ok: false, skip: 'no chat' };
  if (isJidStatusBroadcast(remote) || isJidBroadcast(remote)) return { ok: false, skip: 'status or broadcast' };
  if (isJidNewsletter(remote)) return { ok: false, skip: 'newsletter' };
  const group = isJidGroup(remote) === true;
  if (group && !options.acceptGroups) return { ok: false, skip: 'group' };
  const sender = group ? key.participant : remote;
  if (!sender) return { ok: false, skip: 'no sender' };

  const content = normalizeMessageContent(msg.message);
  const type = content ? getContentType(content) : undefined;
  // Stubs (calls, decryption still pending) carry no content: Baileys emits the message again once it has it.
  if (!content || !type) return { ok: false, skip: 'no content' };
  if (IGNORED_TYPES.has(type)) return { ok: false, skip: type };

  const body = readContent(content, type);
  return {
    ok: true,
    message: {
      id: key.id,
      senderJid: sender,
      senderAltJid: (group ? key.participantAlt : key.remoteJidAlt) ?? undefined,
      groupJid: group ? remote : undefined,
      pushName: msg.pushName ?? undefined,
      receivedAt: new Date(toNumber(msg.messageTimestamp) * 1000 || Date.now()),
      text: body.text,
      media: body.media,
      attachments: body.attachments,
      waType: type,
    },
  };
}

interface Body {
  text: string;
  media?: WaMediaPart;
  attachments: Attachment[];
}

function readContent(m: proto.IMessage, type: string): Body {
  const none: Attachment[] = [];
  switch (type) {
    case 'conversation':
      return { text: m.conversation ?? '', attachments: none };
    case 'extendedTextMessage':
      return { text: m.extendedTextMessage?.text ?? '', attachments: none };
    case 'imageMessage': {
      const x = m.imageMessage!;
      return { text: x.caption ?? '', media: part('image', x), attachments: none };
    }
    case 'videoMessage':
    case 'ptvMessage': {
      const x = (type === 'videoMessage' ? m.videoMessage : m.ptvMessage)!;
      return { text: x.caption ?? '', media: { ...part('video', x), ...(x.seconds ? { seconds: x.seconds } : {}) }, attachments: none };
    }
    case 'audioMessage': {
      const x = m.audioMessage!;
      return { text: '', media: { ...part('audio', x), voice: x.ptt === true, ...(x.seconds ? { seconds: x.seconds } : {}) }, attachments: none };
    }
    case 'documentMessage': {
      const x = m.documentMessage!;
      return { text: x.caption ?? '', media: { ...part('document', x), filename: x.fileName ?? undefined }, attachments: none };
    }
    case 'stickerMessage':
      return { text: '', media: part('sticker', m.stickerMessage!), attachments: none };
    case 'locationMessage':
    case 'liveLocationMessage': {
      const x = type === 'locationMessage' ? m.locationMessage! : m.liveLocationMessage!;
      const named = 'name' in x ? (x as proto.Message.ILocationMessage) : {};
      const meta = compact({
        latitude: x.degreesLatitude,
        longitude: x.degreesLongitude,
        name: named.name,
        address: named.address,
        live: type === 'liveLocationMessage' || undefined,
      });
      const text = type === 'liveLocationMessage' ? (m.liveLocationMessage?.caption ?? '') : (m.locationMessage?.comment ?? '');
      return { text, attachments: [{ kind: 'location', meta }] };
    }
    case 'contactMessage': {
      const x = m.contactMessage!;
      return { text: '', attachments: [{ kind: 'contact', meta: compact({ displayName: x.displayName, vcard: x.vcard }) }] };
    }
    case 'contactsArrayMessage':
      return {
        text: '',
        attachments: (m.contactsArrayMessage?.contacts ?? []).map((x) => ({ kind: 'contact', meta: compact({ displayName: x.displayName, vcard: x.vcard }) })),
      };
    case 'buttonsResponseMessage':
      return { text: m.buttonsResponseMessage?.selectedDisplayText ?? m.buttonsResponseMessage?.selectedButtonId ?? '', attachments: none };
    case 'templateButtonReplyMessage':
      return { text: m.templateButtonReplyMessage?.selectedDisplayText ?? m.templateButtonReplyMessage?.selectedId ?? '', attachments: none };
    case 'listResponseMessage':
      return { text: m.listResponseMessage?.title ?? m.listResponseMessage?.singleSelectReply?.selectedRowId ?? '', attachments: none };
    default:
      // Polls, events, payments…: the operator still learns that the citizen wrote.
      return { text: `[unsupported: ${type}]`, attachments: none };
  }
}

function part(kind: WaMediaPart['kind'], x: { mimetype?: string | null; fileLength?: number | Long | null }): WaMediaPart {
  return { kind, contentType: x.mimetype ?? undefined, filename: undefined, declaredSize: x.fileLength == null ? undefined : toNumber(x.fileLength) };
}

type Long = { toNumber(): number };

export function toNumber(v: number | Long | null | undefined): number {
  if (v == null) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

const RECEIPT: Partial<Record<number, DeliveryStatus>> = {
  [proto.WebMessageInfo.Status.ERROR]: 'failed',
  [proto.WebMessageInfo.Status.SERVER_ACK]: 'sent',
  [proto.WebMessageInfo.Status.DELIVERY_ACK]: 'delivered',
  [proto.WebMessageInfo.Status.READ]: 'read',
  [proto.WebMessageInfo.Status.PLAYED]: 'read',
};

/** `messages.update` → delivery statuses of messages we sent (others' receipts and edits are not ours). */
export function parseReceipts(updates: WAMessageUpdate[]): Array<{ externalId: string; status: DeliveryStatus }> {
  const out: Array<{ externalId: string; status: DeliveryStatus }> = [];
  for (const u of updates) {
    if (!u.key.fromMe || !u.key.id || u.update.status == null) continue;
    const status = RECEIPT[u.update.status];
    if (status) out.push({ externalId: u.key.id, status });
  }
  return out;
}
