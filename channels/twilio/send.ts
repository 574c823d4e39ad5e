import twilio from 'twilio';
import { SendError, type OutboundMessage, type SendResult } from '../../src/channel.ts';
import type { DeliveryStatus } from '../../src/db/schema.ts';
import type { TwilioConfig } from './config.ts';

export type TwilioClient = ReturnType<typeof twilio>;
export type HttpClient = NonNullable<Parameters<typeof twilio>[2]>['httpClient'];

export function createTwilioClient(cfg: TwilioConfig, httpClient?: HttpClient): TwilioClient {
  return twilio(cfg.accountSid, cfg.authToken, httpClient ? { httpClient } : {});
}

const STATUS: Record<string, DeliveryStatus> = { accepted: 'queued', scheduled: 'queued', queued: 'queued', sending: 'sent', sent: 'sent', delivered: 'delivered' };

/** One outbound SMS through the REST API, with a StatusCallback so delivery reports come back. */
export async function sendTwilioSms(client: TwilioClient, cfg: TwilioConfig, msg: OutboundMessage, statusCallback: string | undefined): Promise<SendResult> {
  try {
    const created = await client.messages.create({
      to: msg.to,
      body: msg.text,
      ...(cfg.messagingServiceSid ? { messagingServiceSid: cfg.messagingServiceSid } : { from: cfg.from! }),
      ...(statusCallback ? { statusCallback } : {}),
    });
    return { externalId: created.sid, status: STATUS[created.status] ?? 'sent' };
  } catch (err) {
    throw mapTwilioError(err);
  }
}

const REJECTED = new Set([21211, 21212, 21214, 21217, 21219, 21265, 21408, 21421, 21601, 21602, 21604, 21605, 21606, 21610, 21612, 21614, 21617, 30003, 30004, 30005, 30006, 30007]);

/** Twilio REST errors → the closed set: rate limits and 5xx are retried, bad numbers and credentials are not. */
export function mapTwilioError(err: unknown): SendError {
  const e = err as { status?: unknown; code?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const code = typeof e.code === 'number' ? e.code : undefined;
  const message = `Twilio ${status ?? 'error'}${code ? ` code ${code}` : ''}: ${typeof e.message === 'string' ? e.message : String(err)}`;
  if (status === undefined) return new SendError('unavailable', message, { cause: err }); // network, timeout
  if (status === 429 || code === 20429 || code === 14107) return new SendError('throttled', message, { retryAfterMs: 5_000, cause: err });
  if (status >= 500) return new SendError('unavailable', message, { cause: err });
  if (status === 401 || status === 403 || code === 20003 || code === 20404) return new SendError('misconfigured', message, { cause: err });
  if (code !== undefined && REJECTED.has(code)) return new SendError('rejected', message, { cause: err });
  return new SendError('rejected', message, { cause: err });
}
