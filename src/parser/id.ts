/**
 * Finding the sender's kimlik no among the numbers of a message.
 * Works on the folded text (Eastern digits already ASCII, same offsets as the original).
 */
import type { Span } from './types.ts';
import { isValidTckn } from './tckn.ts';

export interface IdCandidate {
  digits: string;
  span: Span;
  valid: boolean;
  /** 'own': announced as the writer's ID; 'bare': an 11-digit number without a cue. */
  cue: 'own' | 'bare';
}

export interface IdResult {
  tckn: IdCandidate | null;
  invalid: IdCandidate | null;
  /** Every 11-digit (or ID-like) number span, for removal from the request. */
  numbers: Span[];
  /** Spans of phone numbers, for name adjacency. */
  phones: Span[];
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

// Separators allowed inside one written number: a space, a dot, a dash (optionally spaced).
const SEP_RE = /^(?: |\.|-| - | \. |\u00a0)$/;

// A cue that the number is the writer's own ID, at the end of the text before it.
const OWN_CUE_RE =
  /(?:\bt\.? ?c\.?|\btckn|\btck|\bkimlik|\bkimli[kg]\w*|\bnumaram|\bno|\bnumarasi|\bnumara|\bhejmara|\bid|كملك|الكملك|الهويه|هويه|الهوية|هوية|kimlik no|\bkm)\s*(?:no|numaram|numarasi|numarası|nosu|num)?\s*[:.=\-]?\s*$/;
// A cue that it is someone else's: "annemin TC'si", "oğlumun kimlik no".
const KIN = '(?:annem|babam|oglum|kizim|esim|kocam|karim|kardesim|dedem|ninem|nenem|anneannem|babaannem|komsum|cocugum|cocuklarim|torunum|amcam|dayim|teyzem|halam|ablam|agabeyim|abim|yegenim|gelinim|damadim|kayinvalidem|kayinpederim)';
const OTHER_CUE_RE = new RegExp(
  `\\b${KIN}(?:in|un|nin|nun)\\s+(?:t\\.?c\\.?|tckn|kimlik)|\\b${KIN}\\s+(?:t\\.?c\\.?|tckn|kimlik)\\s*'?\\s*(?:si|nosu|numarasi)\\b`,
);
// Subscriber, file, account or phone numbers.
const DISTRACT_RE =
  /\b(?:abone|abonelik|dosya|basvuru|musteri|hesap|sicil|evrak|sozlesme|tesisat|fatura|referans|takip|seri|barkod|kart|iban|tel|telefon|gsm|cep|hat|sms|whatsapp|sira|protokol|randevu|sigorta|sgk|vergi|plaka|posta|kod|ada|parsel|tc'?si|tc si)\w*\s*(?:no|numarasi|numarası|numaram|numara)?\s*[:.=\-]?\s*$/;
const PHONE_AFTER_RE = /^\s*(?:numarali|nolu|no'?lu)\s+(?:tel|telefon|hat|cep)/;

export function findIds(folded: string): IdResult {
  const groups: Group[] = [];
  const re = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });

  const candidates: IdCandidate[] = [];
  const numbers: Span[] = [];
  const phones: Span[] = [];
  let i = 0;
  while (i < groups.length) {
    // Gather a run of groups joined by single separators.
    let j = i;
    while (j + 1 < groups.length) {
      const a = groups[j] as Group;
      const b = groups[j + 1] as Group;
      if (!SEP_RE.test(folded.slice(a.end, b.start))) break;
      j++;
    }
    const run = groups.slice(i, j + 1);
    i = j + 1;
    const first = run[0] as Group;
    const last = run[run.length - 1] as Group;
    const all = run.map((g) => g.digits).join('');
    const before = folded.slice(Math.max(0, first.start - 3), first.start);
    const plus = /\+\s?$/.test(before);
    const runIsPhone = plus || (all[0] === '0' && all.length >= 10 && all.length <= 12) || (all.length === 10 && all[0] === '5');
    if (runIsPhone) {
      phones.push([first.start, last.end]);
      continue;
    }
    const subs: Group[][] = [];
    if (all.length === 11) subs.push(run);
    else {
      for (const g of run) if (g.digits.length === 11) subs.push([g]);
      // An ID written next to another number ("1000 0000 078 12.05.2024", "TC 123 456 789 01 3 çocuk"):
      // a leading or trailing part of the run with 11 digits, kept if its checksum holds or its
      // separators differ from the rest.
      if (subs.length === 0 && all.length > 11) {
        const sepAt = (k: number) => folded.slice((run[k] as Group).end, (run[k + 1] as Group).start);
        for (let k = 1; k < run.length; k++) {
          for (const part of [run.slice(0, k), run.slice(k)]) {
            const d = part.map((g) => g.digits).join('');
            if (d.length !== 11 || part.length < 2) continue;
            const inner = new Set(part.slice(1).map((g) => folded.slice(run[run.indexOf(g) - 1]!.end, g.start)));
            const boundary = sepAt(k - 1);
            if (isValidTckn(d) || (inner.size === 1 && !inner.has(boundary))) subs.push(part);
          }
        }
      }
    }
    if (all.length === 10 || all.length === 12) numbers.push([first.start, last.end]);
    for (const sub of subs) {
      const s = sub[0] as Group;
      const e = sub[sub.length - 1] as Group;
      const digits = sub.map((g) => g.digits).join('');
      numbers.push([s.start, e.end]);
      if (digits[0] === '0') {
        phones.push([s.start, e.end]);
        continue;
      }
      // Glued to letters on the left (IBAN "TR63…", codes) only counts after an ID cue.
      const pre = folded.slice(Math.max(0, s.start - 40), s.start);
      const post = folded.slice(e.end, e.end + 30);
      if (/[a-z]{2}\d{2}\s?$/.test(pre)) continue;
      if (OTHER_CUE_RE.test(pre.slice(-30)) && /(?:t\.?c\.?|tckn|kimlik)\W*(?:'?si|\s+si|no|numarasi)?\W*$/.test(pre)) continue;
      const own = OWN_CUE_RE.test(pre) && !DISTRACT_RE.test(pre);
      if (!own) {
        if (DISTRACT_RE.test(pre)) continue;
        if (PHONE_AFTER_RE.test(post)) {
          phones.push([s.start, e.end]);
          continue;
        }
      }
      candidates.push({ digits, span: [s.start, e.end], valid: isValidTckn(digits), cue: own ? 'own' : 'bare' });
    }
  }

  const rank = (c: IdCandidate) => (c.cue === 'own' ? 2 : 0) + (c.valid ? 1 : 0);
  let best: IdCandidate | null = null;
  for (const c of candidates) if (!best || rank(c) > rank(best)) best = c;
  if (!best) return { tckn: null, invalid: null, numbers, phones };
  // An invalid number counts only when nothing valid competes with it.
  if (best.valid) return { tckn: best, invalid: null, numbers, phones };
  return { tckn: null, invalid: best, numbers, phones };
}
