import { foldTurkish } from '../text/fold.ts';

/**
 * A citizen's answer to "1–5": a digit, a number word (Turkish, Kurdish, Arabic), a keycap emoji, a
 * row of stars, a face, or "iyi"/"kötü"-like words, with a little courtesy around it ("5 puan,
 * teşekkürler"). Anything more is not an answer but a new message (null), so nobody's real request
 * is swallowed by a survey.
 */

const WORDS: Record<string, number> = {
  // Turkish (folded)
  bir: 1, iki: 2, uc: 3, dort: 4, bes: 5,
  'cok kotu': 1, berbat: 1, kotu: 2, orta: 3, idare: 3, 'idare eder': 3, iyi: 4, 'cok iyi': 5, mukemmel: 5, harika: 5, super: 5,
  'hic memnun degilim': 1, 'memnun degilim': 2, memnunum: 4, 'cok memnunum': 5,
  // Kurdish (Kurmanji, folded)
  yek: 1, du: 2, se: 3, car: 4, penc: 5, 'gelek bas': 5, bas: 4, xirab: 2,
  // Arabic (hamza folded away)
  واحد: 1, اثنان: 2, اثنين: 2, ثلاثة: 3, ثلاثه: 3, اربعة: 4, اربعه: 4, خمسة: 5, خمسه: 5, ممتاز: 5, جيد: 4, سيء: 2,
};

const FACES: Array<[RegExp, number]> = [
  [/^(?:😍|🤩|😀|😃|😄|😁|😊|🥰|❤️?|💯)+$/u, 5],
  [/^(?:👍|🙂|☺️?)+$/u, 4],
  [/^(?:😐|😑|🤔)+$/u, 3],
  [/^(?:🙁|☹️?|😕|😟)+$/u, 2],
  [/^(?:😡|😠|🤬|😞|😢|😭|👎)+$/u, 1],
];

/** Courtesy and units said around the number. */
const FILLER = /\b(?:puan(?:im|imiz)?|puanliyorum|veriyorum|yildiz|tesekkur(?:ler| ederim)?|sagolun|sag olun|cevabim|yanitim|spas|thanks?|points?|شكرا|نقاط)\b/gu;

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function parseRating(raw: string): number | null {
  let s = raw.normalize('NFC').trim();
  if (!s || s.length > 60) return null;
  s = s.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90 % 10));
  // Keycap emoji: 4️⃣ is "4" + VS16 + U+20E3.
  s = s.replace(/([0-9])\uFE0F?\u20E3/g, '$1');
  const compact = s.replace(/\s+/g, '');
  const stars = /^[⭐🌟★]{1,5}$/u.exec(compact);
  if (stars) return [...compact].length;
  for (const [re, n] of FACES) if (re.test(compact)) return n;

  let f = foldTurkish(s)
    .replace(/\b([1-5])\s*(?:\/|den|ten|uzerinden)\s*5\b/g, '$1')
    .replace(/[.,!?;:()"'’`´*~_+=/\\[\]{}<>|-]+/g, ' ')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^[1-5]$/.test(f)) return Number(f);
  f = f.replace(/^([1-5]) ?(?:\p{Extended_Pictographic}|\uFE0F)*$/u, '$1');
  if (/^[1-5]$/.test(f)) return Number(f);
  return WORDS[f] ?? null;
}
