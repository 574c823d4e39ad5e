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
  type ContactRow = { id: number; citizen_id: number | null; name: string | null };
  const findContact = c.prepare<[string, string], ContactRow>('SELECT id, citizen_id, name FROM contacts WHERE channel = ? AND address = ?');
  const insertContact = c.prepare<[string, string, string | null, number], ContactRow>(
    'INSERT INTO contacts (channel, address, name, created_at) VALUES (?, ?, ?, ?) RETURNING id, citizen_id, name',
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
  // Three statements rather than one: SQLite rewrites every index on a column named in SET, changed or
  // not, so a message that only moves the ticket's activity must not name triage or status columns.
  const touchActivity = c.prepare<[number, number, number]>('UPDATE tickets SET last_message_at = max(last_message_at, ?), updated_at = ? WHERE id = ?');
  const setTriage = c.prepare<[string | null, number, string | null, string | null, number | null, number]>(
    'UPDATE tickets SET category = ?, urgent = ?, province = ?, lang = ?, citizen_id = ? WHERE id = ?',
  );
  const setStatus = c.prepare<[string, number]>('UPDATE tickets SET status = ? WHERE id = ?');
  const insertMessage = c.prepare<
    [number, string, string, string, string | null, string | null, string | null, string, string, number],
    { id: number }
  >(
    `INSERT INTO messages (ticket_id, direction, channel, external_id, body, body_enc, parsed, meta, attachments, status, created_at)
     VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertEvent = c.prepare<[number | null, string, string, string | null, number]>(
    'INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const findOutbound = c.prepare<[string, string], { id: number; ticket_id: number; status: DeliveryStatus }>(
    `SELECT id, ticket_id, status FROM messages WHERE channel = ? AND external_id = ? AND direction = 'out'`,
  );
  const setMessageStatus = c.prepare<[DeliveryStatus, string | null, number]>('UPDATE messages SET status = ?, error = ? WHERE id = ?');

  return {
    findMessage: (channel: string, externalId: string) => findMessage.get(channel, externalId),
    /** A returning contact costs a read, not a write: most messages come from someone already known. */
    upsertContact: (channel: string, address: string, name: string | null, now: number): ContactRow => {
      const found = findContact.get(channel, address);
      if (!found) return insertContact.get(channel, address, name, now)!;
      if (!found.name && name) {
        nameContact.run(name, found.id);
        return { ...found, name };
      }
      return found;
    },
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
    /** A message joins `t`: activity moves; triage fills what the ticket lacks (urgency only rises); status may change. */
    touchTicket: (
      t: TicketRow,
      f: { at: number; now: number; category: string | null; urgent: boolean; province: string | null; lang: string | null; citizenId: number | null; status: string | null },
    ) => {
      touchActivity.run(f.at, f.now, t.id);
      const next = {
        category: t.category ?? f.category,
        urgent: f.urgent ? 1 : t.urgent,
        province: t.province ?? f.province,
        lang: t.lang ?? f.lang,
        citizenId: t.citizen_id ?? f.citizenId,
      };
      if (next.category !== t.category || next.urgent !== t.urgent || next.province !== t.province || next.lang !== t.lang || next.citizenId !== t.citizen_id) {
        setTriage.run(next.category, next.urgent, next.province, next.lang, next.citizenId, t.id);
      }
      if (f.status !== null && f.status !== t.status) setStatus.run(f.status, t.id);
    },
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
    appendEvent: (ticketId: number | null, actor: string, type: string, data: unknown, now: number) =>
      insertEvent.run(ticketId, actor, type, data == null ? null : JSON.stringify(data), now),
    findOutbound: (channel: string, externalId: string) => findOutbound.get(channel, externalId),
    setMessageStatus: (id: number, status: DeliveryStatus, error: string | null) => setMessageStatus.run(status, error, id),
  };
}
