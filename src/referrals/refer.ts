import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../deps.ts';
import { isSmsChannel } from '../intake/acknowledge.ts';
import { getAmeContact, type AmeContact } from '../store/ame-directory.ts';
import { createReferral, hashToken } from '../store/referrals.ts';
import { getTicketSummary } from '../store/tickets.ts';
import { InvalidError, NotFoundError } from '../store/update-ticket.ts';

/** Category of a ticket → the AME directory's subject (the others have no default: the operator picks). */
export const SUBJECT_OF_CATEGORY: Record<string, string> = { kadin: 'kadin', cocuk: 'cocuk', engelli: 'engelli', yasli: 'yasli' };

const SUBJECT_WORDS: Record<string, string> = { kadin: 'kadin', cocuk: 'cocuk', engelli: 'engelli', yasli: 'yasli' };

/** The SMS channel referral SMS go out on: the configured one, else the first SMS channel there is. */
export function referralSmsChannel(deps: Pick<AppDeps, 'config' | 'channels'>): string | null {
  if (deps.config.ops.referralSmsChannel) return deps.config.ops.referralSmsChannel;
  return [...deps.channels.keys()].find(isSmsChannel) ?? null;
}

/**
 * The SMS to the AME's responsible person: GSM 7-bit letters only (one or two segments), the ticket
 * number, the subject and province, and the one-time link. Nothing personal about the citizen.
 */
export function referralSmsText(ticketNumber: string, contact: Pick<AmeContact, 'province' | 'subject'>, link: string, deadlineHours: number): string {
  const province = contact.province.replace(/[ıİşŞğĞçÇ]/g, (ch) => ({ ı: 'i', İ: 'I', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ç: 'c', Ç: 'C' })[ch] ?? ch);
  return `Alo 183 AME: ${ticketNumber} nolu ${SUBJECT_WORDS[contact.subject] ?? contact.subject} vakasi size yonlendirildi (${province}). Yapilanlari ${deadlineHours} saat icinde kaydedin: ${link}`;
}

export interface ReferOutcome {
  referralId: number;
  smsQueued: boolean;
}

/** "Yönlendir": refers the ticket to the chosen AME person, queues the SMS with a fresh one-time link. */
export function referTicket(deps: AppDeps, input: { ticketId: number; contactId: number; userId: number; baseUrl: string; noteText: (c: AmeContact, deadline: number) => string }): ReferOutcome {
  const ticket = getTicketSummary(deps.db, input.ticketId);
  if (!ticket) throw new NotFoundError('ticket');
  if (ticket.status === 'closed') throw new InvalidError('a closed ticket cannot be referred', 'status');
  const contact = getAmeContact(deps.db, input.contactId);
  if (!contact) throw new InvalidError('no such AME directory entry', 'contact');
  // 256 random bits; only the hash is stored, the token lives in the SMS alone.
  const token = randomBytes(32).toString('base64url');
  const channel = referralSmsChannel(deps);
  const now = deps.now();
  const deadlineMs = deps.config.ops.referralDeadlineMs;
  const link = `${input.baseUrl.replace(/\/+$/, '')}/ame/r/${token}`;
  const { referralId, noteId, outboxId } = createReferral(
    deps.db,
    {
      ticketId: input.ticketId,
      contact,
      tokenHash: hashToken(token),
      referredBy: input.userId,
      actor: `user:${input.userId}`,
      sms: channel ? { channel, text: referralSmsText(ticket.number, contact, link, Math.round(deadlineMs / 3_600_000)) } : null,
      note: input.noteText(contact, now + deadlineMs),
      linkTtlMs: deps.config.ops.referralLinkTtlMs,
      deadlineMs,
    },
    now,
  );
  deps.bus.publish({ type: 'message.created', ticketId: input.ticketId, messageId: noteId, direction: 'note', ticketCreated: false, urgent: false });
  deps.bus.publish({ type: 'ticket.updated', ticketId: input.ticketId, fields: ['status', 'referral'] });
  if (outboxId !== null) deps.outbox.kick();
  return { referralId, smsQueued: outboxId !== null };
}
