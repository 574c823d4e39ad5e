/**
 * Finding the sender's kimlik no among the numbers of a message.
 * Works on the folded text (Eastern digits already ASCII, same offsets as the original).
 */
import { isSpaceCode, type Token } from './text.ts';
import type { Span } from './types.ts';
import { isValidTckn } from './tckn.ts';
import { ARABIZI_KIN_MINE, CARED_FOR, OTHERS_FORM_LABELS } from './words.ts';
import { givenNames, surnames } from './lexicon/index.ts';

export interface IdCandidate {
  digits: string;
  span: Span;
  valid: boolean;
  /** 'own': announced as the writer's ID; 'bare': an 11-digit number without a cue. */
  cue: 'own' | 'bare';
  /** Its sentence opens with a relative ("Babam Harun Kılıç gazi, kimlik …"): likely theirs, on a tie. */
  kin: boolean;
  /** Its sentence opens with "ben": the writer speaking of themself ("Ben oğlu Ferhat Tekin …"). */
  self: boolean;
  /** It follows the writer's correction of a number given before ("yanlış yazdım, doğrusu …"). */
  corrected: boolean;
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

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Separators allowed inside one written number: a space, a dot, a dash (optionally spaced), a no-break space. */
function isSeparator(s: string, a: number, b: number): boolean {
  // /^(?: |\.|-| - | \. |\u00a0)$/ on s.slice(a, b)
  if (b - a === 1) {
    const c = s.charCodeAt(a);
    return c === 32 || c === 46 || c === 45 || c === 0xa0;
  }
  if (b - a === 3 && s.charCodeAt(a) === 32 && s.charCodeAt(a + 2) === 32) {
    const c = s.charCodeAt(a + 1);
    return c === 45 || c === 46;
  }
  return false;
}

// A cue that the number is the writer's own ID, at the end of the text before it.
export const OWN_CUE_RE =
  /(?:\bbenimki|\bt\.? ?c\.?|\btckn|\btck|\bkimlik|\bkimli[kg]\w*|\bnumaram|\bno|\bnumarasi|\bnumara|\bhejmara|\bid|كملك|الكملك|كيملك|الكيملك|الاقامه|اقامه|الهويه|هويه|الهوية|هوية|هويتي|كملكي|كيمليك|كمليك|ت\.? ?[كج]\.?|kimlik no|\bkm)\s*(?:no|numaram|numarasi|numarası|nosu|num)?\s*[:.=\-]?\s*$/;
/** Kurmanji relatives, their stems: before "min" (my) with any ending, "bavê min", "diya min", "keça min". */
const KU_KIN = '(?:dayika|diya|bave|bavo|mere|jina|keca|kure|lawe|bira|xwisk|xwusk|kal|dapir|bapir|pir|xal|xalet|met|ap|apo|nevi|zarok|cinar)';
// A cue that it is someone else's: "annemin TC'si", "oğlumun kimlik no".
const KIN = `(?:annem|babam|oglum|kizim|esim|kocam|karim|kardesim|dedem|ninem|nenem|anneannem|babaannem|komsum|cocugum|cocuklarim|torunum|amcam|dayim|teyzem|halam|ablam|agabeyim|abim|yegenim|gelinim|damadim|kayinvalidem|kayinpederim|komsumuz|annemiz|babamiz|oglumuz|kizimiz|cocugumuz|dedemiz|ninemiz|buyukannem|buyukbabam|arkadasim|arkadasimiz|kuzenim|yengem|enistem|gorumcem|baldizim|kaynanam|kayinbabam|${ARABIZI_KIN_MINE.join('|')})`;
export const OTHER_CUE_RE = new RegExp(
  `\\b${KIN}(?:in|un|nin|nun)\\s+(?:t\\.?c\\.?|tckn|kimli[kg])|\\b${KIN}\\s+(?:t\\.?c\\.?|tckn|kimlik)\\s*'?\\s*(?:si|nosu|numarasi)\\b|\\b${KIN}\\s+(?:t\\.?c\\.?|tckn|kimlik)(?:\\s*(?:no|numarasi))?\\s*[:.=\\-]?\\s*$|\\b(?:teyze|amca)\\s+(?:t\\.?c\\.?|tckn|kimlik)(?:\\s*(?:no|numarasi))?\\s*[:.=\\-]?\\s*$`,
);

// Someone else's, said otherwise: "babalarının kimlik no", "Annelerinin TC'si bende var:", "Tc si bende var",
// Kurmanji "TC ya dayika min", "TC ya Hêvî:", "TC ya wê:" (hers), Arabic "كملك امي", "رقم هويتها" (her ID),
// Iraqi "رقم الكيملك مال ابوية", Arabic in Latin letters "kimlik akhoya" (my brother's),
// "هوية الطالبة" (the pupil's ID), and a person introduced by a clause: "mahallemizde oturan Hatice Demir (TC …",
// "14 yaşındaki Elif Yaman (TC …".
/** "My relative" in Arabic script and in Arabizi, and the words for "of" before it ("رقم الكملك تبع امي", "kimlik taba3 ebni", "kimlik baba"). */
const ARABIC_MY_KIN = '(?:امي|ابي|بيي|ابوي|ابويه|ابني|ابنتي|بنتي|زوجي|زوجتي|جوزي|مرتي|اخي|اخوي|اختي|والدي|والدتي|جدتي|جدي|ستي|عمي|عمتي|خالي|خالتي|جاري|جارتي|حماتي|حماي|حفيدي)';
const ARABIC_OF = '(?:تبع|تبعت|حق|حقت|مال|مالت)';
const ARABIZI_MY_KIN = '(?:akhoya|akhouya|akhuya|khayye|khayyi|5ayye|5ayyi|jeddo|jiddo|sitto|akhi|a5i|a5oya|o5ti|ukhti|abi|okhti|ekhti|emmi|ommi|ummi|umi|omi|immi|abouy|abuya|abouya|ebni|ibni|binti|benti|zawji|zoji|jozi|jouzi|marti|mar2ti|mart|zawjti|jaddi|jiddi|jeddi|teta|sitti|ammi|khali|khalti|ammti|jari|jarti|baba|mama|bayyi)';
const ARABIZI_OF = '(?:taba3|tab3|ta3|mal|maal)';
export const OTHER_CUE_MORE_RE = new RegExp(
  [
    String.raw`\b(?:annesi|babasi|babalari|anneleri|esi|oglu|kizi|cocuklari|kardesi|dedesi|ninesi|kayinpeder|kayinvalide|kaynana|anne|baba)(?:n?in|n?un)\s+(?:t\.?c\.?|tckn|kimlik)\W*(?:no|numarasi)?\W*$`,
    // (A child or a parent with an age, or a parent's name on a deaf writer's line: "cocuk 4 yas tc …", "baba ad mehmet kaya tc …".)
    String.raw`\b(?:cocuk|bebek|baba|anne)\s+\d{1,3}\s*(?:yas|yasinda|yasindaki)\s+(?:t\.?c\.?|tckn|kimlik)[^\s\d]*\s*[:.=\-]?\s*$`,
    String.raw`\b(?:baba|anne)\s+ad\w*\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:t\.?c\.?|tckn|kimlik)[^\s\d]*\s*[:.=\-]?\s*$`,
    String.raw`\b(?:annelerinin|babalarinin|annesinin|babasinin|cocuklarinin|esinin)\s+(?:t\.?c|tckn|kimli[kg])[^\s\d]*(?:\s+[^\s\d]+){0,3}?\s*[:.=\-]?\s*$`,
    String.raw`\btc ?'?\s?si\s+b(?:ende|izde)(?:\s+var)?\s*[:.=\-]?\s*$`,
    // ("TC'sini biliyorum 2738…", "(TC'sini biliyoruz …": I know (we know) his, hers.)
    String.raw`\b(?:tc|kimlig|kimlik ?no) ?'?\s?(?:sini|ini|unu)\s+(?:de\s+|da\s+)?(?:biliyoru[mz]|yaziyoru[mz]|veriyoru[mz]|ekliyoru[mz]|yazayim|vereyim|yazalim|verelim)\s*[:.=\-]?\s*$`,
    // ("Kimlik no'su bende var …": its number, someone else's.)
    String.raw`\b(?:kimlik|tc) ?no ?'?\s?su\s+b(?:ende|izde)(?:\s+var)?\s*[:.=\-]?\s*$`,
    String.raw`\b(?:tc|kimlik|nasname)\S*\s+(?:(?:ya|a|ye)\s+)?` + KU_KIN + String.raw`\w*\s+min(?:\s+e)?\W*$`,
    // (Or the relative first: "Apê min TC: …", my uncle's TC.)
    String.raw`\b` + KU_KIN + String.raw`\w*\s+min\s+(?:tc|kimlik|nasname)\S*\s*[:.=\-]?\s*$`,
    String.raw`\b(?:tc|kimlik)\s+(?:ya|a|ye)\s+(?!min\b)[a-z]+(?:\s+[a-z]+)?\s*[:.=\-]?\s*$`,
    // (Kurmanji "Navê wê Xecê Tekin e, TC …": her name, then her number.)
    String.raw`\bnave\s+(?:we|wi)\s+[a-z]+(?:\s+[a-z]+){0,2}(?:\s+e)?\s*,?\s*(?:tc|kimlik|nasname)\S*\s*[:.=\-]?\s*$`,
    // Kurmanji "kimlîka wê" (hers), "kimlîka wî" (his), "kimlîka wan" (theirs).
    String.raw`\b(?:tc|kimlik|nasname)\S*\s+(?:(?:ya|a|ye)\s+)?(?:we|wi|wan)\W*$`,
    // (And "Hejmara wê ya TC", her TC number; "Hejmara dapîra min", my grandmother's number.)
    String.raw`\bhejmar\w*\s+(?:(?:ya|a|ye)\s+)?` + KU_KIN + String.raw`\w*\s+min(?:\s+e)?\W*$`,
    String.raw`\bhejmar\w*\s+(?:we|wi|wan)\s+(?:(?:ya|a|ye)\s+)?(?:tc|kimlik|nasname)\S*\W*$`,
    // (Also after a Latin "TC": "TC بيي ٧١٠…", my father's.)
    String.raw`(?:\btc|كملك|كيملك|كيمليك|كمليك|هويه|رقم)(?:\s+ال(?:كملك|كيملك|كيمليك|هويه|تي سي))?\s+(?:` + ARABIC_OF + String.raw`\s+)?` + ARABIC_MY_KIN + String.raw`\W*$`,
    String.raw`\b(?:kimli[kg]|tc|hawiye|hawiyet)\s+(?:` + ARABIZI_OF + String.raw`\s+)?` + ARABIZI_MY_KIN + String.raw`(?:\s+(?:el|al)\s+[a-z0-9]+)?\W*$`,
    // "رقم الكملك تبعها" (her ID), Arabizi "kimlikha", "kimlika" (hers), "kimliko" (his).
    String.raw`(?:كملك|كيملك|كيمليك|كمليك|هويه|رقم)(?:\s+ال(?:كملك|كيملك|كيمليك|هويه))?\s+(?:تبعها|تبعه|تبعو|حقها|حقه|حقو|مالها|ماله|مالو|الخاص به|الخاص بها|الخاصه بها|الخاصه به)\W*$`,
    String.raw`\bkimli[kg](?:ha|o|ou|hu|to|ta|tou|a)\W*$`,
    // (Arabic "… لموكلتي:", of my client; "لمريضي", of my patient.)
    String.raw`(?:^|\s)ل(?:موكلتي|موكلي|مريضي|مريضتي|طالبي|طالبتي)\s*[:.=\-]?\s*$`,
    // (A deaf writer's order, the cue first: "TC annem 6987…", my mother's.)
    String.raw`\b(?:t\.?c\.?|tckn|kimlik)\s+` + KIN + String.raw`\s*[:.=\-]?\s*$`,
    // (Arabic "… اسمها خديجة، رقم الكيملك …", her name, then the number; Arabizi "mwakkal 3an el sayyida X (kimlik …", a
    // lawyer's client.)
    String.raw`(?:اسمها|اسمه|واسمها|واسمه)\s+[^\s\d]+(?:\s+[^\s\d]+){0,2}\s*[،,]?\s*(?:رقم\s+)?(?:ال)?(?:كيملك|كملك|كمليك|كيمليك|هويه)\s*[:.=\-]?\s*$`,
    String.raw`\b(?:mwakkal|mwakkil|muwakkil|mwakkalti|mwakkilti|mwakkalte)\b[^()\d]{0,60}\(\s*(?:kimli[kg]|tc)\W*$`,
    // (A name with the genitive, then the number in brackets: "… engelli Mehmet Arslan'ın (TC 5213…) kömürü bitmiş".)
    String.raw`[a-z]+'n?[iu]n\s+\(\s*(?:t\.?c\.?|tckn|kimli[kg])\S*\s*[:.=\-]?\s*$`,
    // (Arabizi the relative first: "ommi kimlik 9978…", my mother's.)
    String.raw`\b` + ARABIZI_MY_KIN + String.raw`\s+(?:kimli[kg]|tc|hawiye)\W*$`,
    // (Arabizi "kimlik el bint", the girl's.)
    String.raw`\bkimli[kg]\s+(?:el|al)\s+(?:bint|binet|benet|walad|sabi|tifl|wlad|wled)\W*$`,
    // (Someone named by a lone given name with the genitive, opening a sentence: "… mi? Murat'ın TC …"; a full name so,
    // "Hüseyin Avcı'nın kimlik no", is as often the writer's own.)
    String.raw`(?:^|[.!?]\s*)[a-z]+'(?:n?in|n?un)\s+(?:t\.?c\.?|tckn|kimli[kg])[^\s\d]*\s*[:.=\-]?\s*$`,
    // (An association's or a hospital's member, client or patient by name: "Üyemiz Kıbrıs gazisi Nuri Bayram (TC …".)
    // (Or by initials: "öğrencimiz E.K. (T.C. …".)
    String.raw`\b(?:uyemiz|danisanimiz|hastamiz|ogrencimiz)(?:\s+[a-z][a-z.]*){1,4}\s*\(\s*(?:t\.?c\.?|tckn|kimli[kg])\S*\s*[:.=\-]?\s*$`,
    // (And "kimlik taba3o", his; "tc taba3a", hers.)
    String.raw`\b(?:kimli[kg]|tc)\s+(?:taba3|tab3|ta3)(?:o|ou|ha|a|hon|hom)\W*$`,
    // (Moroccan "KIMLIK DYALO", his.)
    String.raw`\bkimli[kg]\s+d[iy]al(?:o|ha|hom)\W*$`,
    // (Levantine "كملكو", his.)
    String.raw`(?:هويتها|هويته|هويتو|كملكها|كملكه|كملكو|كيملكها|كيملكه|كيملكو|كيمليكها|كيمليكه|كمليكها|كمليكه|اقامتها|اقامته|ورقمه|ورقمها)\s*[:.=\-]?\s*$`,
    String.raw`(?<!ال)(?:هويه|كملك|كيملك|كمليك|كيمليك)\s+ال(?!شخصي|تركي|وطني|خاص|اجانب)[^\s\d]+(?:\s+ال[^\s\d]+)?\s*[:.=\-]?\s*$`,
    // (A lawyer's client, a doctor's patient, a teacher's pupil, by name, then the number in brackets: "موكلتي السيدة
    // سلمى الخطيب (كيملك …".)
    String.raw`(?:موكلتي|موكلي|مريضي|مريضتي|طالبي|طالبتي|تلميذي|تلميذتي)(?:\s+[^\s\d()]+){1,4}\s*\(\s*(?:(?:ال)?(?:كيملك|كملك|كمليك|كيمليك|هويه|رقم)\s*[:.=\-]?\s*)?$`,
    // "Hane reisi eşim görünüyor (Murat Öz, TC …)": a relative, then their name and number in brackets.
    String.raw`\b` + KIN + String.raw`\b[^.()\d]{0,30}\(\s*[a-z]+(?:\s+[a-z]+){0,2}\s*,?\s*(?:t\.?c\.?|tckn|kimli[kg])\S*\s*[:.=\-]?\s*$`,
    // "Çocuk Hira Tekin (TC …", "Hasta X (TC …": the child's, the patient's.
    String.raw`\b(?:cocuk|hasta|ogrenci|bebek|anne|baba)\s+[a-z][a-z.]*(?:\s+[a-z][a-z.]*){0,2}\s*\(\s*(?:t\.?c\.?|tckn|kimlik)[^\s\d]*\s*[:.=\-]?\s*$`,
    // ("Baba Cengiz Aslan, TC …": a family's father or mother named by role in someone else's message.)
    String.raw`(?:^|[.!?]\s*)(?:anne|baba)\s+[a-z]+\s+[a-z]+\s*,\s*(?:t\.?c\.?|tckn|kimlik)[^\s\d]*\s*[:.=\-]?\s*$`,
    // ("Aile reisinin TC: …", "hane reisi TC": the head of the household's.)
    String.raw`\b(?:aile|hane)\s+reisi(?:nin)?\s+(?:t\.?c\.?|tckn|kimli[kg])[^\s\d]*\s*[:.=\-]?\s*$`,
    String.raw`\b(?:oturan|yasayan|isimli|adli|adinda|yasindaki|kalan|eden|bulunan|yatan)\s+(?:[^\s\d]+\s+){1,3}\(\s*(?:t\.?c\.?|tckn|kimlik)[^\s\d]*\s*[:.=\-]?\s*$`,
    // (Or the number alone in the brackets: "Ramazan Oral isimli vatandaşımız (6165…)".)
    String.raw`\b(?:isimli|adli|adinda)\s+(?:[^\s\d]+\s+){0,2}\(\s*$`,
    // ("… dün de düşmüş. Kimliği 1909…": a sentence opening with "his ID", of the one the message describes.)
    String.raw`(?:^|[.!?]\s*)kimligi\s*[:.=\-]?\s*$`,
  ].join('|'),
);
/** The last two letters of each Arabizi relative of the writer's ("ommi" → "mi"), for OTHER_MORE_HINT. */
const ARABIZI_MY_KIN_TAILS = [...new Set(ARABIZI_MY_KIN.slice(3, -1).split('|').map((w) => w.slice(-2)))].join('|');
/**
 * Every OTHER_CUE_MORE_RE match holds a genitive ending "-in/-un" or an accusative "-ni/-nu" and a space, "min", an Arabic letter,
 * Kurmanji "ya/a/ye" or "wê/wî/wan", "bende", a bracket, Moroccan "dyal", "anne", "baba" or "reisi" and a space, an age
 * before "t…"/"k…", ends in Arabizi "el X", or ends as an Arabizi relative does (arabiziKinEnd), or has an Arabizi
 * relative's last two letters before the ID's word ("ommi kimlik") (a cheap test first).
 */
export const OTHER_MORE_HINT = new RegExp(
  String.raw`[iu]n\s|n[iu]\s|kimligi\W*$|(?:${ARABIZI_MY_KIN_TAILS})\s+(?:kimli[kg]|tc|hawiye)\W*$|\b(?:tc|tckn|kimlik)\s+[a-z]+[mz]\W*$|\bmin\b|[\u0621-\u064a]|\b(?:ya|a|ye|we|wi|wan)\s|bende|bizde|\(|[iy]al|\b(?:anne|baba|reisi)\s|\byas\w*\s+[tk]|\b(?:el|al)\s+[a-z0-9]+\W*$`,
);
/** Arabizi relatives end so ("kimlik akhoya", "kimlik emmi"): the hint for OTHER_CUE_MORE_RE's Latin Arabic pattern. */
const ARABIZI_KIN_ENDS = new Set(['kha', 'yye', 'ika', 'b3a', 'b3o', 'ddo', 'tto', 'iko', 'kou', 'khu', 'a5i', 'abi', 'oya', 'uya', 'khi', 'hti', 'mmi', 'bni', 'nti', 'wji', 'oji', 'ozi', 'rti', 'ddi', 'eta', 'tti', 'ali', 'lti', 'ari', 'omi', 'umi', 'ouy', '5ti', '2ti', '3ha', 'a3o', '3ou', 'kto', 'kta', 'aba', 'ama', 'yyi', 'a3a']);
export function arabiziKinEnd(pre: string): boolean {
  let e = pre.length;
  while (e > 0 && !isAsciiLower(pre.charCodeAt(e - 1))) e--;
  return e >= 3 && ARABIZI_KIN_ENDS.has(pre.slice(e - 3, e));
}
// "TC 4506… değil, o dosya numarası": the writer takes the number back.
// "88106327184 dedemin tc si.", "9170… bu eşimin TC si": the relative's, said after it (not "…, annemin TC'si 4406…", which names the next).
// (Not where the relative's number follows: "Kimlik taba3i 9902…, taba3 emmi 9971…" names the next one.)
// ("Cemal Tekin (T.C. 3993…) ile görüştük": someone the writer met; Arabic "٦٤٣… (هوية أخي)", my brother's ID;
// "Kimlik no 3596… (amcanın)": whose, in brackets right after; Kurmanji "TC 4401… (ya bavê min e)", my father's;
// not "(ya diya min nîne …)", my mother's is not here.)
const NOT_THIS_RE = new RegExp(
  `^[\\s,]*(?:(?:${ARABIZI_OF}|${ARABIC_OF})\\s+(?:${ARABIZI_MY_KIN}|${ARABIC_MY_KIN})(?![a-z\\u0600-\\u06ff])(?!\\s*[:.=\\-]?\\s*[\\d\\u0660-\\u0669\\u06f0-\\u06f9])|\\(\\s*(?:هويه|الهويه|كملك|الكملك|كيملك|رقم)\\s+(?:${ARABIC_MY_KIN})(?![\\u0600-\\u06ff])|\\)\\s*(?:ile|'?y?[ld][ae])\\s+(?:gorus|konus)|\\(\\s*(?!kendi)[a-z]+'?n?[iu]n\\s*\\)|degil[\\s,]+(?:o|bu)\\b|yanlis\\b|${KIN}(?:a|e|ya|ye)\\s+ait\\b|onun (?:kimli|tc)|${KIN}(?:in|un|nin|nun)(?:dir|dur)?\\s*(?:[.,;!?\\n]|$)|(?:(?:bu|o|su) )?${KIN}(?:in|un|nin|nun) (?:kimli\\w*|tc)\\s*'?\\s*(?:si|nosu|numarasi)?\\s*(?:[.,;!?\\n]|$)|\\(\\s*(?:ya|a|ye)\\s+${KU_KIN}\\w*\\s+min\\b(?!\\s+(?:nine|tune|tuneye)\\b))`,
);
/**
 * Someone's ID who is neither the writer nor a relative named by kinship: "hastanın TC", "onun kimliği",
 * "Öğrenci TC", "Müvekkil TC", "Kendisinin kimlik no" (his own), "Anneannenin TC" (the grandmother's),
 * "Nine'nin TC" (with an apostrophe, as after a name), "Kemal Bey TC", "Saadet Hn TC" (a name with an honorific);
 * "2 aylık bebek (TC …", "Çocukların TC'leri …"; a school's "Veli T.C.:" (the parent's), a hospital's "anne (TC …".
 * (Not a proper name's genitive: "Hüseyin Avcı'nın kimlik no" is how some writers give their own.)
 */
const OTHER_NOUN_RE =
  /(?:\b(?:onun|hastanin|hastamizin|hastamin|arkadasimin|arkadasinin|arkadasimizin|komsunun|komsumuzun|ogrencimin|ogrencimizin|ogrencinin|cocugun|kadinin|adamin|kisinin|amcanin|teyzenin|bebegin|bebegimin|bebegimizin|cocuklarin|cocuklarimin|kardeslerin|kardesin|kardesinin|ogrenci|hasta|cocuk|bebek|veli|velisi|velinin|anne|baba|muvekkil|muvekkilin|muvekkilimin|danisan|danisanin|kendisinin|torunun|yegenin|annenin|babanin|anneannenin|babaannenin|dedenin|ninenin|nenenin|hanimin|beyin|ablanin|abinin|hocanin)|\b(?:nine|nene|dede|hasta|cocuk|bebek|teyze|amca|hala|abla|hoca|komsu)'n?[iu]n|\b[a-z]{3,}\s+(?:bey|hanim|hn))\s+\(?\s*(?:(?:t\.?c\.?\s*(?=kimli))?(?:t\.?c\.?|tckn|kimli[kg])\w*(?:'\w+)?\W*(?:no\w*|numara\w*)?|no|numarasi)\W*$/;
const VELI_RE = /\bveli\w*\s+\(?\s*(?:t\.?c|tckn|kimli)\S*\W*$/;
/** Every OTHER_NOUN_RE match holds white space (and maybe a bracket) and then "t", "k" or "n" (a cheap test first). */
const OTHER_NOUN_HINT = /\s\(?\s*[tkn]/;

// Subscriber, file, account or phone numbers.
const DISTRACT_WORDS = ['hane', 'abone', 'abonelik', 'dosya', 'basvuru', 'musteri', 'hesap', 'sicil', 'evrak', 'sozlesme', 'tesisat', 'fatura', 'referans', 'takip', 'barkod', 'iban', 'tel', 'telefon', 'gsm', 'cep', 'whatsapp', 'sira', 'protokol', 'randevu', 'sigorta', 'sgk', 'vergi', 'seri'];
export const DISTRACT_RE = new RegExp(
  `\\b(?:${DISTRACT_WORDS.join('|')})(?:si|i|m|nin|in|niz)?\\s*(?:no|nosu|numarasi|numaram|numara)?\\s*[:.=\\-]?\\s*$|\\btc ?'?si\\s*[:.=\\-]?\\s*$`,
);

/** White space or : . = - (what the cue patterns allow after the cue, \s*[:.=\-]?\s*$, in any number). */
const isTrailCode = (c: number) => isSpaceCode(c) || c === 58 || c === 46 || c === 61 || c === 45;
/**
 * Two characters ending at e, as a table index from the low 7 bits of each (different pairs may share
 * one: the tables below say "maybe", the pattern decides).
 */
const lastPair = (s: string, e: number) => ((s.charCodeAt(e - 2) & 0x7f) << 7) | (s.charCodeAt(e - 1) & 0x7f);
function pairsOf(forms: string[]): Uint8Array {
  const table = new Uint8Array(1 << 14);
  for (const f of forms) table[lastPair(f, f.length)] = 1;
  return table;
}
/**
 * What an OWN_CUE_RE match can end with before its trailing white space and : . = - (its last two such
 * characters): each cue as it can be written ("t. c", "kimlik"), each word after it ("no", "nosu"). The cue
 * kimli[kg]\w* can end in any letter: that is the word checked for "kimlik"/"kimlig" instead.
 */
export const OWN_CUE_ENDS = pairsOf([
  'tc', 't.c', 't c', 't. c', 'tckn', 'tck', 'kimlik', 'numaram', 'no', 'numarasi', 'numara', 'hejmara', 'id', 'كملك', 'الكملك', 'الهويه',
  'هويه', 'الهوية', 'هوية', 'هويتي', 'كملكي', 'كيمليك', 'kimlik no', 'km', 'numarası', 'nosu', 'num',
]);
/** The same for DISTRACT_RE: each of its words with each ending ("si", "nin", …), each number word, "tc'si". */
export const DISTRACT_ENDS = pairsOf([
  ...DISTRACT_WORDS.flatMap((w) => ['', 'si', 'i', 'm', 'nin', 'in', 'niz'].map((x) => w + x)),
  'no', 'nosu', 'numarasi', 'numaram', 'numara', "tc'si",
]);
/** /[A-Za-z0-9_]/ */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Where the text ends before its trailing white space and : . = - (a cue's last character is before it). */
function cueEnd(pre: string): number {
  let e = pre.length;
  while (e > 0 && isTrailCode(pre.charCodeAt(e - 1))) e--;
  return e;
}

/** Is what follows offset e /\.?\s*[:.=\-]?\s*$/ (the dot only when `dot`): what OWN_CUE_RE allows after a cue word? */
function cueTail(pre: string, e: number, dot: boolean): boolean {
  const n = pre.length;
  let i = e;
  if (dot && i < n && pre.charCodeAt(i) === 46) i++;
  while (i < n && isSpaceCode(pre.charCodeAt(i))) i++;
  if (i < n && isTrailCode(pre.charCodeAt(i)) && !isSpaceCode(pre.charCodeAt(i))) i++;
  while (i < n && isSpaceCode(pre.charCodeAt(i))) i++;
  return i === n;
}

/** Cue words that OWN_CUE_RE takes as they are (\b, the word, then cueTail): "tc" also with a dot after it. */
const OWN_CUE_WORDS = ['tc', 'tckn', 'tck', 'kimlik', 'no', 'numaram', 'numarasi', 'numara', 'hejmara', 'id', 'km'];

/**
 * OWN_CUE_RE.test(pre) (exported for the test): a cue that the number after the text is the writer's own ID.
 * The pattern ends with a cue and then only white space and : . = -, and is tried at every character: the
 * last two characters before those must be how a cue ends, or it is not run (most texts before a number);
 * a whole cue word there with what the pattern allows after it is a match without running it (the usual "TC").
 */
export function ownCue(pre: string): boolean {
  const e = cueEnd(pre);
  if (e < 2) return false;
  // The word (\w run) before the trailing characters.
  let w = e;
  while (w > 0 && isWordCode(pre.charCodeAt(w - 1))) w--;
  if (OWN_CUE_ENDS[lastPair(pre, e)] === 0) {
    // \bkimli[kg]\w*: the word ending there starts with it.
    if (!(e - w >= 6 && pre.startsWith('kimli', w) && (pre.charCodeAt(w + 5) === 107 || pre.charCodeAt(w + 5) === 103))) return false;
  } else {
    for (let k = 0; k < OWN_CUE_WORDS.length; k++) {
      const word = OWN_CUE_WORDS[k] as string;
      if (word.length === e - w && pre.startsWith(word, w)) {
        if (cueTail(pre, e, k === 0)) return true;
        break;
      }
    }
  }
  return OWN_CUE_RE.test(pre);
}

/** DISTRACT_RE.test(pre) (exported for the test), run only when the last two characters before the trailing ones can end it. */
export function distractCue(pre: string): boolean {
  const e = cueEnd(pre);
  return e >= 2 && DISTRACT_ENDS[lastPair(pre, e)] === 1 && DISTRACT_RE.test(pre);
}

/**
 * Every OTHER_CUE_RE match holds a kinship word (all end in "m", or an elder's title: "teyze tc …"),
 * maybe a genitive ending, then white space and "t…" or "k…".
 */
export const OTHER_CUE_HINT = /(?:m(?:in|un|nin|nun)?|teyze|amca)\s+[tk]/;
const otherCue = (s: string) => OTHER_CUE_HINT.test(s) && OTHER_CUE_RE.test(s);

function digitsOf(run: Group[]): string {
  if (run.length === 1) return (run[0] as Group).digits;
  let d = '';
  for (const g of run) d += g.digits;
  return d;
}

/** Are all separators between the groups of the run the same? */
function oneSeparator(run: Group[], folded: string): boolean {
  const first = folded.slice((run[0] as Group).end, (run[1] as Group).start);
  for (let k = 1; k + 1 < run.length; k++) if (folded.slice((run[k] as Group).end, (run[k + 1] as Group).start) !== first) return false;
  return true;
}

const PHONE_AFTER_RE = /^\s*(?:numarali|nolu|no'?lu)\s+(?:tel|telefon|hat|cep)/;

const MOBILE_PREFIX_RE = /^05(?:0[1-9]|[3-5]\d|6[1-9])/;

/** /\+\s?$/ on the text before offset `at`: a "+" right before it, or before one white-space character. */
function plusBefore(folded: string, at: number): boolean {
  if (at >= 1 && folded.charCodeAt(at - 1) === 43) return true;
  return at >= 2 && isSpaceCode(folded.charCodeAt(at - 1)) && folded.charCodeAt(at - 2) === 43;
}

/** /^0[2-5]\d\d$/ on a group's digits (ASCII digits only: no need to test them). */
function areaCode(d: string): boolean {
  if (d.length !== 4 || d.charCodeAt(0) !== 48) return false;
  const c = d.charCodeAt(1);
  return c >= 50 && c <= 53;
}

/** [a-z] */
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/** /[a-z]{2}\d{2}\s?$/ on the text before an ID: two letters and two digits glued to it (IBAN "TR63…"). */
function gluedCode(pre: string): boolean {
  let e = pre.length;
  if (e > 0 && isSpaceCode(pre.charCodeAt(e - 1))) e--;
  if (e < 4) return false;
  // (No helper defined in here: under tsx, which keeps function names, each call would name it anew.)
  const az = isAsciiLower;
  return az(pre.charCodeAt(e - 4)) && az(pre.charCodeAt(e - 3)) && isDigit(pre.charCodeAt(e - 2)) && isDigit(pre.charCodeAt(e - 1));
}

/**
 * Cut phone numbers out of a run of digit groups: a group starting with 0 (or after "+") that with
 * the groups after it makes 11 digits (12 with "+90") is a phone number, whatever stands around it.
 */
function splitPhones(run: Group[], folded: string, phones: Span[]): Group[][] {
  const pieces: Group[][] = [];
  let from = 0;
  for (let k = 0; k < run.length; k++) {
    const g = run[k] as Group;
    const plus = plusBefore(folded, g.start);
    // A phone number opens with "0", "0" + area code ("0532", "0312") or is written in one piece.
    if (!plus && !(g.digits === '0' || areaCode(g.digits) || (g.digits.length === 11 && g.digits[0] === '0'))) continue;
    // (A foreign number after "+", "+31 6 1234 5678": the rest of the run, whatever its length.)
    const foreign = plus && !g.digits.startsWith('90');
    const want = plus ? 12 : 11;
    let sum = 0;
    let m = k;
    while (m < run.length && (foreign || sum < want)) sum += (run[m++] as Group).digits.length;
    if (foreign && sum >= 8 && sum <= 15) {
      phones.push([g.start, (run[m - 1] as Group).end]);
      if (k > from) pieces.push(run.slice(from, k));
      from = m;
      k = m - 1;
      continue;
    }
    // …unless a valid ID starting earlier runs into it ("1000 0210 026 12.05.2024").
    // Turkish mobile operators: 050x, 053x–055x, 056x; "0500" or "0520" is no one's phone.
    const mobile = MOBILE_PREFIX_RE.test(g.digits) || (g.digits === '0' && MOBILE_PREFIX_RE.test(`0${run[k + 1]?.digits ?? ''}`)) || plus;
    if (sum === want && (mobile || !validStretchInto(run, folded, from, k))) {
      phones.push([g.start, (run[m - 1] as Group).end]);
      if (k > from) pieces.push(run.slice(from, k));
      from = m;
      k = m - 1;
    }
  }
  if (from < run.length) pieces.push(run.slice(from));
  return pieces;
}

/** A stretch of a run is cut cleanly when no dotted or dashed number continues across its ends. */
function cleanCut(run: Group[], folded: string, a: number, b: number): boolean {
  const sepBefore = a > 0 ? folded.slice((run[a - 1] as Group).end, (run[a] as Group).start) : ' ';
  const sepAfter = b + 1 < run.length ? folded.slice((run[b] as Group).end, (run[b + 1] as Group).start) : ' ';
  // (An eleven-digit group of its own is cut cleanly by a spaced dot too: "TC 9932…176 . 2 ay önce".)
  const whole = a === b;
  return (/^\s+$/.test(sepBefore) || (whole && sepBefore.includes(' '))) && (/^\s+$/.test(sepAfter) || (whole && sepAfter.includes(' ')));
}

function validStretchInto(run: Group[], folded: string, from: number, k: number): boolean {
  for (let a = from; a < k; a++) {
    if ((run[a] as Group).digits.length < 3) continue;
    let d = '';
    for (let b = a; b < run.length && d.length < 11; b++) {
      d += (run[b] as Group).digits;
      if (d.length === 11 && b >= k && isValidTckn(d) && cleanCut(run, folded, a, b)) return true;
    }
  }
  return false;
}

/**
 * The ID written next to other numbers ("3 100 0000 0078 3", "TC 1000 0000 078 12.05.2024"): any stretch
 * of the run with 11 digits, kept if its checksum holds or if its own separators differ from those around
 * it. (A function of its own: rare, and kept out of findIds's optimized code.)
 */
function stretches(run: Group[], folded: string, subs: Group[][]): void {
  const sep = (k: number) => folded.slice((run[k] as Group).end, (run[k + 1] as Group).start);
  const first = subs.length;
  for (let a = 0; a < run.length; a++) {
    let sum = 0;
    for (let b = a; b < run.length; b++) {
      sum += (run[b] as Group).digits.length;
      if (sum > 11) break;
      if (sum < 11) continue;
      const part = run.slice(a, b + 1);
      if (!cleanCut(run, folded, a, b)) continue;
      const d = part.map((g) => g.digits).join('');
      const inner = new Set<string>();
      for (let k = a; k < b; k++) inner.add(sep(k));
      const outer = [a > 0 ? sep(a - 1) : null, b + 1 < run.length ? sep(b) : null].filter((x): x is string => x !== null);
      const distinct = inner.size <= 1 && outer.every((o) => !inner.has(o));
      // Short leading groups ("75 89 80 71 81 4", "8 7 3 5 9 0 4 5 3 2 6") only for a valid number, evenly split.
      if ((part[0] as Group).digits.length < 3 && !(distinct && isValidTckn(d))) continue;
      if (isValidTckn(d) || (part.length === 1 ? true : distinct)) subs.push(part);
    }
  }
  // A year in the run ("2024 137 6184 0044", "2024 2024 881 4986 1072") is a date before the ID: a stretch from
  // it that happens to pass the checksum loses to a valid one that starts after it.
  const found = subs.slice(first);
  const fromYear = (p: Group[]) => YEAR_GROUP.test((p[0] as Group).digits);
  if (found.length > 1 && found.some(fromYear)) {
    // (Only to one written with one kind of separator: "1996 4322 714 12.05.2024" is an ID from 1996 and a date,
    // where "4322 714 12.05" passes the checksum by chance.)
    const later = found.filter((p) => !fromYear(p) && isValidTckn(p.map((g) => g.digits).join('')) && oneKindOfSeparator(p, folded));
    if (later.length > 0) subs.splice(first, found.length, ...found.filter((p) => !fromYear(p)));
  }
}
const YEAR_GROUP = /^(?:19|20)\d\d$/;
const oneKindOfSeparator = (part: Group[], folded: string) => new Set(part.slice(1).map((g, k) => folded.slice((part[k] as Group).end, g.start))).size <= 1;

/** The number before, joined to this one by "ve" or a comma, was an ID and not taken (someone else's). */
function listedAfterOther(folded: string, before: Span, start: number, candidates: IdCandidate[]): boolean {
  // (Not after a phone number: "05… ve 1234…" lists a phone and the writer's ID.)
  // (Nor after a date run with a number before it, "%40 12.05.2024 ve …": only an 11-digit number is a listed ID.)
  if (before[1] - before[0] < 11 || folded.charCodeAt(before[0]) === 48 || !LIST_JOIN.test(folded.slice(before[1], start)) || digitCount(folded, before) !== 11) return false;
  for (const c of candidates) if (c.span[0] === before[0]) return false;
  return true;
}
const LIST_JOIN = /^\s*(?:ve|,|ile|\/)\s*$/;
function digitCount(s: string, span: Span): number {
  let n = 0;
  for (let i = span[0]; i < span[1]; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Long groups and the last digit on its own, right after an ID cue: "KIMLIK 52208 22401 7". */
function lastDigitApart(run: Group[], folded: string): boolean {
  const first = run[0] as Group;
  return (run[run.length - 1] as Group).digits.length === 1 && run.slice(0, -1).every((g) => g.digits.length >= 4) && ownCue(folded.slice(Math.max(0, first.start - 40), first.start));
}

/**
 * The writer corrects a number given before: "tc yanlış yazdım, doğrusu …", "son hane yanlış olmuş, … olacak",
 * Arabic "غلطت، الصحيح …", Kurmanji "min şaş nivîsî, ya rast …". Looked for since the number before.
 */
const CORRECTION_RE = /\b(?:dogrusu|yanlis (?:yazdim|yazmisim|yazmistim|olmus|oldu|girdim)|duzeltiyorum|duzeltme|ya rast|sas nivisi)\b|الصحيح|غلطت/;

// Announced (or in a sentence the writer opens with "ben") beats bare, valid beats invalid; between
// equals, one in a sentence about a relative loses. A number announced in a sentence about a relative
// ("Annem 82 yaşında, TC 2255…") counts as bare: its cue may be the relative's.
// A correction beats them all: it is the number the writer meant.
// Said to be the writer's own ("benim tc", "Ben …") beats announced alone ("Emine'nin tc …, benim tc …").
const rank = (c: IdCandidate) => (c.corrected ? 16 : 0) + ((c.cue === 'own' && !c.kin) || c.self ? 8 : 0) + (c.valid ? 4 : 0) + (c.self ? 2 : 0) + (c.kin ? 0 : 1);

/** "… benim tc." right after the number, closing there: the writer's own (not "… benim tc 6481…", which cues the next). */
const SELF_AFTER_RE = /^\s*(?:benim|kendi) (?:tc|kimli\w*)\s*(?:[.,;!?\n]|$)/;
/** A sentence the writer opens about themself: "Ben oğlu Ferhat Tekin 7979…", "Ben torunu Onur Ay …". */
const SELF_OPENS_RE = /^[^a-z]*ben(?:im)?\b/;

/** A sentence that opens with a relative, as the subject: "Babam …", "Annemin …", "Merhabalar oğlum Emir …". */
// (Kurmanji too: "Bavê min: Mehmet Şahin TC …", my father.)
const KIN_OPENS_RE = new RegExp(`^[^a-z]*(?:(?:merhaba|merhabalar|selam|slm|mrb|iyi gunler|iyi geceler|iyi aksamlar|hayirli gunler|hayirli aksamlar|selamun aleykum|kolay gelsin|sayin yetkili|silav|rojbas)\\W+)?(?:${KIN}(?:in|un|nin|nun)?\\b|${KU_KIN}\\w*\\s+min\\b)`);
/** The sentence before the number at `start` (at most 120 characters). */
function sentenceBefore(folded: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 120) {
    const c = folded.charCodeAt(from - 1);
    // . ! ? and line breaks end a sentence, but not the dots of initials and abbreviations of one letter
    // ("Müvekkilim S.K. (TC: …", "S.a. …" are one sentence with what follows).
    // (Not Kurmanji "… lazim e. Bavê min …": "e", is, ends a sentence.)
    if (c === 46 && from >= 2 && isAsciiLower(folded.charCodeAt(from - 2)) && (from < 3 || !isAsciiLower(folded.charCodeAt(from - 3))) && !(folded.charCodeAt(from - 2) === 101 && folded.charCodeAt(from - 3) === 32)) {
      from--;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
    from--;
  }
  return folded.slice(from, start);
}
/** The text after its last digit: a relative's cue before another number is that number's. */
function afterDigits(s: string): string {
  let k = s.length;
  while (k > 0 && !isDigit(s.charCodeAt(k - 1))) k--;
  return k === 0 ? s : s.slice(k);
}

/**
 * An age said of someone right after a number: ", 81 yaşında," (not "yaşındayım", the writer's own; nor the age of
 * a relative named right after it: "TC 2781…, 14 yaşında engelli oğlum için …").
 */
const AGE_AFTER_RE = new RegExp(String.raw`^\s*[,(]?\s*\d{1,3} ?yasinda\b(?!(?:\s+[a-z]+)?\s+` + KIN + String.raw`\b)`);

/** The writer turning to themself after the sentence's opening: "…, benim adım …", "…, ben kızı …". */
const SELF_LATER_RE = /[^]\bben(?:im)?\b/;

/**
 * An ID broken over lines ("kimlik numaram 501474⏎88940", "123⏎456⏎789⏎01"): the groups of the run so
 * far, the group after the line break and those after it (joined by a separator or another single line
 * break) make 11 digits with a valid checksum (a number chance joins rarely does), or make the whole run
 * after an ID's cue (`cued`).
 */
function lineBreakJoins(groups: Group[], i: number, j: number, folded: string, cued: boolean): boolean {
  if (!lineBreak(folded, (groups[j] as Group).end, (groups[j + 1] as Group).start)) return false;
  // (From any group of the run: "3 10000⏎000078" holds the ID from its second group on.)
  for (let from = j; from >= i; from--) {
    let d = '';
    for (let k = from; k <= j + 1; k++) d += (groups[k] as Group).digits;
    for (let k = j + 2; d.length < 11 && k < groups.length; k++) {
      const a = groups[k - 1] as Group;
      const b = groups[k] as Group;
      if (!isSeparator(folded, a.end, b.start) && !lineBreak(folded, a.end, b.start)) break;
      d += b.digits;
    }
    // (Or, whatever its checksum, the whole run after an ID's cue: "Tc:⏎18873⏎256993" is meant as the ID.)
    if (d.length === 11 && (isValidTckn(d) || (cued && from === i))) return true;
  }
  return false;
}

/** A single line break between two groups, maybe with a space on either side. */
function lineBreak(folded: string, a: number, b: number): boolean {
  return b - a <= 3 && /^ ?\r?\n ?$/.test(folded.slice(a, b));
}

/**
 * Someone the writer looks after in their work, the sentence's subject: "Hastamız X, TC …", "öğrencim X'in
 * (TC …)", "müvekkilim X (TC …)". Their number, unless the writer then turns to themself.
 */
const THIRD_PARTY_RE = new RegExp(`\\b(?:${[...CARED_FOR].join('|')})\\b(?![^]*\\b(?:ben|benim|kendi)\\b)`);
/** "kendi tc m 1298…", "benim TC'm", Arabic "رقم هويتي": the writer's own, said so. */
const SELF_CUE_RE = /(?:\b(?:kendi|kendimin|benim) (?:t\.?c|tckn|kimli[kg])\S*(?: \S{1,4})?|\bbenimki|هويتي|كملكي|كيملكي)\s*[:.=\-]?\s*$/;

/** "Benim TC 2642…, anneannemin 3067…": a relative's genitive right before the number, "TC" understood. */
const KIN_GENITIVE_END_RE = new RegExp(`\\b${KIN}(?:in|un|nin|nun)\\s*[:.=\\-]?\\s*$`);
/** The next sentence is the writer giving their own name ("… . Ben Tuba Aslan", "… . Adım Elif"), or who they are to the relative (Kurmanji "Ez keça wî me", I am his daughter). */
const SELF_INTRO_AFTER_RE = /^[^.!?\n\d]*[.!?\n]\s*(?:(?:ben|benim adim|adim|ismim)\s+[a-z]+|ez\s+[a-z]+\s+(?:wi|we)\b)/;
/** "(TC …" right after a name, in a sentence about a relative: "Babam gazi Hüseyin Şimşek (TC …". */
const PAREN_ID_RE = /\(\s*(?:t\.?c\.?|tckn|kimli[kg])\S*\s*[:.=\-]?\s*$/;
const NAME_GENITIVE_CUE_RE = /([a-z]+)'n?[iu]n\s+(?:t\.?c\.?|tckn|kimli[kg])\S*\W*(?:no\w*|numara\w*)?\W*$/;
/**
 * "Kardeşim Kemal Şen … Kemal'in TC: …": the genitive of a name the message gave a relative. (A name's
 * genitive alone may be the writer's own way of giving their number: "Hüseyin Avcı'nın kimlik no".)
 */
function namedRelativesId(folded: string, pre: string, at: number): boolean {
  const m = NAME_GENITIVE_CUE_RE.exec(pre);
  if (m === null) return false;
  const name = m[1] as string;
  const before = folded.slice(0, at - (pre.length - m.index));
  return namedBefore(before, name);
}

/**
 * "… Öğrencim Berat Yıldız'ın babası vefat etti … Berat TC 5848…", "kızkardeşim Sibel Özdemir … Sibelin TC:":
 * a given name named before, then alone or with a surname ("kemal turan tc") after a sentence break (or its genitive
 * written without an apostrophe) before the ID's cue.
 */
function namedBeforeBare(folded: string, pre: string, at: number): boolean {
  if (!pre.includes('tc', pre.length - 8)) return false;
  const m = NAME_BARE_CUE_RE.exec(pre);
  if (m === null) return false;
  const word = m[1] as string;
  const before = folded.slice(0, at - (pre.length - m.index));
  // (With a surname, only a name a relative's word introduced: "komsum kemal bey … kemal turan tc", not the
  // writer's own "sosyal çalışmacı Ebru Tekin … Ebru Tekin TC".)
  if (m[2] !== undefined) return givenNames.has(word) && namedBefore(before, word, true);
  if (givenNames.has(word)) return namedBefore(before, word);
  const g = /n?[iu]n$/.exec(word);
  if (g === null || word.length - g[0].length < 3) return false;
  const stem = word.slice(0, word.length - g[0].length);
  return givenNames.has(stem) && namedBefore(before, stem);
}
const NAME_BARE_CUE_RE = /[.!?\n]\s*([a-z]{3,})(\s+[a-z]{3,})?\s+(?:t\.?c\.?|tckn)\s*[:.=\-]?\s*$/;

/** Was `name` written before as a whole word, as a relative's or someone else's (not as the writer's own)? */
function namedBefore(before: string, name: string, kinOnly = false): boolean {
  let k = before.indexOf(name);
  while (k >= 0 && ((k > 0 && isAsciiLower(before.charCodeAt(k - 1))) || isAsciiLower(before.charCodeAt(k + name.length)))) k = before.indexOf(name, k + 1);
  if (k > 0 && KIN_BEFORE_RE.test(before.slice(Math.max(0, k - 20), k))) return true;
  if (k < 0 || kinOnly) return false;
  // Named before, not as the writer ("Cemaatimizden Yusuf Demir … Yusuf'un kimlik no"): someone else's.
  return !SELF_BEFORE_NAME_RE.test(before.slice(Math.max(0, k - 24), k)) && !COPULA_AFTER_NAME_RE.test(before.slice(k, k + 40));
}
const SELF_BEFORE_NAME_RE = /(?:\b(?:ben|adim|ismim|benim|imza)\W*|^\W*(?:merhaba|slm|mrb|selam)?\W*)$/;
const COPULA_AFTER_NAME_RE = /^[a-z]+(?: [a-z]+){0,2}(?:'y?[iu][mz]|y[iu][mz])\b/;
const KIN_BEFORE_RE = new RegExp(`\\b${KIN}\\s+$`);

/** The writer says they write for someone else, or who they are to them: "annem için yazıyorum", "Ben kızı Derya", "oğluyum". */
const RELATIVE_OF = '(?:oglu|kizi|esi|torunu|komsusu|kardesi|yegeni|gelini|damadi|ablasi|abisi|agabeyi|teyzesi|halasi|amcasi|dayisi|kuzeni)';
const ON_BEHALF_RE = new RegExp(
  `\\b(?:icin|adina|yerine) (?:ben )?yaziyor|\\b${RELATIVE_OF} (?:olarak )?(?:ben )?yaziyor|\\bben (?:onun )?${RELATIVE_OF}(?:y[iu]m)?\\b|\\b(?:ogluy|kiziy|torunuy|geliniy|damadiy|yegeniy|komsusuy)[iu]m\\b`,
);
/**
 * The writer signs as the relative of the one the message is about ("… Yeğeni Kadir", "Eşi Pınar Uçar",
 * "ben kızı Derya", "Ablası Nurcan Tekin, Tokat Erbaa"): a number they do not say is their own is that person's. (Not a parent's signature,
 * "Annesi Ayşe", "BABASI MEHMET …": parents writing for a child give their own.)
 */
const SIGNING_KIN = new Set(['oglu', 'kizi', 'esi', 'torunu', 'kardesi', 'yegeni', 'gelini', 'damadi', 'abisi', 'ablasi', 'komsusu', 'komsulari']);
const SIGNED_AS_KIN_RE = new RegExp(
  `(?:^|[.!?,;\\n)]\\s*)(?:ben\\s+)?(?:${[...SIGNING_KIN].join('|')})\\s+[a-z]+(?:\\s+[a-z]+){0,2}(?:\\s*[,/.]\\s*[a-z]+(?:\\s*[\\s/]\\s*[a-z]+)?)?\\s*[.!]?\\s*$`,
);
/** One of the last six words is a SIGNED_AS_KIN_RE relative (a look before the pattern, which would try every place). */
function kinNearEnd(folded: string): boolean {
  let e = folded.length;
  for (let w = 0; w < 6 && e > 0; w++) {
    while (e > 0 && !isAsciiLower(folded.charCodeAt(e - 1))) e--;
    let b = e;
    while (b > 0 && isAsciiLower(folded.charCodeAt(b - 1))) b--;
    if (e - b >= 3 && e - b <= 9 && SIGNING_KIN.has(folded.slice(b, e))) return true;
    e = b;
  }
  return false;
}
/** The ID's cue closing the text before the number: "TC", "T.C. Kimlik No:", "kimlik no", "TC'si". */
// ("TC kimlik no" written out in full too.)
const CUE_AT_END = String.raw`(?:t\.?c\.?\s*(?=kimli))?(?:t\.?c\.?|tckn|kimli[kg])\S*\s*(?:no\w*)?\s*[:.=\-]?\s*$`;
/** A parent's or child's, by the word before the cue: "Anne TC: 9468…", "Velisi TC …" (the writer's would be "annesiyim"). */
const PARENT_CUE_RE = new RegExp(String.raw`\b(?:anne|baba|annesi|babasi|velisi|cocuk|cocugun|vatandas|vatandasin|vatandasimizin)\s+` + CUE_AT_END);
/** A form's line about someone else, their name and the cue: "Engelli: Ahmet Gökçe, TC …" (not "Veli:", the guardian, often the writer). */
// (An age may follow the name: "Hasta: Hüseyin Çelik, 84 yaş, TCKN …".)
const FORM_OTHER_RE = new RegExp(String.raw`\b(?:` + OTHERS_FORM_LABELS.join('|') + String.raw`)\s*:\s*[a-z]+(?:\s+[a-z]+){0,2}(?:\s*,\s*(?:\d{1,3}\s*(?:yas\w*|y)|\d{1,2}\s*[-/]?\s*[a-z]))?\s*[,(]?\s*` + CUE_AT_END);
/** Kurmanji "Diya min: Fatma Kılıç TC …" (my mother), a relative, their name and the cue. */
const KU_KIN_NAME_RE = new RegExp(String.raw`\b(?:diya|dayika|bave|mere|jina|keca|kure|xwiska|xwisk|biraye|dapira|bapire|kece|kure) min\s*:?\s*[a-z]+(?:\s+[a-z]+){0,2}\s*[,(]?\s*` + CUE_AT_END);
/** "Babamın bilgileri: Ali Rıza Ertaş, TC …": a relative's details. */
const KIN_DETAILS_RE = new RegExp(`\\b${KIN}(?:in|un|nin|nun)\\s+bilgileri\\s*:?\\s*[a-z]+(?:\\s+[a-z]+){0,3}\\s*[,(]?\\s*` + CUE_AT_END);
/** Arabic "رقمه" (his number) alone, not "الكملك رقمه" (the ID, its number). */
const HIS_NUMBER_RE = /(?:^|\s)(?<!(?:كملك|كيملك|كيمليك|كمليك|هويه|هويته|اقامه)\s)رقم(?:ه|ها)\s*[:.=\-]?\s*$/;
/** Arabic "معها كيملك تركي …" (she has a Turkish ID): the one the sentence is about has it. */
const ARABIC_HERS_RE = /(?:^|\s)(?:معها|معه|عندها|عنده|الها|اله)\s+(?:ال)?(?:كيملك|كملك|كمليك|كيمليك|هويه)(?:\s+(?:تركي|تركيه|التركي|التركيه))?\s*[:.=\-]?\s*$/;
/** A given name with the genitive glued on, then the cue: "hasanin tc …" (Hasan's), in lower case. */
const GENITIVE_NAME_RE = new RegExp(String.raw`\b([a-z]{3,})'?(?:n?[iu]n)\s+` + CUE_AT_END);
function genitiveNameCue(pre: string): boolean {
  const m = GENITIVE_NAME_RE.exec(pre);
  if (m === null) return false;
  const stem = m[1] as string;
  return givenNames.has(stem) || (stem.endsWith('n') && givenNames.has(stem.slice(0, -1)));
}
/** Every GROUP_MEMBER_RE match holds one of these (a cheap test first). */
const GROUP_MEMBER_HINT = /[nz]d[ae]n?\s|reisi\s|vatandasimiz|\.\s+adi\s/;
/** A relative's, said so before the number: "(annesiyim, oğlumunkini yazıyorum) 1981…". */
// (In the same sentence: "çocuklarımınki devam eder mi? TC: …" asks about the children's, then gives the writer's.)
const KIN_THEIRS_RE = new RegExp(`\\b${KIN}(?:in|un|nin|nun)ki(?:ni|dir|ler)?\\b[^.?!]*$`);
/**
 * One of a group, by name, and their number: "Hane reislerinden Ahmet Güneş TC …", "öğrencilerimizden Ali Er TC …",
 * "Mahallemizden Recep Aksoy (TC …";
 * the household's head, "our citizen", or "his/her name" after a full stop ("… yazamıyor. Adı Songül Kaya, kimlik no …").
 */
// (And where: "Mahallemizde Selim Kaya (TC …", "Köyümüzde …", a resident; someone named after their age, "14 yaşında Şafak Elmas TC …".)
const GROUP_MEMBER_RE = new RegExp(String.raw`(?:\b[a-z]+(?:lerinden|larindan|lerimizden|larimizdan|[aeiu]m[iu]zd[ae]n)|\b(?:mahallemizde|koyumuzde|apartmanimizda|binamizda|sokagimizda|sitemizde)|(?<!\bben\s)\b\d{1,3}\s+yasinda(?:ki)?|\bhane reisi|\bvatandasimiz|\.\s+adi)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*[,(]?\s*` + CUE_AT_END);
/**
 * A relative, their name and the ID's cue right before the number, anywhere in a sentence ("annem Melahat
 * Yücel TC", "torunum Aras Doğan (T.C. …"); or the name and a given and a surname with no cue ("ablam
 * Sevda Yalçın 8327…").
 */
// (An age and a few words may stand between: "Oğlum Emre Yılmaz 24 yaşında zihinsel engelli, TC …".)
// (Or their father, mother, as a muhtar writes of a family: "Babaları Mehmet Kılınç TC …".)
const KIN_NAME_CUE_RE = new RegExp(`\\b(?:${KIN}|babalari|anneleri|velileri)\\s+([a-z]+(?:\\s+[a-z]+){0,2})(?:\\s+\\d{1,3}\\s+yas\\w*(?:\\s+[a-z]+){0,3})?\\s*[,(]?\\s*` + CUE_AT_END);
const KIN_NAME_BARE_RE = new RegExp(`\\b${KIN}\\s+([a-z]+)\\s+([a-z]+)\\s*$`);
function kinNameCue(pre: string): boolean {
  const m = KIN_NAME_CUE_RE.exec(pre);
  if (m === null) {
    // (Without a cue, only a given name and a surname: "annem ayşe 8327…" may be the writer signing after.)
    const b = KIN_NAME_BARE_RE.exec(pre);
    return b !== null && givenNames.has(b[1] as string) && surnames.has(b[2] as string);
  }
  // (The given name known, or the surname closing it: "annem Melahat Yücel TC".)
  const w = (m[1] as string).split(/\s+/);
  return givenNames.has(w[0] as string) || (w.length > 1 && surnames.has(w[w.length - 1] as string));
}
/** Someone described by what they are or do ("taburcu olan", "yatan", "hastamız", "takibimizdeki", "mahallemiz sakini"). */
const ASIDE_RE = new RegExp(`\\b(?:olan|yatan|kalan|yasayan|oturan|takibimizdeki|takibimdeki|takipteki|sakini|sakinimiz|${[...CARED_FOR].join('|')})\\b`);
/** A sentence in which the writer speaks of themself. */
const SELF_WORD_RE = /\b(?:ben|benim|adim|ismim)\b/;

/** "Annemin adı Nazmiye Kurt TC …", "Çocuğun adı Eymen, TC …": the writer names someone else, and the number that follows is theirs. */
const KIN_NAMED_RE = new RegExp(
  `\\b(?:${KIN}(?:in|un|nin|nun)|cocugun|hastanin|ogrencinin|ogrencimizin|bebegin|kizin|oglanin|kadinin|adamin|kisinin|dede|nine|teyze|amca|hasta|cocuk)\\s+(?:adi|ismi)\\b(?![^]*\\bben(?:im)?\\b)`,
);

/**
 * `tokens`, when given, are the message's tokens: their numbers are its digit groups (a number token is
 * a run of digits, ASCII or Eastern, and the fold makes exactly those ASCII), so the text is not read again.
 */
export function findIds(folded: string, tokens: readonly Token[] | null = null): IdResult {
  // Digit groups (/\d+/g: ASCII digits; the fold made Eastern digits ASCII).
  const groups: Group[] = [];
  if (tokens !== null) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'num') groups.push({ start: t.start, end: t.end, digits: t.base });
    }
  } else {
    const n = folded.length;
    for (let k = 0; k < n; k++) {
      const c = folded.charCodeAt(k);
      if (c < 48 || c > 57) continue;
      let e = k + 1;
      while (e < n && isDigit(folded.charCodeAt(e))) e++;
      groups.push({ start: k, end: e, digits: folded.slice(k, e) });
      k = e;
    }
  }
  if (groups.length === 0) return { tckn: null, invalid: null, numbers: [], phones: [] };

  const candidates: IdCandidate[] = [];
  const signedAsKin = kinNearEnd(folded) && SIGNED_AS_KIN_RE.test(folded.length > 80 ? folded.slice(-80) : folded);
  const numbers: Span[] = [];
  const phones: Span[] = [];
  let i = 0;
  while (i < groups.length) {
    // Gather a run of groups joined by single separators.
    let j = i;
    let cued: boolean | null = null;
    while (j + 1 < groups.length) {
      const a = groups[j] as Group;
      const b = groups[j + 1] as Group;
      if (isSeparator(folded, a.end, b.start)) {
        j++;
        continue;
      }
      if (cued === null) {
        const g = groups[i] as Group;
        cued = ownCue(folded.slice(Math.max(0, g.start - 40), g.start));
      }
      if (!lineBreakJoins(groups, i, j, folded, cued)) break;
      j++;
    }
    const pieces = splitPhones(groups.slice(i, j + 1), folded, phones);
    i = j + 1;
    for (let r = 0; r < pieces.length; r++) {
      const run = pieces[r] as Group[];
      if (run.length === 0) continue;
    const first = run[0] as Group;
    const last = run[run.length - 1] as Group;
    const all = digitsOf(run);
    if (all.length === 10 && all[0] === '5') {
      phones.push([first.start, last.end]);
      continue;
    }
    const subs: Group[][] = [];
    // One ID is written with one kind of separator, and no one-digit groups unless its checksum holds
    // ("8 7 3 5 9 0 4 5 3 2 6", "75 89 80 71 81 4") or an ID cue announces it ("tc 6 1 8 7 2 8 4 4 8 6 8").
    // Mixed separators ("572.380 950 32") only when the checksum holds.
    if (all.length === 11 && (run.length === 1 || (oneSeparator(run, folded) && (run.every((g) => g.digits.length >= 2) || lastDigitApart(run, folded) || ownCue(folded.slice(Math.max(0, first.start - 40), first.start)))) || isValidTckn(all))) subs.push(run);
    else if (all.length > 11) stretches(run, folded, subs);
    if (all.length === 10 || all.length === 12) numbers.push([first.start, last.end]);
    for (let u = 0; u < subs.length; u++) {
      const sub = subs[u] as Group[];
      const s = sub[0] as Group;
      const e = sub[sub.length - 1] as Group;
      const digits = digitsOf(sub);
      numbers.push([s.start, e.end]);
      if (digits[0] === '0') {
        phones.push([s.start, e.end]);
        continue;
      }
      // A second number in a list after one that was someone else's ("Çocukların TC'leri 1877… ve 9404…"): theirs too.
      if (numbers.length > 1 && listedAfterOther(folded, numbers[numbers.length - 2] as Span, s.start, candidates)) continue;
      // A percentage starts no ID: "%40 2024 96614…" (a disability rate, a year, then the number).
      if (folded.charCodeAt(s.start - 1) === 37 || folded.charCodeAt(s.start - 2) === 37) continue;
      // Glued to letters on the left (IBAN "TR63…", codes) only counts after an ID cue.
      const pre = folded.slice(Math.max(0, s.start - 40), s.start);
      if (gluedCode(pre)) continue;
      if (otherCue(afterDigits(pre.slice(-30))) && /(?:t\.?c\.?|tckn|kimli[kg])\w*\W*(?:'?si|\s+si|no\w*|numarasi)?\W*$/.test(pre)) continue;
      // (A parent's form names the writer as the "Veli" first: "Veli adı soyadı: … Veli TC: …" is the writer's.)
      if (OTHER_NOUN_HINT.test(pre) && OTHER_NOUN_RE.test(pre) && !(VELI_RE.test(pre) && folded.includes('veli ad'))) continue;
      if (KIN_GENITIVE_END_RE.test(pre) || (GROUP_MEMBER_HINT.test(pre) && GROUP_MEMBER_RE.test(pre)) || (pre.includes('nki') && KIN_THEIRS_RE.test(pre)) || PARENT_CUE_RE.test(pre)) continue;
      if ((pre.includes(':') && FORM_OTHER_RE.test(pre)) || genitiveNameCue(pre) || (pre.includes(' min') && KU_KIN_NAME_RE.test(pre)) || (pre.includes('bilgileri') && KIN_DETAILS_RE.test(pre)) || (pre.includes('رقمه') && HIS_NUMBER_RE.test(pre)) || ((pre.includes('مع') || pre.includes('عند') || pre.includes('اله')) && ARABIC_HERS_RE.test(pre))) continue;
      if (pre.includes("'") && namedRelativesId(folded, pre, s.start)) continue;
      if (namedBeforeBare(folded, pre, s.start)) continue;
      if (((OTHER_MORE_HINT.test(pre) || arabiziKinEnd(pre)) && OTHER_CUE_MORE_RE.test(pre)) || NOT_THIS_RE.test(folded.slice(e.end, e.end + 32))) continue;
      if (distractCue(pre)) continue;
      // ("Anneannem Zeliha Şen … TC 5952…, 81 yaşında, … yalnız kalıyor": an age in the third person right after is the owner's.)
      if (AGE_AFTER_RE.test(folded.slice(e.end, e.end + 48))) continue;
      const own = ownCue(pre);
      if (!own) {
        if (PHONE_AFTER_RE.test(folded.slice(e.end, e.end + 30))) {
          phones.push([s.start, e.end]);
          continue;
        }
      }
      // (The sentence before the whole run of digit groups: a stretch starting inside it, after a line break
      // between its groups, is in the same sentence as the run.)
      const sentence = sentenceBefore(folded, first.start);
      // The relative the sentence opens with already has their number, or the writer turns to themself
      // ("Annemin tc si 9068…, benim adım Elif tc 5068…"): what follows is not the relative's.
      const before = numbers.length > 1 ? (numbers[numbers.length - 2] as Span) : null;
      const handedOver = before !== null && before[0] >= s.start - sentence.length && before[1] <= s.start;
      if (!handedOver && KIN_NAMED_RE.test(sentence)) continue;
      if (THIRD_PARTY_RE.test(sentence)) continue;
      const kin = !handedOver && !SELF_LATER_RE.test(sentence) && KIN_OPENS_RE.test(sentence);
      // Written for a relative ("oğlu yazıyorum", "annem için yazıyorum"): a number in a sentence about them is theirs.
      if (kin && ON_BEHALF_RE.test(folded)) continue;
      // ("Oğlum Barış Yıldız … (TC …)", "Annem Gülizar Tekin (TC …)": given with the relative's name; or
      // the writer introduces themself in a sentence of their own after it: "Kardeşim Onur Aslan, TC …. Ben Tuba Aslan".)
      if (kin && (PAREN_ID_RE.test(pre) || SELF_INTRO_AFTER_RE.test(folded.slice(e.end, e.end + 200)))) continue;
      // ("Annem Saniye Kılınç TC …", "Ben Hacer Yücel TC …, annem Melahat Yücel TC …": a relative, their name
      // and the cue, wherever the sentence starts.)
      if (kinNameCue(pre)) continue;
      // (Or said after it: "6658… benim tc.")
      const self = SELF_OPENS_RE.test(sentence) || SELF_CUE_RE.test(pre) || SELF_AFTER_RE.test(folded.slice(e.end, e.end + 16));
      if (signedAsKin && !self && !SELF_WORD_RE.test(sentence)) continue;
      const corrected = candidates.length > 0 && CORRECTION_RE.test(folded.slice((candidates[candidates.length - 1] as IdCandidate).span[1], s.start));
      // "Taburcu olan Abdullah Kaya (TC: …)": a number in brackets after someone the sentence describes is an aside about them.
      const aside = !self && PAREN_ID_RE.test(pre) && !SELF_WORD_RE.test(sentence) && ASIDE_RE.test(sentence);
      const valid = isValidTckn(digits);
      // (Digits gathered from one-digit groups after a cue, the checksum failing: "tc 3 3 2024 2024 3" is dates, not an ID.)
      const scattered = !valid && sub.length >= 4 && sub.some((g) => g.digits.length === 1);
      candidates.push({ digits, span: [s.start, e.end], valid, cue: own && !scattered ? 'own' : 'bare', kin: kin || aside, self, corrected });
    }
    }
  }

  let best: IdCandidate | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as IdCandidate;
    if (!best || rank(c) > rank(best)) best = c;
  }
  if (!best) return { tckn: null, invalid: null, numbers, phones };
  // An invalid number counts only when nothing valid competes with it.
  if (best.valid) return { tckn: best, invalid: null, numbers, phones };
  return { tckn: null, invalid: best, numbers, phones };
}
