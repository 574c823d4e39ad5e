import type { PersonalDataCipher } from '../crypto/personal-data.ts';
import type { Db } from '../db/client.ts';
import { NotFoundError } from './update-ticket.ts';

/** The clear kimlik no and message texts of one ticket, for a person who asked to see them; audited. */
export function revealTicketPersonalData(db: Db, cipher: PersonalDataCipher, ticketId: number, actor: string, now = Date.now()) {
  const c = db.$client;
  const ticket = c
    .prepare<[number], { tckn_enc: string | null }>('SELECT ci.tckn_enc FROM tickets t LEFT JOIN citizens ci ON ci.id = t.citizen_id WHERE t.id = ?')
    .get(ticketId);
  if (!ticket) throw new NotFoundError('ticket');
  const sealed = c
    .prepare<[number], { id: number; body_enc: string }>('SELECT id, body_enc FROM messages WHERE ticket_id = ? AND body_enc IS NOT NULL ORDER BY id')
    .all(ticketId);
  const result = {
    tckn: ticket.tckn_enc ? cipher.decrypt(ticket.tckn_enc) : null,
    messages: sealed.map((m) => ({ id: m.id, body: cipher.decrypt(m.body_enc) })),
  };
  c.prepare<[number, string, string, number]>(
    `INSERT INTO events (ticket_id, actor, type, data, created_at) VALUES (?, ?, 'personal_data.revealed', ?, ?)`,
  ).run(ticketId, actor, JSON.stringify({ tckn: result.tckn !== null, messages: result.messages.map((m) => m.id) }), now);
  return result;
}
