import type { Db } from '../db/client.ts';
import { AME_SUBJECTS, type AmeSubject } from '../db/schema.ts';
import { foldTurkish } from '../text/fold.ts';
import { appendEvent } from './append-event.ts';
import { InvalidError } from './update-ticket.ts';

export interface AmeContact {
  id: number;
  province: string;
  subject: AmeSubject;
  name: string;
  title: string | null;
  mobile: string;
  email: string | null;
  updatedAt: string;
}

export interface AmeContactInput {
  province: string;
  subject: string;
  name: string;
  title?: string | null;
  mobile: string;
  email?: string | null;
}

interface Row {
  id: number;
  province: string;
  subject: AmeSubject;
  name: string;
  title: string | null;
  mobile: string;
  email: string | null;
  updated_at: number;
}

const toContact = (r: Row): AmeContact => ({ ...r, updatedAt: new Date(r.updated_at).toISOString() });

export function listAmeContacts(db: Db): AmeContact[] {
  return db.$client.prepare<[], Row>('SELECT * FROM ame_contacts ORDER BY province COLLATE NOCASE, subject').all().map(toContact);
}

export function getAmeContact(db: Db, id: number): AmeContact | null {
  const r = db.$client.prepare<[number], Row>('SELECT * FROM ame_contacts WHERE id = ?').get(id);
  return r ? toContact(r) : null;
}

const key = (s: string) => foldTurkish(s).trim();

/** The responsible person for a province and subject; provinces compare without case or Turkish marks. */
export function findAmeContact(db: Db, province: string | null, subject: string | null): AmeContact | null {
  if (!province || !subject) return null;
  const wanted = key(province);
  return listAmeContacts(db).find((c) => c.subject === subject && key(c.province) === wanted) ?? null;
}

/** A Turkish mobile in E.164 (+905xxxxxxxxx), from the ways people write it. */
export function normaliseMobile(raw: string): string | null {
  const digits = raw.replace(/[\s().-]/g, '');
  const m = /^(?:\+90|0090|90|0)?(5\d{9})$/.exec(digits);
  if (m) return `+90${m[1]}`;
  return /^\+\d{8,15}$/.test(digits) ? digits : null;
}

/** Checks one entry; throws InvalidError naming the field. */
export function validateAmeContact(input: AmeContactInput): Required<AmeContactInput> & { subject: AmeSubject } {
  const province = input.province.trim();
  const subject = input.subject.trim().toLowerCase();
  const name = input.name.trim();
  const title = input.title?.trim() || null;
  const email = input.email?.trim() || null;
  if (province.length < 2 || province.length > 40) throw new InvalidError('province: 2 to 40 characters', 'province');
  if (!(AME_SUBJECTS as readonly string[]).includes(subject)) throw new InvalidError(`subject: one of ${AME_SUBJECTS.join(', ')}`, 'subject');
  if (name.length < 2 || name.length > 100) throw new InvalidError('name: 2 to 100 characters', 'name');
  if (title && title.length > 100) throw new InvalidError('title: at most 100 characters', 'title');
  const mobile = normaliseMobile(input.mobile);
  if (!mobile) throw new InvalidError('mobile: a mobile number such as 0532 123 45 67', 'mobile');
  if (email && (email.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) throw new InvalidError('email: an e-mail address', 'email');
  return { province, subject: subject as AmeSubject, name, title, mobile, email };
}

/** Adds or replaces the person for (province, subject); the change, with before and after, is an audit event. */
export function upsertAmeContact(db: Db, input: AmeContactInput, actor: string, now: number): number {
  const v = validateAmeContact(input);
  return db.$client.transaction(() => {
    const before = findAmeContact(db, v.province, v.subject);
    let id: number;
    if (before) {
      // The province keeps its first spelling ("ankara" and "Ankara" are one entry).
      v.province = before.province;
      db.$client
        .prepare('UPDATE ame_contacts SET name = ?, title = ?, mobile = ?, email = ?, updated_at = ? WHERE id = ?')
        .run(v.name, v.title, v.mobile, v.email, now, before.id);
      id = before.id;
    } else {
      id = db.$client
        .prepare<[string, string, string, string | null, string, string | null, number, number], { id: number }>(
          'INSERT INTO ame_contacts (province, subject, name, title, mobile, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id',
        )
        .get(v.province, v.subject, v.name, v.title, v.mobile, v.email, now, now)!.id;
    }
    const after = { province: v.province, subject: v.subject, name: v.name, title: v.title, mobile: v.mobile, email: v.email };
    const prior = before && { province: before.province, subject: before.subject, name: before.name, title: before.title, mobile: before.mobile, email: before.email };
    if (JSON.stringify(prior) !== JSON.stringify(after)) appendEvent(db, { actor, type: 'ame.changed', data: { id, before: prior ?? null, after }, at: now });
    return id;
  })();
}

export function removeAmeContact(db: Db, id: number, actor: string, now: number): boolean {
  return db.$client.transaction(() => {
    const before = getAmeContact(db, id);
    if (!before) return false;
    // Referrals keep their own copy of who got them; the link to the directory entry is let go.
    db.$client.prepare('UPDATE referrals SET ame_contact_id = NULL WHERE ame_contact_id = ?').run(id);
    db.$client.prepare('DELETE FROM ame_contacts WHERE id = ?').run(id);
    appendEvent(db, { actor, type: 'ame.removed', data: { id, before }, at: now });
    return true;
  })();
}

export const AME_CSV_HEADER = ['province', 'subject', 'name', 'title', 'mobile', 'email'] as const;

/** All rows or none: a file with one bad line changes nothing and says which line. */
export function importAmeContacts(db: Db, rows: string[][], actor: string, now: number): number {
  if (rows.length === 0) throw new InvalidError('the file is empty', 'file');
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  for (const required of ['province', 'subject', 'name', 'mobile']) if (col(required) < 0) throw new InvalidError(`the header must name ${AME_CSV_HEADER.join(',')}`, 'file');
  if (rows.length > 2001) throw new InvalidError('at most 2000 rows', 'file');
  return db.$client.transaction(() => {
    let n = 0;
    rows.slice(1).forEach((r, i) => {
      const get = (name: string) => (col(name) >= 0 ? (r[col(name)] ?? '') : '');
      try {
        upsertAmeContact(db, { province: get('province'), subject: get('subject'), name: get('name'), title: get('title'), mobile: get('mobile'), email: get('email') }, actor, now);
      } catch (err) {
        if (err instanceof InvalidError) throw new InvalidError(`line ${i + 2}: ${err.message}`, err.field);
        throw err;
      }
      n++;
    });
    appendEvent(db, { actor, type: 'ame.imported', data: { rows: n }, at: now });
    return n;
  })();
}
