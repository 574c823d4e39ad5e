import type { Attachment, InboundMessage, InboundStatus } from '../../src/channel.ts';
import type { DeliveryStatus } from '../../src/db/schema.ts';

/** Twilio webhook forms → InboundEvents. Pure: no signature checks (verify.ts), no I/O. */

export class TwilioFormError extends Error {}

export function parseIncomingSms(form: Record<string, string>, receivedAt: Date): InboundMessage {
  const sid = form.MessageSid ?? form.SmsSid;
  const from = form.From?.trim();
  if (!sid || !/^[A-Z]{2}[0-9a-fA-F]{32}$/.test(sid)) throw new TwilioFormError('MessageSid missing or malformed');
  if (!from) throw new TwilioFormError('From missing');
  const count = Math.min(Number.parseInt(form.NumMedia ?? '0', 10) || 0, 10);
  const attachments: Attachment[] = [];
  for (let i = 0; i < count; i++) {
    const url = form[`MediaUrl${i}`];
    if (!url) continue;
    const contentType = form[`MediaContentType${i}`];
    attachments.push({ kind: kindOf(contentType), url, ...(contentType ? { contentType } : {}) });
  }
  const segments = Number.parseInt(form.NumSegments ?? '', 10);
  return {
    type: 'message',
    channel: 'twilio',
    externalId: sid,
    from,
    ...(form.To ? { to: form.To } : {}),
    text: form.Body ?? '',
    attachments,
    receivedAt,
    meta: { ...(Number.isFinite(segments) ? { segments } : {}), ...(form.FromCountry ? { country: form.FromCountry } : {}) },
  };
}

const STATUS: Record<string, DeliveryStatus> = {
  accepted: 'queued',
  scheduled: 'queued',
  queued: 'queued',
  sending: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  undelivered: 'failed',
  failed: 'failed',
  canceled: 'failed',
};

export function parseStatusCallback(form: Record<string, string>): InboundStatus {
  const sid = form.MessageSid ?? form.SmsSid;
  const raw = (form.MessageStatus ?? form.SmsStatus ?? '').toLowerCase();
  if (!sid) throw new TwilioFormError('MessageSid missing');
  const status = STATUS[raw];
  if (!status) throw new TwilioFormError(`unknown MessageStatus ${JSON.stringify(raw)}`);
  const error = status === 'failed' ? `${raw}${form.ErrorCode ? ` ErrorCode ${form.ErrorCode}` : ''}` : undefined;
  return { type: 'status', channel: 'twilio', externalId: sid, status, ...(error ? { error } : {}) };
}

function kindOf(contentType: string | undefined): string {
  const t = contentType?.split('/')[0];
  return t === 'image' || t === 'audio' || t === 'video' ? t : contentType === 'text/vcard' ? 'contact' : 'document';
}
