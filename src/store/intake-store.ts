import type { Db } from '../db/client.ts';
import type { DeliveryStatus } from '../db/schema.ts';

/**
 * The statements intake runs for every inbound event, prepared once. Intake is the hot path
 * (thousands of events a second), so these are plain prepared statements rather than built queries.
 */
export interface TicketRow {
  id: number;
  number: string;
  status: string;
  category: string | null;
  urgent: number;
  province: string | null;
  lang: string | null;
  citizen_id: number | null;
  last_message_at: number;
}

export type IntakeStore = ReturnType<typeof createIntakeStore>;

export function createIntakeStore(db: Db) {
  const c = db.$client;
  const findMessage = c.prepare<[string, string], { id: number; ticket_id: number }>(
    'SELECT id, ticket_id FROM messages WHERE channel = ? AND external_id = ?',
  );
  const upsertContact = c.prepare<[string, string, string | null, number], { id: number; citizen_id: number | null; name: string | null }>(
    `INSERT INTO contacts (channel, address, name, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, address) DO UPDATE SET name = coalesce(contacts.name, excluded.name)
     RETURNING id, citizen_id, name`,
  );
  const findCitizen = c.prepare<[string], { id: number; name: string | null }>('SELECT id, name FROM citizens WHERE tckn_index = ?');
  const insertCitizen = c.prepare<[string, string, string, string | null, number], { id: number }>(
    'INSERT INTO citizens (tckn_enc, tckn_index, tckn_masked, name, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const nameCitizen = c.prepare<[string, number]>('UPDATE citizens SET name = ? WHERE id = ? AND name IS NULL');
  const linkContact = c.prepare<[number, number]>('UPDATE contacts SET citizen_id = ? WHERE id = ? AND citizen_id IS NULL');
  const nameContact = c.prepare<[string, number]>('UPDATE contacts SET name = ? WHERE id = ? AND name IS NULL');
  const latestTicket = c.prepare<[number], TicketRow>(
    `SELECT id, number, status, category, urgent, province, lang, citizen_id, last_message_at
     FROM tickets WHERE contact_id = ? ORDER BY last_message_at DESC, id DESC LIMIT 1`,
  );
  const nextNumber = c.prepare<[number], { last: number }>(
    `INSERT INTO ticket_counters (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const insertTicket = c.prepare<
    [string, string, number, number | null, string | null, number, string | null, string | null, number, number, number],
    TicketRow
  >(
    `INSERT INTO tickets (number, channel, contact_id, citizen_id, category, urgent, province, lang, status, created_at, updated_at, last_message_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)
     RETURNING id, number, status, category, urgent, province, lang, citizen_id, last_message_at`,
  );
  const touchTicket = c.prepare<
    [number, number, string | null, number, string | null, string | null, number | null, string | null, number]
  >(
    `UPDATE tickets SET last_message_at = max(last_message_at, ?), updated_at = ?,
       category = coalesce(category, ?), urgent = max(urgent, ?), province = coalesce(province, ?),
       lang = coalesce(lang, ?), citizen_id = coalesce(citizen_id, ?),
       status = coalesce(?, status)
     WHERE id = ?`,
  );
  const insertMessage = c.prepare<
    [number, string, string, string, string | null, string | null, string | null, string, string, number],
    { id: number }
  >(
    `INSERT INTO messages (ticket_id, direction, channel, external_id, body, body_enc, parsed, meta, attachments, status, created_at)
     VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const indexMessage = c.prepare<[number, string]>('INSERT INTO messages_fts (rowid, body) VALUES (?, ?)');
  const insertEvent = c.prepare<[number | null, string, string, string | null, number]>(
    'INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const findOutbound = c.prepare<[string, string], { id: number; ticket_id: number; status: DeliveryStatus }>(
    `SELECT id, ticket_id, status FROM messages WHERE channel = ? AND external_id = ? AND direction = 'out'`,
  );
  const setMessageStatus = c.prepare<[DeliveryStatus, string | null, number]>('UPDATE messages SET status = ?, error = ? WHERE id = ?');

  return {
    findMessage: (channel: string, externalId: string) => findMessage.get(channel, externalId),
    upsertContact: (channel: string, address: string, name: string | null, now: number) =>
      upsertContact.get(channel, address, name, now)!,
    findCitizen: (index: string) => findCitizen.get(index),
    insertCitizen: (enc: string, index: string, masked: string, name: string | null, now: number) =>
      insertCitizen.get(enc, index, masked, name, now)!.id,
    nameCitizen: (id: number, name: string) => nameCitizen.run(name, id),
    linkContact: (contactId: number, citizenId: number) => linkContact.run(citizenId, contactId).changes > 0,
    nameContact: (contactId: number, name: string) => nameContact.run(name, contactId),
    latestTicket: (contactId: number) => latestTicket.get(contactId),
    nextNumber: (year: number) => nextNumber.get(year)!.last,
    insertTicket: (t: {
      number: string;
      channel: string;
      contactId: number;
      citizenId: number | null;
      category: string | null;
      urgent: boolean;
      province: string | null;
      lang: string | null;
      now: number;
    }) =>
      insertTicket.get(t.number, t.channel, t.contactId, t.citizenId, t.category, t.urgent ? 1 : 0, t.province, t.lang, t.now, t.now, t.now)!,
    touchTicket: (
      id: number,
      f: { at: number; now: number; category: string | null; urgent: boolean; province: string | null; lang: string | null; citizenId: number | null; status: string | null },
    ) => touchTicket.run(f.at, f.now, f.category, f.urgent ? 1 : 0, f.province, f.lang, f.citizenId, f.status, id),
    insertMessage: (m: {
      ticketId: number;
      channel: string;
      externalId: string;
      body: string;
      bodyEnc: string | null;
      parsed: unknown;
      meta: unknown;
      attachments: unknown[];
      now: number;
    }) =>
      insertMessage.get(
        m.ticketId,
        m.channel,
        m.externalId,
        m.body,
        m.bodyEnc,
        m.parsed == null ? null : JSON.stringify(m.parsed),
        m.meta == null ? null : JSON.stringify(m.meta),
        JSON.stringify(m.attachments),
        'received',
        m.now,
      )!.id,
    indexMessage: (id: number, foldedBody: string) => indexMessage.run(id, foldedBody),
    appendEvent: (ticketId: number | null, actor: string, type: string, data: unknown, now: number) =>
      insertEvent.run(ticketId, actor, type, data == null ? null : JSON.stringify(data), now),
    findOutbound: (channel: string, externalId: string) => findOutbound.get(channel, externalId),
    setMessageStatus: (id: number, status: DeliveryStatus, error: string | null) => setMessageStatus.run(status, error, id),
  };
}
