import type Database from 'better-sqlite3';
import { foldTurkish } from '../src/text/fold.ts';

/**
 * Seeds a realistic inbox directly with prepared INSERTs in big transactions: tickets across three
 * channels over two years, mostly closed, a few urgent and open, three messages each (in, out, in)
 * with Turkish text, each message indexed in FTS with folded text as intake does.
 */

const GIVEN = ['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meryem', 'Şerife', 'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'İsmail', 'Ömer', 'Yusuf', 'Gülşen', 'Çiğdem'];
const SURNAMES = ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Ilgaz', 'Akbulut', 'Bozkurt', 'Erdoğan', 'Güneş'];
const PROVINCES = ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Konya', 'Adana', 'Şanlıurfa', 'Gaziantep', 'Kocaeli', 'Mersin', 'Diyarbakır', 'Hatay', 'Manisa', 'Kayseri', 'Samsun', 'Balıkesir', 'Kahramanmaraş', 'Van', 'Aydın', 'Iğdır', 'Muş', 'Ağrı', 'Çorum', 'Düzce'];
const REQUESTS = [
  'evde yaşlı annem var bakıma muhtacım yardım istiyorum',
  'eşim beni dövüyor acil yardım lazım',
  'engelli maaşı başvurum ne oldu öğrenmek istiyorum',
  'çocuğum okula gidemiyor burs konusunda bilgi almak istiyorum',
  'kirayı ödeyemiyoruz sosyal yardım başvurusu yapmak istiyorum',
  'babam yatalak hasta evde bakım maaşı hakkında bilgi',
  'şehit yakını olarak haklarımı öğrenmek istiyorum',
  'komşunun çocukları aç kalıyor ihbar etmek istiyorum',
  'gıda kolisi ve kömür yardımı talep ediyorum',
  'işitme engelliyim işaret dili tercümanı gerekiyor',
  'yaşlı bakım evine yerleştirme başvurusu',
  'şiddet gördüm koruma kararı nasıl alırım',
  'ilaç parası için destek istiyorum',
  'ekmek alacak param yok lütfen yardım edin',
  'tekerlekli sandalye talebim var',
];
const REPLIES = [
  'Talebiniz alınmıştır, ilgili birime iletildi.',
  'Merhaba, başvurunuz için il müdürlüğümüz sizinle iletişime geçecektir.',
  'Lütfen T.C. kimlik numaranızı yazar mısınız?',
  'Ekibimiz yönlendirildi, güvende misiniz?',
];
const CHANNELS = ['sms', 'whatsapp', 'webchat'];
const CATEGORIES = ['kadin', 'cocuk', 'yasli', 'engelli', 'sehit_gazi', 'genel'];
const LANGS = ['tr', 'tr', 'tr', 'tr', 'tr', 'tr', 'tr', 'ku', 'ar'];

/** A small deterministic PRNG so every run seeds the same data. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedOptions {
  tickets: number;
  messagesPerTicket: number;
  /** The latest activity; tickets spread over the two years before it. */
  now: number;
  progress?: (done: number) => void;
}

export function seedInbox(sqlite: Database.Database, o: SeedOptions): void {
  const rnd = mulberry32(183);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const span = 2 * 365 * 24 * 3600_000;
  const start = o.now - span;

  sqlite.pragma('synchronous = OFF');
  const insUser = sqlite.prepare(`INSERT INTO users (username, password_hash, role, active, created_at) VALUES (?, 'x', 'operator', 1, ?)`);
  const insContact = sqlite.prepare('INSERT INTO contacts (id, channel, address, name, created_at) VALUES (?, ?, ?, ?, ?)');
  const insTicket = sqlite.prepare(
    `INSERT INTO tickets (id, number, channel, contact_id, status, category, urgent, province, lang, assignee_id, created_at, updated_at, last_message_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insMessage = sqlite.prepare(
    `INSERT INTO messages (id, ticket_id, direction, channel, external_id, body, attachments, status, created_at) VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
  );
  const insFts = sqlite.prepare('INSERT INTO messages_fts (rowid, body) VALUES (?, ?)');

  const users = 40;
  sqlite.transaction(() => {
    for (let u = 1; u <= users; u++) insUser.run(`operator${u}`, start);
  })();

  let messageId = 0;
  const batch = 20_000;
  for (let from = 1; from <= o.tickets; from += batch) {
    const to = Math.min(o.tickets, from + batch - 1);
    sqlite.transaction(() => {
      for (let id = from; id <= to; id++) {
        // Ids grow with time, as they do in production; activity is the creation plus a little.
        const createdAt = Math.floor(start + (span * id) / o.tickets);
        const channel = pick(CHANNELS);
        const name = `${pick(GIVEN)} ${pick(SURNAMES)}`;
        const address = channel === 'webchat' ? `wc-${id.toString(36)}` : `+90532${String(id).padStart(7, '0')}`;
        insContact.run(id, channel, address, name, createdAt);
        const age = (o.now - createdAt) / span;
        // Old tickets are closed; the recent months hold the open work.
        const status = age > 0.05 ? (rnd() < 0.9 ? 'closed' : 'resolved') : pick(['new', 'open', 'open', 'pending', 'referred', 'resolved']);
        const urgent = rnd() < 0.03 ? 1 : 0;
        const lastMessageAt = createdAt + Math.floor(rnd() * 3 * 3600_000);
        const assignee = status === 'new' ? null : 1 + Math.floor(rnd() * users);
        insTicket.run(id, `183-${new Date(createdAt).getUTCFullYear()}-${String(id).padStart(7, '0')}`, channel, id, status, pick(CATEGORIES), urgent, pick(PROVINCES), pick(LANGS), assignee, createdAt, lastMessageAt, lastMessageAt);
        for (let k = 0; k < o.messagesPerTicket; k++) {
          messageId++;
          const inbound = k % 2 === 0;
          const body = inbound
            ? k === 0
              ? `Merhaba ben ${name}, ${pick(PROVINCES)} ${pick(REQUESTS)}`
              : `${pick(REQUESTS)} teşekkürler`
            : pick(REPLIES);
          const at = createdAt + Math.floor(((lastMessageAt - createdAt) * k) / Math.max(1, o.messagesPerTicket - 1));
          insMessage.run(messageId, id, inbound ? 'in' : 'out', channel, `x${messageId}`, body, inbound ? 'received' : 'delivered', at);
          insFts.run(messageId, foldTurkish(body));
        }
      }
    })();
    o.progress?.(to);
  }
  // The seed indexed every message as it went: tell the search index so.
  sqlite.prepare('UPDATE search_index_state SET indexed_through = (SELECT max(id) FROM messages) WHERE id = 1').run();
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('ANALYZE');
}
