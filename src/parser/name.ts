/**
 * The sender's own name: candidate runs of name-like words, scored by cues ("adım", "ben", labels,
 * "navê min", "اسمي"), by position (next to the ID, signature at the end, after a sign-off), by the
 * name lexicons, and rejected after kinship words ("annem", "oğlum", "komşum") or before titles
 * ("amca", "teyze") or as someone's genitive ("Barış'ın eşiyim").
 */
import { places } from './lexicon/index.ts';
import { ABLATIVE, arabicPlaceAlias, ARABIZI_IN, KU_HIS, LIVING_VERB, QUALIFIED, SELF_LOCATIVE, SELF_LOCATIVE_END } from './place.ts';
import { onlyPunctAfter, type Token } from './text.ts';
import type { Span } from './types.ts';
import { OTHERS_FORM_LABELS } from './words.ts';
import {
  ALIAS,
  ARABIC_GIVEN,
  ARABIC_STOPWORD,
  ARABIZI,
  COMMON,
  DISTRICT,
  GIVEN,
  GLUED,
  GLUED_PLACE,
  GREETING,
  ID_FILLER,
  KU_WORD,
  TR_ENDING,
  TR_WORD,
  INFLECTED_END,
  KIN_3RD,
  KIN_MY,
  KIN_ROOT,
  lex,
  wordFlags,
  NAME_LABEL,
  NAME_TITLE,
  PHRASE_HEAD,
  PLACE,
  PROPER,
  PROVINCE,
  SIGNOFF,
  STOPWORD,
  STREET_WORD,
  SURNAME,
  TITLE,
} from './word-info.ts';

export interface NameResult {
  name: string | null;
  span: Span | null;
  confidence: number;
  /** Token indices of the name and of the words that introduced it (for removal from the request). */
  cueSpan: Span | null;
}

export interface NameContext {
  text: string;
  tokens: Token[];
  words: Token[];
  idSpan: Span | null;
  phones: Span[];
  numbers: Span[];
  mode: 'mixed' | 'lower' | 'upper';
}

/** Locative and ablative endings ("evde", "köyden"). */
const CASE_ENDING = /[dt][ae]n?$/;
const ORIGIN_END = /l[iu]y[iu][mz]$/;
const COPULA = /^(?:y?[iu]m|y?[iu]z|dir|d[iu]r)$/;
const GENITIVE = /^(?:n?[iu]n)$/;

function leadingPlace(t: Token, next: Token | undefined): boolean {
  const f = lex(t);
  if ((f & GIVEN) !== 0) return false;
  if ((f & (PROVINCE | ALIAS)) !== 0 || ((f & DISTRICT) !== 0 && (f & PROPER) === 0)) return true;
  // "Ardahan Goleden Hüseyin Kara": a place with its ending glued on ("Göle'den").
  if ((f & GLUED_PLACE) !== 0 && (f & SURNAME) === 0) return true;
  // A district that is also a proper noun leads a place before a word that is no name ("Pendik Kurtköy",
  // a neighbourhood), a name before a given name or surname ("Bayındır Ak").
  // (Only a district that is itself a name: "ESENYURT GUL AKTAS" is where, then who.)
  return (f & DISTRICT) !== 0 && next !== undefined && ((lex(next) & (GIVEN | SURNAME)) === 0 || (f & SURNAME) === 0);
}

/**
 * Could this word be part of a name? In mixed-case text names are capitalised; in all-lower or
 * all-upper text case says nothing, so the lexicons decide: a run starts with a given name or a
 * proper noun, and an ordinary word ("kurt", "taş") only follows a given name as its surname.
 */
/** Punctuation spoken into a phone and written out ("… eline nokta ben banyoya …"); Kurmanji "taxa" (the quarter of). */
const SPOKEN_PUNCT = new Set(['nokta', 'virgul', 'taxa']);
/** A title after a name with the genitive glued on ("gülten ablanın komşusuyum"): whose, not a name word. */
function titleGenitive(base: string): boolean {
  const m = GENITIVE_END.exec(base);
  return m !== null && TITLE_AFTER_NAME.has(base.slice(0, m.index));
}
const GENITIVE_END = /n?[iu]n$/;
/** Does the word end its field: the message, a line, a "/" or a full stop right after it? */
function endsField(tokens: Token[], b: Token): boolean {
  const nx = tokens[b.i + 1];
  return nx === undefined || nx.kind === 'nl' || (nx.kind === 'punct' && (nx.code === 47 || nx.code === 46));
}

/** Does another word of the message with b's base follow a given name ("… ahmet bal'ın …")? */
function surnameElsewhere(words: Token[], b: Token): boolean {
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Token;
    if (w !== b && w.base === b.base && (words[k - 1] as Token).i === w.i - 1 && (lex(words[k - 1] as Token) & GIVEN) !== 0) return true;
  }
  return false;
}

/** Titles after a given name ("Gülten hanım", "Naciye teyze"). */
const TITLE_AFTER_NAME = new Set(['hanim', 'bey', 'teyze', 'amca', 'abla', 'abi', 'nine', 'nene', 'dede', 'hala', 'dayi']);
/** Elders' titles that may come before the name too ("amca Hüseyin Koç"). */
const ELDER_TITLES = new Set(['amca', 'teyze', 'nine', 'nene', 'dede']);
/** 2 3 5 7 (ء ع خ ح) opening an Arabizi name: "3abdo", "7asan", "5aled", "2ahmad". */
const ARABIZI_NAME_DIGIT = new Set([50, 51, 53, 55]);
/** Words of position ("yan dairede", "alt katta", "karşı evde"): before a place, no surname. */
const POSITION_WORDS = new Set(['yan', 'alt', 'ust', 'karsi', 'arka', 'on', 'bitisik']);
/** An Arabic family name with its article in Latin letters: "alsheikh", "elhamwi". */
const ARABIC_FAMILY = /^(?:al|el)[a-z]{4,}$/;
/** Words no name holds: impairments, ranks cut short ("Uzm. Çvş."), "bn" (ben, I, in SMS). */
const NOT_NAME_WORD = new Set(['isitme', 'gorme', 'engelli', 'engelliyim', 'sagir', 'dilsiz', 'uzm', 'cvs', 'bn']);
const PRESENT_VERB = /[iu]yor(?:um|uz|sun|lar|du)?$/;

function nameLike(t: Token, mode: NameContext['mode'], prev: Token | null): boolean {
  // (Nor an Arabizi relative after the name: "ana Rana jarta", I am Rana, her neighbour; nor an impairment in a message
  // written in capitalised words: "Ben Deniz Aksoy Isitme Engelliyim".)
  if (t.kind !== 'word' || t.arabic || SPOKEN_PUNCT.has(t.base) || ARABIZI_KIN_3RD.has(t.base) || (ARABIZI_HIS_NAME.has(t.base) && !t.cap) || NOT_NAME_WORD.has(t.base) || titleGenitive(t.base)) return false;
  const fl = lex(t);
  // A capitalised surname after a name word is a surname even when it folds to a stop word (Şen/sen).
  if (prev !== null && t.cap && (fl & SURNAME) !== 0 && (mode !== 'lower' || prev.cap)) return true;
  if (t.base.length < 2 || (fl & (STOPWORD | KIN_MY | KIN_3RD | GREETING | SIGNOFF | NAME_TITLE | ID_FILLER | STREET_WORD)) !== 0) return false;
  const known = (fl & (GIVEN | PROPER | SURNAME)) !== 0;
  const inflected = (fl & INFLECTED_END) !== 0;
  // A verb in the present ("Korkuyorum." right before the ID) is no name, whatever its case; nor a place with the
  // copula glued on ("ben Almanyadayim").
  if (!known && (((fl & TR_ENDING) !== 0 && PRESENT_VERB.test(t.base)) || (t.base.length > 7 && SELF_LOCATIVE_END.test(t.base)))) return false;
  if (mode === 'mixed') {
    if (!t.cap) return false;
    // A short word in capitals amid ordinary writing that no list knows is an abbreviation ("SHU", "ADP").
    if (t.upper && t.base.length <= 4 && (fl & (GIVEN | SURNAME | PROPER | COMMON)) === 0) return false;
    if (!known && inflected && (fl & COMMON) !== 0) return false;
    return true;
  }
  if (t.cap && mode === 'lower') return known || !inflected;
  // (Where the writer capitalised the name in a message without case, a lower-case word after it is not part of it:
  // "adım Dilan kimseye söylemeyin".)
  if (mode === 'lower' && prev !== null && prev.cap && !t.cap && (fl & (GIVEN | SURNAME)) === 0 && (inflected || (fl & TR_ENDING) !== 0 || /(?:y[ae]|[dt][ae]n?|[dt][ae])$/.test(t.base))) return false;
  if (prev === null) return (fl & GIVEN) !== 0 || ((fl & PROPER) !== 0 && (fl & COMMON) === 0) || ((fl & PROPER) !== 0 && t.cap);
  if (known) return true;
  // An ordinary word with a case ending glued on is the sentence going on ("NECLA ŞAHİN EVDE YİYECEK …").
  if (CASE_ENDING.test(t.base) && (wordFlags(t.base.slice(0, t.base.length - (t.base.endsWith('n') ? 3 : 2))) & COMMON) !== 0) return false;
  // (An Arabic word in Latin letters is no surname: "ana Salma mn lmaghrib", from Morocco.)
  if ((fl & (COMMON | ARABIZI)) === (COMMON | ARABIZI) && (fl & SURNAME) === 0) return false;
  if ((fl & COMMON) !== 0) {
    const pf = lex(prev);
    // (After a surname an ordinary word is the message going on: "bahar öztürk kömür yardımı".)
    return (pf & GIVEN) !== 0 || ((pf & PROPER) !== 0 && (pf & (COMMON | SURNAME)) === 0);
  }
  return !inflected;
}

const KIN_GENITIVE = /n?[iu]n$/;
const DETERMINERS = new Set(['bu', 'su', 'her', 'bir', 'ilk', 'son', 'ayni', 'hangi', 'baska', 'hicbir']);

/** A relative word with the first-person copula: "annesiyim", "oğluyum" (I am her mother, his son). */
const KIN_COPULA = /y?[iu]m$/;

/** "الخير", "النور" after صباح, "عليكم" after سلام: a greeting, not the names Sabah and Salam. */
const ARABIC_GREETING_TAIL = new Set(['الخير', 'النور', 'عليكم', 'عليكن', 'عليك']);
/** Verbs after "اسمي" that refuse it: mentioned, known, to appear. */
const ARABIC_NAME_REFUSED = new Set(['ينذكر', 'يتذكر', 'ينعرف', 'يظهر', 'يبين', 'ينكتب']);
/** Words after the ID's word that say which ID: "الهوية التركية", "الكملك تبعي". */
const ARABIC_ID_QUALIFIERS = new Set(['التركيه', 'التركي', 'تبعي', 'تبعتي', 'الوطني']);

/** Arabic words for a phone number after a signature: "… ابنه عمر، الهاتف ٠٥٥…". */
const ARABIC_PHONE = new Set(['الهاتف', 'هاتف', 'هاتفي', 'الموبايل', 'موبايل', 'موبايلي', 'جوال', 'جوالي', 'الجوال', 'تلفون', 'التلفون', 'تلفوني', 'رقمي', 'واتس', 'واتساب']);
/** Arabic words of an address after a signature: "… أحمد الحمود، هوية …، ساكن في كلس", "لينا من دنيزلي". */
/** "بإسطنبول", "بكلس": a place with "in" glued on ends an Arabic name ("أنا حفيدتها ياسمين بإسطنبول"). */
function arabicInPlace(w: string): boolean {
  return w.length >= 4 && (w.startsWith('ب') || w.startsWith('ل')) && arabicPlaceAlias(w) !== undefined;
}
const ARABIC_ADDRESS = new Set(['ساكن', 'ساكنه', 'ساكنة', 'ساكنين', 'مقيم', 'مقيمه', 'مقيمة', 'في', 'فى', 'ب', 'من']);

/**
 * A given name in lower case closing a message otherwise written with capitals, alone after a sentence
 * break ("… ona sonra haber verin. tunahan"): a signature typed in haste. Not a word that is also an
 * ordinary word or a place ("… geldi. umut", "… gidemiyoruz. bahar").
 */
function lowerSignature(t: Token, tokens: Token[], mode: NameContext['mode']): boolean {
  if (mode !== 'mixed' || t.cap || t.kind !== 'word' || t.arabic || t.base.length < 3) return false;
  const f = lex(t);
  if ((f & GIVEN) === 0 || (f & (COMMON | PLACE | STOPWORD | KIN_MY | KIN_3RD | GREETING | SIGNOFF | NAME_TITLE | ID_FILLER)) !== 0) return false;
  return atSentenceStart(tokens, t) && onlyPunctAfter(tokens, t.i);
}

/**
 * In ordinary writing a capitalised word right after a capitalised first name is its surname, even an
 * ordinary or short word that nameLike() refuses (Cennet Ay, Meltem Ocak, Elif Su Kara).
 */
function surnameAfterFirst(t: Token, prev: Token, mode: NameContext['mode']): boolean {
  // (In a message written in lower case the capitals are the more deliberate: "ben Zahra Ahmadi afganistanli".)
  if (mode === 'upper' || !t.cap || !prev.cap || t.upper || t.kind !== 'word' || t.arabic || t.base.length < 2) return false;
  const f = lex(t);
  if ((f & (KIN_MY | KIN_3RD | GREETING | SIGNOFF | NAME_TITLE | TITLE | ID_FILLER | PLACE)) !== 0) return false;
  // "Atatürk Üniversitesi", "Kocatepe Camii": a word that names an institution or a street is none of a person's.
  if ((f & STREET_WORD) !== 0 && (f & (GIVEN | SURNAME)) === 0) return false;
  const pf = lex(prev);
  return (pf & GIVEN) !== 0 || ((pf & PROPER) !== 0 && (pf & (COMMON | PLACE)) === 0);
}

/** After "adım", "ismim", "navê min" or a label with a colon, a word the lexicons know as a proper noun starts a name even when it is also a word (şükran). */
function cuedStart(words: Token[], tokens: Token[], k: number): boolean {
  const p = words[k - 1];
  if (p === undefined) return false;
  const t = words[k] as Token;
  // The cue first (most words have none before them).
  const b = p.base;
  // ("esmi": Arabic written in Latin letters, "ana esmi mohammad".)
  let cued = b === 'adim' || b === 'adm' || b === 'ismim' || b === 'esmi' || b === 'smiti' || (b === 'ismi' && (ARABIZI_I.has(words[k - 2]?.base ?? '') || arabiziWords(words) >= 3));
  if (!cued && b === 'min') {
    const pp = words[k - 2];
    cued = pp !== undefined && (pp.base === 'nave' || pp.base === 'navi');
  }
  if (!cued) cued = (tokens[t.i - 1]?.code === 58 && (lex(p) & NAME_LABEL) !== 0) || bareNameLabel(words, tokens, k - 1);
  // Arabic in Latin letters, "ana Karim Mostafa" (I am …): a capitalised word after "ana", where a name may
  // fold like a Turkish word (Karim written with "i", not karım, my wife).
  const arabiziI = !cued && ARABIZI_I.has(b) && t.cap && !t.upper && arabiziWords(words) >= 3;
  if (arabiziI) {
    const f = lex(t);
    if ((f & (KIN_3RD | GREETING | SIGNOFF | NAME_TITLE | PLACE | STOPWORD)) !== 0 || t.text.includes('ı')) return false;
    const nx = words[k + 1];
    // (And a second capitalised word, the family name: "ana Salma, …" alone says too little.)
    return t.base.length >= 3 && nx !== undefined && nx.i === t.i + 1 && nx.cap && !nx.upper && !gapHasBreakLoose(tokens, p, t);
  }
  // Arabizi "ana ummha Nada", I am her mother Nada: a capitalised word after "I" and a relative, whatever the lists know of it.
  if (!cued && ARABIZI_KIN_3RD.has(b) && ARABIZI_I.has(words[k - 2]?.base ?? '') && t.cap && t.kind === 'word' && !t.arabic && t.base.length >= 3 && (lex(t) & (PLACE | KIN_MY | KIN_3RD | STOPWORD)) === 0) return !gapHasBreakLoose(tokens, p, t);
  // Kurmanji "Ez Pelşîn im": I am X, a capitalised word between "ez" and the copula, whatever the lists know of it.
  // (Also two words, in capitals too: "EZ HEMDI OZER IM".)
  if (!cued && b === 'ez' && t.cap && (words[k + 1]?.base === 'im' || (words[k + 2]?.base === 'im' && words[k + 1]?.cap)) && words[k + 1]?.i === t.i + 1) return !gapHasBreakLoose(tokens, p, t) && (lex(t) & (KIN_MY | PLACE)) === 0;
  if (!cued || t.kind !== 'word' || t.arabic || t.base.length < 2) return false;
  const f = lex(t);
  // (Arabizi "esmi" says "my name is" and nothing else: a name that folds to a Turkish word follows it too, "ESMI HALA YOUNES".)
  if ((b === 'esmi' || b === 'smiti') && (f & (PLACE | GREETING | SIGNOFF | NAME_TITLE)) === 0 && (t.cap || (f & (GIVEN | SURNAME)) !== 0)) return !gapHasBreakLoose(tokens, p, t);
  // (A capitalised word the lists know as a name-like word may be a stop word too: "Adım Eylül".)
  // (A district named like a person, then a surname: "adım Ceyhan Aksu", "Benim adım Seyhan Çelik".)
  const placeNamed = (f & PLACE) !== 0 && (f & PROVINCE) === 0 && t.cap && (b === 'adim' || b === 'ismim') && words[k + 1]?.i === t.i + 1 && words[k + 1]?.cap === true && (lex(words[k + 1] as Token) & SURNAME) !== 0;
  if (((f & (KIN_MY | KIN_3RD | GREETING | SIGNOFF | NAME_TITLE)) !== 0 || ((f & PLACE) !== 0 && !placeNamed)) || ((f & STOPWORD) !== 0 && !t.cap)) return false;
  // "İsmim önemli değil": an ordinary word said of the name, not the name; Kurmanji "navê min nadim", I do not give my name.
  if (words[k + 1]?.base === 'degil' || KU_NAME_REFUSED.has(t.base)) return false;
  // (A word no list knows, no ordinary word and not inflected, after the cue and before a known surname
  // is a given name the lists lack: "NAVE MIN RIZGAR ÖZTÜRK".)
  if ((f & (PROPER | GIVEN | SURNAME)) === 0) {
    if ((f & (COMMON | STOPWORD | INFLECTED_END | TR_ENDING | TR_WORD | KU_WORD | ID_FILLER)) !== 0) return false;
    // (And only before a surname the lists know: "Navê min nayê nivîsandin" is no name.)
    const nx = words[k + 1];
    if (nx === undefined || nx.i !== t.i + 1 || (lex(nx) & SURNAME) === 0) return false;
  }
  return !gapHasBreakLoose(tokens, p, t);
}

/** After "adım X", a surname the lexicons know, whatever its case ("benim adım şükran aydın tc …"). */
function cuedSurname(t: Token): boolean {
  if (t.kind !== 'word' || t.arabic || t.base.length < 2) return false;
  const f = lex(t);
  return (f & SURNAME) !== 0 && (f & (KIN_MY | KIN_3RD | GREETING | SIGNOFF | NAME_TITLE | TITLE | ID_FILLER | STOPWORD)) === 0;
}

/** Kurmanji "neighbour" as written before "min"/"me" (cîranê, cîrana, cîranên). */
const KU_NEIGHBOUR = new Set(['cirane', 'cirana', 'ciranen', 'ciran']);

/** Case endings after a relative's word ("esimle", "annemden", "babama"). */
const KIN_CASE_END = /(?:[iu]?n?[dt][ae]n|[iu]?n?l[ae]|y?[ae]|[iu]?n?[dt][ae])$/;
/** Words that announce the ID ("… ozgur sen tc no 483-…"). */
const ID_CUE_WORDS = new Set(['tc', 'tckn', 'kimlik']);

/** "Afganistanlı", "Suriyeli" before a name: where the writer is from (a known place or proper noun + -li/-lu). */
function originWord(t: Token): boolean {
  const b = t.base;
  // "Afganistan'dan Zahra Rezai": the country itself, with or without a case ending.
  // (Or glued: "Afganistandan geldim".)
  if (ORIGIN_STEMS.has(b) || (b.length >= 8 && ORIGIN_STEMS.has(b.replace(/[dt][ae]n$/, '')))) return true;
  // "Abdullah Rahimi Afganistanlıyım", "Ali Kaya Ankaralıyım": an origin with the first-person copula is said of the writer, never a surname.
  if (b.length >= 8 && ORIGIN_END.test(b)) return true;
  if (b.length < 6 || !(b.endsWith('li') || b.endsWith('lu'))) return false;
  return ORIGIN_STEMS.has(b.slice(0, -2)) || ORIGIN_STEMS.has(b.slice(0, -3));
}

/** A province with "-lı" before a full name: "ben Erzurumlu Kemal Aslan" (a surname too, "Aydın Konyalı", so only leading). */
function provinceOrigin(t: Token): boolean {
  const b = t.base;
  return t.cap && b.length >= 6 && (b.endsWith('li') || b.endsWith('lu')) && places.provinces.has(b.slice(0, -2));
}
const ORIGIN_STEMS = new Set(
  'afganistan suriye irak iran ozbekistan turkmenistan kirgizistan kazakistan azerbaycan gurcistan pakistan somali sudan misir filistin lubnan urdun libya yemen rusya ukrayna afgan ozbek azeri turkiye'.split(' '),
);
/** A case ending after the apostrophe that says where ("Kırşehir'de", "Van'dan"). */
const LOCATIVE_SUFFIX = /^[dt][ae](?:n|yim|yiz|yum|yuz)?$/;

/**
 * The last word of a run is a place or an origin, not part of the name. Down to a lone given name only
 * past a colloquial place name or an origin ("Berat Urfa Suruç", "Hassan Suriyeli"): a province or
 * district after a given name is as likely a surname ("Kader Adana", "Dilan Sarıkaya").
 */
function dropsFromEnd(words: readonly Token[], s: number, e: number): boolean {
  const last = words[e] as Token;
  const origin = originWord(last);
  // "… Özlem Aydın Bursa Nilüfer": a district after its province is the place, even one that is a given name.
  const prev = e > s ? (words[e - 1] as Token) : undefined;
  const pairedDistrict = prev !== undefined && (lex(last) & DISTRICT) !== 0 && (lex(prev) & PROVINCE) !== 0 && trailingPlace(prev);
  // "… Serdar Koçak Nazilli Aydın": a province after its own district is the place, even one that is a name.
  if (e > s + 1 && prev !== undefined && (lex(last) & PROVINCE) !== 0 && (lex(prev) & DISTRICT) !== 0 && (places.districts.get(prev.base) ?? []).includes(places.provinces.get(last.base) ?? '')) return true;
  // "… Ercan Kalkan Aydın Nazilli": a province followed by its own district is the place, even one that is a name.
  const nx = words[e + 1];
  // (Also after a lone given name: "ben kizi songul yozgat sorgun".)
  if (e > s && ((lex(words[s] as Token) & GIVEN) !== 0 || e > s + 1) && (lex(last) & PROVINCE) !== 0 && nx !== undefined && nx.i === last.i + 1 && (places.districts.get(nx.base) ?? []).includes(places.provinces.get(last.base) ?? '')) return true;
  // "hatice nine", "Fadime teyze": a kinship title after the given name is no surname.
  if (e > s && KIN_TITLE_AFTER.has(last.base) && (lex(words[s] as Token) & GIVEN) !== 0) return true;
  // "Muhammed Halil Türk vatandaşıyım": a nationality, then "citizen".
  if (e > s && /^vatandas[iy]y?[iu][mz]$/.test(words[e + 1]?.base ?? '')) return true;
  // "ben Gülsüm Şahinbeyde oturuyorum": a place with its ending glued on, then where the writer stays.
  if (e > s && (lex(last) & GLUED_PLACE) !== 0 && LIVING_VERB.test(words[e + 1]?.base ?? '')) return true;
  // "… Mehmet Ali Yıldırım ev tel 0364 …": an ordinary word that goes with the phone label after it.
  if (e > s && (lex(last) & (GIVEN | SURNAME | PROPER | COMMON)) === COMMON && PHONE_LABEL.test(words[e + 1]?.base ?? '')) return true;
  if (!origin && !trailingPlace(last) && !pairedDistrict) return false;
  // (Two given names, the second no surname, then a word named like a place, capitalised, with nothing of a place
  // after it: the surname,
  // "TC 8800… Dilek Sevgi Ceyhan.", "Saygılarımla, Fatma Zehra Kars".)
  if (e === s + 2 && !origin && !pairedDistrict && last.cap && !last.suffix && (lex(words[s] as Token) & GIVEN) !== 0 && (lex(words[s + 1] as Token) & (GIVEN | SURNAME | PLACE)) === GIVEN && (nx === undefined || nx.i !== last.i + 1 || ((lex(nx) & PLACE) === 0 && !/^(?:yaziyo|oturuyo|yasiyo)/.test(nx.base)))) return false;
  // (A country or "-li" origin closes any run: "ben Zahra Afganistan kadın".)
  if (e > s + 1 || (origin && (lex(last) & SURNAME) === 0)) return true;
  // (A country's people named bare and written as a surname is one: "Anne Kader Özbek".)
  if (origin) return (lex(words[s] as Token) & GIVEN) !== 0 && !(last.cap && ORIGIN_STEMS.has(last.base) && (lex(last) & SURNAME) !== 0);
  return (lex(words[s] as Token) & GIVEN) !== 0 && (lex(last) & (PROVINCE | DISTRICT)) === 0;
}

/** Only places, punctuation and numbers after token i (a signature's tail). */
function onlyPlacesAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && (lex(t) & PLACE) === 0) return false;
  }
  return true;
}

const PHONE_LABEL = /^(?:tel|telefon\w*|gsm|cep)$/;

/** A district or province closing a run ("… Elif Su Kara Ümraniye") is where the writer is, not a surname. */
function trailingPlace(t: Token): boolean {
  const f = lex(t);
  // (A patronymic is a surname even where a district has the name: "Mehmet Ali Türkoğlu".)
  return (f & (GIVEN | SURNAME)) === 0 && (f & (PROVINCE | ALIAS | DISTRICT)) !== 0 && !t.base.endsWith('oglu');
}

interface Cand {
  s: number; // index into words
  e: number; // inclusive
  score: number;
  cueStart: number; // offset where the cue starts (for request removal)
  cueEnd: number;
}

/** The state of one findName call, passed to the helpers below (module-level: no closures per call). */
interface Scan {
  ctx: NameContext;
  tokens: Token[];
  words: Token[];
  n: number;
  mode: NameContext['mode'];
  cands: Cand[];
  /** Given names the message introduces as a relative's or neighbour's ("komşum Naciye teyze"), found on first use. */
  kinNamed: Set<string> | null;
}

/** Token index of the first token starting at or after an offset (binary search). */
function tokenAt(tokens: Token[], off: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is there only filler between offsets a and b (punctuation, ID words, numbers)? */
function onlyFiller(tokens: Token[], a: number, b: number, allowNumbers: boolean): boolean {
  for (let k = tokenAt(tokens, a); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= b) break;
    if (t.kind === 'punct' || t.kind === 'nl') continue;
    if (t.kind === 'word' && (lex(t) & ID_FILLER) !== 0) continue;
    if (t.kind === 'num' && allowNumbers) continue;
    return false;
  }
  return true;
}

// Words of one name follow each other directly; a hyphen without spaces joins a double surname.
const SURNAME_LABELS = new Set(['soyadi', 'soyad', 'soyisim', 'soyismi', 'soyadiniz']);
const GIVEN_LABELS = new Set(['ad', 'adi', 'isim', 'ismi', 'adiniz']);
/** The best candidate follows a given-name label: the candidate right after it that follows a surname label ("ad Sevgi soyad Kaya."), or best. */
function surnameOfForm(words: Token[], cands: Cand[], best: Cand): Cand {
  if (!GIVEN_LABELS.has(words[best.s - 1]?.base ?? '')) return best;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Cand;
    if (c.s - 1 > best.e && c.s - 1 - best.e <= 1 && SURNAME_LABELS.has((words[c.s - 1] as Token).base)) return c;
  }
  return best;
}
/** The best candidate follows a surname label: the candidate after a given-name label before it, if any. */
function givenOfForm(words: Token[], cands: Cand[], best: Cand): Cand | null {
  const label = words[best.s - 1];
  if (!label || !SURNAME_LABELS.has(label.base)) return null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Cand;
    if (c === best || c.e >= best.s - 1 || best.s - 1 - c.e > 2) continue;
    const l = words[c.s - 1];
    if (l && GIVEN_LABELS.has(l.base)) return c;
  }
  return null;
}

/** Kinship nouns after a name: "أنا يوسف عم الطفل", I am Yusuf, the child's uncle. */
const ARABIC_KIN_NOUNS = new Set(['عم', 'خال', 'جد', 'جده', 'عمه', 'خاله', 'ابن', 'بنت', 'اخو', 'اخي', 'اخت', 'ام', 'اب', 'زوج', 'زوجه', 'جار', 'جاره', 'حفيد', 'حفيده', 'ابنه', 'بنته', 'ابنها', 'بنتها', 'اخوه', 'اخته', 'اخوها', 'اختها', 'جارته', 'جارها', 'زوجته']);

/** After "أنا X": where from, how old ("أنا سامر من أنطاكية", "أنا ريم عمري ١٩"), so X is the name. */
/** "… فاطمة الحسن الله يخليكم": God keep you, a blessing after the name, not its last word ("عبد الله" stays a name). */
function blessingAt(a: Token, b: Token, c: Token | undefined): boolean {
  return b.base === 'الله' && a.base !== 'عبد' && c !== undefined && c.arabic && c.base.startsWith('ي');
}

const ARABIC_AFTER_NAME = new Set(['من', 'عمري', 'وعمري', 'ساكن', 'ساكنه', 'ساكنة']);

/** Particles of Arabic names written in Latin letters ("Al Hamwi", "El Khatib", "Abu Ali", "Bin Rashid"). */
const ARABIC_PARTICLES = new Set(['al', 'el', 'abu', 'abo', 'bin', 'ben', 'ibn']);

/** "رب الأسرة", the head of the household. */
const HOUSEHOLD = new Set(['الاسره', 'العائله', 'البيت', 'الاسرة', 'العائلة']);

/** Titles someone else's name is given with more often than one's own ("Dr. X raporumu verdi", "Av. X dedi"). */
const THIRD_PARTY_TITLES = new Set(['dr', 'doktor', 'doc', 'prof', 'av', 'avukat', 'hakim', 'savci', 'komiser']);
/** Words after one's own name: "… olarak yazıyorum", "… ben", "… im". */
/** "أنا المدعو X", "أنا المواطن X": I, the one called X, the citizen X (formal ways of giving one's name). */
const ARABIC_NAMED = new Set(['المدعو', 'المدعوه', 'المواطن', 'المواطنه']);
/** "معك", "معكم": (you are) with …, the way a name is given on the phone. */
const ARABIC_WITH_YOU = new Set(['معك', 'معاك', 'معكم', 'معكن']);
const KU_NAME_REFUSED = new Set(['nadim', 'nabejim', 'nanivisim', 'nayê', 'naye']);
/** "Your brother", "your sister", "your son" signing a message to many ("أخوكن أنس"). */
const ARABIC_SIGNED_KIN = new Set(['اخوكم', 'اختكم', 'اخوكن', 'اختكن', 'اخوك', 'اختك', 'ابنكم', 'بنتكم', 'ابنكن', 'بنتكن']);
/** Words of Arabic written in Latin letters ("mn", "sakin", "shughul") in the message. */
function arabiziWords(words: Token[]): number {
  let c = 0;
  for (let k = 0; k < words.length; k++) if ((lex(words[k] as Token) & ARABIZI) !== 0) c++;
  return c;
}

/** "I" in Arabic written in Latin letters (Levantine "ana", Iraqi "ani"). */
const ARABIZI_I = new Set(['ana', 'ani', 'ena']);
/** His / her relative in Arabizi ("emmo", his mother; "okhta", her sister). */
const ARABIZI_KIN_3RD = new Set(['emmo', 'ommo', 'emma', 'omma', 'abuh', 'abouh', 'abooh', 'aboh', 'akhuh', 'akhou', 'akhoh', 'akhua', 'okhto', 'ekhto', 'okhta', 'ekhta', 'ebno', 'ebna', 'ibno', 'ibna', 'ibnu', 'binto', 'bento', 'binta', 'marto', 'jozha', 'zawjha', 'zawja', 'jaro', 'jarto', 'jarta', 'khalto', 'khalta', 'amto', 'amta', 'imo', 'immo', 'umo', 'ummo', 'imma', 'omo', 'o5to', 'e5to', 'a5o', 'jozo', '7afido', '7afida', '7afidto', 'hafido', 'abuhum', 'abuhon', 'abuha', 'abouha', 'bayyo', 'bayya', 'emmhom', 'emmhon', 'ummhom', 'ummha', 'emmha', 'ommha', 'ebnha', 'ibnha', 'bintha', 'jaretha', 'jarha', 'jareto']);
/** Arabizi "his name", "her name" ("esmo", "esma", "ismu"). */
const ARABIZI_HIS_NAME = new Set(['esmo', 'esmou', 'esmu', 'ismo', 'ismu', 'esma', 'isma', 'esmha', 'ismha']);
/** Arabizi words after a letter-digit that are no name's ("3omri", my age; "3andi", I have; "3am", doing). */
const ARABIZI_DIGIT_WORDS = new Set(['omri', 'omro', 'omra', 'omrak', 'mri', 'andi', 'ando', 'anda', 'ndi', 'am', 'ala', 'an', 'ashan', 'al']);
const AFTER_OWN_NAME = new Set(['olarak', 'ben', 'im', 'yim', 'me', 'e', 'ime']);

function gapHasBreak(tokens: Token[], a: Token, b: Token): boolean {
  for (let k = a.i + 1; k < b.i; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.code === 45 && t.start === a.end && t.end === b.start) continue;
    // (An Arabizi name starting with a letter-digit: "MOHAMMAD 3ABDO", "Ahmad 7asan".)
    // (Not "3omri", my age, "3andi", I have: words, no name.)
    if (t.kind === 'num' && k === b.i - 1 && t.end === b.start && t.start > a.end && t.end - t.start === 1 && ARABIZI_NAME_DIGIT.has(t.code) && !ARABIZI_DIGIT_WORDS.has(b.base)) continue;
    if (t.kind !== 'punct' || !(t.code === 39 || t.code === 0x2019)) return true;
  }
  return false;
}

// (The word flags say whether a word is a province or alias at all: most are not, and skip the look-ups.)
const provOf = (t: Token) => ((lex(t) & (PROVINCE | ALIAS)) === 0 ? undefined : (places.provinces.get(t.base) ?? places.aliases.get(t.base)));
const NO_PROVINCES: string[] = [];
const distOf = (t: Token) => ((lex(t) & DISTRICT) === 0 ? NO_PROVINCES : (places.districts.get(t.base) ?? NO_PROVINCES));

/** "Seyhan/Adana", "Istanbul Fatih": a district next to its own province is a place, not a name. */
function placePhrase(sc: Scan, s: number, e: number): boolean {
  const { words, tokens, n } = sc;
  const first = words[s] as Token;
  const last = words[e] as Token;
  const before = s > 0 ? (words[s - 1] as Token) : undefined;
  const after = e + 1 < n ? (words[e + 1] as Token) : undefined;
  // ("Nilüfer Bursa" closing a message: a district and its province.)
  if (e === s + 1) {
    const p = provOf(last);
    if (p && distOf(first).includes(p)) return true;
  }
  // ("Karadeniz Ereğli": a district named with its region.)
  if (e > s && QUALIFIED_LAST.has(last.base) && QUALIFIED.has(`${(words[e - 1] as Token).base} ${last.base}`)) return true;
  if (after && !gapHasSentenceBreak(tokens, last, after)) {
    const p = provOf(after);
    // (Not a given name and a surname named like a district, when the province has its own district next:
    // "Aslı Bozkurt, Denizli Pamukkale".)
    const next = e + 2 < n ? (words[e + 2] as Token) : undefined;
    const otherDistrict = p !== undefined && e > s && (lex(first) & GIVEN) !== 0 && (lex(last) & SURNAME) !== 0 && next !== undefined && next.i === after.i + 1 && next.base !== last.base && distOf(next).includes(p);
    // (Nor a given name and such a surname signing before a comma and the province: "Pınar Aksu, Isparta".)
    const signed = e === s + 1 && (lex(first) & (GIVEN | PLACE)) === GIVEN && (lex(last) & SURNAME) !== 0 && first.cap && tokens[last.i + 1]?.code === 44;
    if (p && distOf(last).includes(p) && !otherDistrict && !signed) return true;
  }
  if (before && !gapHasSentenceBreak(tokens, before, first)) {
    const p = provOf(before);
    if (p && distOf(first).includes(p)) return true;
  }
  return false;
}
/** [.!?] (punctuation tokens are one character: tested by code) */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63;
/** [.!?;] */
const isClauseEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 59;
function atSentenceStart(tokens: Token[], t: Token): boolean {
  const p = tokens[t.i - 1];
  return p === undefined || p.kind === 'nl' || (p.kind === 'punct' && isSentenceEnd(p.code));
}
function gapHasSentenceBreak(tokens: Token[], a: Token, b: Token): boolean {
  for (let k = a.i + 1; k < b.i; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'punct' || isClauseEnd(t.code)) return true;
  }
  return false;
}
function gapHasBreakLoose(tokens: Token[], a: Token, b: Token): boolean {
  for (let k = a.i + 1; k < b.i; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'num') return true;
    if (t.kind === 'punct' && isClauseEnd(t.code)) return true;
  }
  return false;
}
const adjacent = (tokens: Token[], a: Token | undefined, b: Token) => a !== undefined && !gapHasBreakLoose(tokens, a, b);

function allCap(words: Token[], s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if (!(words[k] as Token).cap) return false;
  return true;
}
function allPlaces(words: Token[], s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if ((lex(words[k] as Token) & PLACE) === 0) return false;
  return true;
}

function scoreRun(sc: Scan, s: number, e: number): void {
  const { words, tokens, n, mode, ctx } = sc;
  const first = words[s] as Token;
  const last = words[e] as Token;
  const len = e - s + 1;
  let score = 0;
  let cueStart = first.start;
  let cueEnd = last.end;

  const ff = lex(first);
  const fbProper = (ff & PROPER) !== 0;
  const fbCommon = (ff & COMMON) !== 0;
  const firstGiven = (ff & GIVEN) !== 0;
  const firstProper = fbProper && !fbCommon;
  const firstCommon = fbCommon && !firstGiven && !fbProper;
  const firstPlace = (ff & PLACE) !== 0 && !firstGiven;
  if (placePhrase(sc, s, e)) return;
  // "Rapor %60 ÇÖZGER.": a word in capitals no list knows, alone amid ordinary writing, is an acronym.
  if (len === 1 && mode === 'mixed' && first.upper && (ff & (GIVEN | SURNAME | PROPER)) === 0) return;
  // "Ev telefonum 0352 …", "Cep tel …": an ordinary word with the phone's label.
  if (len === 1 && (ff & (GIVEN | SURNAME | PROPER | COMMON)) === COMMON && PHONE_LABEL.test(words[e + 1]?.base ?? '')) return;
  // "ben İstanbul'dayım": where the writer is, not who.
  if (len === 1 && SELF_LOCATIVE.test(first.suffix)) return;
  // "Afganistanlıyım", "Suriyeliyiz": where the writer is from.
  if (len === 1 && first.base.length >= 9 && ORIGIN_END.test(first.base)) return;
  // "Ben Afgan", "ben Kırşehir'de tercümanım": where the writer is from or is, not who.
  if (len === 1 && (originWord(first) || ((lex(first) & PLACE) !== 0 && LOCATIVE_SUFFIX.test(first.suffix)))) return;
  // … also with the ending glued on, "ben Istanbulda çalışıyorum" (never a given name).
  if (len === 1 && !firstGiven && first.suffix === '' && (ff & GLUED_PLACE) !== 0 && LOCATIVE_SUFFIX.test(GLUED.exec(first.base)?.[0] ?? '')) return;

  // Words before: cue or kinship.
  // (An origin word between the cue and the name is passed over: "ben Afganistanlı Zahra Ahmadi".)
  let q = s;
  while (q > 0 && originWord(words[q - 1] as Token)) q--;
  // (A filler between "ben" and the name, "ben şey gülşen karaca", said into a phone.)
  if (q > 1 && (words[q - 1] as Token).base === 'sey' && (words[q - 2] as Token).base === 'ben') q--;
  const p1 = q > 0 ? words[q - 1] : undefined;
  const p2 = q > 1 ? words[q - 2] : undefined;
  const p3 = q > 2 ? words[q - 3] : undefined;
  let cue = 0;
  // ("ben öğretmenim, Selin Acar": a role with the copula after "ben", I am the teacher, not my teacher.)
  // (Or the role with the copula, a comma, then the name: "… bir ortaokulda rehber öğretmenim, Şule Ekinci.")
  const roleCopula =
    (p1 !== undefined && p2 !== undefined && p2.base === 'ben' && (lex(p1) & NAME_TITLE) !== 0 && adjacent(tokens, p2, p1) && adjacent(tokens, p1, first)) ||
    (p1 !== undefined && (lex(p1) & NAME_TITLE) !== 0 && KIN_COPULA.test(p1.base) && first.cap && adjacent(tokens, p1, first) && tokens[first.i - 1]?.code === 44);
  if (p1 && (lex(p1) & KIN_MY) !== 0 && adjacent(tokens, p1, first) && !roleCopula) return;
  // ("kardeşimin oğlu Emir Çınar", my brother's son: a relative of a relative.)
  if (p1 && p2 && (lex(p1) & KIN_3RD) !== 0 && adjacent(tokens, p2, p1) && adjacent(tokens, p1, first) && KIN_GENITIVE.test(p2.base) && (wordFlags(p2.base.replace(KIN_GENITIVE, '')) & KIN_MY) !== 0) return;
  // Kurmanji "Bavê min: Mehmet Şahin": my father, then his name.
  // (Or "our": "CÎRANA ME XECÊ DAYÊ 82 SALÎ YE", our neighbour.)
  if (p1 && p2 && (p1.base === 'min' || p1.base === 'me') && (((lex(p2) & KIN_MY) !== 0 && (lex(p2) & KU_WORD) !== 0) || KU_NEIGHBOUR.has(p2.base)) && adjacent(tokens, p1, first)) return;
  // (A given name and a surname that are also places, "Aydın Keskin", are still a name.)
  // "ben Kars merkezdeyim", "Tokat merkez": a place named as one, whatever came before.
  const afterRun = words[e + 1];
  if (afterRun !== undefined && afterRun.base.startsWith('merkez') && allPlaces(words, s, e)) return;
  // (A given name that is also a place right before the ID, "… kimse bilmiyor. Selim 717 644 437 92", signs.)
  const idNext = ctx.idSpan !== null && ctx.idSpan[0] >= last.end && onlyFiller(tokens, last.end, ctx.idSpan[0], false);
  if (
    allPlaces(words, s, e) &&
    !(firstGiven && len >= 2 && (lex(last) & SURNAME) !== 0) &&
    !(firstGiven && len === 1 && idNext && atSentenceStart(tokens, first)) &&
    // (Right after the cue: "TC ben 8489… Kocasinan", a number between, is the address.)
    !(p1 && adjacent(tokens, p1, first) && (p1.base === 'adim' || p1.base === 'ismim' || p1.base === 'ben' || (lex(p1) & NAME_LABEL) !== 0)) &&
    // "ben torunu Can" (Çan is a district too), "annesiyim Çan …"
    !(p1 && (lex(p1) & KIN_3RD) !== 0 && ((p2 !== undefined && p2.base === 'ben') || KIN_COPULA.test(p1.base)))
  )
    return;
  // "ANNESİ ŞÜKRAN KAYA" as a signature is fine; "oğlu Mehmet geldi" mid-sentence is not.
  // ("ana ismi Omar": Arabic in Latin letters, my name.)
  // (Or anywhere in a message in Arabizi: "… nehna b Eyyubiye, Urfa. ismi Amal".)
  const arabiziMine = p1 !== undefined && p1.base === 'ismi' && ((p2 !== undefined && ARABIZI_I.has(p2.base)) || arabiziWords(words) >= 3);
  if (p1 && (p1.base === 'adi' || p1.base === 'ismi') && !arabiziMine && adjacent(tokens, p1, first)) {
    if (!(p2 && (p2.base === 'benim' || p2.base === 'soyadi' || p2.base === 'ad'))) {
      const label = tokens[first.i - 1];
      if (!(label && label.code === 58 && (!p2 || (lex(p2) & KIN_MY) === 0))) return;
    }
  }
  // "Baba adı: Mustafa", "Anne adı: …" on a form: a parent's name.
  if (p1 && p2 && p1.base === 'adi' && PARENT_LABEL.has(p2.base) && adjacent(tokens, p2, p1)) return;
  // "Veli: Hatice Kılıç", "Engelli: Ahmet Gökçe", "Hasta: …": a form's line about someone else.
  if (p1 && THIRD_PARTY_LABELS.has(p1.base) && tokens[first.i - 1]?.code === 58 && adjacent(tokens, p1, first)) return;
  // "yaşlı amca Hüseyin Koç", "teyze Fadime": an elder named with the title before, someone the writer writes about.
  if (p1 && ELDER_TITLES.has(p1.base) && !p1.cap && p1.i === first.i - 1) return;
  // "BABAM KIBRIS GAZİSİ HÜSEYİN TAŞ": a title with "his" after the writer's relative opening the clause, the relative's name.
  if (p1 && p2 && (lex(p1) & NAME_TITLE) !== 0 && /s[iu]$/.test(p1.base) && adjacent(tokens, p1, first) && kinOpensClause(words, tokens, q - 1)) return;
  // "Batman merkez Şirinevler": a neighbourhood after a place's "merkez", the address.
  // (On the same line: "Aksaray merkez⏎Gökhan Kaya" signs under the address.)
  // (Not a given name there: "Osmaniye merkez Hüseyin Aslan tşk" signs.)
  if (p1 && p2 && p1.base === 'merkez' && (lex(p2) & PLACE) !== 0 && (lex(first) & GIVEN) === 0 && adjacent(tokens, p2, p1) && !gapHasBreak(tokens, p1, first)) return;
  // Arabizi "talib esmo Hamza Yousef": his (her) name, someone else's.
  if (p1 && ARABIZI_HIS_NAME.has(p1.base) && adjacent(tokens, p1, first)) return;
  // Kurmanji "navê wî Hasan Çelik e": his (her, their) name, someone else's.
  if (p1 && p2 && KU_HIS.has(p1.base) && (p2.base === 'nave' || p2.base === 'navi' || p2.base === 'nav') && adjacent(tokens, p1, first)) return;
  if (len === 1 && copulaAfterGiven(words, s) > 0) {
    // "Mehmetim, 45 yaşındayım": the given name with "I am" glued on says itself who writes.
    cue = 6;
    cueStart = first.start;
  } else if (p1 && (p1.base === 'adim' || p1.base === 'adm' || p1.base === 'ismim' || p1.base === 'esmi' || p1.base === 'smiti' || arabiziMine) && adjacent(tokens, p1, first)) {
    cue = 6;
    cueStart = p2 && (p2.base === 'benim' || p2.base === 'soyadim') ? p2.start : p1.start;
    if (p2 && p2.base === 'soyadim' && p3 && p3.base === 'adim') cueStart = p3.start;
  } else if (p1 && ((((lex(p1) & NAME_LABEL) !== 0 || APPLICANT_LABELS.has(p1.base)) && tokens[first.i - 1]?.code === 58) || bareNameLabel(words, tokens, q - 1))) {
    cue = 6;
    cueStart = p2 && (lex(p2) & NAME_LABEL) !== 0 ? p2.start : (p1 as Token).start;
  } else if (p1 && p2 && p1.base === 'min' && (p2.base === 'nave' || p2.base === 'navi' || p2.base === 'nav') && adjacent(tokens, p1, first)) {
    cue = 6;
    cueStart = p2.start;
  } else if (p1 && p1.base === 'ben' && adjacent(tokens, p1, first)) {
    cue = 5;
    cueStart = p1.start;
  } else if (roleCopula || (p1 && p2 && p2.base === 'ben' && roleWord(p1) && adjacent(tokens, p2, p1) && adjacent(tokens, p1, first))) {
    // "ben hemşire Ayten": a role between "ben" and the name.
    cue = 5;
    cueStart = p2 !== undefined && p2.base === 'ben' ? p2.start : (p1 as Token).start;
  } else if (p1 && (lex(p1) & NAME_TITLE) !== 0 && adjacent(tokens, p1, first) && (benOpensClause(words, tokens, s - 1) || (p2 !== undefined && ABLATIVE_UNIT.test(p2.base) && adjacent(tokens, p2, p1) && atSentenceStartOf(words, tokens, q - 2)))) {
    // (Or from where they work: "Çocuk acil servisinden hemşire Esra.", "Evde sağlık biriminden hemşire Nurcan Ateş.")
    // "ben Yeşilyurt köyü muhtarı Osman Yurt", "Ben Ünye Çınarlık Camii imamı Yakup Demirci": the role, named
    // after where, in a sentence the writer opens.
    cue = 4;
    cueStart = p1.start;
  } else if (p1 && (lex(p1) & KIN_3RD) !== 0 && ((p2 && p2.base === 'ben') || benOpensClause(words, tokens, q - 1)) && adjacent(tokens, p1, first)) {
    // (Also with words between: "Ben alt kat komşusu Derya".)
    cue = 4;
    cueStart = p2 && p2.base === 'ben' ? p2.start : p1.start;
  } else if (p1 && (lex(p1) & KIN_3RD) !== 0 && KIN_COPULA.test(p1.base) && adjacent(tokens, p1, first)) {
    // ("Mehmet'in annesiyim, Mehmet 9 yaşında": the child named again, not the writer.)
    if (p2 !== undefined && p2.base === first.base) return;
    // "Annesiyim Hatice Polat": I am his mother, then the name.
    cue = 4;
    cueStart = p1.start;
  } else if (p1 && p1.base === 'ez' && adjacent(tokens, p1, first)) {
    cue = 5;
    cueStart = p1.start;
  } else if (p1 && (lex(p1) & KIN_3RD) !== 0 && atSentenceStart(tokens, p1) && adjacent(tokens, p1, first) && (idNext || phoneNext(ctx, tokens, last))) {
    // "… Sorgun Yozgat. Oğlu Hakan 0536 …": signed as the relative's son, their number after.
    cue = 4;
    cueStart = p1.start;
  } else if (p1 && p2 && p3 && p1.base === 'is' && p2.base === 'name' && p3.base === 'my' && first.cap && adjacent(tokens, p1, first)) {
    // English in a chat: "my name is Sarah Yılmaz".
    cue = 5;
    cueStart = p3.start;
  } else if (p1 && p2 && p3 && KU_HIS.has(p1.base) && p3.base === 'ez' && first.cap && adjacent(tokens, p3, first)) {
    // Kurmanji "Ez keça wî Berfin im": I am his daughter, Berfin.
    cue = 5;
    cueStart = p3.start;
  } else if (p1 && ARABIZI_I.has(p1.base) && (mode === 'upper' ? p1.upper && arabiziWords(words) >= 2 : !p1.cap) && first.cap && adjacent(tokens, p1, first)) {
    // Arabic in Latin letters: "ana Ahmad Alkhalil men Antakya" (not Turkish "Ana cadde"); in capitals
    // where the message shows it is Arabizi ("ANI MUSTAFA SALIH MN KIRKUK … 3NDI").
    cue = 5;
    cueStart = p1.start;
  } else if (p1 && p2 && p3 && p1.base === 'me' && KU_HIS.has(p2.base) && words[q - 4]?.base === 'ez' && first.cap && adjacent(tokens, p1, first)) {
    // Kurmanji "Ez keça wî me, Gül": I am his daughter, Gül ("Ez birazayê wî me, Hogir", his nephew).
    cue = 5;
    cueStart = (words[q - 4] as Token).start;
  } else if (p1 && p2 && ARABIZI_KIN_3RD.has(p1.base) && (ARABIZI_I.has(p2.base) || ((p2.base === 'ibn' || p2.base === 'bint') && p3 !== undefined && ARABIZI_I.has(p3.base))) && first.cap && adjacent(tokens, p2, p1) && adjacent(tokens, p1, first)) {
    // "ana emmo Hala": I am his mother, Hala ("ana ibn a5o Fadi", his brother's son; "ana ummha Nada", a name the lists lack).
    cue = 5;
    cueStart = p2.start;
  }

  // "ben Songül, komşum Naciye teyze için yazıyorum … Naciye Tan TC …": the neighbour's name in full, not the writer's.
  // (Also the given name alone: "ağabeyim Serkan … onun adına yazıyorum … Serkan TC …".)
  if (cue === 0 && (p1 === undefined || (lex(p1) & KIN_MY) === 0) && kinNamed(sc).has(first.base)) return;
  // Words after: title, kin genitive, "ben", copula.
  const a1 = e + 1 < n ? words[e + 1] : undefined;
  // "Ben Mehmet'in annesiyim": the child's name with the genitive, then the writer's relation to him.
  if (a1 !== undefined && a1.i === last.i + 1 && /^n?[iu]n$/.test(last.suffix) && (lex(a1) & KIN_3RD) !== 0) return;
  // ("… mi? Murat'ın TC …": a lone given name with the genitive before the ID's cue, someone the writer writes about; a
  // full name so, "Hüseyin Avcı'nın kimlik no", is as often the writer's own.)
  if (s === e && a1 !== undefined && a1.i === last.i + 1 && /^n?[iu]n$/.test(last.suffix) && (lex(a1) & ID_FILLER) !== 0 && atSentenceStart(tokens, first)) return;
  // ("ben gülten ablanın komşusuyum": an elder's name before the title with the genitive, whose neighbour the writer is.)
  if (a1 !== undefined && a1.i === last.i + 1 && titleGenitive(a1.base)) return;
  // ("Sabit tel 0454 …": a landline, not the name Sabit.)
  if (len === 1 && first.base === 'sabit' && a1 !== undefined && a1.i === last.i + 1 && PHONE_LABEL.test(a1.base)) return;
  // "ben Şahinbey ilçesi … muhtarı": a place named as one.
  // ("Çukurova Devlet Hastanesi'nde", "Yavuz Selim mah.": an institution's or a street's name.)
  if (a1 !== undefined && a1.i === last.i + 1 && (PLACE_UNIT.has(a1.base) || ((lex(a1) & STREET_WORD) !== 0 && !last.suffix))) return;
  // ("Başvuru no 15T-…", "Dosya no: …": an ordinary word labelling a number.)
  if (len === 1 && a1 !== undefined && a1.i === last.i + 1 && (a1.base === 'no' || a1.base === 'numarasi') && (lex(first) & (GIVEN | SURNAME)) === 0 && (lex(first) & COMMON) !== 0) return;
  // ("Mehmet oğlum" names the son; "ben Umut Demir, oğlum …" names the writer, then the son.)
  // ("Bahar Öğretmen, Van Edremit" closing the message signs it.)
  // ("ben hatice nine": the writer calls herself grandma Hatice.)
  // "… annesi Hatice Arslan adına yazıyorum": on someone's behalf, so someone else.
  if (a1 && a1.i === last.i + 1 && (a1.base === 'adina' || a1.base === 'namina')) return;
  // (Not after a copula that closes the name: "Ayşe'yim kız kardeşiyim", I am Ayşe, his sister.)
  if (a1 && (lex(a1) & TITLE) !== 0 && !/^y?[iu][mz]$/.test(last.suffix) && !gapHasBreak(tokens, last, a1) && !(cue >= 5 && (lex(a1) & KIN_MY) !== 0) && !(cue >= 5 && p1?.base === 'ben') && !(a1.cap && onlyPlacesAfter(tokens, a1.i))) return;
  if (last.suffix && GENITIVE.test(last.suffix) && a1 && (lex(a1) & KIN_ROOT) !== 0) return;
  // "Dursun Şener'in evi yandı": someone's house, someone else (not "Hüseyin Avcı'nın kimlik no" or
  // "Burcu Yıldız'ın şikayetidir", the writer's ways).
  if (last.suffix && GENITIVE.test(last.suffix) && a1 && a1.i === last.i + 1 && (lex(a1) & ID_FILLER) === 0 && !/[dt][iu]r$/.test(a1.base)) score -= 3;
  if (last.suffix && COPULA.test(last.suffix)) {
    score += 4;
  } else if (selfAgeAfter(tokens, last)) {
    // "Mustafa, 45 yaşındayım": the name, then the writer's own age.
    score += 4;
  } else if (a1 && (a1.base === 'ben' || (a1.base === 'benim' && closesSentence(tokens, a1))) && !gapHasBreakLoose(tokens, last, a1) && a1.i === last.i + 1) {
    // ("… gazi olan Barış Ertürk benim.": it is me.)
    score += a1.base === 'benim' ? 6 : 4;
    cueEnd = a1.end;
  } else if (a1 && cue > 0 && (a1.base === 'im' || a1.base === 'me' || a1.base === 'e' || a1.base === 'ye' || a1.base === 'ime') && a1.i === last.i + 1) {
    score += 2;
    cueEnd = a1.end;
  }
  score += cue;
  // Kurmanji "ji Êlihê", "li Wanê": from or in a place, not who.
  if (cue === 0 && p1 && (p1.base === 'ji' || p1.base === 'li') && adjacent(tokens, p1, first)) return;
  // "bu sefer dönüş yaparsınız", "her umut …": after a determiner, a noun in lower case, not a name.
  if (cue === 0 && p1 && !first.cap && DETERMINERS.has(p1.base) && adjacent(tokens, p1, first)) return;
  // "ben Almanyada çalışıyorum": where the writer is, not who (a name is not followed by "I live/work").
  if (len === 1 && a1 && a1.i === last.i + 1 && LIVING_VERB.test(a1.base) && /[dt][ae]$/.test(last.base)) return;
  // "Dr. Ahmet Yücel heyet raporumu verdi": a title, the name, and the sentence goes on about them.
  if (cue === 0 && p1 && THIRD_PARTY_TITLES.has(p1.base) && a1 && a1.i === last.i + 1 && !AFTER_OWN_NAME.has(a1.base) && (lex(a1) & (ID_FILLER | PLACE | SIGNOFF)) === 0) return;

  // Next to the ID or a phone number.
  const id = ctx.idSpan;
  if (id) {
    if (id[0] >= last.end && onlyFiller(tokens, last.end, id[0], false)) score += 4;
    else if (id[1] <= first.start && onlyFiller(tokens, id[1], first.start, false)) score += 4;
    else if (id[0] >= last.end && onlyFiller(tokens, last.end, id[0], true)) score += 3;
  }
  for (let k = 0; k < ctx.phones.length; k++) {
    const ph = ctx.phones[k] as Span;
    if (ph[0] >= last.end && onlyFiller(tokens, last.end, ph[0], false)) score += 2;
    else if (ph[1] <= first.start && onlyFiller(tokens, ph[1], first.start, false)) score += 1;
  }

  // Signature: after the name only punctuation, places, numbers, ID words, sign-offs.
  let sig = true;
  for (let k = last.i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    if (k === last.i + 1 && (t.base === 'ben' || t.base === 'im' || t.base === 'me' || t.base === 'e')) continue;
    // (A place with its ending glued on too: "Serkan. Elazigdayim 1710 …".)
    if ((lex(t) & (ID_FILLER | SIGNOFF | NAME_TITLE | GREETING | PLACE | GLUED_PLACE)) !== 0 || t.base === 'merkez') continue;
    if (t.arabic && (lex(t) & PLACE) !== 0) continue;
    // (A phone's label: "… ahmet. ev 0312 384 27 19", "iş 0212 …".)
    if ((PHONE_LABEL.test(t.base) || t.base === 'ev' || t.base === 'is') && tokens[k + 1]?.kind === 'num') continue;
    sig = false;
    break;
  }
  if (sig) score += 3;
  // After a sign-off ("saygılarımla Tuğba Erdem", "teşekkürler, Serdar").
  if (p1 && ((lex(p1) & SIGNOFF) !== 0 || roleWord(p1))) score += 2;
  // At the start of the message (after greetings), followed by a break.
  let startMsg = true;
  for (let k = 0; k < s; k++) {
    const w = words[k] as Token;
    if ((lex(w) & GREETING) === 0) {
      startMsg = false;
      break;
    }
  }
  if (startMsg) {
    const nx = tokens[last.i + 1];
    if (!nx || nx.kind !== 'word') score += 2;
  }

  if (firstGiven) score += 2;
  else if (firstProper) score += 1.5;
  else if (fbProper) score += 0.5;
  else if (firstCommon && cue === 0) score -= sig ? 1 : 2;
  else if (firstPlace) score -= 2;
  if (mode !== 'mixed' && !firstGiven && !fbProper && cue === 0) score -= 1;
  if (mode !== 'mixed' && cue === 0) {
    // Without case to go by, ordinary words in the run make it less likely a name.
    if (!firstGiven && fbCommon) score -= 1;
    for (let k = 1; k < len; k++) {
      const bf = lex(words[s + k] as Token);
      if ((bf & COMMON) !== 0 && (bf & (PROPER | SURNAME)) === 0) score -= 1;
    }
  }
  // One word is a weaker name than two or three, but first names alone are common in these SMS
  // ("… Kilis. Ecem"); a lone first name closing the message after a sentence break signs it.
  if (len === 1) {
    if (!(sig && firstGiven && mode !== 'upper' && first.cap && atSentenceStart(tokens, first) && e === n - 1)) score -= 0.5;
  } else if (len <= 3) score += 1;
  if (len >= 2 && ((lex(last) & SURNAME) !== 0 || (lex(last) & PROPER) !== 0)) score += 1;
  // In an all-lower-case message, capitalised words stand out.
  if (mode === 'lower' && len >= 2 && allCap(words, s, e)) score += 2;
  else if (mode === 'lower' && len === 1 && first.cap && !atSentenceStart(tokens, first)) score += 1.5;
  for (let k = 1; k < len; k++) {
    const t = words[s + k] as Token;
    if ((lex(t) & PLACE) !== 0 && (lex(t) & GIVEN) === 0 && !(k === 1 && firstGiven) && (lex(t) & SURNAME) === 0) score -= 2;
  }
  // Who writes from where: "Nilüfer Belediyesi Sosyal Hizmetler'den Ayşegül Tan.", "Kadıköy'den Ali Er".
  if (cue === 0 && p1 !== undefined && p1.cap && adjacent(tokens, p1, first) && ABLATIVE.test(p1.suffix)) score += 1.5;
  // Someone the sentence describes: "Hastanemizde yatan Recep Aydın", "evde yalnız yaşayan Hasan Bey".
  // (Not the writer's own: "Ben yan dairede oturan Şafak Tunç".)
  if (cue === 0 && p1 !== undefined && adjacent(tokens, p1, first) && DESCRIBED_BY.has(p1.base) && !benOpensClause(words, tokens, s)) score -= 3;
  // A single capitalised word in the middle of a sentence without any cue is rarely a signature.
  sc.cands.push({ s, e, score, cueStart, cueEnd });
}


/** A role before the writer's name: "Hemşire İrem Ak", "ben gazi Fikret Kuzu" ("Gazi" is a name too, so no NAME_TITLE: "Orhan Gazi Koç"). */
const roleWord = (t: Token) => (lex(t) & NAME_TITLE) !== 0 || t.base === 'gazi';

const PARENT_LABEL = new Set(['baba', 'anne', 'ana']);

/** Participles that describe the person named after them (who lies, stays, lives somewhere). */
/** A unit of an institution with the ablative ending, "servisinden", "biriminden", "merkezinden". */
const ABLATIVE_UNIT = /(?:servis|birim|merkez|bolum|hastane|okul|vakf|mudurlug)\w*[dt][ae]n$/;
/** The words before word k, back to the sentence's start, are few, eight at most (the sentence opens with where the writer is from). */
function atSentenceStartOf(words: Token[], tokens: Token[], k: number): boolean {
  let w = 0;
  // (Up to eight words: "Çorum Eğitim ve Araştırma Hastanesi dahiliye servisinden hemşire Deniz".)
  for (let j = k; j > 0 && w < 8; j--, w++) if (gapHasSentenceBreak(tokens, words[j - 1] as Token, words[j] as Token)) return true;
  return k <= 8;
}
/** The word ends its sentence ("… benim."). */
function closesSentence(tokens: Token[], t: Token): boolean {
  const n = tokens[t.i + 1];
  return n === undefined || n.kind === 'nl' || (n.kind === 'punct' && (isSentenceEnd(n.code) || n.code === 44));
}
const DESCRIBED_BY = new Set(['yatan', 'kalan', 'yasayan', 'oturan', 'bulunan', 'olan', 'yatmakta', 'yatirilan', 'kaldirilan', 'yasindaki']);

/**
 * A name's label written without its colon, the way deaf writers label a name: "ben ad Irmak", "isim
 * Cemal.", "ben ad soyad Sevgül Çelik", "ad Sevgi soyad Kaya" (words[k] is the label). It opens its clause or follows "ben",
 * and the name after it is capitalised ("isim listesi", "ad vermek" are no labels).
 */
function bareNameLabel(words: Token[], tokens: Token[], k: number): boolean {
  const label = words[k];
  const name = words[k + 1];
  if (label === undefined || name === undefined || !name.cap || name.i !== label.i + 1 || tokens[label.i + 1]?.code === 58) return false;
  if (!BARE_NAME_LABELS.has(label.base)) return false;
  // "ad soyad X Y", "ad X soyad Y": the surname label's clause is the given name label's.
  let o = k;
  if (label.base === 'soyad' || label.base === 'soyisim') {
    o = words[k - 1]?.base === 'ad' || words[k - 1]?.base === 'isim' ? k - 1 : words[k - 2]?.base === 'ad' || words[k - 2]?.base === 'isim' ? k - 2 : -1;
    if (o < 0) return false;
  }
  const opener = words[o] as Token;
  const before = words[o - 1];
  // (Or "ben" a few words before in the clause, a known given name after: "Ben Isitme Engelli Isim Baris Koc …".)
  // (Or right after the ID: "TC ben4065… isim Bahar.")
  return atSentenceStart(tokens, opener) || tokens[opener.i - 1]?.kind === 'num' || (before !== undefined && before.base === 'ben' && before.i === opener.i - 1) || ((lex(name) & GIVEN) !== 0 && benOpensClause(words, tokens, o));
}
const BARE_NAME_LABELS = new Set(['ad', 'isim', 'soyad', 'soyisim']);

/** The nearest word at most `most` words before words[k], in the same clause, that `test` accepts. */
function clauseWordBefore(words: Token[], tokens: Token[], k: number, most: number, test: (w: Token) => boolean): number {
  for (let j = k - 1; j >= 0 && j >= k - most; j--) {
    const w = words[j] as Token;
    if (gapHasBreak(tokens, w, words[j + 1] as Token)) return -1;
    if (test(w)) return j;
  }
  return -1;
}

const isKinMine = (w: Token) => (lex(w) & KIN_MY) !== 0;
/** Does a relative of the writer's ("babam", "annem") open the clause of words[k], at most three words before it? */
function kinOpensClause(words: Token[], tokens: Token[], k: number): boolean {
  const j = clauseWordBefore(words, tokens, k, 3, isKinMine);
  return j === 0 || (j > 0 && (gapHasBreak(tokens, words[j - 1] as Token, words[j] as Token) || atSentenceStart(tokens, words[j] as Token)));
}

/** No word before words[s] is capitalised but the first and acronyms ("SYDV"): the message is written without case. */
function noCapitalsBefore(words: Token[], s: number): boolean {
  for (let k = 1; k < s; k++) {
    const w = words[k] as Token;
    if (w.cap && !w.upper) return false;
  }
  return s > 2;
}

const isBen = (w: Token) => w.base === 'ben';
/** Does "ben" open the clause of the word at words[k], at most eight words before it ("ben Kocasinan Şehit Mehmet Çelik Ortaokulu rehber öğretmeni Deniz Aksoy")? */
function benOpensClause(words: Token[], tokens: Token[], k: number): boolean {
  return clauseWordBefore(words, tokens, k, 8, isBen) >= 0;
}

/**
 * A line of its own: the name opens it, then a dash or a comma and the address close it ("خالد الأسعد - مزيتلي، مرسين⏎",
 * "عبد الرحمن النجار - كلس⏎"), a signature with the address, whatever the lines around it say.
 */
function placeLineAfter(tokens: Token[], before: Token | undefined, after: number): boolean {
  if (before !== undefined && before.kind !== 'nl') return false;
  // (One word the lists lack may stand before the province: "مزيتلي، مرسين", Mezitli, a district of Mersin.)
  let others = 0;
  let lastIsPlace = false;
  for (let j = after; j < tokens.length; j++) {
    const a = tokens[j] as Token;
    if (a.kind === 'nl') break;
    if (a.kind === 'num') return false;
    if (a.kind === 'word') {
      lastIsPlace = (lex(a) & PLACE) !== 0 || arabicPlaceAlias(a.base) !== undefined;
      if (!lastIsPlace && ++others > 1) return false;
    }
  }
  return lastIsPlace && tokens[after]?.kind === 'punct';
}

/**
 * Two Arabic words, the second a family name with "ال", right before the ID: a signature even when the
 * lexicon does not know the given name ("… ما حدا رد. غيث الرفاعي 1232…").
 */
function familyBeforeId(sc: Scan, k: number): boolean {
  const { words, tokens, ctx } = sc;
  const t = words[k] as Token;
  const b = words[k + 1];
  if (ctx.idSpan === null || b === undefined || !b.arabic || b.i !== t.i + 1 || !b.base.startsWith('ال') || b.base.length < 4) return false;
  if ((lex(t) & (ARABIC_STOPWORD | PLACE | ID_FILLER | KIN_MY | KIN_3RD | NAME_TITLE)) !== 0 || (lex(b) & (ARABIC_STOPWORD | PLACE | ID_FILLER)) !== 0) return false;
  return onlyFiller(tokens, b.end, ctx.idSpan[0], false) && ctx.idSpan[0] >= b.end;
}

export function findName(ctx: NameContext): NameResult {
  const { tokens, words, mode } = ctx;
  const cands: Cand[] = [];
  const n = words.length;
  const sc: Scan = { ctx, tokens, words, n, mode, cands, kinNamed: null };

  // Latin runs.
  let wi = 0;
  while (wi < n) {
    const t0 = words[wi] as Token;
    // (A word glued to a digit is part of an Arabizi word: "la7ali", alone, is no Ali; "MA3ZULE" no Ma.)
    const dg = tokens[t0.i - 1];
    // (Or, in lower case in Arabizi, glued after a letter-digit opening the word: "e2tol 7ali" is "myself", no Ali.)
    const afterDigit = dg !== undefined && dg.kind === 'num' && dg.end === t0.start && dg.end - dg.start === 1 && ((tokens[dg.i - 1]?.kind === 'word' && (tokens[dg.i - 1] as Token).end === dg.start) || (!t0.cap && ARABIZI_NAME_DIGIT.has(dg.code) && arabiziWords(words) >= 3));
    const dn = tokens[t0.i + 1];
    const beforeDigit = dn !== undefined && dn.kind === 'num' && dn.start === t0.end && dn.end - dn.start === 1 && tokens[dn.i + 1]?.kind === 'word' && (tokens[dn.i + 1] as Token).start === dn.end;
    // (Nor a place after Arabizi "in": "el madrase b Fatih", the school in Fatih; nor a quarter named after
    // someone, after Kurmanji "taxa": "taxa Veysel Karani".)
    const arabiziIn = dg !== undefined && dg.kind === 'word' && ((ARABIZI_IN.has(dg.base) && (lex(t0) & PLACE) !== 0 && arabiziWords(words) >= 3) || dg.base === 'taxa');
    if (afterDigit || beforeDigit || arabiziIn || (!nameLike(t0, mode, null) && !cuedStart(words, tokens, wi) && !(wi === n - 1 && lowerSignature(t0, tokens, mode)) && !stopwordGiven(words, wi, mode) && copulaAfterGiven(words, wi) === 0)) {
      wi++;
      continue;
    }
    // Two places before a name ("… Osmangazi Bursa Ali Rıza Tan 0552…") would take two of its four words: the run starts after them.
    const p2 = words[wi + 1];
    const p3 = words[wi + 2];
    // (Or the province first: "… Aydin Nazilli Ibrahim Sahin 1698…", "Bursa Nilufer Sevgi Acar 0538…".)
    const provinceFirst = p2 !== undefined && (lex(t0) & PROVINCE) !== 0 && (lex(p2) & DISTRICT) !== 0 && distOf(p2).includes(provOf(t0) ?? '');
    if (p2 !== undefined && p3 !== undefined && p2.i === t0.i + 1 && p3.i === p2.i + 1 && (((lex(t0) & PROVINCE) === 0 && (lex(p2) & PROVINCE) !== 0 && leadingPlace(t0, p2)) || provinceFirst) && leadingPlace(p2, p3) && (lex(p3) & GIVEN) !== 0 && !cuedStart(words, tokens, wi)) {
      wi += 2;
      continue;
    }
    let e = wi;
    const cued = cuedStart(words, tokens, wi);
    while (e + 1 < n && e - wi < 3) {
      const a = words[e] as Token;
      const b = words[e + 1] as Token;
      if (a.suffix) break;
      if (gapHasBreak(tokens, a, b)) break;
      // ("ben abisi Mehmet Ali Özkan Almanya'dayım": where the writer is, not a name word.)
      if (SELF_LOCATIVE.test(b.suffix)) break;
      // (Nor a relative of the writer's with a case ending: "BEN IBRAHIM ESIMLE KAVGA ETTIK", with my wife.)
      if ((lex(b) & (GIVEN | SURNAME)) === 0 && KIN_CASE_END.test(b.base) && (wordFlags(b.base.replace(KIN_CASE_END, '')) & KIN_MY) !== 0) break;
      // (Nor the next field's label: "Ad Soyad: Gül Şahin Talep: …"; a name word may close a heading, "SHM uzmanı Pınar Eren: …".)
      if (tokens[b.i + 1]?.code === 58 && (tokens[b.i + 1] as Token).start === b.end && (lex(b) & (GIVEN | SURNAME)) === 0) break;
      // Arabizi: a lower-case particle between two capitalised name words ("ismi Rim al Saleh").
      const c = words[e + 2];
      // (Or one the lists lack, no word of theirs: "ana Nour el Hoda".)
      if (mode !== 'upper' && a.cap && (b.base === 'al' || b.base === 'el') && !b.cap && !b.suffix && c !== undefined && c.i === b.i + 1 && c.cap && !c.upper && e + 2 - wi <= 3 && (nameLike(c, mode, null) || (lex(c) & (COMMON | STOPWORD | PLACE | KIN_MY | KIN_3RD)) === 0) && arabiziWords(words) >= 3) {
        e += 2;
        continue;
      }
      // (Nor the given name of someone titled right after it: "adım serkan demir gülten hanım 82 yaşında …".)
      if (e > wi && c !== undefined && c.i === b.i + 1 && TITLE_AFTER_NAME.has(c.base) && (lex(b) & GIVEN) !== 0) break;
      // (Nor a word of position before a place: "adım gülsüm yan dairede oturan …", in the flat next door.)
      if (POSITION_WORDS.has(b.base) && !b.cap && c !== undefined && c.i === b.i + 1 && !c.cap && /[dt][ae](?:ki)?$/.test(c.base)) break;
      // (After a cue, a second given name in lower case before a surname: "ad soyad: seda nur ak".)
      const middle = cued && e === wi && (lex(b) & GIVEN) !== 0 && (lex(b) & (STOPWORD | KIN_MY | KIN_3RD | PLACE)) === 0 && c !== undefined && c.i === b.i + 1 && cuedSurname(c);
      // (A surname that folds to a word, right before the ID: "ben oglu kadir sen 8265…", Şen.)
      // (Or right before the ID's cue: "ismim ozgur sen tc no 483-…".)
      const cueNext = tokens[b.i + 1];
      const idAfter =
        ctx.idSpan !== null &&
        (lex(b) & SURNAME) !== 0 &&
        (lex(a) & GIVEN) !== 0 &&
        cueNext !== undefined &&
        ((cueNext.kind === 'num' && cueNext.start === ctx.idSpan[0]) || (cued && cueNext.kind === 'word' && ID_CUE_WORDS.has(cueNext.base) && ctx.idSpan[0] > cueNext.end && ctx.idSpan[0] - cueNext.end < 12));
      if (!nameLike(b, mode, a) && !surnameAfterFirst(b, a, mode) && !(cued && e - wi < 2 && cuedSurname(b)) && !middle && !idAfter) break;
      // "Hasan Cetin Izmirdeyim": where the writer is, glued on ("I am in İzmir").
      if ((lex(b) & GLUED_PLACE) !== 0 && SELF_LOCATIVE_END.test(b.base)) break;
      // ("Mizgin Aslan Viranşehirden": where from, glued on.)
      if ((lex(b) & GLUED_PLACE) !== 0 && !b.suffix && GLUED_FROM_END.test(b.base) && places.districts.has(b.base.replace(GLUED_FROM_END, ''))) break;
      // (Nor an ordinary word before a relative of the writer's: "ben tuba eski nişanlım …", my ex-fiancé.)
      if (mode !== 'mixed' && (lex(b) & (COMMON | GIVEN | SURNAME)) === COMMON && c !== undefined && c.i === b.i + 1 && (lex(c) & KIN_MY) !== 0) break;
      // (Without case to go by, an ordinary word is never a third name word: "irmak sahin universite …".)
      // (Unless the message uses it as a surname elsewhere: "ben ömer faruk bal, … şehidi ahmet bal'ın kardeşiyim".)
      // (Nor on a form's name line or right after the ID, as the last word before the line or sentence ends:
      // "AD SOYAD: EMİNE GÜLSÜM YAVUZTÜRK / TCKN", "TC4692… ESRA NUR BAS.".)
      const fieldEnd = e === wi + 1 && (cued || tokens[t0.i - 1]?.kind === 'num') && endsField(tokens, b);
      if (mode !== 'mixed' && e > wi && (lex(b) & (GIVEN | SURNAME | PROPER | COMMON)) === COMMON && !surnameElsewhere(words, b) && !fieldEnd) break;
      // (Nor a word no list knows at all: "UMUT DEMIR ISITME ENGELLIYIM", "SEMIH KARACA EVIM …".)
      // (But an Arabic family name with its article, in a message in Arabizi: "ANA MOHAMMAD ALI ALSHEIKH".)
      if (mode !== 'mixed' && e > wi && (lex(b) & (GIVEN | SURNAME | PROPER | COMMON)) === 0 && !(ARABIC_FAMILY.test(b.base) && arabiziWords(words) >= 3) && !fieldEnd) break;
      e++;
    }
    // A district or province past a given name and a surname ends the run there: "Melek Aksoy Sultanbeyli
    // Abdurrahmangazi mah …", the place, then its neighbourhood (dropped below as the run's last word).
    for (let j = wi + 2; j < e; j++) {
      if (trailingPlace(words[j] as Token)) {
        e = j;
        break;
      }
    }
    // Without case to go by, four words whose last two no list knows as names are a name and the message
    // going on ("RAMAZAN ÖZTÜRK KİRA YARDIMI", "irmak sahin tekerlekli sandalyem").
    if (mode !== 'mixed' && e - wi === 3 && (lex(words[wi + 2] as Token) & (GIVEN | SURNAME)) === 0 && (lex(words[e] as Token) & (GIVEN | SURNAME)) === 0) e = wi + 1;
    // (The same when the fourth is a word no list knows, which ended the run: "KİRA YARDIMI".)
    const fourth = words[e + 1];
    if (mode !== 'mixed' && e - wi === 2 && (lex(words[e] as Token) & (GIVEN | SURNAME)) === 0 && fourth !== undefined && fourth.i === (words[e] as Token).i + 1 && (lex(fourth) & (GIVEN | SURNAME | PROPER | COMMON)) === 0) e = wi + 1;
    // "ben Kıbrıs gazisi …", "Ankara valisi": a word heading a compound is no name.
    const head = words[e + 1];
    if (head !== undefined && head.i === (words[e] as Token).i + 1 && !head.cap && COMPOUND_HEAD.test(head.base)) {
      wi = e + 1;
      continue;
    }
    // Drop leading place names ("Istanbul Fatih", "Sarıçam Adana Necla") unless a given name.
    let s = wi;
    // (And Arabic "I" in Latin capitals before a given name, "ANI MUSTAFA SALIH"; a military rank, "Er Oğuz Çetin".)
    // (After "adım" a district named like a person is the given name: "adım Ceyhan Aksu".)
    // (After "ben" too, before a capitalised surname: "Merhaba ben Ceyhan Özdemir".)
    const pw = words[wi - 1];
    // (In lower case too where the message has no case: "ben ceyhan oz".)
    const benNamed = pw !== undefined && pw.base === 'ben' && pw.i === t0.i - 1 && (t0.cap || mode !== 'mixed') && !t0.suffix && e > wi && ((words[wi + 1] as Token).cap || mode !== 'mixed') && (lex(words[wi + 1] as Token) & SURNAME) !== 0;
    // (Or right before the ID: "Ceyhan Aksoy. TC 9312…".)
    const idAfterRun = e === wi + 1 && t0.cap && (lex(words[e] as Token) & SURNAME) !== 0 && ctx.idSpan !== null && ctx.idSpan[0] >= (words[e] as Token).end && onlyFiller(tokens, (words[e] as Token).end, ctx.idSpan[0], false);
    while (s < e && ((leadingPlace(words[s] as Token, words[s + 1]) && !((cued || benNamed || idAfterRun) && s === wi && (lex(words[s] as Token) & PROVINCE) === 0)) || originWord(words[s] as Token) || (s + 2 <= e && provinceOrigin(words[s] as Token)) || (((mode === 'upper' && ARABIZI_I.has((words[s] as Token).base)) || RANKS.has((words[s] as Token).base)) && ((lex(words[s + 1] as Token) & GIVEN) !== 0 || RANKS.has((words[s + 1] as Token).base))) || ((words[s] as Token).base === 'ismi' && arabiziWords(words) >= 3) || (words[s] as Token).base === 'velisi')) s++;
    // (A form's name line keeps its three words, a surname named like a place too: "Ad Soyad: Gül Aksu Karaman / TC …".)
    const lineEnd = tokens[(words[e] as Token).i + 1];
    // (But not a district with its own province after the slash: "Ad Soyad: Mehmet Ali Çelik Zile/Tokat".)
    const afterSlash = lineEnd !== undefined && lineEnd.code === 47 ? tokens[lineEnd.i + 1] : undefined;
    const districtSlashProvince = afterSlash !== undefined && afterSlash.kind === 'word' && (places.districts.get((words[e] as Token).base) ?? []).includes(places.provinces.get(afterSlash.base) ?? '');
    const formLine = cued && tokens[t0.i - 1]?.code === 58 && e - s >= 2 && lineEnd !== undefined && (lineEnd.kind === 'nl' || lineEnd.code === 47 || (lineEnd.kind === 'word' && (lex(lineEnd) & ID_FILLER) !== 0)) && !originWord(words[e] as Token) && !districtSlashProvince;
    // (Nor one given with the ID in brackets after it: "ben Zeynep Gül Sarıkaya (TC 8655…)".)
    const inBracket = lineEnd !== undefined && lineEnd.code === 40 ? tokens[lineEnd.i + 1] : undefined;
    const bracketedId = e - s >= 2 && inBracket !== undefined && (inBracket.kind === 'num' || (inBracket.kind === 'word' && (lex(inBracket) & ID_FILLER) !== 0));
    // (Nor two given names and a surname named like a province or a district after "ben", closed by a comma: "ben Ahmet Umut Karaman, …", "ben Dilek Sevgi Ceyhan, …".)
    const benComma = pw !== undefined && pw.base === 'ben' && s === wi && e - s === 2 && (words[e] as Token).cap && (lex(words[e] as Token) & PLACE) !== 0 && (lex(words[s] as Token) & GIVEN) !== 0 && (lex(words[s + 1] as Token) & GIVEN) !== 0 && lineEnd !== undefined && lineEnd.code === 44;
    while (e > s && !formLine && !bracketedId && !benComma && dropsFromEnd(words, s, e)) e--;
    // "Ben Gazi Yılmaz.": "Gazi" is a veteran's title before a full name ("Gazi Yusuf Karakaya"), the given name before a lone surname.
    const g = words[s - 1];
    // (Or a given name right before the number: "Ben oğlu Gazi Tuncer 2672…".)
    if (s === e && g !== undefined && g.cap && g.base === 'gazi' && g.i === (words[s] as Token).i - 1 && ((lex(words[s] as Token) & SURNAME) !== 0 || ((lex(words[s] as Token) & GIVEN) !== 0 && tokens[(words[s] as Token).i + 1]?.kind === 'num'))) s--;
    // In a message without case, a capitalised given name and then a district no list knows as a surname, closing the
    // message, sign with the address: "… icradan sonuc yok Emel Tuzla", "… Zeynep Kiziltepe".
    // (Not in capitals, which say nothing; not after a name's label: "ad soyad elif sivasli".)
    if (e === s + 1 && !(words[s] as Token).upper && (lex(words[s] as Token) & GIVEN) !== 0 && (lex(words[e] as Token) & (DISTRICT | SURNAME | GIVEN)) === DISTRICT && onlyPunctAfter(tokens, (words[e] as Token).i) && noCapitalsBefore(words, s) && !cuedStart(words, tokens, s) && (lex(words[s - 1] as Token) & NAME_LABEL) === 0) e--;
    scoreRun(sc, s, e);
    wi = e + 1;
  }

  // In ordinary writing, a given name and a surname typed in lower case right before the ID
  // ("… irtibat 0549… umit sahin tc 5346…").
  if (mode === 'mixed' && ctx.idSpan !== null) {
    const k = tokenAt(tokens, ctx.idSpan[0]);
    const a = lowerPairBefore(words, tokens, k);
    if (a >= 0) scoreRun(sc, a, a + 1);
  }
  // … and one introducing the writer with "ben" ("Merhaba yağmur toprak ben. Eşim …").
  if (mode === 'mixed') {
    const a = lowerPairBeforeBen(words, tokens);
    if (a >= 0) scoreRun(sc, a, a + 1);
    // … or signing the message in a sentence of its own ("… iban TR33 … 01. bahar yıldız").
    const z = lowerPairAtEnd(words, tokens);
    if (z >= 0) scoreRun(sc, z, z + 1);
    // … or after it, opening the message ("mrb ben deniz acar isitme engelliyim. … Fatih Cerrahpaşa'da …").
    const c = lowerPairAfterBen(words, tokens);
    if (c >= 0) scoreRun(sc, c, c + 1);
  }

  // Arabic: اسمي X Y / الاسم: X Y / أنا (ابنته) X Y
  let arabic = false;
  for (let k = 0; k < n; k++) {
    const t = words[k] as Token;
    // ("Ad Soyad: ضحى الأسعد": a Latin form label, the name in Arabic.)
    const latinLabel = !t.arabic && (lex(t) & NAME_LABEL) !== 0 && tokens[t.i + 1]?.code === 58 && words[k + 1]?.arabic === true && words[k + 1]?.i === t.i + 2;
    if (!t.arabic && !latinLabel) continue;
    arabic ||= t.arabic;
    let cue = latinLabel ? 6 : 0;
    // (Moroccan "سميتي", my name.)
    if (t.base === 'اسمي' || t.base === 'الاسم' || t.base === 'واسمي' || t.base === 'والاسم' || t.base === 'سميتي') cue = 6;
    // (Iraqi "آني", I.)
    else if (t.base === 'انا' || t.base === 'وانا' || t.base === 'اني') cue = 3;
    // ("معك فيصل", on the phone's way: you are talking with Faisal.)
    else if (ARABIC_WITH_YOU.has(t.base)) cue = 5;
    // ("أخوكم ياسر الحمود", your brother Yasser: a sign-off before the name.)
    else if (ARABIC_SIGNED_KIN.has(t.base)) cue = 5;
    // ("الاسم الكامل: …", "الاسم واللقب: …", the full name; "مقدم الطلب: …", the applicant.)
    if (t.base === 'مقدم' && words[k + 1]?.base === 'الطلب') cue = 6;
    if (!cue) continue;
    // (Also "اسمي الكامل …", my full name.)
    let s = ((t.base === 'الاسم' || t.base === 'اسمي') && (words[k + 1]?.base === 'الكامل' || words[k + 1]?.base === 'واللقب' || words[k + 1]?.base === 'والكنيه')) || t.base === 'مقدم' ? k + 2 : k + 1;
    const nx = words[s];
    // "أنا أخته رهف", "أنا عمه خالد": signing as a relative, the name follows whatever it is (and so after
    // a role: "أنا المعلمة رنا", I am the teacher Rana).
    // (Also after "معكم": "معكم المحامية رهف السيد", the lawyer Rahaf al-Sayyid speaking.)
    if (nx && (cue === 3 || ARABIC_WITH_YOU.has(t.base)) && ((lex(nx) & (KIN_3RD | NAME_TITLE)) !== 0 || ARABIC_NAMED.has(nx.base))) {
      s++;
      cue = 5;
    } else if (nx && cue === 3 && (ARABIC_KIN_NOUNS.has(stripHa(nx)) || stripHa(nx) === 'ابو')) {
      // "آني عمهم علي حسين", I am their uncle, Ali Hussein; "أنا أبوها X", her father ("أبو" alone starts a family name).
      s++;
      cue = 5;
    } else if (nx && cue === 3 && ARABIC_KIN_NOUNS.has(nx.base) && words[s + 1] !== undefined && ARABIC_KIN_NOUNS.has(stripHa(words[s + 1] as Token))) {
      // "اني ابن اخوه سيف", I am his brother's son, Saif.
      s += 2;
      cue = 5;
    } else if (nx && cue === 3 && nx.base === 'رب' && HOUSEHOLD.has(words[s + 1]?.base ?? '')) {
      // "أنا رب الأسرة حسن جاسم": the head of the household.
      s += 2;
      cue = 5;
    }
    const first = words[s];
    // "انا اسمي Yasin, بدي …": a Latin-script name after the Arabic cue.
    // (Or after the writer's kinship: "انا زوجته Rim".)
    // (Or after "أنا", two or three capitalised words: "انا Nour Al Hamwi ارملة".)
    if (first && !first.arabic && cue >= 3 && first.i === (words[s - 1] as Token).i + 1 && first.cap && nameLike(first, mode, null)) {
      let e = s;
      for (let b = words[e + 1]; b && !b.arabic && b.i === (words[e] as Token).i + 1 && !(words[e] as Token).suffix && e - s < 2; b = words[e + 1]) {
        if (!(nameLike(b, mode, words[e] as Token) || (b.cap && ARABIC_PARTICLES.has(b.base)))) break;
        e++;
      }
      if (cue >= 5 || e > s) cands.push({ s, e, score: cue + 2 + (cue === 3 ? 2 : 0), cueStart: t.start, cueEnd: (words[e] as Token).end });
      continue;
    }
    if (!first || !first.arabic || (lex(first) & ARABIC_STOPWORD) !== 0) continue;
    // ("ما بدي اسمي ينذكر": I don't want my name mentioned.)
    if (ARABIC_NAME_REFUSED.has(first.base)) continue;
    // (Not across a sentence break: "ما بقدر اكتب اسمي. أخوي …", I can't write my name.)
    if (gapHasSentenceBreak(tokens, words[s - 1] as Token, first)) continue;
    // (After a relative or a role too: "أنا خالة الطفل يامن" is the child's name, not the writer's.)
    // (Unless a compound or a relation follows: "آني صباح عبد الله", "انا رحمة جارة …", I am Rahma, neighbour of ….)
    const then = words[s + 1];
    // (Not Levantine "عم" before a verb, the progressive: "انا بالحمام عم اكتب", I am in the bathroom, writing.)
    const verbAfter = words[s + 2];
    const progressive = then !== undefined && then.base === 'عم' && verbAfter !== undefined && verbAfter.i === then.i + 1 && /^[ايتنب]/.test(verbAfter.base) && !verbAfter.base.startsWith('ال');
    // (Or a family name with "ال" closed by a comma before the ID: "أنا وعد الحلبي، رقم الكيمليك …".)
    const idAfterFamily = then !== undefined && then.i === first.i + 1 && then.base.startsWith('ال') && tokens[then.i + 1]?.kind === 'punct' && (tokens[then.i + 2]?.kind === 'num' || (tokens[then.i + 2]?.kind === 'word' && (lex(tokens[then.i + 2] as Token) & ID_FILLER) !== 0));
    const namedSo = cue === 3 && then !== undefined && then.i === first.i + 1 && (then.base === 'عبد' || ARABIC_KIN_NOUNS.has(then.base) || idAfterFamily) && !progressive;
    if ((cue === 3 || (cue === 5 && s > k + 1)) && (lex(first) & ARABIC_GIVEN) === 0 && !namedSo) continue;
    let e = s;
    // (Four words where the given name is a compound: "رهف عبد الله الخطيب".)
    // (And one more for each "بن": "حسن بن عبد الله الجبوري".)
    // (Also a compound last: "محمود السيد عبد العزيز".)
    // (Or one in "… الدين": "محمد نور الدين حداد", Nur al-Din.)
    let most = first.base === 'عبد' || words[s + 1]?.base === 'عبد' || words[s + 2]?.base === 'عبد' || words[s + 1]?.base === 'الدين' || words[s + 2]?.base === 'الدين' || words[s + 1]?.base === 'الهدي' ? 3 : 2;
    while (e + 1 < n && e - s < most) {
      const a = words[e] as Token;
      if (words[e + 1]?.base === 'بن' && words[e + 1]?.i === a.i + 1) {
        most = Math.min(most + 2, 5);
        e++;
        continue;
      }
      if (a.base === 'بن') {
        e++;
        continue;
      }
      const b = words[e + 1] as Token;
      if (!b.arabic || b.i !== a.i + 1) break;
      if ((lex(b) & (ARABIC_STOPWORD | PLACE | ID_FILLER | KIN_MY | KIN_3RD)) !== 0 || ARABIC_KIN_NOUNS.has(b.base) || arabicInPlace(b.base)) break;
      // "خالد وأعيش …": "and I live", a verb with "و" glued on (not a name such as وليد).
      if (b.base.startsWith('و') && (lex(b) & ARABIC_GIVEN) === 0) break;
      if (blessingAt(a, b, words[e + 2])) break;
      // A third word only when it is clearly part of the name (a given name or an "al-" family name), or
      // the family name after a compound given name ("عبد الرحمن خليل") or after "أبو" ("وفاء أبو ريالة"), or it ends a labelled line
      // ("الاسم: علي حسين جبار⏎").
      // (Or right before the ID's word or number: "اسمي سجاد حسين جبار TC …".)
      const idNext = tokens[b.i + 1]?.kind === 'num' || (tokens[b.i + 1]?.kind === 'word' && (lex(tokens[b.i + 1] as Token) & ID_FILLER) !== 0);
      if (e - s >= 1 && (lex(b) & ARABIC_GIVEN) === 0 && !b.base.startsWith('ال') && (e - s === 1 ? first.base : a.base) !== 'عبد' && a.base !== 'ابو' && !(cue === 6 && (lineEndsAfter(tokens, b) || commaAfter(tokens, b) || idNext))) break;
      e++;
    }
    // A lone given name after أنا only where it ends the sentence ("… أنا أحمد"), not "أنا محمد ابني".
    // (Or right before the ID's word, where from, how old, or whose relative: "أنا خالد رقمي ٩٩٧…",
    // "أنا سامر من …", "أنا يوسف عم الطفل".)
    const next = words[e + 1];
    const saysMore = next !== undefined && next.i === first.i + 1 && ((lex(next) & ID_FILLER) !== 0 || ARABIC_AFTER_NAME.has(next.base) || ARABIC_KIN_NOUNS.has(next.base));
    if (e === s && cue === 3 && !endsSentence(tokens, first) && !saysMore) continue;
    const score = cue + 2 + ((lex(first) & ARABIC_GIVEN) !== 0 ? 2 : 0);
    cands.push({ s, e, score, cueStart: t.start, cueEnd: (words[e] as Token).end });
  }

  // Arabic signature: a given name and one or two more words, alone after a sentence break and before
  // only the ID, numbers or places ("… كيف نقدم طلب؟ يوسف الإبراهيم ٩٩٨…").
  for (let k = 0; arabic && k < n; k++) {
    const t = words[k] as Token;
    // (A kunya, "أم علي", is no name: the dev set's labels say so.)
    if (!t.arabic || ((lex(t) & ARABIC_GIVEN) === 0 && !familyBeforeId(sc, k))) continue;
    // ("باسم وليد الأسعد": in the name of Walid, before a given name; Basem otherwise.)
    const named = words[k + 1];
    if (t.base === 'باسم' && named !== undefined && (lex(named) & ARABIC_GIVEN) !== 0) continue;
    // ("صباح الخير", good morning; "سلام عليكم": Sabah and Salam are names, but not there.)
    if (ARABIC_GREETING_TAIL.has(words[k + 1]?.base ?? '')) continue;
    // ("… الآن، سلطان غازي": a place of two words, Sultangazi, not Sultan Gazi.)
    if ((lex(t) & PHRASE_HEAD) !== 0 && places.phrases.has(`${t.base} ${words[k + 1]?.base ?? ''}`)) continue;
    // (Or after the writer's role or kinship, the same way: "… المعلمة هدى", "… بنتها سلمى، هويتي: …".)
    let before = tokens[t.i - 1];
    if (before !== undefined && before.kind === 'word' && before.arabic && ((lex(before) & (KIN_3RD | NAME_TITLE)) !== 0 || before.base === 'باسم')) before = tokens[before.i - 1];
    if (before !== undefined && before.kind === 'word') continue;
    // ("ID: 2702… - عمر فاروق الحسن - قيصري …": right after the ID, the name signs whatever follows.)
    const numberBefore = before !== undefined && (before.kind === 'num' || (before.kind === 'punct' && tokens[before.i - 1]?.kind === 'num'));
    let e = k;
    // (A word more for a compound given name, "زيد عبد الكريم السامرائي", or "بن": "سالم بن راشد المري".)
    let most = 2;
    while (e + 1 < n && e - k < most) {
      const b = words[e + 1] as Token;
      if (!b.arabic || b.i !== (words[e] as Token).i + 1 || (lex(b) & (ARABIC_STOPWORD | PLACE | KIN_MY | KIN_3RD)) !== 0 || arabicInPlace(b.base)) break;
      const a = words[e] as Token;
      if (blessingAt(a, b, words[e + 2])) break;
      // (After "عبد الكريم", a compound given name, the family name comes: "عبد الكريم أصلان"; and any third
      // word right before the ID: "زينب كاظم جبار 9663…".)
      const idAfter = tokens[b.i + 1]?.kind === 'num' && (lex(b) & ID_FILLER) === 0;
      if (e > k && (lex(b) & ARABIC_GIVEN) === 0 && !b.base.startsWith('ال') && a.base !== 'عبد' && a.base !== 'ابو' && a.base !== 'بن' && b.base !== 'بن' && !(e === k + 1 && t.base === 'عبد') && !(e === k + 1 && idAfter)) break;
      if (b.base === 'عبد' || b.base === 'بن') most = 3;
      e++;
    }
    if ((words[e] as Token).base === 'بن' || (words[e] as Token).base === 'عبد' || (words[e] as Token).base === 'ابو') e--;
    // Right before a number, the ID or a phone ("محمود الأسعد، ٩٩٥…. بدنا …", "سامر ٩٩٩…"): a signature
    // whatever follows.
    const after = (words[e] as Token).i + 1;
    const a0 = tokens[after];
    // (Or before the ID's word and the ID: "سامر قطان، كيملك 9656…".)
    let w0 = a0?.kind === 'punct' ? after + 1 : after;
    // (Or "رقمي الوطني": my national number.)
    const idWord = tokens[w0]?.kind === 'word' && ((lex(tokens[w0] as Token) & ID_FILLER) !== 0 || ((tokens[w0] as Token).base === 'رقمي' && ARABIC_ID_QUALIFIERS.has(tokens[w0 + 1]?.base ?? '')));
    if (idWord) w0++;
    // ("سارة المطيري - الهوية التركية 8413…": the Turkish ID.)
    if (idWord && ARABIC_ID_QUALIFIERS.has(tokens[w0]?.base ?? '')) w0++;
    if (idWord && tokens[w0]?.kind === 'punct') w0++;
    const numberNext = a0 !== undefined && (a0.kind === 'num' || (a0.kind === 'punct' && tokens[after + 1]?.kind === 'num') || (idWord && tokens[w0]?.kind === 'num'));
    let sig = true;
    for (let j = after; j < tokens.length && sig && !numberNext && !numberBefore; j++) {
      const a = tokens[j] as Token;
      if (a.kind !== 'word') continue;
      // A place of two words ("كهرمان مرعش", "غازي عنتاب").
      const b = tokens[j + 1];
      if ((lex(a) & PHRASE_HEAD) !== 0 && b?.kind === 'word' && places.phrases.has(`${a.base} ${b.base}`)) {
        j++;
        continue;
      }
      // (And the address phrase "ساكن في …", living in.)
      if ((lex(a) & (PLACE | ID_FILLER | SIGNOFF | NAME_TITLE)) === 0 && !ARABIC_ADDRESS.has(a.base) && !ARABIC_PHONE.has(a.base)) sig = false;
    }
    if (sig || placeLineAfter(tokens, before, after)) cands.push({ s: k, e, score: e === k ? 5 : 7, cueStart: t.start, cueEnd: (words[e] as Token).end });
  }

  let best: Cand | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Cand;
    if (c.score >= 4 && (!best || c.score > best.score)) best = c;
  }
  if (!best) return { name: null, span: null, confidence: cands.length ? 0.6 : 0.8, cueSpan: null };
  best = restatedInFull(words, best);
  // "İsmimi vermek istemiyorum": the writer gives no name; a run found elsewhere without a cue is a place or someone else.
  if (best.cueStart >= (words[best.s] as Token).start && nameRefused(words)) return { name: null, span: null, confidence: 0.7, cueSpan: null };
  const surname = surnameOfForm(words, cands, best);
  const given = givenOfForm(words, cands, surname);
  if (given) {
    best = surname;
    // A form with the given name and the surname on lines of their own ("ADI: SÜLEYMAN⏎SOYADI: ERDEM").
    const g0 = words[given.s] as Token;
    const g1 = words[given.e] as Token;
    const last = words[best.e] as Token;
    return {
      name: `${ctx.text.slice(g0.start, g1.baseEnd)} ${ctx.text.slice((words[best.s] as Token).start, last.baseEnd)}`,
      span: [g0.start, last.baseEnd],
      confidence: Math.min(0.99, 0.4 + best.score / 20),
      cueSpan: [Math.min(given.cueStart, g0.start), Math.max(best.cueEnd, last.end)],
    };
  }
  const first = words[best.s] as Token;
  // "ben Mehmetim Sivas'tan yazıyorum": the copula glued to the given name ends the name there.
  const copula = copulaAfterGiven(words, best.s);
  const last = copula > 0 ? first : (words[best.e] as Token);
  const span: Span = [first.start, last.baseEnd - copula];
  return {
    name: ctx.text.slice(span[0], span[1]),
    span,
    confidence: Math.min(0.99, 0.4 + best.score / 20),
    cueSpan: [Math.min(best.cueStart, first.start), Math.max(best.cueEnd, last.end)],
  };
}

/**
 * "ben Mehmetim", "ben Ayşeyim": after "ben" or opening the message (after a greeting too), a given name with the copula glued on (I am …). Returns the
 * copula's length, or 0: the word must not be a name itself (Selim, Kerim, Rahim end the same way).
 */
function copulaAfterGiven(words: Token[], k: number): number {
  const t = words[k] as Token;
  // (Or opening the message: "Mehmetim 67 yasindayim …".)
  // (Or after a greeting opening it: "Mrb Mehmetim, …".)
  const p = words[k - 1];
  const opens = k === 0 ? t.i === 0 : p !== undefined && (p.base === 'ben' || (k === 1 && p.i === 0 && (lex(p) & GREETING) !== 0));
  if (!opens || t.suffix !== '' || t.base.length < 6) return 0;
  const m = COPULA_END.exec(t.base);
  if (m === null || (lex(t) & (GIVEN | SURNAME | PROPER)) !== 0) return 0;
  // (Not a given name that is a word or a title too: "gaziyim", I am a veteran.)
  const f = wordFlags(t.base.slice(0, t.base.length - m[0].length));
  return (f & (GIVEN | COMMON | TITLE | NAME_TITLE)) === GIVEN ? m[0].length : 0;
}
const COPULA_END = /(?<=[^aeiou])[iu]m$|(?<=[aeiou])y[iu]m$/;

const REFUSED_NAME_WORDS = new Set(['ismimi', 'adimi', 'adim', 'ismim']);
/** "vermiyorum", "yazmayın" …; or "vermek", "yazmak" … before "istemiyorum". */
const REFUSING = new Set(['vermiyorum', 'yazmiyorum', 'yazmayin', 'soylemiyorum', 'vermeyecegim', 'yazmayacagim', 'vermeyeyim']);
const REFUSING_WISH = new Set(['vermek', 'yazmak', 'soylemek', 'paylasmak']);
function nameRefused(words: Token[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    // (Kurmanji "EZ NAVÊ XWE NADIM", I do not give my name.)
    if ((words[k] as Token).base === 'nave' && ((words[k + 1] as Token).base === 'xwe' || (words[k + 1] as Token).base === 'min') && KU_NAME_REFUSED.has(words[k + 2]?.base ?? '')) return true;
    if (!REFUSED_NAME_WORDS.has((words[k] as Token).base)) continue;
    const a = (words[k + 1] as Token).base;
    if (REFUSING.has(a) || (REFUSING_WISH.has(a) && words[k + 2]?.base === 'istemiyorum')) return true;
  }
  return false;
}

/** A given name said alone and at once again with the surname ("Ben Gül'üm, Gül Aydın"): the full one. */
function kinNamed(sc: Scan): Set<string> {
  if (sc.kinNamed !== null) return sc.kinNamed;
  const named = new Set<string>();
  const { words, tokens } = sc;
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k] as Token;
    const b = words[k + 1] as Token;
    if ((lex(w) & KIN_MY) !== 0 && adjacent(tokens, w, b) && b.i === w.i + 1 && (lex(b) & GIVEN) !== 0) named.add(b.base);
  }
  sc.kinNamed = named;
  return named;
}
/** The last of up to two capitalised given names or surnames right after words[k] (k when none). */
function surnamesAfter(words: Token[], k: number): number {
  let e = k;
  for (let j = k + 1; j <= k + 2; j++) {
    const b = words[j];
    if (b === undefined || b.i !== (words[j - 1] as Token).i + 1 || !b.cap || (lex(b) & (GIVEN | SURNAME)) === 0 || (words[j - 1] as Token).suffix) break;
    e = j;
  }
  return e;
}
function restatedInFull(words: Token[], best: Cand): Cand {
  if (best.s !== best.e) return best;
  const w = words[best.s] as Token;
  const a = words[best.s + 1];
  if (a !== undefined && a.base === w.base && a.i <= w.i + 2 && a.cap === w.cap) {
    const e = surnamesAfter(words, best.s + 1);
    if (e > best.s + 1) return { ...best, s: best.s + 1, e, cueStart: Math.min(best.cueStart, w.start), cueEnd: Math.max(best.cueEnd, (words[e] as Token).end) };
  }
  // (Or later, as a signature: "ben Hatice'yim, şehit annesiyim. … ⏎ Hatice Yıldız / Manisa".)
  for (let k = best.s + 2; k < words.length; k++) {
    const b = words[k] as Token;
    if (b.base !== w.base || !b.cap || !w.cap || b.suffix) continue;
    const e = surnamesAfter(words, k);
    if (e > k && e === k + 1 && (lex(words[e] as Token) & SURNAME) !== 0) return { ...best, s: k, e, cueStart: best.cueStart, cueEnd: (words[e] as Token).end };
  }
  return best;
}

const GLUED_FROM_END = /[dt][ae]n$/;
/** The districts QUALIFIED tells apart by the word before them. */
const QUALIFIED_LAST = new Set([...QUALIFIED.keys()].map((k) => k.slice(k.indexOf(' ') + 1)));
/** Kinship titles after a given name that are no one's surname ("hatice nine"; not "Usta", "Dede"). */
const KIN_TITLE_AFTER = new Set(['nine', 'nene', 'teyze', 'hala', 'amca']);
/** Military ranks before a name ("Er Oğuz Çetin", "Emekli Astsubay Halil İbrahim Kurt"). */
const RANKS = new Set(['er', 'astsubay', 'assubay', 'cavus', 'onbasi', 'yuzbasi', 'binbasi', 'tegmen', 'tegmeni', 'albay', 'yarbay', 'uzman', 'sozlesmeli', 'ustcavus', 'astegmen']);
/** Words that make the word before them a place: "Şahinbey ilçesi", "Bolu ili", "Karataş mahallesi". */
const PLACE_UNIT = new Set(['ilcesi', 'ili', 'ilinde', 'ilcesinde', 'ilcesine', 'ilcesinden', 'mahallesi', 'mahallesinde', 'koyu', 'koyunde', 'beldesi']);

/** A phone number right after the word (only filler between). */
function phoneNext(ctx: NameContext, tokens: Token[], last: Token): boolean {
  for (let k = 0; k < ctx.phones.length; k++) {
    const ph = ctx.phones[k] as Span;
    if (ph[0] >= last.end && onlyFiller(tokens, last.end, ph[0], false)) return true;
  }
  return false;
}

/**
 * A given name and a surname (`surname`: the flags the second word needs) in lower case and Latin letters,
 * neither of which the lists know as a stop word, a relative, an ID word or a place (nor as `refused`).
 */
function lowerNamePair(giv: Token, sur: Token, surname = SURNAME, refused = 0): boolean {
  if (giv.cap || sur.cap || giv.arabic || sur.arabic) return false;
  return (lex(giv) & GIVEN) !== 0 && (lex(sur) & surname) !== 0 && ((lex(giv) | lex(sur)) & (STOPWORD | KIN_MY | KIN_3RD | ID_FILLER | PLACE | refused)) === 0;
}

/** The words index of "umit" in "umit sahin tc <ID>" (lower case, a given name and a surname, then the ID's cue or, opening a sentence, the ID); -1 if none. */
function lowerPairBefore(words: Token[], tokens: Token[], idTok: number): number {
  let k = idTok - 1;
  while (k >= 0 && tokens[k]!.kind === 'punct') k--;
  const cueTok = tokens[k];
  if (cueTok === undefined || cueTok.kind !== 'word') return -1;
  // (Or right before the bare ID, opening a sentence: "… tşk. aliye şen 2134…".)
  const bare = (lex(cueTok) & ID_FILLER) === 0;
  const sur = bare ? cueTok : tokens[cueTok.i - 1];
  if (sur === undefined) return -1;
  const giv = tokens[sur.i - 1];
  if (giv === undefined || sur.kind !== 'word' || giv.kind !== 'word' || !lowerNamePair(giv, sur)) return -1;
  if (bare && !atSentenceStart(tokens, giv)) return -1;
  const wi = words.indexOf(giv);
  return wi >= 0 && words[wi + 1] === sur ? wi : -1;
}

const THIRD_PARTY_LABELS = new Set(OTHERS_FORM_LABELS);
/** Form labels of the writer's own line: the applicant, the sender. */
const APPLICANT_LABELS = new Set(['basvuran', 'basvurucu', 'gonderen']);

/** Nouns with the compound's possessive ending that make the word before them no name: "Kıbrıs gazisi", "mahalle muhtarı" (with the copula too: "Kıbrıs gazisiyim"). */
const COMPOUND_HEAD = /^(?:gazi|sehid|sehit|muhtar|vali|kaymakam|belediye|imam)(?:si|i|leri|lari)(?:y?(?:im|iz|um|uz)|dir|dur)?$/;

/** "Su Naz Kaya": a given name that is also a stop word (su, şu) before a given name and a surname, all capitalised. */
function stopwordGiven(words: Token[], wi: number, mode: NameContext['mode']): boolean {
  const t = words[wi] as Token;
  const a = words[wi + 1];
  const b = words[wi + 2];
  // (Not "Gazi Mehmet Uysal": a veteran's title.)
  if (mode !== 'mixed' || !t.cap || t.upper || t.base === 'gazi' || (lex(t) & (GIVEN | STOPWORD)) !== (GIVEN | STOPWORD) || a === undefined || b === undefined) return false;
  return a.i === t.i + 1 && b.i === a.i + 1 && a.cap && b.cap && (lex(a) & GIVEN) !== 0 && (lex(b) & SURNAME) !== 0;
}

/** A lower-case given name and surname opening the message or a sentence, then "ben" closing it: the writer. */
function lowerPairBeforeBen(words: Token[], tokens: Token[]): number {
  for (let k = 2; k < words.length; k++) {
    const ben = words[k] as Token;
    if (ben.base !== 'ben' || ben.cap) continue;
    const after = tokens[ben.i + 1];
    if (after !== undefined && after.kind !== 'nl' && !(after.kind === 'punct' && (isSentenceEnd(after.code) || after.code === 44))) continue;
    const sur = words[k - 1] as Token;
    const giv = words[k - 2] as Token;
    if (sur.i !== ben.i - 1 || giv.i !== sur.i - 1 || !lowerNamePair(giv, sur, SURNAME | GIVEN)) continue;
    const before = words[k - 3];
    if (atSentenceStart(tokens, giv) || (before !== undefined && before.i === giv.i - 1 && (lex(before) & GREETING) !== 0)) return k - 2;
  }
  return -1;
}

/** "… 01. bahar yıldız": a given name and a surname in lower case, a sentence of their own closing the message; -1 if none. */
function lowerPairAtEnd(words: Token[], tokens: Token[]): number {
  const k = words.length - 2;
  if (k < 0) return -1;
  const giv = words[k] as Token;
  const sur = words[k + 1] as Token;
  return sur.i === giv.i + 1 && lowerNamePair(giv, sur) && atSentenceStart(tokens, giv) && onlyPunctAfter(tokens, sur.i) ? k : -1;
}

/**
 * "mrb ben deniz acar …": a given name and a surname in lower case right after a "ben" that opens the
 * message (after a greeting at most), in writing that capitalises other names: the writer's own.
 */
function lowerPairAfterBen(words: Token[], tokens: Token[]): number {
  let k = 0;
  while (k < words.length && (lex(words[k] as Token) & GREETING) !== 0) k++;
  let ben = words[k];
  let opening = ben !== undefined && ben.base === 'ben' && atSentenceStart(tokens, words[0] as Token);
  for (let j = 0; opening && j < k; j++) if ((words[j + 1] as Token).i !== (words[j] as Token).i + 1 && tokens[(words[j] as Token).i + 1]?.code !== 44) opening = false;
  if (!opening) {
    // (Or opening a later sentence: "ISTANBUL ESENYURT. Ben umit yilmaz, …".)
    k = words.findIndex((w) => w.base === 'ben' && w.cap && atSentenceStart(tokens, w));
    if (k < 0) return -1;
    ben = words[k];
  }
  if (ben === undefined) return -1;
  const giv = words[k + 1];
  const sur = words[k + 2];
  if (giv === undefined || sur === undefined || giv.i !== ben.i + 1 || sur.i !== giv.i + 1 || giv.suffix || sur.suffix) return -1;
  return lowerNamePair(giv, sur, SURNAME, NAME_TITLE) ? k + 1 : -1;
}

/** ", 45 yaşındayım" after the word: the writer's age. */
function selfAgeAfter(tokens: Token[], last: Token): boolean {
  let k = last.i + 1;
  if (tokens[k]?.kind === 'punct' && tokens[k]?.code === 44) k++;
  const num = tokens[k];
  const w = tokens[k + 1];
  return num !== undefined && num.kind === 'num' && num.end - num.start <= 3 && w !== undefined && w.kind === 'word' && (w.base === 'yasindayim' || w.base === 'yasindayiz');
}

/** A line break or the end right after this word. */
/** A comma or full stop right after the word (Arabic "،" too): "اسمي حيدر كاظم جبار، رقم …". */
function commaAfter(tokens: readonly Token[], t: Token): boolean {
  const next = tokens[t.i + 1];
  return next !== undefined && next.kind === 'punct' && next.start === t.end && (next.code === 0x60c || next.code === 44 || next.code === 46);
}

function lineEndsAfter(tokens: readonly Token[], t: Token): boolean {
  const next = tokens[t.i + 1];
  return next === undefined || next.kind === 'nl';
}

/** A word without its "his/her" ending ("اخوه" → "اخو", "اخته" → "اخت"); '' without one. */
function stripHa(t: Token): string {
  const b = t.base;
  // (Also "يها" and "هم"/"هن", their: "اخيها" → "اخي", "عمهم" → "عم".)
  // (And Levantine "و", his: "أمو" → "ام".)
  return b.endsWith('يها') ? b.slice(0, -2) : b.endsWith('ها') || b.endsWith('هم') || b.endsWith('هن') ? b.slice(0, -2) : b.endsWith('ه') || (b.endsWith('و') && b.length === 3) ? b.slice(0, -1) : '';
}

/** Nothing but punctuation, a line break, a number (the ID) or the end after this word. */
function endsSentence(tokens: readonly Token[], t: Token): boolean {
  const next = tokens[t.i + 1];
  return next === undefined || next.kind === 'punct' || next.kind === 'nl' || next.kind === 'num';
}
