/** The sender's province from province, district and Kurdish/Arabic place names. */
import { commonWordsExact, places } from './lexicon/index.ts';
import { onlyPunctOrNumbersAfter, type Token } from './text.ts';
import type { Span } from './types.ts';
import { COMMON, GIVEN, GLUED, GLUED_PLACE, POSSESSIVE_N, ID_FILLER, KIN_MY, lex, PHRASE_HEAD, PLACE, PROVINCE, SIGNOFF, STREET_WORD, SURNAME, TITLE, wordFlags } from './word-info.ts';

/**
 * The province an Arabic word names, with a clitic "و" (and), "ب" (in: "بمرسين"), Moroccan "ف" (in: "فبورصة"), "ل" (to:
 * "لكلس") or "بال…" (in the …: "بالعثمانية") glued on; without short-vowel and doubling marks ("حرّان", Harran); with
 * Persian letters for Turkish sounds written as the Arabic ones ("بچوروم": ب + جوروم, Çorum).
 */
export function arabicPlaceAlias(base: string): string | undefined {
  const plain = ARABIC_MARKS.test(base) ? base.replace(ARABIC_MARKS_ALL, '') : base;
  const b = PERSIAN_LETTERS.test(plain) ? plain.replace(PERSIAN_LETTERS_ALL, persianToArabic) : plain;
  return places.aliases.get(b) ?? (b.startsWith('و') || b.startsWith('ب') || b.startsWith('ف') || b.startsWith('ل') ? places.aliases.get(b.slice(1)) : undefined) ?? (b.startsWith('بال') || b.startsWith('وال') ? places.aliases.get(b.slice(3)) : undefined) ?? (b.startsWith('ب') ? ONLY_AFTER_IN.get(b.slice(1)) : undefined);
}
/** Places whose Arabic name alone is a common word ("وان" is also "وأن", and that), known only with "ب" (in): "بوان". */
const ONLY_AFTER_IN = new Map([['وان', 'Van']]);

/** Kurdish place names that, written without Kurdish letters, are Turkish words: weak like any ordinary word. */
const ALIAS_HOMOGRAPHS = new Set(['sert']);
/** Kurmanji prepositions before a pronoun ("ji bo wan", "bi wan re", "li wan"). */
const KU_BEFORE_PRONOUN = new Set(['bo', 'ji', 'bi', 'li', 'di', 'ya', 'ye', 'yen', 'ser', 'ber', 'ku']);

/** "… oturuyorum", "… yaşıyoruz", "… çalışıyom": a first-person verb of living or working somewhere. */
export const LIVING_VERB = /^(?:calisiyo|oturuyo|yasiyo|kaliyo|bulunuyo)(?:rum|ruz|m|z)$/;

/** A locative with a first-person copula after a place ("İstanbul'dayım", "Kelkit'teyiz"): where the writer is. */
export const SELF_LOCATIVE = /^[dt][ae]y[iu][mz]$/;
export const ABLATIVE = /^(?:dan|den|tan|ten|ndan|nden)$/;
/** Verbs of a past event at a place (wounded, fell as a martyr, died, did military service). */
const PAST_EVENT = /^(?:yaralan|sehit|sehid|birindar|vefat|askerlik|olmus|hayatini)/;
/** The locative proper ("in"), without the dative and accusative endings LOCATIVE also takes. */
const IN_PLACE = /^n?[dt][ae]$/;
const LOCATIVE = /^(?:da|de|ta|te|nda|nde|dayim|deyim|tayim|teyim|dayiz|deyiz|tayiz|teyiz|e|a|ye|ya|ne|na|i|ı|u|ü|li|lı|lu|lu|deki|daki|teki|taki)$/;

export interface PlaceResult {
  province: string | null;
  confidence: number;
}

interface Mention {
  token: Token;
  provinces: string[];
  kind: 'province' | 'district' | 'alias';
  weak: boolean;
  /** The case ending: after an apostrophe, or glued on ("istanbulda", "elazigdayim"). */
  suffix: string;
}

function lookup(key: string): { provinces: string[]; kind: Mention['kind'] } | null {
  const p = places.provinces.get(key);
  if (p) return { provinces: [p], kind: 'province' };
  const a = places.aliases.get(key);
  if (a) return { provinces: [a], kind: 'alias' };
  const d = places.districts.get(key);
  if (d) return { provinces: d, kind: 'district' };
  return null;
}

/** Street words that name an institution in the city before them, not a street elsewhere named after it. */
const IN_CITY_INSTITUTION = new Set(['golu', 'otogari', 'garaji', 'hastanesi', 'belediyesi', 'valiligi', 'kaymakamligi', 'universitesi', 'istasyonu', 'devlet', 'egitim']);
const PERSIAN_LETTERS = /[چگڤپک]/;
const PERSIAN_LETTERS_ALL = /[چگڤپک]/g;
const persianToArabic = (c: string) => (c === 'چ' ? 'ج' : c === 'گ' || c === 'ک' ? 'ك' : c === 'ڤ' ? 'ف' : 'ب');

/** Arabic short-vowel, nunation and doubling marks (left out of an Arabic place name: "حرّان"). */
const ARABIC_MARKS = /[\u064b-\u0652]/;
const ARABIC_MARKS_ALL = /[\u064b-\u0652]/g;

/** A district or province in a Kurmanji spelling with the "-ê" ending (q for k, w for v, x for ğ, k or h). */
function kurmanjiDistrict(base: string): { provinces: string[]; kind: Mention['kind'] } | null {
  const stem = base.slice(0, -1);
  // ("-yê" after a vowel: "Vartoyê", Varto.)
  // (Or a name ending in "e" that takes "ê" for it: "Qiziltepê", Kızıltepe.)
  const stems = stem.endsWith('y') && 'aeiou'.includes(stem[stem.length - 2] ?? '') ? [stem, `${stem}a`, stem.slice(0, -1)] : [stem, `${stem}a`, base];
  for (const s of stems) {
    const v = s.replace(/q/g, 'k').replace(/w/g, 'v');
    const forms = v.includes('x') ? [v.replace(/x/g, 'g'), v.replace(/x/g, 'k'), v.replace(/x/g, 'h')] : [v];
    // (A Turkish name ending in a voiceless consonant takes a voiced one before the ending: "Beytüşşebabê", Beytüşşebap.)
    const last = v[v.length - 1];
    if (last === 'b' || last === 'd' || last === 'g') forms.push(v.slice(0, -1) + (last === 'b' ? 'p' : last === 'd' ? 't' : 'k'));
    for (const f of forms) {
      const hit = lookup(f);
      // (A Kurdish name of a province too: "Dêrsimê", Dersim.)
      if (hit && (hit.kind !== 'alias' || f.length >= 5)) return hit;
    }
  }
  return null;
}

/** No letter beyond ASCII: "arac", written so, may be araç (a vehicle) as well as Araç. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** toLocaleLowerCase('tr-TR') without the slow locale path when there is no combining dot above. */
function lowerTr(s: string): string {
  if (s.indexOf('\u0307') !== -1) return s.toLocaleLowerCase('tr-TR');
  let x = s;
  if (x.indexOf('I') !== -1) x = x.replace(/I/g, 'ı');
  if (x.indexOf('İ') !== -1) x = x.replace(/İ/g, 'i');
  return x.toLowerCase();
}

type GluedHit = { provinces: string[]; kind: Mention['kind']; suffix: string };
/**
 * A place name with a case ending glued on ("istanbulda", "elazigdayim", "amedê", "wane") and the ending
 * ('' where only the Kurmanji "-ê" was taken off); cached per word.
 */
const gluedCache = new Map<string, GluedHit | null>();
function gluedLookup(base: string): GluedHit | null {
  let hit = gluedCache.get(base);
  if (hit !== undefined) return hit;
  hit = null;
  const m = GLUED.exec(base);
  if (m && base.length - m[0].length >= 3) {
    const found = lookup(base.slice(0, base.length - m[0].length));
    if (found) hit = { ...found, suffix: m[0] };
  }
  // "Tepebaşında", "Gölbaşından": a name ending in its own possessive takes an "n" before the ending.
  const mn = hit ? null : POSSESSIVE_N.exec(base);
  if (mn && base.length - mn[0].length >= 4) {
    const found = lookup(base.slice(0, base.length - mn[0].length));
    if (found) hit = { ...found, suffix: mn[0].slice(1) };
  }
  if (!hit && base.endsWith('e') && base.length > 4) {
    const found = lookup(base.slice(0, -1));
    if (found) hit = { ...found, suffix: '' };
  }
  if (gluedCache.size >= 50_000) gluedCache.clear();
  gluedCache.set(base, hit);
  return hit;
}

/** Kurmanji "li X me/ne/im", "li X dijîm" (we are, I live in X): the writer's place; "li X dixebitim" (I work) is weighed apart. */
const KU_WORK = new Set(['dixebitim']);
const KU_HERE = new Set(['me', 'ne', 'im', 'dijim', 'dijin', 'dixebitim', 'dixebitin', 'diminim', 'diminin', 'rudinim', 'rudinin']);
const ARABIC_I_WE = new Set(['انا', 'وانا', 'اني', 'نحن', 'نحنا', 'احنا']);
const ARABIC_LIVING = new Set(['وحيده', 'وحيد', 'ساكن', 'ساكنه', 'ساكنين', 'ساكنون', 'عايش', 'عايشه', 'عايشين', 'يعيش', 'تعيش', 'يسكن', 'تسكن', 'يسكنون', 'لحالها', 'لحاله', 'لحالو', 'وحدها', 'وحده']);
// (And "stuck in": "عالقة بإسطنبول", the writer kept away from the one in need.)
const ARABIC_I_LIVE = new Set(['اعيش', 'نعيش', 'اسكن', 'نسكن', 'عالق', 'عالقه', 'عالقين']);
const ARABIC_HE_SHE = new Set(['هو', 'هي', 'وهو', 'وهي', 'انه', 'انها']);
/** His or her children and siblings, the family away from the one in need ("أولادها في إسطنبول"). */
const ARABIC_THEIR_KIN = new Set(['اولادها', 'اولاده', 'ولادها', 'ولاده', 'ابنها', 'ابنه', 'بنتها', 'بنته', 'بناتها', 'بناته', 'ابناؤها', 'ابناوها', 'ابناؤه', 'ابناوه', 'اخوها', 'اخوه', 'اختها', 'اخته', 'اخوتها', 'اخوته']);
/** Living verbs in the third person: the one who lives there is someone else ("تعيش وحدها في أورفا"). */
const ARABIC_THIRD_LIVING = new Set(['يعيش', 'تعيش', 'يسكن', 'تسكن', 'يسكنون', 'يعيشون']);

/** "أنا بإسطنبول", "أسكن بـ…", "نحن ساكنين بـ…": the writer, not "هو ساكن بأنقرة" (he lives in Ankara). */
function arabicFirstPersonHere(tokens: readonly Token[], pw: Token): boolean {
  if (ARABIC_I_WE.has(pw.base) || ARABIC_I_LIVE.has(pw.base)) return true;
  if (!ARABIC_LIVING.has(pw.base)) {
    // ("انا اختها نور الهدى بأنقرة": I, her sister, by name, then where; not past a relative of mine, "انا وامي بحلب".)
    for (let k = pw.i; k >= 0 && k >= pw.i - 3; k--) {
      const b = tokens[k] as Token;
      if (b.kind !== 'word' || !b.arabic || (lex(b) & KIN_MY) !== 0) return false;
      // (Or "أعيش في أضنة", I live in Adana.)
      if (k < pw.i && (ARABIC_I_WE.has(b.base) || ARABIC_I_LIVE.has(b.base))) return true;
    }
    return false;
  }
  // ("أنا ابنه عمر السعيد، ساكن بمرسين": "I" a few words before, in the same sentence.)
  for (let k = pw.i - 1; k >= 0 && k >= pw.i - 6; k--) {
    const b = tokens[k] as Token;
    if (b.kind === 'nl' || (b.kind === 'punct' && (b.code === 46 || b.code === 33 || b.code === 63 || b.code === 0x61f))) return false;
    if (b.kind === 'word' && ARABIC_I_WE.has(b.base)) return true;
  }
  return false;
}

/**
 * Words starting inside `exclude` (the sender's name) are not places. `caseless`: the message is all lower
 * or all upper case, so a capital says nothing.
 */
export function findProvince(text: string, tokens: Token[], words: Token[], exclude: Span | null, caseless: boolean, phones: readonly Span[] = []): PlaceResult {
  const exStart = exclude === null ? 0 : exclude[0];
  const exEnd = exclude === null ? 0 : exclude[1];
  const mentions: Mention[] = [];
  const nWords = words.length;
  for (let wi = 0; wi < nWords; wi++) {
    const t = words[wi] as Token;
    if (t.start >= exStart && t.start < exEnd) continue;
    let hit: ReturnType<typeof lookup> = null;
    let span = 1;
    let suffix = t.suffix;
    // Two-word names first (Arabic "غازي عنتاب", "شاهين بيه").
    const next = words[wi + 1];
    if (next && next.i === t.i + 1) {
      // (Also with Arabic "ب"/"و" glued to the first word: "بإسكي شهير".)
      const ph =
        (lex(t) & PHRASE_HEAD) !== 0
          ? places.phrases.get(`${t.base} ${next.base}`)
          : t.arabic && (t.base.startsWith('ب') || t.base.startsWith('و') || t.base.startsWith('ف'))
            ? places.phrases.get(`${t.base.slice(1)} ${next.base}`)
            : undefined;
      if (ph) {
        hit = { provinces: [ph], kind: 'alias' };
        span = 2;
      }
    }
    if (!hit && t.arabic) {
      // A clitic "و" (and) or "ب" (in: "بمرسين", "بالريحانية") glued to the name; Persian letters for Turkish
      // sounds written as the Arabic ones ("بچوروم": ب + جوروم, Çorum).
      // (Without the short-vowel and doubling marks: "حرّان", Harran.)
      const a = arabicPlaceAlias(t.base);
      if (a) hit = { provinces: [a], kind: 'alias' };
    }
    if (!hit && !t.arabic) {
      // ("Of'tan yazıyorum": the one district of two letters, with its case ending.)
      // (Or named as one: "Of ilçesinde yaşıyorum".)
      // (Or an office in it: "Of SYDV telefonlara çıkmıyor".)
      if (t.base.length < 3 && !(t.base === 'of' && t.cap && (t.suffix !== '' || DISTRICT_WORD.test(words[wi + 1]?.base ?? '') || OF_OFFICE.has(words[wi + 1]?.base ?? '')))) continue;
      hit = (lex(t) & PLACE) !== 0 ? lookup(t.base) : null;
      if (!hit && !t.suffix && (lex(t) & GLUED_PLACE) !== 0) {
        const glued = gluedLookup(t.base);
        if (glued) {
          hit = glued;
          suffix = glued.suffix;
        }
      }
    }
    // Kurmanji "li", in, before the place.
    // (Or "li gundekî X", in a village of X.)
    const afterLi = wi > 0 && ((words[wi - 1] as Token).base === 'li' || (KU_VILLAGE.test((words[wi - 1] as Token).base) && words[wi - 2]?.base === 'li'));
    // Kurmanji spellings of districts with the "-ê" ending: "Qaxizmanê" (Kağızman), "Gewaşê" (Gevaş),
    // "Pazarcixê" (Pazarcık), "Kahtê" (Kahta); in capitals too ("LI ESENYURTÊ"), or without the letter
    // after "li" ("li Vartoye").
    // (Lower case too after "li" where the message has no case: "li ercise bi tene dimine".)
    if (!hit && !t.arabic && (t.cap || (caseless && afterLi)) && ((t.marks & 1) !== 0 || text.charCodeAt(t.baseEnd - 1) === 0xca || afterLi) && t.base.length >= 5 && t.base.endsWith('e')) hit = kurmanjiDistrict(t.base);
    if (!hit) continue;
    // "Karadeniz Ereğli", "Kdz. Ereğli": the word before tells which of the district's provinces.
    if (hit.provinces.length > 1 && wi > 0) {
      // (A glued ending is still on the word's base; an apostrophe's is not.)
      const stem = suffix !== t.suffix ? t.base.slice(0, t.base.length - suffix.length) : t.base;
      const q = QUALIFIED.get(`${(words[wi - 1] as Token).base} ${stem}`);
      if (q) hit = { provinces: [q], kind: hit.kind };
    }
    // Kurmanji "cîranê wan", "malên wan", "cîrana wan": "their" after a noun's ê/ên/a ending, not Wan (Van).
    // (And after a preposition or a relative, in lower case: "ji bo wan", for them; "bi wan re", with them;
    // "diya wan", their mother.)
    if (hit.kind === 'alias' && t.base === 'wan' && t.suffix === '' && wi > 0 && (/(?:ên?|a)$/.test(text.slice((words[wi - 1] as Token).start, (words[wi - 1] as Token).end)) || (!t.cap && (KU_BEFORE_PRONOUN.has((words[wi - 1] as Token).base) || (lex(words[wi - 1] as Token) & KIN_MY) !== 0)))) continue;
    // "şert çi ne?", what are the conditions (şert, şart): Sêrt (Siirt) is never written with "ş".
    if (hit.kind === 'alias' && t.base === 'sert' && (text.charCodeAt(t.start) | 1) === 0x15f) continue;
    const after = words[wi + span];
    // (A place with its case ending is no street's name: "Gaziosmanpaşa'da Şehit Er Ali Demir Sokak'ta".)
    // (But an institution named after its city is in it: "Kayseri otogarı", "Batman belediyesi".)
    // (Not with a number between: "Karşıyaka 1745 sk", the street is the number's.)
    if (after && after.i === t.i + span && !t.suffix && (lex(after) & STREET_WORD) !== 0 && !IN_CITY_INSTITUTION.has(after.base)) continue;
    // ("Babam 1994 Şırnak gazisi": where he was wounded, named as his title, not where the help is needed.)
    if (after && after.i === t.i + span && !t.suffix && VETERAN_OF.test(after.base)) continue;
    // "komşum Nilüfer", "Nilüfer hanım": a person, not the district.
    const before = words[wi - 1];
    // (Right next to it: "Tarsus. Abisi Oğuz Yaman" is a place, then a signature.)
    // (Not with a case ending: "Kahtadayız ablam …" is where, "Kahta abla" would be who.)
    // (Only a district that is a name too: "Annem Keçiören huzurevinde" is where.)
    if (hit.kind === 'district' && suffix === '' && (lex(t) & (GIVEN | SURNAME)) !== 0 && ((before && before.i === t.i - 1 && (lex(before) & KIN_MY) !== 0) || (after && after.i === t.i + span && (lex(after) & TITLE) !== 0))) continue;
    // "Er Oğuzhan Demirci'nin annesi": a surname after a capitalised given name, with the genitive, is that person.
    if (hit.kind === 'district' && t.cap && (lex(t) & SURNAME) !== 0 && GENITIVE_SUFFIX.test(t.suffix) && before !== undefined && before.i === t.i - 1 && before.cap && (lex(before) & GIVEN) !== 0) continue;
    // Kurmanji "taxa Bahçelievler": a neighbourhood (taxa) of that name, not the district.
    if (before !== undefined && before.i === t.i - 1 && KU_NEIGHBOURHOOD.has(before.base)) continue;
    // "bacak agri", "dizlerim agri": pain (ağrı) after a part of the body, in lower case, not Ağrı.
    if (t.base === 'agri' && !t.cap && before !== undefined && BODY_PART.test(before.base)) continue;
    // "ji bo bursa zanîngehê", "okulda bursa başvurmak": a scholarship (burs) in lower case, not Bursa.
    if (t.base === 'bursa' && !t.cap && ((before !== undefined && before.base === 'bo') || (after !== undefined && (after.base.startsWith('basvur') || after.base === 'u' || after.base === 'an')))) continue;
    if (t.suffix && !ABLATIVE.test(t.suffix) && !LOCATIVE.test(t.suffix) && t.suffix.length > 5) continue;
    // A given name or an ordinary word (as written, Turkish letters) is weak; an alias only when it is a
    // Kurdish name written without its letters the way a Turkish word is ("sert", hard: Sêrt is Siirt).
    // (A place read off a glued ending is weak when the whole word is an ordinary one: "karsi", karşı, not Kars'ı;
    // and a district written with Kurmanji "ê" is a Kurmanji word: "kurê min", my son, not Küre; not after "li", in.)
    const written = lowerTr(text.slice(t.start, t.baseEnd));
    const weak =
      hit.kind === 'alias'
        ? ALIAS_HOMOGRAPHS.has(written)
        : (lex(t) & GIVEN) !== 0 || commonWordsExact.has(written) || (hit.kind === 'district' && (lex(t) & COMMON) !== 0 && isAscii(written) && commonWordsExact.has(places.accented.get(t.base) ?? written)) || (suffix !== t.suffix && ((lex(t) & COMMON) !== 0 || (!t.cap && gluedOrdinary(t.base, suffix)))) || (hit.kind === 'district' && suffix === t.suffix && written.includes('ê') && !afterLi);
    mentions.push({ token: t, provinces: hit.provinces, kind: hit.kind, weak, suffix });
    if (span === 2) wi++;
  }
  if (mentions.length === 0) return { province: null, confidence: 0.9 };

  // Each province's score, in the order of first mention (was a Map; its for-of cost compile time).
  const score: Scores = { provinces: [], sums: [] };
  const lastStart = tokens.length ? (tokens[tokens.length - 1] as Token).end : 1;
  // The last word outside the sender's name.
  let lastOutside: Token | undefined;
  for (let k = nWords - 1; k >= 0 && lastOutside === undefined; k--) {
    const w = words[k] as Token;
    if (!(w.start >= exStart && w.start < exEnd)) lastOutside = w;
  }
  /** Provinces the writer says they are in ("İstanbul'dayım", "Kars'ta oturuyorum", "li Wanê me"). */
  const mine: string[] = [];
  /** Provinces where someone else lives ("annem Zara'da tek yaşıyor"). */
  const theirs: string[] = [];
  let fallback: string | null = null;
  let away = false;
  const workScore: Scores = { provinces: [], sums: [] };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    const prev = mentions[k - 1];
    const nxt = mentions[k + 1];
    const paired = near(prev, m) || near(nxt, m);
    const t = m.token;
    // A lone place name closing the message ("…, afyon") is the writer's address.
    const prevTok = tokens[t.i - 1];
    // (Also before only the sender's name and numbers: "… korkuyorum. Batman. Leyla".)
    // (Or right after it: "… zeliha ozdemir ayvalik".)
    // (Numbers may follow: "… Nurcan Aktaş Çorlu 7098…".)
    const atEnd = lastOutside === t && (prevTok === undefined || prevTok.kind !== 'word' || (prevTok.start >= exStart && prevTok.start < exEnd)) && (lastOutside === words[nWords - 1] ? onlyPunctOrNumbersAfter(tokens, t.i) : true);
    let w = m.kind === 'district' ? 2.5 : 3;
    if (m.weak) {
      const given = (lex(t) & GIVEN) !== 0;
      // (Also written apart: "DÜZCE DE", "Kars da".)
      const apart = tokens[t.i + 1];
      const locative =
        (t.suffix !== '' && (LOCATIVE.test(t.suffix) || ABLATIVE.test(t.suffix))) ||
        // (Arabic in Latin letters: "ana b Fatih", in Fatih.)
        (tokens[t.i - 1]?.kind === 'word' && ARABIZI_IN.has((tokens[t.i - 1] as Token).base)) ||
        // (Or "-dan yazıyorum" glued on: "kahtadan yazıyorum", writing from.)
        (m.suffix !== t.suffix && ABLATIVE.test(m.suffix) && apart !== undefined && apart.kind === 'word' && apart.base.startsWith('yaziyo')) ||
        // (A long name with a locative or ablative glued on: "ceylanpinarda", "nilüferde oturuyorum"; not a short one,
        // which may be an ordinary word with its ending.)
        (m.suffix !== t.suffix && (LOCATIVE.test(m.suffix) || ABLATIVE.test(m.suffix)) && t.base.length - m.suffix.length >= 7) ||
        // (Kurmanji "li" before it, the ending glued on: "ez li bulanike dijim".)
        (tokens[t.i - 1]?.kind === 'word' && (tokens[t.i - 1] as Token).base === 'li' && m.suffix !== '') ||
        // (Or bare before a verb of living: "EZ NIHA LI BATMAN DIMÎNIM", "li Batman dijî".)
        (tokens[t.i - 1]?.kind === 'word' && (tokens[t.i - 1] as Token).base === 'li' && apart !== undefined && apart.kind === 'word' && (KU_HERE.has(apart.base) || THEIR_LIVING.test(apart.base))) ||
        (m.suffix === '' && apart !== undefined && apart.kind === 'word' && apart.start === t.end + 1 && LOCATIVE_APART.has(apart.base));
      // (In a message written in lower case, a capital inside a sentence stands out all the more: "… ne zaman Sorgun için …".)
      // (Opening the message, only as written: "Hane geliri …" is no glued "Han'e".)
      const capOk = t.cap && (caseless ? !t.upper && (t.i === 0 ? m.suffix === t.suffix : !isSentenceStart(tokens, t.i)) : t.i === 0 || !isSentenceStart(tokens, t.i));
      // "Tokat merkez", "Bolu ili": the word is named as a place.
      const nx = tokens[t.i + 1];
      // (Or an address: the district, then a neighbourhood, "Çorlu Reşadiye mah.".)
      const nx2 = tokens[t.i + 2];
      const named =
        nx !== undefined &&
        nx.kind === 'word' &&
        (nx.base === 'merkez' || nx.base === 'merkezde' || nx.base === 'merkezdeyiz' || nx.base === 'merkezdeyim' || nx.base === 'ili' || nx.base === 'ilinde' || DISTRICT_WORD.test(nx.base) || (m.kind === 'district' && nx2 !== undefined && nx2.kind === 'word' && (NEIGHBOURHOOD.has(nx2.base) || (tokens[t.i + 3]?.kind === 'word' && NEIGHBOURHOOD.has((tokens[t.i + 3] as Token).base)))) ||
          // (A courthouse, a municipality, a foundation, in any case: "kartal adliye", "bismil belediyesi"; not a date's
          // month, "12 aralık adliye".)
          (COURT_OR_OFFICE.has(nx.base) && prevTok?.kind !== 'num') ||
          // (Or a public institution's: "Batman Eğitim Araştırma Hst.", "Siverek Devlet Hastanesi".)
          // (Or "Kartal Sosyal Yardımlaşma Vakfı", "Bismil Belediyesi", "Kartal SYDV".)
          (t.cap && nx.cap && (nx.base === 'egitim' || nx.base === 'devlet' || nx.base === 'sosyal')) ||
          // (Or a neighbourhood or village in it, with the ending: "Dörtyol Yeşilköy'deyiz", "Pendik Kurtköy'de".)
          (m.kind === 'district' && t.cap && m.suffix === '' && nx.cap && nx.i === t.i + 1 && nx.suffix !== '' && (LOCATIVE.test(nx.suffix) || SELF_LOCATIVE.test(nx.suffix)) && (lex(nx) & (PLACE | GIVEN)) === 0));
      // ("Annem Hafik'te tek başına yaşıyor": someone lives there; "Adres: Bayraklı Manavkuyu": an address.)
      const lived = t.cap && IN_PLACE.test(m.suffix) && (verbAfter(tokens, t.i, THEIR_LIVING) !== null || verbAfter(tokens, t.i, LIVING_VERB) !== null);
      // ("… Melike Taş TCKN 2389…, Nilüfer": the sender's name found, a district that is a given name too closes the message;
      // also after a thank-you: "… kb Aydin".)
      // ("Batman, taxa Bahçelievler": the town, then its neighbourhood in Kurmanji.)
      const hasQuarter = nx !== undefined && nx.kind === 'punct' && nx.code === 44 && KU_NEIGHBOURHOOD.has(nx2?.base ?? '');
      // ("…, Mersin, ev tel 0 324 …": a landline's area code names the same province.)
      if (paired || named || lived || hasQuarter || afterAddress(tokens, t.i) || (given && atEnd && exclude !== null && (prevTok?.kind === 'punct' || prevTok?.kind === 'num')) || (given && exclude !== null && lastOutside === t && prevTok?.kind === 'word' && PLEASE_THANKS.has(prevTok.base) && onlyPunctOrNumbersAfter(tokens, t.i)) || (m.provinces.length === 1 && phones.length > 0 && areaCodeSays(text, phones, m.provinces[0] as string))) w = w;
      else if (given) w = locative ? 1.5 : 0;
      // (A sentence of its own is a place too: "… eksi 15. Palandoken. Emre Sahin …".)
      // ("… var mı? Batman TC 7220… tel 0559…": a place opening the sentence of the ID and the phone.)
      // (Or, in a message without case or stops, after its last verb: "… öğrenmek istiyorum batman".)
      else if (capOk || locative || atEnd || ((t.cap || caseless) && sentenceOfItsOwn(tokens, t.i)) || (t.cap && onlyIdAndPhoneAfter(tokens, t.i)) || (caseless && (afterLastVerb(tokens, t, lastOutside) || capitalisedLast(tokens, t, lastOutside) || closesVerbSentence(tokens, t)))) w = 1.2;
      else w = 0;
    }
    if (w === 0) continue;
    // Right after a capitalised given name (only a given name, the first of the name), as written, a district is the
    // person's surname: "Babam Hüseyin Karataş 84 yaşında" (not "Esra Bulut Sincan", a signature and the district).
    if (m.kind === 'district' && t.cap && m.suffix === '' && t.suffix === '' && prevTok !== undefined && prevTok.kind === 'word' && prevTok.cap && prevTok.suffix === '' && prevTok.end + 1 === t.start && (lex(prevTok) & (GIVEN | SURNAME | PLACE)) === GIVEN && !nameWordBefore(tokens, prevTok)) continue;
    // "Muğla Ula Akyaka'da": a neighbourhood inside the place just named that shares a name with another
    // province's district (Akyaka, Kars).
    // (Or right after a district alone: "tuzla aydıntepe", Aydıntepe a neighbourhood of Tuzla, not Bayburt's district.)
    if (m.kind === 'district' && prev !== undefined && prev.token.i === t.i - 1 && !m.provinces.some((p) => prev.provinces.includes(p)) && (near(mentions[k - 2], prev) || (prev.kind === 'district' && !prev.weak && prev.suffix === '' && (nxt === undefined || !near(m, nxt))))) continue;
    if (paired) w += 2;
    // "İstanbul'dayım", "Kelkit'teyiz", "Burası Keçiören": where the writer is now.
    const pw = tokens[t.i - 1];
    const nw = tokens[t.i + 1];
    // (Not someone else's: "Zarokên wî li Stenbolê ne", his children are in İstanbul.)
    // (Also past "bi tenê", alone: "ez li Kızıltepeyê bi tenê me".)
    const kuNext = nw !== undefined && nw.kind === 'word' && (nw.base === 'bi' || nw.base === 'tene') ? tokens[nw.base === 'bi' ? t.i + 3 : t.i + 2] : nw;
    const kurmanjiAt = pw !== undefined && pw.base === 'li' && kuNext !== undefined && kuNext.kind === 'word' && KU_HERE.has(kuNext.base);
    // (Or the writer's own children away: "Zarokên min li Stenbolê ne", my children are in İstanbul.)
    const kurmanjiTheirs = kurmanjiAt && (KU_HIS.has(tokens[(pw as Token).i - 1]?.base ?? '') || (tokens[(pw as Token).i - 1]?.base === 'min' && KU_CHILDREN.has(tokens[(pw as Token).i - 2]?.base ?? '')));
    const kurmanjiHere = kurmanjiAt && !kurmanjiTheirs;
    // (Where the relatives of the one in need are is a side fact: the case is where that one lives.)
    if (kurmanjiTheirs) w *= 0.5;
    // (Kurmanji "ew li Wanê ye" (he is in Van), beside "Ez li Stenbolê me": the one in need is there.)
    // (Or "ew" opening the clause a few words before: "ew bi tenê ma li malê li Bismilê.", he stayed alone at home in Bismil.)
    if (pw !== undefined && pw.base === 'li' && ((tokens[pw.i - 1]?.base === 'ew' && nw !== undefined && nw.kind === 'word' && (nw.base === 'ye' || nw.base === 'bi' || nw.base === 'tene')) || (kuHeOpens(tokens, pw.i) && (nw === undefined || nw.kind !== 'word' || nw.base === 'ye' || THEIR_LIVING.test(nw.base))))) theirs.push(...m.provinces);
    // (And where someone went: "Zarokên min çûne Stenbolê", my children went to İstanbul.)
    if (pw !== undefined && pw.kind === 'word' && KU_WENT.has(pw.base)) w *= 0.5;
    // (The same in Turkish: "… Fadime teyze tek yaşıyor … Oğlu İzmir'de, ulaşamıyoruz": her son is away.)
    if (pw !== undefined && pw.kind === 'word' && CARER_ELSEWHERE.has(pw.base) && IN_PLACE.test(m.suffix) && mentions.length > 1) w *= 0.5;
    // (Arabic the same way: "أولادها في إسطنبول ولا يردون", her children are in İstanbul and do not answer.)
    else if (t.arabic && mentions.length > 1 && pw !== undefined && (ARABIC_THEIR_KIN.has(pw.base) || (pw.base === 'في' && ARABIC_THEIR_KIN.has(tokens[pw.i - 1]?.base ?? '')))) w *= 0.5;
    // Arabic "أنا ساكن بمرسين", "أنا بإسطنبول": "ب" glued after "I/we" (living).
    // (Or after "في": "وأنا في إسطنبول ما أقدر أوصل".)
    const arabicHere = t.arabic && pw !== undefined && (t.base.startsWith('ب') || pw.base === 'في') && arabicFirstPersonHere(tokens, pw);
    // "هو ساكن بأنقرة", "جدي ساكن لحاله بأورفا": where the relative lives, not the writer.
    // (Arabizi the same way: "ana b Istanbul" (I am in), "huwe la7alo bel bet b Gebze" (he is alone at home in).)
    const arabiziAt = !t.arabic && pw !== undefined && pw.kind === 'word' && ARABIZI_IN.has(pw.base);
    const arabiziHere = arabiziAt && ARABIZI_WE.has(tokens[t.i - 2]?.base ?? '');
    const arabicTheirs = (t.arabic && arabicTheirLiving(tokens, t.i)) || (arabiziAt && !arabiziHere && arabiziAloneBefore(text, t.start));
    // (Here the ending may be glued on, "elazigdayim", "istanbulda calisiyorum"; the weights above read
    // only an apostrophe's: a glued "-e", "-i" makes places of words, "hane", "aracı".)
    // ("şu an Gebze otogarındayım", "Kepez hastanesindeyim": a place in it, with the writer's ending.)
    const inItHere = m.suffix === '' && nw !== undefined && nw.kind === 'word' && nw.i === t.i + 1 && !nw.cap && nw.base.length > 6 && SELF_LOCATIVE_END.test(nw.base);
    const here = SELF_LOCATIVE.test(m.suffix) || kurmanjiHere || arabicHere || arabiziHere || inItHere || (pw !== undefined && pw.kind === 'word' && (pw.base === 'burasi' || pw.base === 'buradayim'));
    if (here) w += 3;
    // "Uşak'tan yazıyorum" (writing from), "Kuşadası'nda oturuyorum" (living in): the writer's place.
    const nextVerb = nw !== undefined && nw.kind === 'word' ? nw.base : '';
    // (Also "Sarıkamış ilçesinden yazıyorum".)
    const unitFrom = FROM_UNIT.has(nextVerb) && tokens[t.i + 2]?.kind === 'word' && (tokens[t.i + 2] as Token).base.startsWith('yaziyo');
    // (And "ben Keçiören'den Hatice Demirci": I, from Keçiören, Hatice.)
    // (Or right after the writer's name: "ben Gül Haddad, Antakya'dan.")
    const fromAfterName = exclude !== null && pw !== undefined && pw.kind === 'punct' && pw.code === 44 && tokens[t.i - 2]?.end === exEnd && (nw === undefined || nw.kind === 'nl' || (nw.kind === 'punct' && nw.code === 46));
    // (Kurmanji "ji Mêrsînê dinivîsim", I write from Mersin; Arabic "أنا أحمد العلي من إسطنبول", right after the name.)
    const arabicFromAfterName = t.arabic && exclude !== null && pw !== undefined && pw.base === 'من' && tokens[t.i - 2]?.end === exEnd;
    // (Or applied from there: "Denizli'den başvurdum", the office where the writer lives.)
    const writesFrom = (t.suffix !== '' && ABLATIVE.test(t.suffix) && (nextVerb.startsWith('yaziyo') || nextVerb.startsWith('basvurd') || fromAfterName || (pw !== undefined && pw.base === 'ben' && nw !== undefined && nw.cap))) || (pw !== undefined && pw.base === 'ji' && nextVerb.startsWith('dinivis')) || arabicFromAfterName || unitFrom || (m.suffix !== t.suffix && ABLATIVE.test(m.suffix) && nextVerb.startsWith('yaziyo'));
    // (Also "Elazığ'da ikamet ediyorum", residing.)
    const living = IN_PLACE.test(m.suffix) ? verbAfter(tokens, t.i, LIVING_VERB) : null;
    // (And moved or come there: "Pazarcık'tan Bandırma'ya taşındık", "Malatyadan Antalyaya geldik".)
    // (Past an adverb too: "diyarbakıra yeni taşındık".)
    const moveVerb = MOVE_ADVERBS.has(nextVerb) && tokens[t.i + 2]?.kind === 'word' ? (tokens[t.i + 2] as Token).base : nextVerb;
    // (Arabic too: "انتقلنا من عنتاب إلى قونية", we moved from Antep to Konya.)
    const movedHere = (DATIVE.test(m.suffix) && m.suffix !== '' && MOVED.test(moveVerb)) || (t.arabic && pw !== undefined && (pw.base === 'الي' || pw.base === 'لـ') && arabicMovedBefore(tokens, pw.i));
    // (A deaf writer's grammar, no ending: "simdi Elazig yasiyor", now lives in Elazığ.)
    const livesHere = writesFrom || movedHere || living !== null || (IN_PLACE.test(m.suffix) && nextVerb === 'ikamet') || (m.suffix === '' && t.cap && /^(?:yasiyo|oturuyo)/.test(nextVerb));
    // "Ben İstanbul'da çalışıyorum", "li Stenbolê dixebitim": where the writer works, away from the
    // relative the message is about; it counts only when no other place is named ("çalışıyoruz", we
    // work, is the family's place).
    // (Arabic "وأنا أعمل في إسطنبول", I work in İstanbul.)
    // (With "and" glued on too: "وأعمل في قونيا".)
    const workWord = tokens[t.i - 2]?.base ?? '';
    const arabicWork = t.arabic && pw !== undefined && pw.base === 'في' && (ARABIC_WORK.has(workWord) || (workWord.startsWith('و') && ARABIC_WORK.has(workWord.slice(1))));
    // (Kurmanji "li Stenbolê kar dikim", I work; "iş için İstanbul'dayım", there for work.)
    const kurmanjiWork = pw !== undefined && pw.base === 'li' && nextVerb === 'kar' && (tokens[t.i + 2]?.base ?? '').startsWith('dik');
    const forWork = pw !== undefined && pw.base === 'icin' && tokens[t.i - 2]?.base === 'is' && (here || SELF_LOCATIVE_END.test(t.base));
    // (Deaf writers' grammar: "ben Istanbul calismak", I work in İstanbul.)
    const deafWork = nextVerb === 'calismak' && pw !== undefined && pw.base === 'ben' && mentions.length > 1;
    // (Arabizi "ana Rami bshtghel b Bursa", I work in Bursa.)
    const arabiziWork = arabiziAt && ARABIZI_WORK.has(tokens[t.i - 2]?.base ?? '');
    if (living === 'calisiyorum' || (kurmanjiHere && KU_WORK.has(nextVerb)) || arabicWork || kurmanjiWork || forWork || deafWork || arabiziWork) {
      add(workScore, m.provinces[0] as string, w);
      continue;
    }
    if (livesHere) w += 3;
    // The writer saying where they are settles it, unless the case is elsewhere ("elsewhere", below).
    if (here || livesHere) {
      mine.push(...m.provinces);
      // (Said right after it: "Ben İzmir'deyim, hemen gidemem"; not "Annemlere gidemem" in a sentence of its own.)
      away ||= awayAfter(tokens, t.i);
    }
    // "Annem Niksar'da yaşıyor", "bavê min li Yüksekovayê bi tenê dimîne": where someone else lives.
    // (Not a relative working or studying there: "oğlum İzmir'de çalışıyor", "kızım Ankarada üniversitede okuyor" is away from home, the case is where the writer is.)
    // (Not a weak or lower-case glued one: "kardeşim bodruma kapatıyor", into the basement, not Bodrum.)
    else if (arabicTheirs) theirs.push(...m.provinces);
    // (A glued "-e" after Kurmanji "li" is Kurmanji's ending, not a Turkish dative: "li ercise bi tene dimine".)
    else if ((t.cap ? !m.weak || t.suffix !== '' : !m.weak && (m.suffix === t.suffix || IN_PLACE.test(m.suffix) || (pw !== undefined && pw.base === 'li'))) && ((IN_PLACE.test(m.suffix) && (verbAfter(tokens, t.i, THEIR_LIVING) !== null || (nw !== undefined && nw.kind === 'word' && nw.i === t.i + 1 && (LIVING_PARTICIPLE.test(nw.base) || ((nw.base === 'tek' || nw.base === 'yalniz') && LIVING_PARTICIPLE.test(tokens[t.i + 2]?.base ?? '')))))) || (pw !== undefined && (pw.base === 'li' || (KU_VILLAGE.test(pw.base) && tokens[pw.i - 1]?.base === 'li')) && verbAfter(tokens, t.i, THEIR_LIVING, 6) !== null) || (theirsBefore(tokens, t.i, mentions) && !/^(?:calisiyo|okuyo|universite|okulda)/.test(nextVerb)) || nextVerb === 'icin' || aloneThere(tokens, t.i) || (DATIVE.test(m.suffix) && nextVerb === 'bagli' && verbAfter(tokens, t.i + 1, THEIR_LIVING, 4) !== null))) {
      theirs.push(...m.provinces);
      // (After the writer's own place: "İzmir Karşıyaka'da oturuyorum. Dayım Sivrihisar'da yaşıyor" is about the uncle,
      // unless the writer is the one alone: "Zara'da tek başıma oturuyorum. Kızım Ankara'da".)
      if (mine.length > 0 && !writerAlone(tokens)) w += 2;
    }
    // (Arabic in Latin letters the same way: "kimlik'a mn Gaziantep", from; not right after the writer's name, "ana Omar Barakat mn Mardin".)
    // (Not where it is the only place named: "Slm Kars'tan Aslan. Odun yardımı".)
    if ((t.suffix && ABLATIVE.test(t.suffix) && !writesFrom && mentions.length > 1) || (m.suffix !== t.suffix && ABLATIVE.test(m.suffix) && CAME.test(nextVerb)) || (pw !== undefined && (pw.base === 'mn' || (pw.base === 'men' && !t.arabic && pw.i > 0 && tokens[pw.i - 1]?.kind === 'word' && (tokens[pw.i - 1] as Token).base !== 'salam')) && !(exclude !== null && tokens[t.i - 2]?.end === exEnd))) w *= 0.3;
    // (Kurmanji "ji Hatay hatim Şahinbey", I came from Hatay: where the writer left.)
    if (pw !== undefined && pw.base === 'ji' && /^hat(?:im|in|ine|ime|iye)$/.test(nextVerb) && mentions.length > 1) w *= 0.3;
    // "Hakkari'de şehit oldu", "Nusaybin'de yaralandım": where something happened once, not where anyone lives.
    // (Not "Gaziosmanpaşa'da Şehit Er Ali Demir Sokak'ta": a street's title, no one fell there.)
    const titleNotEvent = nextVerb === 'sehit' && !/^(?:ol|dus|ver|edil)/.test(tokens[t.i + 2]?.base ?? '');
    // (Kurmanji the same way: "li Şirnexê birîndar bûm", "li Hekariyê şehîd ket".)
    // (Kurmanji only where another place is named: alone, "li Kozlukê şehîd bû" still says the family's province.)
    const elsewhereNamed = mentions.some((o) => !o.weak && !o.provinces.some((p) => m.provinces.includes(p)));
    if ((PAST_EVENT.test(nextVerb) || (nextVerb === 'gazi' && tokens[t.i + 2]?.kind === 'word' && (tokens[t.i + 2] as Token).base.startsWith('ol'))) && ((IN_PLACE.test(m.suffix) && !titleNotEvent) || (pw !== undefined && pw.base === 'li' && elsewhereNamed))) w *= 0.2;
    // (The ending written apart too, where another place is named: "1994 te Sirnak ta yaralandim … Tokat".)
    else if (m.suffix === '' && nw !== undefined && nw.kind === 'word' && nw.start === t.end + 1 && LOCATIVE_APART.has(nw.base) && PAST_EVENT.test(tokens[t.i + 2]?.base ?? '') && mentions.some((o) => !o.provinces.some((p) => m.provinces.includes(p)))) w *= 0.2;
    // (Also of an operation or an attack there: "Şemdinli operasyonunda yaralandım", "Hakkari'deki saldırıda şehit oldu".)
    else if (nw !== undefined && nw.kind === 'word' && nw.i === t.i + 1 && IN_EVENT.test(nw.base) && PAST_EVENT.test(tokens[t.i + 2]?.base ?? '')) w *= 0.2;
    // (Arabic: "توفوا بالزلزال بأنطاكيا", they died in the earthquake in Antakya.)
    // (Only where another place is named: a widow's "زوجي توفى بالزلزال بأنطاكيا" and nothing else says where she is.)
    else if (t.arabic && arabicEventBefore(tokens, t.i) && elsewhereNamed) w *= 0.2;
    // "1994 yılında Hakkari Çukurca'da …", "2016'da Şemdinli'de …": a year before it, something that happened there once.
    // (Only where another place is named: alone, it is still the one the case is about.)
    if (!here && !livesHere && yearBefore(tokens, t.i, mentions) && elsewhereNamed) w *= 0.3;
    // "Ben yarın Ankara'ya dönmek zorundayım": where the writer goes back to, not where the case is.
    if (DATIVE.test(m.suffix) && m.suffix !== '' && LEAVING.test(nextVerb)) w *= 0.3;
    if (t.start > lastStart * 0.6) w += 0.5;
    if (m.provinces.length > 1) {
      // An ambiguous district (Ereğli, Yenişehir, Edremit) supports only a province named elsewhere, or
      // the one a landline's area code names ("Edremit 0266 …": Balıkesir's, not Van's).
      let told = false;
      for (let j = 0; j < m.provinces.length; j++) {
        const p = m.provinces[j] as string;
        if (namedAlone(mentions, m, p) || areaCodeSays(text, phones, p)) {
          add(score, p, w);
          told = true;
        }
      }
      if (!told) {
        const usual = AMBIGUOUS_DEFAULT.get(m.token.base.slice(0, m.token.base.length - (m.suffix !== m.token.suffix ? m.suffix.length : 0))) ?? null;
        // (Where someone lives, it counts with its usual province against the writer's own: "ikisi Edremit'te yalnız
        // yaşıyor. Ben İstanbul'da çalışıyorum".)
        if (usual !== null && theirs.includes(usual)) add(score, usual, w);
        else if (w >= 1 && fallback === null) fallback = usual;
      }
      continue;
    }
    add(score, m.provinces[0] as string, w);
  }
  // The writer says where they are, but someone else lives elsewhere, or the writer cannot get there
  // ("Ben İzmir'deyim, annem Zara'da tek yaşıyor", "… ben 900 km uzaktayım"): the help is needed there.
  // (Not when the writer is the one in danger: "eşim bana şiddet uyguluyor … annem Sivas'ta, ona gidemiyorum".)
  const elsewhere = mine.length > 0 && (theirs.some((p) => !mine.includes(p)) || ((away || farAway(tokens)) && score.provinces.some((p) => !mine.includes(p)))) && !writerHarmed(text, tokens);
  // (The whole of the writer's province, also where it is named beside the district: "İstanbul Esenyurt'ta yaşıyorum".)
  if (elsewhere) for (let j = 0; j < score.provinces.length; j++) if (mine.includes(score.provinces[j] as string)) score.sums[j] = 0.3 * (score.sums[j] as number);
  let best: string | null = null;
  let bestScore = 0;
  let total = 0;
  for (let j = 0; j < score.provinces.length; j++) {
    const p = score.provinces[j] as string;
    const s = score.sums[j] as number;
    total += s;
    if (s > bestScore && (mine.length === 0 || elsewhere || mine.includes(p))) {
      best = p;
      bestScore = s;
    }
  }
  if ((!best || bestScore < 1) && workScore.provinces.length > 0) {
    best = workScore.provinces[0] as string;
    bestScore = total = workScore.sums[0] as number;
  }
  // (Nothing else said which: the better known of an ambiguous district's places, "Edremit'te oturuyor" → Balıkesir.)
  if ((!best || bestScore < 1) && fallback !== null) return { province: fallback, confidence: 0.55 };
  if (!best || bestScore < 1) return { province: null, confidence: 0.5 };
  return { province: best, confidence: Math.min(0.99, 0.5 + 0.5 * (bestScore / total) * Math.min(1, bestScore / 4)) };
}

/** "انتقلنا", "انتقلت", "رحلنا" (we moved) a few words before. */
function arabicMovedBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'nl' || (t.kind === 'punct' && (t.code === 46 || t.code === 0x61f))) return false;
    if (t.kind === 'word' && /^(?:انتقل|نقلنا|رحلنا|تنقلنا)/.test(t.base)) return true;
  }
  return false;
}

/** A capitalised name word right before this one: "Esra Bulut", where Bulut would be the given name's second word. */
function nameWordBefore(tokens: Token[], t: Token): boolean {
  const p = tokens[t.i - 1];
  return p !== undefined && p.kind === 'word' && p.cap && p.end + 1 === t.start && (lex(p) & (GIVEN | SURNAME)) !== 0;
}

interface Scores {
  provinces: string[];
  sums: number[];
}

function add(score: Scores, p: string, s: number): void {
  const j = score.provinces.indexOf(p);
  if (j === -1) {
    score.provinces.push(p);
    score.sums.push(0 + s);
  } else score.sums[j] = (score.sums[j] as number) + s;
}

/** Another mention close by (three tokens) that names one of the same provinces. */
function near(o: Mention | undefined, m: Mention): boolean {
  // (Another word: the same one twice is no pair, "bekçilik olur temizlik olur".)
  if (o === undefined || Math.abs(o.token.i - m.token.i) > 3 || o.token.base === m.token.base) return false;
  for (let j = 0; j < o.provinces.length; j++) if (m.provinces.includes(o.provinces[j] as string)) return true;
  return false;
}

/** Is the province named elsewhere by a mention with that one province only? */
function namedAlone(mentions: Mention[], m: Mention, p: string): boolean {
  for (let j = 0; j < mentions.length; j++) {
    const o = mentions[j] as Mention;
    if (o !== m && o.provinces.length === 1 && o.provinces[0] === p) return true;
  }
  return false;
}

/** "Zara ilçesine bağlı", "Aralık ilçesinde": the word is named as a district. */
const DISTRICT_WORD = /^ilcesi(?:n[ei]|nde|nden|ndeki)?$/;

const FROM_UNIT = new Set(['ilcesinden', 'ilinden', 'merkezinden', 'koyunden', 'mahallesinden']);

/** A district of two provinces, told apart by the word before it. */
export const QUALIFIED = new Map([
  ['karadeniz eregli', 'Zonguldak'],
  ['kdz eregli', 'Zonguldak'],
]);
const LOCATIVE_APART = new Set(['de', 'da', 'te', 'ta', 'dayim', 'deyim', 'tayim', 'teyim', 'dayiz', 'deyiz', 'dan', 'den', 'tan', 'ten']);
const NEIGHBOURHOOD = new Set(['mah', 'mahallesi', 'mh', 'mahalle', 'mahalesi']);

/** Words that open another clause: "Nüfusum Gaziantep'te ama İzmit'te yaşıyorum". */
const CLAUSE_BREAK = new Set(['ama', 'fakat', 'ancak', 've', 'veya', 'lakin', 'ise', 'simdi']);

/**
 * The verb matching `verb` within the next `limit` words of the clause (three; six after Kurmanji "li"), or null: first-person living
 * ("Inegolde tek başıma yaşıyorum", "İstanbul'da inşaatta çalışıyorum") or someone else's ("Kaman'da tek yaşıyor").
 */
function verbAfter(tokens: Token[], i: number, verb: RegExp, limit = 3): string | null {
  let words = 0;
  for (let k = i + 1; k < tokens.length && words < limit; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || CLAUSE_BREAK.has(t.base) || (lex(t) & PLACE) !== 0) return null;
    if (verb.test(t.base)) return t.base;
    words++;
  }
  return null;
}

/** "… yaşıyor", "… kalıyorlar", Kurmanji "… dimîne": someone else lives at the place named before. */
const THEIR_LIVING = /^(?:(?:yasiyo|kaliyo|oturuyo|bulunuyo|kalamiyo|yasayamiyo)r?(?:lar)?|yasar|kalir|dimine|diminin|diji|dijin|maye|mane)$/;
/**
 * The place most writers mean by a district name two provinces share, when nothing in the message says which
 * (labelled sets: Edremit 100 Balıkesir against 52 Van; not Ereğli, left unsaid 34 times, as writers label it).
 */
const AMBIGUOUS_DEFAULT = new Map([['edremit', 'Balıkesir']]);
/** Right after the place: "Ceyhan'da oturan engelli ablam", my sister who lives in Ceyhan. */
const LIVING_PARTICIPLE = /^(?:oturan|yasayan|kalan)$/;

/** The writer cannot get there: "gidemiyorum", "yetişemem", "ulaşamıyoruz", "uzaktayım". */
// ("… ben İstanbul'dayım, acil biri gitsin": someone else must go.)
const AWAY = /^(?:gitsin|varabilirim|(?:gid|gel|yetis|var)emiyo(?:rum|ruz|m|z|rm)|(?:ulas|var)amiyo(?:rum|ruz|m|z)|(?:gid|gel|yetis)eme(?:m|yiz)|ulasamam|uzaktayi[mz])$/;

const GENITIVE_SUFFIX = /^n?[iu]n$/;
const KU_NEIGHBOURHOOD = new Set(['taxa', 'taxe', 'taxeya']);
/** The writer alone: "tek başıma", "yalnızım". */
function writerAlone(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    if (t.base === 'yalnizim' || (t.base === 'basima' && tokens[k - 1]?.kind === 'word' && (tokens[k - 1] as Token).base === 'tek')) return true;
  }
  return false;
}

/** Moved or come to the place named with the dative: the writer's place now. */
/** The message's last word, a province right after a finite verb ("… istiyorum batman"): a place signed without a stop. */
function afterLastVerb(tokens: Token[], t: Token, last: Token | undefined): boolean {
  const p = tokens[t.i - 1];
  // (Or after a "please" or a thank-you: "… acil gida yardimi lutfen nizip".)
  return last === t && p !== undefined && p.kind === 'word' && p.end + 1 === t.start && !t.suffix && (FINITE_VERB_END.test(p.base) || PLEASE_THANKS.has(p.base) || (lex(p) & SIGNOFF) !== 0) && onlyPunctOrNumbersAfter(tokens, t.i);
}
/** Right after the sentence's verb and closing it: "… SAAT 5TEN BERİ ARIYORUZ ÇORLU. ANNESİ …". */
function closesVerbSentence(tokens: Token[], t: Token): boolean {
  const p = tokens[t.i - 1];
  const n = tokens[t.i + 1];
  return p !== undefined && p.kind === 'word' && p.end + 1 === t.start && !t.suffix && FINITE_VERB_END.test(p.base) && n !== undefined && (n.kind === 'nl' || (n.kind === 'punct' && (n.code === 46 || n.code === 33)));
}
/** The message's last word, the one the writer capitalised in a message without case ("… kb tşk Çorlu"). */
function capitalisedLast(tokens: Token[], t: Token, last: Token | undefined): boolean {
  return last === t && t.cap && !t.upper && !t.suffix && onlyPunctOrNumbersAfter(tokens, t.i);
}
const PLEASE_THANKS = new Set(['lutfen', 'lutfn', 'ltfn', 'tsk', 'tskler', 'tesekkurler', 'sagolun', 'kb']);
// (Or a plea: "… YARDIM EDİN BATMAN", "… gönderin Van".)
const FINITE_VERB_END = /(?:[iu]yor(?:um|uz)?|yo(?:m|z)|[dt][iu](?:m|k)|lazim|misiniz|musunuz|ederim|ederiz|rica|^(?:ed|gel|gonder|bak|ulas|yetis|kurtar|yap|aray)in)$/;
const MOVED = /^(?:tasin|yerles|geldi[km]|gocetti|gocet)/;
const MOVE_ADVERBS = new Set(['yeni', 'daha', 'henuz', 'gecen', 'gecenlerde', 'gecende', 'tekrar', 'yine', 'ailece']);
/** Came from the place named with the ablative, glued on ("MALATYADAN GELDİLER", "hataydan geldik"): where they were. */
const CAME = /^(?:geldi|gelmis|goc|kacti|kactik)/;
/** Going back or away to it. */
// ("Yüksekova'da heyet yokmuş, Van'a gitmemiz gerekiyor": where the writer must go for it.)
const LEAVING = /^(?:don(?:mek|ecegim|uyorum|melisin|mem)|git(?:mek|mem|memiz|meniz)|gid(?:ecegim|ecegiz|iyorum|iyoruz))/;
/** A year (1900–2099) right before token i, with its ending or "yılında", past one place named with it. */
function yearBefore(tokens: readonly Token[], i: number, mentions: readonly Mention[]): boolean {
  let k = i - 1;
  if (k >= 0 && mentions.some((o) => o.token.i === k)) k--;
  // (Marked as a year: "yılında", or its ending after an apostrophe; not the last group of a number.)
  let marked = false;
  for (let steps = 0; k >= 0 && steps < 3; steps++, k--) {
    const b = tokens[k] as Token;
    if (b.kind === 'num') return marked && b.end - b.start === 4 && /^(?:19|20)\d\d$/.test(b.base);
    if (b.kind === 'word' && YEAR_WORD.test(b.base)) marked = true;
    else if (!(b.kind === 'punct' && b.code !== 44 && b.code !== 46)) return false;
  }
  return false;
}
const YEAR_WORD = /^(?:yilinda|senesinde|de|da|te|ta)$/;

/** Kurmanji "li gundekî Geverê", in a village of Gever. */
const KU_VILLAGE = /^gund(?:eki|e|i)$/;

const KU_GO = new Set(['bicim', 'herim', 'werim', 'bem', 'bigihim', 'bicin', 'herin', 'werin', 'bigihin']);
const KU_SOON = new Set(['zu', 'hema', 'niha', 'zutir', 'bilez']);
const VETERAN_OF = /^(?:gazi|sehid|sehit)(?:si|i)(?:y?[iu][mz]|dir)?$/;
const KU_WENT = new Set(['cune', 'cun', 'cuye', 'cubun']);
const KU_CHILDREN = new Set(['zaroken', 'zarok', 'kure', 'keca', 'lawe', 'kuren', 'kecen', 'lawen']);

/** "… ancak varırım", "ancak gidebilirim": the writer gets there only later. */
const ARRIVE_LATER = /^(?:var|gel|gid|yetis)(?:ir|ebilir|abilir)(?:im|iz)$/;
const LATER_WORD = new Set(['yarin', 'aksam', 'haftaya', 'sonra', 'hafta']);
const ARABIC_GO = new Set(['السفر', 'اسافر', 'اوصل', 'اجي', 'اروح', 'اجيه', 'اروحله']);

/** Arabic "هو ساكن بأنقرة", "جدي ساكن لحاله بأورفا": he, she or a relative living at the place ("ب" glued on). */
function arabicTheirLiving(tokens: Token[], i: number): boolean {
  // (A few words may stand between: "يعيش وحيداً في حي قراطاي بمدينة قونية".)
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const b = tokens[k] as Token;
    if (b.kind !== 'word') return false;
    if (ARABIC_THIRD_LIVING.has(b.base) || (b.base.startsWith('و') && ARABIC_THIRD_LIVING.has(b.base.slice(1)))) return true;
    if (ARABIC_LIVING.has(b.base) || (b.base.startsWith('و') && ARABIC_LIVING.has(b.base.slice(1)))) {
      // Who lives there, a few words before ("امي عمرها 78 سنة وعايشة لحالها بأضنة"), in the same sentence.
      for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
        const who = tokens[j] as Token;
        if (who.kind === 'punct' && (who.code === 46 || who.code === 33 || who.code === 63)) return false;
        if (who.kind === 'word' && (ARABIC_HE_SHE.has(who.base) || (lex(who) & KIN_MY) !== 0 || ARABIC_KIN.has(who.base))) return true;
      }
      return false;
    }
  }
  return false;
}
/** Kurmanji "ew" (he, she) opens the clause at most six words before token i, and no "ez"/"em" (I, we) since. */
function kuHeOpens(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const b = tokens[k] as Token;
    if (b.kind === 'nl' || (b.kind === 'punct' && (b.code === 46 || b.code === 33 || b.code === 63))) return false;
    if (b.kind !== 'word') continue;
    if (b.base === 'ez' || b.base === 'em') return false;
    if (b.base === 'ew') return true;
  }
  return false;
}
/** Arabizi "I work", "my work" before "b" (in): "bshtghel b Bursa", "b shoghli b Istanbul". */
const ARABIZI_WORK = new Set(['bshtghel', 'bshteghel', 'bashtghel', 'beshtghel', 'eshtghel', 'shoghli', 'sho8li', 'ba3mal', 'b3mal']);
/** Arabic "I work": أعمل, أشتغل, بشتغل. */
const ARABIC_WORK = new Set(['اعمل', 'اشتغل', 'بشتغل', 'بعمل']);
/** Colloquial Arabic relatives KIN_MINE does not list. */
const ARABIC_KIN = new Set(['جدي', 'جدتي', 'ستي', 'ابويه', 'ابوي', 'امه', 'اخوي', 'عمي', 'خالي', 'عمتي', 'خالتي']);

/** Türkiye's landline area codes (0212 … 0488), each naming its province. */
const AREA_CODES: Record<string, string> = {
  '212': 'İstanbul', '216': 'İstanbul', '222': 'Eskişehir', '224': 'Bursa', '226': 'Yalova', '228': 'Bilecik', '232': 'İzmir',
  '236': 'Manisa', '242': 'Antalya', '246': 'Isparta', '248': 'Burdur', '252': 'Muğla', '256': 'Aydın', '258': 'Denizli',
  '262': 'Kocaeli', '264': 'Sakarya', '266': 'Balıkesir', '272': 'Afyonkarahisar', '274': 'Kütahya', '276': 'Uşak',
  '282': 'Tekirdağ', '284': 'Edirne', '286': 'Çanakkale', '288': 'Kırklareli', '312': 'Ankara', '318': 'Kırıkkale',
  '322': 'Adana', '324': 'Mersin', '326': 'Hatay', '328': 'Osmaniye', '332': 'Konya', '338': 'Karaman', '342': 'Gaziantep',
  '344': 'Kahramanmaraş', '346': 'Sivas', '348': 'Kilis', '352': 'Kayseri', '354': 'Yozgat', '356': 'Tokat', '358': 'Amasya',
  '362': 'Samsun', '364': 'Çorum', '366': 'Kastamonu', '368': 'Sinop', '370': 'Karabük', '372': 'Zonguldak', '374': 'Bolu',
  '376': 'Çankırı', '378': 'Bartın', '380': 'Düzce', '382': 'Aksaray', '384': 'Nevşehir', '386': 'Kırşehir', '388': 'Niğde',
  '412': 'Diyarbakır', '414': 'Şanlıurfa', '416': 'Adıyaman', '422': 'Malatya', '424': 'Elazığ', '426': 'Bingöl',
  '428': 'Tunceli', '432': 'Van', '434': 'Bitlis', '436': 'Muş', '438': 'Hakkari', '442': 'Erzurum', '446': 'Erzincan',
  '452': 'Ordu', '454': 'Giresun', '456': 'Gümüşhane', '458': 'Bayburt', '462': 'Trabzon', '464': 'Rize', '466': 'Artvin',
  '472': 'Ağrı', '474': 'Kars', '476': 'Iğdır', '478': 'Ardahan', '482': 'Mardin', '484': 'Siirt', '486': 'Şırnak', '488': 'Batman',
};

/** Does a landline number in the text ("0266 373 12 45", "(0266) 3731245") have province p's area code? */
function areaCodeSays(text: string, phones: readonly Span[], p: string): boolean {
  for (let k = 0; k < phones.length; k++) {
    const [a, b] = phones[k] as Span;
    let digits = '';
    for (let i = a; i < b && digits.length < 4; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits += text[i];
    }
    if (digits[0] === '0' && AREA_CODES[digits.slice(1, 4)] === p) return true;
  }
  return false;
}

/** "-dayım", "-ndeyiz" closing a word: I am (we are) in it. */
export const SELF_LOCATIVE_END = /[dt][ae]y[iu][mz]$/;

/** "Kurtalan'a bağlı bir köyde yaşıyorlar": a dative ending. */
const DATIVE = /^n?[ay]?[ae]$/;

const AGE_WORD = new Set(['yasinda', 'yasindaki', 'yas']);

/** Words before a place that make it someone else's: "o Sivas'ta", "Evleri Giresun Bulancak'ta", "Köy Göle'ye bağlı". */
const THEIRS_BEFORE = new Set(['o', 'onlar', 'kendisi', 'ailesi', 'cocuklari', 'evleri', 'evi', 'adresi', 'koy', 'koyu', 'koyleri', 'bakimevi', 'huzurevi', 'annemler', 'babamlar', 'annemgil', 'babamgil', 'gunde', 'gund', 'mala']);
const KU_POSSESSIVE = new Set(['me', 'min', 'we', 'wi', 'wan']);
/** Kurmanji "his", "her", "their". */
export const KU_HIS = new Set(['we', 'wi', 'wan']);
/** Relatives a message is about (not "arkadaşım Sakarya'da başvurdu", a friend elsewhere). */
const CASE_KIN = new Set(`annem babam dedem ninem nenem anneannem babaannem kardesim abim agabeyim ablam oglum kizim amcam halam teyzem
  dayim torunum yegenim annemle babamla dedemle bave diya dapira bapire keca kure xwisk xwiska bira biraye`.split(/\s+/));

/**
 * Someone else's place: a relative (maybe with a name), "o" (they), their house or village, or their
 * living verb right before it: "babam Erzurum Oltu'da", "kızım Rabia İstanbul Esenler'de",
 * "tek yaşıyor Gümüşhane Kelkit'te", "Gundê me li Wartoyê ye".
 */
function theirsBefore(tokens: Token[], i: number, mentions: Mention[]): boolean {
  let k = i - 1;
  // (Past the place named with it: "Gaziantep Şahinbey'de".)
  for (let n = 0; n < 2 && k >= 0 && mentions.some((m) => m.token.i === k); n++) k--;
  let b = tokens[k];
  // (Past a comma: "Annem Fadime Yavuz 79 yaşında, Sivas Zara'nın bir köyünde …".)
  if (b !== undefined && b.kind === 'punct' && b.code === 44) b = tokens[--k];
  if (b !== undefined && b.kind === 'word' && b.base === 'li') {
    b = tokens[--k];
    if (b !== undefined && KU_POSSESSIVE.has(b.base)) b = tokens[--k];
  }
  // (Past an age: "Teyzem 79 yaşında Ürgüp …".)
  if (b !== undefined && b.kind === 'word' && AGE_WORD.has(b.base) && tokens[k - 1]?.kind === 'num') {
    k -= 2;
    b = tokens[k];
  }
  // (Past a title after the name: "annem Nadire Hanım Sinop Boyabat'ta".)
  // (The name before the title may be one no list knows.)
  if (b !== undefined && b.kind === 'word' && (lex(b) & TITLE) !== 0 && tokens[k - 1]?.kind === 'word' && (tokens[k - 1] as Token).cap && ((lex(tokens[k - 1] as Token) & (COMMON | PLACE)) === 0 || (lex(tokens[k - 1] as Token) & GIVEN) !== 0)) {
    k -= 2;
    b = tokens[k];
  }
  // (Past a name: "kızım Rabia İstanbul …", "Annem Hatice Aksoy Sivas Merkez'de …".)
  for (let n = 0; n < 3 && b !== undefined && b.kind === 'word' && b.cap && (lex(b) & (n === 0 ? GIVEN | SURNAME : GIVEN)) !== 0; n++) b = tokens[--k];
  // (Kurmanji "Xwişka min Leyla li Suruçê ye": my sister, Leyla.)
  if (b !== undefined && b.kind === 'word' && b.base === 'min' && tokens[k - 1]?.kind === 'word') b = tokens[--k];
  if (b === undefined || b.kind !== 'word') return false;
  return THEIRS_BEFORE.has(b.base) || CASE_KIN.has(b.base) || THEIR_LIVING.test(b.base);
}

/** Children and in-laws of the one in need, named before a place they live in, away from that one. */
const CARER_ELSEWHERE = new Set(['oglu', 'kizi', 'ogullari', 'kizlari', 'gelini', 'damadi', 'cocuklari', 'cocugu', 'yakinlari', 'akrabalari', 'torunlari', 'cocuklarim', 'ogullarim', 'kizlarim']);
/** A noun with the locative ending after a place, then the event: "operasyonunda", "saldırısında", "çatışmada". */
const IN_EVENT = /^(?:operasyon|saldiri|catisma|patlama|deprem|kaza|olay)\w*[dt][ae]$/;
/** Arabic verbs of a death or a wound: the place after them is where it happened. */
const ARABIC_EVENT = new Set(['توفي', 'توفيت', 'توفوا', 'توفى', 'مات', 'ماتت', 'ماتوا', 'استشهد', 'استشهدت', 'استشهدوا', 'انصاب', 'انصابت', 'اصيب', 'اصيبت']);
function arabicEventBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const b = tokens[k] as Token;
    if (b.kind !== 'word') return false;
    if (ARABIC_EVENT.has(b.base) || (b.base.startsWith('و') && ARABIC_EVENT.has(b.base.slice(1)))) return true;
  }
  return false;
}

/** Only the ID, a phone and their words after token i, with at least one number ("Batman TC 7220… tel 0559…"). */
function onlyIdAndPhoneAfter(tokens: readonly Token[], i: number): boolean {
  let numbers = 0;
  for (let k = i + 1; k < tokens.length; k++) {
    const x = tokens[k] as Token;
    if (x.kind === 'num') numbers++;
    else if (x.kind === 'word' && (lex(x) & ID_FILLER) === 0) return false;
  }
  return numbers > 0;
}

/** "… hemen gidemiyorum", "… yol kapalı ulaşamıyorum", "… yol 10 saat" in the next six words. */
function awayAfter(tokens: Token[], i: number): boolean {
  let words = 0;
  for (let k = i + 1; k < tokens.length && words < 6; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    // (Kurmanji "nikarim biçim", I cannot go.)
    // (Past an adverb too: "nikarim zû werim", I cannot come soon.)
    if ((t.base === 'nikarim' || t.base === 'nikarin') && (KU_GO.has(tokens[k + 1]?.base ?? '') || (KU_SOON.has(tokens[k + 1]?.base ?? '') && KU_GO.has(tokens[k + 2]?.base ?? '')))) return true;
    // (Or only later: "yarın akşam ancak varırım".)
    // (Past a time word too: "ancak yarın gelebilirim".)
    if (t.base === 'ancak' && (ARRIVE_LATER.test(tokens[k + 1]?.base ?? '') || (LATER_WORD.has(tokens[k + 1]?.base ?? '') && ARRIVE_LATER.test(tokens[k + 2]?.base ?? '')))) return true;
    // (Arabic "لا أستطيع السفر", "ما بقدر أوصل": I cannot travel, cannot get there.)
    if ((t.base === 'استطيع' || t.base === 'بقدر' || t.base === 'اقدر') && (tokens[k - 1]?.base === 'لا' || tokens[k - 1]?.base === 'ما') && ARABIC_GO.has(tokens[k + 1]?.base ?? '')) return true;
    // (Or the way is long: "yol 10 saat", "8 saat yolum var".)
    if (AWAY.test(t.base) || t.base === 'yolum' || (t.base === 'yol' && tokens[k + 1]?.kind === 'num' && tokens[k + 2]?.base === 'saat')) return true;
    words++;
  }
  return false;
}

/** "… ben 900 km uzaktayım", I am far away, anywhere in the message. */
function farAway(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if ((tokens[k] as Token).base === 'uzaktayim' || (tokens[k] as Token).base === 'uzaktayiz') return true;
  return false;
}

const QUOTE = /["'‘’“”«]/;
const HARM = /^(?:dov|vur|tehdit|siddet|oldur|kilitl|darp|bicak|doverek|hakaret|kovd|atti)/;

/** The writer is the one harmed: "beni dövüyor", "bana şiddet uyguluyor", "beni eve kilitledi", "bizi evden attı". */
function writerHarmed(text: string, tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // (Not quoted: "'beni öldürecek' dedi" is the relative's words.)
    if (t.kind !== 'word' || (t.base !== 'beni' && t.base !== 'bana' && t.base !== 'bizi' && t.base !== 'bize') || QUOTE.test(text[t.start - 1] ?? '')) continue;
    // (Not "beni de tehdit ediyor", me too: someone else is the one harmed first.)
    if (tokens[k + 1]?.base === 'de' || tokens[k + 1]?.base === 'da') continue;
    for (let j = k + 1, words = 0; j < tokens.length && words < 3; j++) {
      const a = tokens[j] as Token;
      if (a.kind !== 'word') break;
      if (HARM.test(a.base)) return true;
      words++;
    }
  }
  return false;
}

/** Arabic in Latin letters for "in": "ana b Fatih", "sakin bi Esenyurt". */
export const ARABIZI_IN = new Set(['b', 'bi', 'fi', 'fe', 'bl', 'bel', 'bil']);
/** Offices named after the district Of. */
const OF_OFFICE = new Set(['sydv', 'kaymakamligi', 'belediyesi', 'devlet']);
/** Arabizi "I", "we": "ana b Istanbul", "ne7na b Bursa". */
const ARABIZI_WE = new Set(['ana', 'ani', 'na7na', 'ne7na', 'nehna', 'n7na']);
/** Arabizi "alone", "lives" (said of the one in need a few words before the place), read from the text: the
 * tokenizer splits words at their digits ("la7alo" → "la", "7", "alo"). */
const ARABIZI_ALONE = /\b(?:la7al|lahal|wa7d|wahd|wa7ad|wahad|sakn|sakin|saken|3aysh|3ayesh)\w*[^.!?]{0,30}$/i;
const ARABIZI_WE_AFTER = new RegExp(`\\b(?:${[...ARABIZI_WE].join('|')})\\b`, 'i');
function arabiziAloneBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 45), at);
  const m = ARABIZI_ALONE.exec(before);
  return m !== null && !ARABIZI_WE_AFTER.test(m[0]);
}

const AT_HOME = new Set(['koyde', 'evde', 'evinde', 'koyunde', 'evlerinde']);

/** Someone alone there: "Sinop merkezde tek başına", "Zara'da yalnız." (not the writer's "tek başıma"). */
function aloneThere(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  let k = i + 1;
  if (!IN_PLACE.test(t.suffix)) {
    const nx = tokens[k];
    if (nx === undefined || (nx.base !== 'merkezde' && nx.base !== 'merkezinde')) return false;
    k++;
  }
  // (Past where in it: "Zile'de köyde tek başına".)
  if (tokens[k]?.kind === 'word' && AT_HOME.has((tokens[k] as Token).base)) k++;
  const a = tokens[k];
  if (a === undefined || a.kind !== 'word') return false;
  return (a.base === 'tek' && tokens[k + 1]?.base === 'basina') || a.base === 'yalniz' || a.base === 'yapayalniz';
}

/** Parts of the body, before "ağrı" (pain): "bacak", "başım", "dizlerimde", "kalp"; or "çok" (much pain). */
const BODY_PART = /^(?:bacak|bas|sirt|karin|dis|bel|gogus|gogs|kol|diz|boyun|omuz|mide|kalca|kalp|ayak|cok)\w*$/;
/** Offices named after their district: "Kartal Adliyesi", "kartal adliye", "Bismil Belediyesi". */
const COURT_OR_OFFICE = new Set(['adliye', 'adliyesi', 'adliyede', 'adliyesinde', 'belediyesi', 'kaymakamligi', 'sydv']);
const ADDRESS_WORD = new Set(['adres', 'adresi', 'adresim', 'adresimiz', 'adresleri', 'il', 'ili', 'ilce', 'sehir', 'sehri', 'address', 'city', 'province', 'district']);

/** A district read off a glued ending whose stem is an ordinary word: "bahçede" (in the garden), not Bahçe. */
function gluedOrdinary(base: string, suffix: string): boolean {
  const f = wordFlags(base.slice(0, base.length - suffix.length));
  return (f & COMMON) !== 0 && (f & PROVINCE) === 0;
}

/** Right after the word "adres" or "il" and its colon: "Adres: Bayraklı Manavkuyu", "adres kepez varsak 5. sokak", "İl: Kocaeli / Talep: …". */
function afterAddress(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') return ADDRESS_WORD.has(t.base);
    if (t.kind !== 'punct') return false;
  }
  return false;
}

/** A word standing as a sentence: after a sentence's end and before a full stop or a line break. */
function sentenceOfItsOwn(tokens: Token[], i: number): boolean {
  let n = tokens[i + 1];
  // (Or with its neighbourhood or district, a capitalised word no list knows as a name or a word: "… Beyoglu
  // Kasimpasa. Ben …", "… Muş, Malazgir.".)
  let j = i + 1;
  if (n !== undefined && n.kind === 'punct' && (n.code === 44 || n.code === 47)) n = tokens[++j];
  // (An ordinary word too where its capital says it is a name: "Kartal Yakacık.")
  if (n !== undefined && n.kind === 'word' && n.cap && !n.suffix && (lex(n) & (GIVEN | SURNAME | PLACE)) === 0 && ((lex(n) & COMMON) === 0 || !n.upper)) n = tokens[j + 1];
  else n = tokens[i + 1];
  return (n === undefined || n.kind === 'nl' || (n.kind === 'punct' && (n.code === 46 || n.code === 33))) && (isSentenceStart(tokens, i) || afterLongNumber(tokens, i));
}

/** Right after a number of ten digits or more, an ID or a phone, however grouped ("… TC 820 254 899 30 KAHTA."). */
function afterLongNumber(tokens: Token[], i: number): boolean {
  let digits = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'num') digits += t.end - t.start;
    else if (t.kind !== 'punct' || tokens[k - 1]?.kind !== 'num' || digits === 0) break;
  }
  return digits >= 10;
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') return false;
    if (t.kind === 'nl') return true;
    if (t.kind === 'punct' && (t.code === 46 || t.code === 33 || t.code === 63 || t.code === 58)) return true;
  }
  return true;
}
