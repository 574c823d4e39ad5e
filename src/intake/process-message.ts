import type { InboundMessage } from '../channel.ts';
import type { PersonalDataCipher } from '../crypto/personal-data.ts';
import { maskTckn } from '../parser/tckn.ts';
import type { ParseResult } from '../parser/types.ts';
import type { IntakeStore, TicketRow } from '../store/intake-store.ts';
import { maskKimlikNumbers } from './mask-kimlik.ts';

export type ParseHook = (text: string) => ParseResult | null;

export interface StoredInbound {
  messageId: number;
  ticketId: number;
  ticketNumber: string;
  ticketCreated: boolean;
  /** It moved its ticket from pending or resolved back to open. */
  reopened: boolean;
  duplicate: boolean;
  urgent: boolean;
  contactId: number;
  citizenId: number | null;
  parsed: ParseResult | null;
  event: InboundMessage;
}

export interface ProcessDeps {
  store: IntakeStore;
  cipher: PersonalDataCipher;
  parse: ParseHook;
  ticketPrefix: string;
  threadIdleMs: number;
  /** A message joining a resolved ticket: true when it answered a waiting survey (rating stored), so the ticket stays resolved. */
  surveyAnswer?: (ticketId: number, text: string, now: number) => boolean;
}

/** One inbound message into the store. Runs inside the caller's transaction: throws to roll back. */
export function processMessage(deps: ProcessDeps, event: InboundMessage, now: number): StoredInbound {
  const { store } = deps;
  const seen = store.findMessage(event.channel, event.externalId);
  if (seen) {
    return {
      messageId: seen.id,
      ticketId: seen.ticket_id,
      ticketNumber: '',
      ticketCreated: false,
      reopened: false,
      duplicate: true,
      urgent: false,
      contactId: 0,
      citizenId: null,
      parsed: null,
      event,
    };
  }

  const parsed = event.text.trim() ? deps.parse(event.text) : null;
  const contact = store.upsertContact(event.channel, event.from, event.fromName?.trim() || null, now);
  if (!contact.name && parsed?.name) store.nameContact(contact.id, parsed.name);

  // A valid kimlik no links this contact to the citizen, so their tickets on every channel meet.
  let citizenId = contact.citizen_id;
  let linked: number | null = null;
  if (parsed?.tckn) {
    const index = deps.cipher.blindIndex(parsed.tckn);
    const found = store.findCitizen(index);
    const id = found?.id ?? store.insertCitizen(deps.cipher.encrypt(parsed.tckn), index, maskTckn(parsed.tckn), parsed.name, now);
    if (found && !found.name && parsed.name) store.nameCitizen(found.id, parsed.name);
    if (store.linkContact(contact.id, id)) {
      citizenId = id;
      linked = id;
    }
  }

  const topic = typeof event.meta?.topic === 'string' ? event.meta.topic : null;
  const triage = {
    // A topic the citizen picked (web chat) beats the parser's fallback `genel`, not a real finding.
    category: parsed && parsed.category !== 'genel' ? parsed.category : topic ?? parsed?.category ?? null,
    urgent: parsed?.urgent ?? false,
    province: parsed?.province ?? null,
    lang: parsed?.lang ?? null,
  };

  const latest = store.latestTicket(contact.id);
  let ticket: TicketRow;
  let ticketCreated = false;
  let reopens = false;
  if (latest && joinable(latest, now, deps.threadIdleMs)) {
    ticket = latest;
    // A citizen writing again reopens a ticket that was waiting on them or marked resolved, unless it is the survey's answer.
    reopens = latest.status === 'pending' || (latest.status === 'resolved' && !deps.surveyAnswer?.(latest.id, event.text, now));
    store.touchTicket(latest, {
      at: now,
      now,
      // A rating is not a finding about the case: the parse of "5" must not touch its triage.
      ...(reopens || latest.status !== 'resolved' ? triage : { category: null, urgent: false, province: null, lang: null }),
      citizenId,
      status: reopens ? 'open' : null,
    });
  } else {
    const year = new Date(now).getUTCFullYear();
    const number = `${deps.ticketPrefix}-${year}-${String(store.nextNumber(year)).padStart(6, '0')}`;
    ticket = store.insertTicket({ number, channel: event.channel, contactId: contact.id, citizenId, ...triage, now });
    ticketCreated = true;
  }

  const shown = maskKimlikNumbers(event.text, [parsed?.spans.tckn]);
  const messageId = store.insertMessage({
    ticketId: ticket.id,
    channel: event.channel,
    externalId: event.externalId,
    body: shown,
    bodyEnc: shown === event.text ? null : deps.cipher.encrypt(event.text),
    parsed: parsed && storedParse(parsed),
    meta: { receivedAt: event.receivedAt.getTime(), ...(event.meta ?? {}) },
    attachments: event.attachments,
    now,
  });

  const actor = `channel:${event.channel}`;
  if (ticketCreated) store.appendEvent(ticket.id, actor, 'ticket.created', { number: ticket.number, urgent: triage.urgent }, now);
  if (latest && !ticketCreated && reopens) store.appendEvent(ticket.id, actor, 'ticket.reopened', { from: latest.status }, now);
  if (linked !== null) store.appendEvent(ticket.id, actor, 'contact.linked', { citizenId: linked }, now);
  // The message row itself records its arrival; events carry what changes a ticket.

  return {
    messageId,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    ticketCreated,
    reopened: reopens,
    duplicate: false,
    urgent: triage.urgent || ticket.urgent === 1,
    contactId: contact.id,
    citizenId,
    parsed,
    event,
  };
}

function joinable(t: TicketRow, now: number, idleMs: number): boolean {
  return t.status !== 'closed' && now - t.last_message_at <= idleMs;
}

/** What is kept of the parse: the kimlik no only masked (the clear value lives encrypted on the citizen). */
function storedParse(p: ParseResult) {
  return {
    ...p,
    // The request may quote someone else's ID (a mother's, a child's): personal data too.
    request: maskKimlikNumbers(p.request),
    tckn: p.tckn ? maskTckn(p.tckn) : null,
    tcknInvalid: p.tcknInvalid ? maskTckn(p.tcknInvalid) : null,
  };
}
