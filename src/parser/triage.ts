/**
 * Category, urgency and language from phrase rules over the folded text (no diacritics, lower case),
 * so "şiddet", "SIDDET" and "siddet" match alike. A phrase followed by a negation ("şiddet yok",
 * "acil değil", "yatalak değil") does not count.
 */
import { CodeBuffer, fold, foldCode, SHORT, type Token } from './text.ts';
import type { Category, Lang } from './types.ts';
import { categoryShares, URGENT_LOGIT, urgencyLogit } from './word-model.ts';
import { ARABIZI, KU_WORD, lex, TR_ENDING, TR_WORD, XWQ } from './word-info.ts';

type Rule = readonly [pattern: string, weight: number];

const AGE_CHILD = '(?:1[0-7]|[1-9])';
const AGE_OLD = '(?:6[5-9]|[7-9][0-9]|1[01][0-9])';
const KIN_CHILD = '(?:kizim|oglum|kiz kardesim|erkek kardesim|kardesim|torunum|cocugum|yegenim|keca min|kure min|lawe min|kizimiz|oglumuz)';
const KIN_OLD =
  '(?:annem|anam|babam|dedem|ninem|nenem|babaannem|anneannem|amcam|dayim|teyzem|halam|komsum|esim|kayinvalidem|kayinpederim|bave min|dapira min|bapire min|diya min|annemiz|babamiz|dede|nine|nene|teyze|amca|annesi|babasi|yasli|bey|hanim|dayi)';

const CATEGORY_RULES: Record<Exclude<Category, 'genel'>, Rule[]> = {
  kadin: [
    // (From q125/q126.) A mother left alone with her children ("2 çocukla ortada kaldım": 63 of 68 labelled kadın); a
    // husband who threw her out ("kocası evden atmış"); Arabizi "zawji tala3ni … bi2tolni", "by7bisni"; Arabic "جوزها حابسها".
    ['\\bcocukla (?:tek|yalniz|ortada|tek basima|bir basima) kal(?:dim|mis)', 3], ['\\bkocasi\\b[^.?!]{0,30}?(?:evden at|disari at|kovdu|kovmus|evden kov)', 3],
    ['\\b(?:jozi|zawji|jouzi|zoji|jawzi) (?:\\S+ ){0,2}?(?:tala3ni|tarad|7abas|by7bis|y7bis|bi2tol|bye2tol|ye2tol|hadad)', 4], ['جوزها حابس', 4],
    // (From q123/q124.) Arabizi "jouzi 3am yedrebni" (my husband beats me), "jouzi ter2ni" (left me); Arabic "جوزي معه
    // سكينة" (my husband has a knife); a husband who does not let her work.
    ['\\b(?:jozi|zawji|jouzi|zoji|jawzi) (?:3am |bi ?|b)?(?:yedrebni|yidrabni|ydrbni|yedrabni|darabni|bidrabni|darbni|bidrebni|yedrbni)', 4], ['\\b(?:jozi|jouzi|zawji|zoji) ter2ni', 3],
    ['جوزي (?:معه|ماسك|حامل) سكين', 3], ['\\besim[^.?!]{0,40}?(?:calismama|calismami) izin vermiyo', 3],
    ['kadin konuk ?ev', 3], ['\\bkadinlara (?:\\w+ (?:ve |ya da |veya )?){0,2}?(?:yonelik|ozel|destek|yardim|yrd)', 5], ['\\bkadin olarak', 2], ['\\byalniz (?:bir )?kadin', 3], ['\\b(?:lal|lel|lil) (?:niswan|aramel|armal)', 3], ['\\b(?:jozi|zawji|jouzi|zoji) (?:tarakni|trakni|tarakna)', 3], ['\\btala2ni', 3], ['\\bmtal+a2a', 3], ['\\b(?:jouzha|jozha|zawjha) (?:3am )?(?:yadrib|yedrob|yodrob|byedrob|biyidrob)', 3], ['\\b(?:jozi|zawji|jouzi|zoji) (?:3am )?(?:yhad+edni|yedrobni|byedrobni|darabni)', 3], ['\\b(?:rafadt|rfadt|rafadet) (?:etjawwaz|itjawwaz|etjawaz|atjawaz|etzawaj)', 3], ['yoksulluk nafaka', 4], ['\\btelefonu elimden aldi', 2], ['\\belinde kemer', 2], ['دار حمايه النساء', 3], ['\\btundi', 2], ['\\bbogazimi sik', 3], ['\\bkolumu kir', 2], ['\\byazdigimi gorurse', 2],
    ['\\bher gun dayak', 2], ['\\bmere min\\b[^.?!]{0,30}?(?:lidixe|li min dixe|dixin|dikute)', 3], ['\\bkadin sesi', 2], ['\\bnamus', 2], ['من زوجها', 2], ['بيوت الحمايه', 3], ['kadin dayanisma', 3], ['\\bzorla gotur', 2], ['\\bayrildigim (?:adam|kocam|esim|sevgilim|nisanlim)', 3], ['\\bkayinbirader', 2], ['calismama izin vermiyo', 3], ['\\bkadinin (?:cigli|sesi|bagir)', 3], ['\\b(?:ablami|ablama|annemi|kizimi|karisini|kadini|esini)\\b[^.?!]{0,30}?(?:sacindan|saclarindan) surukle', 3],
    ['\\bkocasi\\b(?:(?!cocu|torun|oglu|kizi)[^.?!]){0,40}?(?:dov|vur|bagiri|kiriyo|tehdit|kilitl|dayak)', 2], ['\\bsiddet gormedim', -6], ['bide mer', 2], ['bi zore bizewic', 2], ['\\bjina xwe (?:\\S+ )?dix', 4], ['\\bmere (?:we|min) (?:li (?:we|min) )?dix', 4],
    ['زوجي (?:قفل|طردني|ضربني|بيضربني|هددني|اخد|حابسني|حبسني)', 4], ['جوزها (?:قفل|ضرب|بيضرب|يضرب|طرد)', 4], ['زوجها (?:قفل|ضرب|بيضرب|يضرب|طرد)', 4], ['\\bli pey min', 3], ['\\bbirevin', 2],
    ['koruma karar', 3], ['uzaklastirma karar', 3], ['tedbir karar', 3], ['\\b6284\\b', 3], ['\\bsonim', 3],
    ['konukev', 4], ['siginma ?ev', 4], ['bosandigim', 2], ['istemedigim biriyle', 3], ['zorla tutuyo', 3],
    ['يحرقني', 3], ['سيحرقني', 3], ['اقفل الباب', 2], ['\\bkades\\b', 3], ['kadin ev', 3], ['kadin danisma', 3], ['israrli takip', 3],
    ['\\b(?:kocam|esim|eski esim|eski kocam|bosandigim)\\w*\\b[^.?!]{0,45}?(?:tabanca|silah|dov|vur|tehdit|oldur|bicak|kovala|kilitl|hapset|siddet|darp|saldir|hakaret|asagil|kufur|bagiri|kiriyo|sarkit|hesaplas|zorla tut)', 2],
    // Violence against the writer's mother is violence against a woman, whoever writes.
    ['\\b(?:annemi|anneme|annemize) (?:\\S+ ){0,2}?(?:dov|vur|siddet|darp|tehdit|oldur|bicak)', 4],
    ['\\beski (?:esim|kocam|sevgilim|nisanlim)', 2], ['\\berkek arkadas', 2], ['\\bmere min\\b', 1], ['li min dix', 3],
    ['زوجي', 1], ['طليقي', 3], ['قرار حمايه', 3], ['امر حمايه', 3], ['kadin ciglik', 3], ['zorla evlendir', 2], ['يضربني', 3], ['\\bkoca(?:m|mi|min|mdan|ma|si|yla)?\\b', 2],
    ['\\besiyim\\b', 1], ['siddet', 2], ['\\bdov(?:du|uyor|uyo|ece|me|er|mek)', 2], ['\\bdarp', 2], ['\\btehdit', 1],
    ['\\bbicak', 2], ['xwe bikuj', -2], ['\\bsaldir', 2], ['\\btaciz', 2], ['\\bbosan', 1], ['\\bvur(?:mak|uyor|du)', 1], ['bikuj', 2],
    ['(?<!kendini |kendimi )\\boldur(?:ece|urum|mek|ur|cem|cek|ucem|ucek)', 2], ['ker hilda', 2], ['li min xist', 2], ['\\bkadin\\b[^.?!]{0,30}?(?:ciglik|bagiri)', 2], ['dayak var', 2],
    ['يهددني', 2], ['بالسكين', 2], ['عنف', 2], ['\\badamim\\b', 1], ['evlendigi adam', 2], ['diya min dix', 4], ['siddet magduru kadin', 3], ['bogazini sik', 3], ['takip eden adam', 3],
    ['\\bbeni (?:aylardir |yillardir )?takip', 2], ['\\bsidet', 2], ['\\bjinbira', 2], ['bisewitin', 2], ['ضربني', 2], ['زوجي السابق', 3],
    // (Every ending four letters or more, so the automaton looks for them and not for "esi", which is everywhere.)
    ['\\besi(?:nin)?\\b[^.?!]{0,40}?(?:tabanca|silah|bicak|dovu|dove|dovd|vuru|vura|vurd|tehdit|gorursun|isini bitir|oldur)', 2], ['icip gel', 2],
    ['\\bbeni\\b[^.?!]{0,50}?evlendir', 2], ['دار ايواء', 3], ['دار الحمايه', 3], ['للنساء', 2], ['\\btakip ediyor', 1],
    // Widows and mothers left alone: "eşi vefat etmiş kadınlara" (the programme's name), "dul kadın", Arabic "أرملة".
    ['\\besi vefat etmis kadin', 4], ['\\bdul kadin', 3], ['ارمله', 3], ['الارامل', 3], ['kadin kooperatif', 3], ['\\bhamileyim\\b', 2], ['\\bbeni birakip gitti', 2], ['\\b(?:kaydrbni|kaydrebni|kaydarbni|kayedrebni)', 2],
    // (From q57.) Arabizi "jozi 7abasni bl bet", my husband locked me in the house.
    ['7abasni', 3], ['habasni', 3], ['7absni', 3],
    // (From q56.) "beni boğmaya çalıştı", he tried to strangle me.
    ['\\bbogmaya calis', 3],
    // (From q49/q50.) A widow's pension; Arabic "للأرامل" (for widows); Kurmanji "jineke bi tenê" (a woman alone), "jinên bê piştgir".
    ['\\bdul (?:maas|aylig)', 4], ['\\barmal(?:e|a)\\b', 3], ['\\barmle\\b', 3], ['للارامل', 3], ['\\bjineke bi tene', 3], ['\\bjinen be pistgir', 3],
  ],
  cocuk: [
    // (From q125/q126.) Arabizi "3am yedrob ibno" (beats his son).
    ['(?:edrob|drob|drub)\\w* (?:ibno|ibna|ebno|ebna|el walad|el wlad|wlado)', 3],
    // (From q87/q88.) Arabic: beating his (or my) son or daughter; the children's aid.
    ['يضرب ابنه', 3], ['يضرب بنته', 3], ['يضرب ولده', 3], ['يضرب اولاده', 3], ['يضرب ابني', 3], ['يضرب بنتي', 3], ['يضرب ولدي', 3], ['يضرب اولادي', 3], ['مساعده الاطفال', 3],
    ['akraba yaninda bakim', 3], ['\\b(?:cocugu|cocuga|torunumu|torunuma) (?:\\S+ ){0,2}?(?:dov|vur|siddet)', 3],
    ['cocuk evlendir', 3], ['\\byzawj', 3], ['\\bzarok bi tene', 3], ['ايتام', 3], ['يتيم', 3], ['\\bwalad\\b[^.?!]{0,60}?(?:byedrb|ydrb|bidrb)', 3],
    // ("2 çocuk babasıyım, iş lazım": the writer's family, not a child's matter.)
    ['cocuk babasiyim', -2], ['cocuk annesiyim', -2], ['kizlari evlendir', 3], ['\\bcocuk\\w*[^.?!]{0,40}?(?:balkon|korkuluk|tirman)', 2], ['\\btiner', 3],
    ['sokakta yasayan', 2], ['\\bzarok', 1], ['\\bdide mer\\b', 3], ['نفقه الولاد', 4], ['\\bcocug\\w* (?:\\S+ ){0,3}?kacir', 3], ['dokundug', 2],
    ['ولادها', 2], ['لحالهم', 2], ['adama veri', 3], ['baslik parasi', 2], ['cocuk parasi', 3], ['zorbalig', 2], ['dikkat eksik', 2], ['cocugu kacir', 3], ['\\bjinbav', 3], ['nafaqe', 4], ['\\bihmal', 2],
    ['\\b(?:oglum|kizim|cocugum)\\b[^.?!]{0,20}?kaybol', 2], ['cocuk basina', 2], ['zayin', 3], ['\\bcocuk calis', 3], ['cocuk yardim', 3], ['\\byetim', 3],
    ['evden kac', 2], ['\\bogrencim(?:iz)?\\b', 2], ['\\buvey baba', 2], ['zorla evlendir', 3], ['erken evlendir', 3], ['koruyucu aile', 4], ['evlat edin', 6],
    ['\\bsed\\b', 3], ['sartli egitim', 3], ['dogum yardim', 3], ['مساعده الولاده', 3], ['nafaka', 4], ['yoksulluk nafaka', -4], ['نفقه', 3], ['velayet', 3],
    ['evde yalniz(?!im|iz)', 3], ['mendil sat', 3], ['devlet korum', 3], ['yurttan cik', 3], ['sevgi evleri', 3],
    ['cocuk istismar', 3], ['destdirej', 3], ['ضاع', 3], ['ضاع (?:موبايلي|تلفوني|جوالي|الموبايل|التلفون|الكرت|كرتي|كيملكي|الكيملك)', -3], ['gormeme izin', 3], ['\\bcocuk\\w* gor(?:me|dur)', 3],
    ['nikah kiyil', 3], ['ogretmen\\w* (?:\\S+ ){0,3}?(?:tokat|dov|vur|dayak)', 3], ['akran zorbal', 3], ['\\bcigli[a-z]', 2],
    [`${KIN_CHILD}[^.?!]{0,40}\\b${AGE_CHILD} ?(?:yasinda|yas|yasindaki|sali|salî)\\b`, 2],
    [`\\b${AGE_CHILD} ?(?:yasindaki|yaslarinda|yasinda bir) (?:oglum|kizim|cocu|kiz|oglan)`, 2],
    [`\\b(?:ben|ez) ${AGE_CHILD} (?:yas|sali)`, 2], [`\\b${AGE_CHILD} yasindayim`, 2],
    ['ogrenciyim', 2], ['\\bbabam\\b[^.?!]{0,30}(?:dov|vur|bagir|hakaret|dayak)', 2],
    ['\\bcocuk\\w*[^.?!]{0,30}(?:dov|cigli|yalniz|tek basina|agli)', 3],
    [`\\b${AGE_CHILD} ?(?:yasinda|yasindaki|yaslarinda)\\b`, 1],
    [`\\b(?:kizi|oglu|cocugu|torunu|kizlari|cocuklari)\\b[^.?!]{0,20}\\b${AGE_CHILD} ?(?:yasinda|yas)\\b`, 2],
    [`\\b${AGE_CHILD} sali\\b`, 1], ['zewic', 2],
    ['\\b(?:kizim|oglum|cocugum|torunum|yegenim)\\w*[^.?!]{0,60}?(?:dokun|taciz|istismar)', 3],
    ['\\b(?:kizima|ogluma|cocuguma|cocuklara|kizimi|oglumu|cocugumu|cocuklari)\\b[^.?!]{0,40}?(?:vur|dov|siddet|dayak)', 2],
    // An adult writing about her own marriage or abuse is not a child.
    ['\\b(?:1[89]|[2-5][0-9]) yasindayim\\b', -3], ['\\bez (?:1[89]|[2-5][0-9]) sali me\\b', -3],
    ['\\bkres', 1], ['\\bbide zilam', 3], ['\\bbez lazim', 2], ['\\bsut ve bez', 3], ['\\barabasina cagir', 2], ['بنت صغيره', 3], ['ولد صغير', 3], ['\\bcocuk\\w* (?:\\S+ )?(?:calistiril|calisiyo)', 3],
    ['\\btorunlarim\\w* bak', 3], ['\\bcocuklari gostermiyo', 3], ['\\bcocuklari alip gotur', 3], ['\\btorunlarim', 1], ['\\buniversite', -2], ['\\badama ver(?:ecek|cek|iyo|di)', 3], ['imam nikah', 2], ['\\bokul yardim', 2], ['\\bcocuk\\w* (?:okul|egitim) yardim', 2], ['cocuk esirgeme', 3], ['زواج البنات', 3], ['حفاضات', 1], ['حفاضات (?:اطفال|للاطفال|الاطفال|الطفل|بيبي|للبيبي)', 2], ['للاطفال', 2], ['\\bdibistan', 2],
    ['\\b(?:kure cirane|keca cirane|zaroken cirane)', 2], ['\\bmama (?:yardim|destek|parasi)', 3], ['\\bbebegim', 2], ['\\bkiz cocu', 2], ['evlendirilme', 3], ['\\bbidin mer\\b', 3],
    ['bide mer', 3], ['\\bbebek', 2], ['atolyede calis', 3], ['cocuk isci', 3], ['المشروطه', 3], ['cocuk evleri', 3],
    ['cocuk ihmal', 3], ['\\bistismar', 2], ['cocuk psikolog', 3], ['gostermiyo', 2],
    ['\\b(?:kizimi|oglumu|cocugumu|cocuklarimi) gore(?:medim|miyorum)', 3], [`عمر(?:ه|ها) ${AGE_CHILD} (?:سنه|سنوات)`, 2],
    ['resimlerini yay', 2], ['fotograflarini yay', 2], ['bulusma iste', 2], ['يزوج', 3], ['تزويج', 3], ['زواج قاصر', 3], ['fotograf iste', 2], ['ابني', 2], ['اطفال', 1],
    ['\\bokul', 1], ['\\b(?:kizim|oglum|cocugum|torunum)\\b', 1],
  ],
  yasli: [
    // (From q127/q128.) Arabic "ختيارة" (an old woman); Arabizi "dar 3ajaza" (a care home).
    ['ختيار', 3], ['\\bdar (?:el |al )?3aja', 3],
    // (From q121–q124.) Arabizi "3omra 80 sene", "3omra 90" (she is 80, 90).
    [`\\b3omr\\w* ${AGE_OLD}\\b`, 2],
    ['حفاضات (?:كبار|للكبار|الكبار)', 3], ['سرير طبي', 1],
    ['\\bkbir(?:e|a)? (?:b ?el|bil) ?3omr', 3],
    // Kurmanji "jineke pîr e" (an old woman: "pîr", not "pir", very, which folds the same, so with the copula).
    ['\\b(?:jineke|jinek|mereki|zilameki|miroveki) pir e\\b', 3],
    ['\\b(?:amcayi|teyzeyi|dedeyi|nineyi|babaannemi|anneannemi|dedemi|ninemi|babaannemizi|dedemizi)\\b[^.?!]{0,40}?(?:dov|vur|kilitl|darp|siddet|yemek vermi)', 5],
    ['\\bbuyukanne', 2], ['\\bbuyukbaba', 2], ['كبيره بالعمر', 3], ['كبير بالعمر', 3], ['\\byasli (?:birine|birini|birisine|adama|kadina)', 2],
    ['\\b(?:cocuklarimdan|evlatlarimdan|oglumdan|kizimdan) nafaka', 6], ['\\bgelinim\\b[^.?!]{0,30}?(?:dov|vur|kilitl|yemek vermi)', 5], ['\\bdedem\\b[^.?!]{0,30}?(?:yuruyemiyo|kalkamiyo|ac kal|bakan kimse)', 2],
    ['\\ba pir\\b', 3], [`\\b${AGE_OLD} yasinday(?:am|um)\\b`, 3], ['\\byaslandik', 2], ['\\b(?:19[0-5][0-9]) dogumlu', 3],
    ['huzurev', 3], ['\\byasli (?:aylig|bakim|destek|istismar|merkez|program|annem|babam|maas)', 3],
    ['\\b65 yas (?:aylig|maas)', 3], ['\\byades\\b', 3], ['\\bvefa\\b', 3], ['alzheimer', 3], ['كبير في السن', 3], ['عجوز', 3], ['bakim ?evi', 3], ['\\bac birak', 2], ['alzaymir', 3], ['alzhaymer', 3],
    ['\\b(?:emekli )?maasimi (?:zorla )?aliyo', 2], ['demans', 3],
    ['مسنين', 3], ['العجزه', 3], ['evde bakim hizmet', 3], ['\\byasliyim', 2], ['\\bpirek', 3], ['\\bpirejin', 3], ['\\b(?:amca|teyze|nine|dede)\\b[^.?!]{0,100}?(?:yalniz|tek) (?:yasiyo|kaliyo)', 2], ['\\b(?:anneannem|babaannem|dedem|ninem|nenem)\\b', 1], ['\\byasli', 2],
    [`${KIN_OLD}[^.?!]{0,40}\\b${AGE_OLD} ?(?:yasinda|yas|yasini|sali|salî)`, 2],
    [`\\b${AGE_OLD} (?:yasindayim|yasimdayim)`, 3], [`\\b(?:ben|ez) ${AGE_OLD} (?:yas|sali)`, 1],
    [`عمر(?:ه|ها) ${AGE_OLD}`, 2], ['\\byatalak', 1], ['yalniz yasiyo', 1], ['tek yasiyo', 1], ['tek basina yasiyo', 1],
    [`\\b${AGE_OLD} sali\\b`, 2], ['الختيار', 3], ['فوق الثمانين', 3],
    ['\\b(?:dedem|ninem|anneannem|babaannem) evde yalniz', 3], ['\\boglum\\b[^.?!]{0,40}?(?:dov|vur)', 1],
    ['\\bgelini\\b[^.?!]{0,30}?(?:kilitl|ac birak|yemek vermiyo|dov)', 3], [`\\b${AGE_OLD} ?(?:yasinda|yasindaki|yaslarinda)\\b`, 1], ['\\bkalbun', 3],
    // An old father or grandfather beaten (by a son, as a rule): elder abuse.
    ['\\b(?:babami|babama|dedemi|dedeme)\\b[^.?!]{0,25}(?:dov|vur|darp|siddet|dayak)', 2], ['dul (?:maas|aylig)', 1],
    ['\\bbakim\\b', 1], ['\\blenerin', 1], ['\\byalnizim\\b', 1],
  ],
  engelli: [
    // (From q127/q128.) Arabizi "mshallal" (paralysed).
    ['\\b(?:mshallal|mashlool|mshlol)', 3],
    // (From q121/q122.) Arabizi "shalal" (paralysis).
    ['\\bshalal', 3],
    // (From q49/q50.) A leg amputated; Arabizi "i3aqa" (disability); Arabic muscular dystrophy, a powered chair, a medical bed.
    // (Not a sign-language interpreter: the deaf writer needs one for whatever the matter is.)
    ['\\bbacag\\w* kesildi', 3], ['i3aqa', 3], ['ضمور', 3], ['كرسي كهربائي', 3], ['سرير طبي', 2],
    ['evde bakim maas', 5], ['توحد', 3], ['evde bakim para', 4], ['oksijen makine', 3], ['سماعه', 3], ['bakim ucreti', 4], ['bakima muhtac', 2], ['sesli kitap', 3], ['sesli kutuphane', 3],
    ['\\bals hasta', 3], ['\\bsma hasta', 3], ['kas hastal', 3], ['oksijen cihaz', 3], ['\\bprotez', 2], ['طرف صناعي', 3], ['طرف اصطناعي', 3], ['\\bmu3a2', 3], ['\\bmo3a2', 3], ['\\b(?:korsi|kursi) (?:kahraba|kahraba2i|kahrabai|mutaharrik|mut7arrik|bi3ajal)', 3], ['\\be3a2a', 3], ['\\bi3a2a', 3], ['\\be3a9a', 3], ['\\bi3a9a', 3], ['\\bmu3a(?:qin|2in|9in)', 3],
    ['\\bengelli (?:maas|rapor|kimlik|kart|arac|bakim|ogrenci|kontenjan|birey|aylig|indirim|hak|oldug|cocu|oglum|kizim|kardes|yakin|saglik)', 3],
    ['ozel egitim', 3], ['rehabilitasyon', 3], ['koklear', 3], ['isitme cihaz', 3], ['ضعيف السمع', 3], ['جهاز سمع', 3], ['شلل', 3], ['لغه اشاره', 3], ['\\bbacag\\w* tutmuyo', 2], ['\\baku\\b', 2], ['\\botisti', 4], ['\\byuruyemiyo', 1], ['yatili bakim', 2], ['ozel bakim merkez', 3], ['ekran okuyucu', 3], ['\\bokuyucu', 2], ['\\bomurilik', 3], ['hissedilebilir', 3], ['\\bbaston', 2], ['sesli saat', 3], ['\\botv', 2], ['kerr u lal', 3], ['\\bkulag\\w* duymayan', 3], ['down sendrom', 4], ['otiz', 4],
    ['serebral', 3], ['zihinsel engel', 3], ['bedensel engel', 3], ['ortopedik engel', 3], ['saglik kurulu', 3],
    ['(?:engel|rapor) oran', 3], ['astengdar', 3], ['mease lenerin', 3], ['اعاقه', 4], ['معاق', 3],
    ['isaret dili', 3], ['\\bkemendam', 3], ['مشلول', 3], ['الرعايه المنزليه', 4], ['engeli maas', 3], ['ker u lal', 3], ['cihaza guh', 3], ['beyaz baston', 3], ['كرسي متحرك', 3], ['braille', 3], ['akulu sandalye', 3],
    ['\\bms hasta', 2], ['\\bseqet', 3], ['kursiya bi teker', 3], ['\\bkursi\\w*(?: \\S+){1,3} bi teker', 3], ['gorme engel', 2], ['isitme engel', 2],
    ['tekerlekli sandalye', 2], ['\\bengelli', 2], ['\\bozurlu', 2], ['korumali is', 2], ['\\bfelc', 2],
    ['\\brapor', 1], ['\\byatalak', 1], ['gunduzlu bakim', 1],
  ],
  sehit_gazi: [
    // (From q121/q122.) Arabizi "shahid", "estashhad" (martyr, was martyred).
    ['\\b(?:shahid|shaheed|estashhad|istashhad)', 3],
    // (From q91/q92.) Arabic "استشهد" (was martyred), "ذوي الشهداء" (martyrs' families).
    ['استشهد', 3], ['ذوي الشهداء', 3],
    ['المحاربين القدامى', 4], ['غازي(?! عنتاب| عينتاب)(?<!ملك غازي|سلطان غازي)', 3],
    ['\\bsehi[td](?!ler kopru|kamil|ler cad|ler mah)', 4], ['gazilik', 1], ['vazife malul', 4], ['\\bsehit (?:babasi|annesi|esi|yakini|cocugu|ailesi)', 3], ['\\bsehadet', 4], ['harp malul', 4], ['شهيد', 3], ['استشهد', 3],
    // A street or quarter named after a martyr ("Şehit Osman Avcı Mah.") is an address.
    ['\\bsehit (?:\\S+ ){1,3}?(?:mah|mahallesi|cad|caddesi|sok|sokak|bulvari)\\b', -4],
    ['\\bgazi (?:cd|cad|caddesi|sk|sok|sokak|mah|mahallesi|bulvari|bulvar)\\b', -4],
    ['\\bgazi(?:si|yim|yiz|miz|nin|ye|ler|lerin|lik|ler|siyim|siydi|ydi|siyiz|sidir|dir|leri|mizin|lere|lerde|lerden|lerimiz|lerimize|lerimizin|sine|sini|siyle|mize|yken|yek|yeki|yan|yane)?\\b(?! (?:mah|mahalle|cad|bulvar|universite|hastane|osmanpasa|kosk|sok|min kir|me kir|te kir|wi kir|we kir|kir\\b|dik))', 4],
  ],
};
const GENEL_RULES: Rule[] = [
  // (From q127/q128.) A complaint that the Vefa line does not answer is about the service, not an old person.
  ['\\bvefa\\w*[^.?!]{0,60}?(?:acmiyo|mesgul|ulasamiyo|acmadi|cevap vermiyo)', 4],
  ['\\bkomur', 1], ['gida (?:yardim|kart)', 1], ['kira yardim', 1], ['fatura', 1], ['sosyal yardim', 1], ['\\bis bul', 1],
  ['\\biskur', 1], ['\\bborc', 1], ['\\bsikayet (?:etmek istiyorum|ediyorum)', 2], ['\\bsikayetciyim', 2], ['deprem', 1], ['kizilay', 1], ['\\bkira\\w*[^.?!]{0,25}?odeyemi', 2], ['ekonomik destek', 1],
];

const URGENT_RULES: Rule[] = [
  ['يهددها', 3], ['يهدده', 3], ['بالقتل', 3], ['يهددني', 3],
  // The same in Latin letters ("yhadedni bl 2atel", threatens me with death; "ma raja3", did not come back).
  ['\\byhad+ed(?:ni|ha|na)\\b', 3], ['\\b(?:bl|bel|bil) ?(?:2atel|2atl|qatl|qatel)\\b', 3], ['\\bma (?:raja3|rje3|reje3|rija3|raj3|rij3)\\w*', 2],
  // ("hadadni", threatened me; "dawwarna … ma l2eenah", we searched and did not find him; "7arara 3alye", a high fever.)
  ['\\bhad+ad(?:ni|ha|na|ouni|uni)\\b', 3], ['\\bma (?:l2|la2)[iey]+n(?:ah|ahu|o|ou|ha|aha)\\b', 2], ['\\b7arara 3al(?:ye|ie|ya|yeh|ia)\\b', 3],
  // Beaten into hospital last night or today ("dün gece yine hastanelik olmuş"), not long ago.
  ['\\b(?:dun|bugun|bu sabah|bu gece)\\b(?: \\S+){0,3}? hastanelik', 3],
  // Nothing to eat at home at all: "evde ne mama var ne yemek", "ne ekmek var ne tüp".
  ['\\bne (?:mama|yemek|ekmek|erzak|sut|yiyecek)\\w* var\\w* ne (?:mama|yemek|ekmek|erzak|sut|yiyecek|odun|komur|tup)', 3],
  // The same in Kurmanji ("2 roj e nan tune", no bread for two days; "mal gelek sar e", the house is very cold),
  // Arabizi ("ma 3anna akl", we have no food) and Arabic (no food "منذ يومين", for two days).
  ['\\broj(?:e|an)? (?:e |ye )?(?:li male )?(?:nan|xwarin|tistek)\\w* (?:tune|nine|tuneye|nemaye)', 3],
  ['\\bmal (?:gelek|pir|zor|zahf) sar e\\b', 2], ['\\bma (?:3anna|3ana|3ndna|3andna|3enna|3ina|3ndi|3andi|3endi) (?:akl|2akl|akel|2akel|ekl|2ekl)\\b', 3],
  ['طعام[^.]{0,25}(?:منذ|من) (?:يومين|ايام|ثلاث|٣|٢|[23])', 3],
  // A child's fever very high in Kurmanji ("taya wê gelek bilind e").
  ['\\btaya (?:\\w+ )?(?:gelek |pir |zor |zahf )?bilind', 3],
  // A pupil who comes to school hungry and bruised.
  ['\\bac gel\\w*[^.?!]{0,40}?morluk', 3],
  // Freezing at home ("soğuktan donuyoruz"); in Kurmanji the children are cold ("zarokên min sar in"), as "çocuklar üşüyor".
  ['\\bsoguktan don(?:uyo|acag|dugumuz)', 3], ['\\bzarok\\w* (?:min |me )?(?:pir |gelek |zor )?sar in\\b', 3],
  // Hungry children ("çocuklarım aç"); no food for days ("3 gündür evde hiç yemek yok"); an empty fridge.
  ['\\bcocuklar(?:im)? ac\\b', 3], ['\\bgundur (?:evde )?(?:hic )?(?:yemek|ekmek|yiyecek) yok', 3], ['\\bbuzdolabi (?:bombos|bos)', 2],
  // Bruises, and the person said who pushed or beat them ("kolunda morluklar var, bakıcı ittiğini söyledi"): not
  // undone by the writer wanting to complain.
  ['\\bmorluk\\w*[^.]{0,60}(?:ittigini|vurdugunu|dovdugunu|bagirdigini)', 4],
  // Arabic and Arabizi: cold ("البرد شديد", "bardanin", the children are cold), no food ("لا نملك طعاما").
  ['البرد شديد', 2], ['برد شديد', 2], ['\\bbardan(?:in|een|ine)\\b', 3], ['لا نملك طعام', 3], ['ليس لدينا طعام', 3],
  // The abuser is looking for her ("şu an bir arkadaşımdayım ama beni arıyor"): not safe yet.
  ['\\bama beni (?:ariyo|arayip|takip)', 3],
  // Kurmanji: the children are out in the cold ("zarokên min di sermayê de ne").
  ['\\bsermaye de\\b', 3],
  // Arabizi: put out tonight with nowhere to go ("bde ytal3na el lela … ma 3ndna wen nrou7").
  ['\\bma (?:3ndna|3anna|3ana|3ndi|3andi) (?:wen|ween|wein) (?:nrou7|nro7|rou7|ro7)', 3], ['\\bytal3na el lela', 3],
  // No baby formula at home ("evde mama yok süt yok", "bugün son mamayı verdim").
  ['\\bmama (?:yok|kalmadi|bitti)\\b', 3], ['\\bson mamay', 3],
  // The abuser found her new address ("yeni adresimi bulmuş"); children hungry for days ("çocuklar 3 gündür aç");
  // no one left to look after him ("bakacak kimse kalmadı"); Arabizi "3am yhadduni" (they threaten me).
  ['\\badres\\w* bulmus', 3], ['\\bgundur ac\\b', 3], ['\\bbakacak kimse(?:si)? kalmadi', 2], ['\\byhad+(?:uni|ouni)\\b', 3],
  // Sleeping outside ("cami avlusunda yatıyorum"); a broken arm after a beating ("yine dövmüş, kolu kırık"); violence
  // going on ("bana şiddet uyguluyor", not "uyguluyordu"); a threat again today; no one at all to look after a
  // patient sent home ("bakacak hiçbir yakını yoktur": 4, as the discharge and bedridden words weigh against it).
  ['\\b(?:avlusunda|parkta|sokakta|disarida|disarda) yatiyo', 3], ['\\bkolu kirik', 3], ['\\bbana siddet uyguluyor\\b', 3],
  ['\\b(?:bugun|dun) yine[^.]{0,40}tehdit', 3], ['\\bbakacak (?:hicbir |hic )?yakini yok', 4],
  // Kurmanji "şîrê min jî nayê" (my milk does not come); Arabizi "bi darbni" (he hits me), "byi2tolha" (he will kill her).
  ['\\bsire min (?:ji )?naye', 3], ['darbni\\b', 3], ['\\bbyi2tol', 3], ['\\bbi2tol', 3], ['\\bbyu2tol', 3],
  // Put out already, the things in the street ("eşyalar sokakta"); children shivering in the cold; a pregnant girl
  // ("14 yaşında kız çocuğu gebelik şüphesiyle"); Arabic put out tonight ("يطلعنا الليلة").
  ['\\besya\\w* sokakta', 3], ['\\bsogukta titri', 3], ['\\bkiz cocugu\\w*[^.]{0,20}(?:gebelik|hamile)', 3], ['يطلعنا الليله', 3],
  // Put out on the street ("ev sahibi yarın sokağa atıyor"); a stove they cannot light; a call for help now.
  ['\\bsokaga at(?:iyo|acak|icak)', 3], ['\\bsobayi yakami', 3], ['\\bacil mudahale', 3],
  // Someone's coal ran out ("kömürü bitmiş", "kömür kalmadı"), as "kömürüm bitti".
  ['\\bkomur(?:u|leri)? (?:bitmis|bitti|kalmamis|kalmadi)', 2],
  // Arabizi: no coal ("bala fa7m") and very cold ("el jaw bared ktir").
  ['\\bbala (?:fa7m|sob(?:a|ya)|tadfi2a)', 2], ['\\bbar(?:e)?d ktir', 2],
  // A hospital's finding of neglect ("ihmal ve beslenme yetersizliği bulguları").
  ['\\bihmal\\w*[^.]{0,40}bulgu', 3],
  // A fall last night or today ("dün düşmüş komşu bulmuş").
  ['\\b(?:dun|bugun|bu sabah|dun gece|dun aksam) (?:evde |banyoda |yine )?dus(?:mus|tu|tum)\\b', 3],
  // An old person neglected in care: "altı değiştirilmemiş", and the writer asks for an inspection now.
  ['\\balti(?:ni)? degistir(?:ilmemis|ilmiyo|miyo|memis)', 3], ['\\bacil denetim', 3],
  // A hospital or a school asks that a child be placed under protection (not "alındı", done).
  ['\\bkoruma altina alin(?:masi|masini)\\b', 3],
  ['\\b(?:yedrob|yedreb|yodrob|yadrib|yudrub|bedrob|bedreb|darabni|darabha|darabo|byedrob|byedreb|btedrob|bidrob|ydrob|tedrob)\\w*', 3],
  // (Iraqi Arabizi writes ض as "9": "abuh kul yom yi9rabah", his father beats him every day.)
  ['\\b(?:yi9rab|y9rab|ti9rab|yu9rub|9arabni|9arabha|9arabah)\\w*', 3],
  // Suicide risk.
  // Out in the open in the cold, children with them ("çadır yıkıldı, 5 çocukla açıktayız").
  ['\\bacikta(?:yiz|yim|kaldik|kaldim)\\b', 3],
  // Children cold at home ("evde kömür yok çocuklar üşüyor"), or alone ("Çocuklar evde tek").
  ['\\bcocuk\\w* (?:cok )?usuyo', 3], ['\\bcocuk\\w* evde tek\\b', 3],
  // A child who came with bruises and says a parent beat them; children left alone; a protection request.
  ['\\bmorluk\\w* (?:ile |la |le )?geldi', 3], ['\\b(?:babasi|annesi|abisi|agabeyi)\\w* (?:\\S+ ){0,2}?dov(?:du|dug|uyo|mus)', 3],
  ['\\bevde tek basina kaldi', 3], ['\\bacil koruma', 3], ['\\bdoverek\\b', 3],
  // An old neighbour behind a door that does not open, the light off ("kapıyı çaldık … açmıyor", "ışığı yanmıyor").
  ['\\bkapiyi (?:\\S+ ){0,5}?ac(?:miyo|madi)', 2], ['\\b(?:isigi|isiklari) yanmiyo', 2], ['\\binleme', 3],
  // Children going to bed hungry; a relative harassing her at home ("sarkıntılık ediyor").
  ['\\bcocuk\\w* ac (?:yatiyo|kaldi|kaliyo|uyuyo)', 3], ['\\bsarkintilik', 3],
  // No food, bread, flour, coal or heating at home.
  ['\\bevde yiyecek (?:hicbir sey )?yok', 2], ['\\bekmek bile alama', 3], ['\\bisinma yok', 2], ['لا فحم ولا حطب', 3],
  ['\\bevde (?:un|ekmek|yemek|yiyecek|erzak) (?:bitti|kalmadi)', 2],
  // A girl married off (Arabizi "yzawjouni"); a bedridden man no one changes.
  ['\\b(?:yzawjuni|yzawjouni|yjawzuni|yjawzouni|yjawzoha|yjawzouha|yzawjoha|yzawjouha|yjawzuha|yzawjuha)\\b', 3], ['\\b7abs(?:in|een|ou|u)\\w*', 3], ['\\b(?:darbouha|darabouha|darabuha|darbuha|darbouh|darabouh)\\b', 3], ['\\b(?:mazal|mazel|lissa|lesa) ma (?:rje3|rja3|rj3|raja3|reje3)', 3], ['\\bma (?:ijet|ija|ejet|eja|ajet|aja|rej3et|rij3et) (?:3al|3a|ala|3ala) (?:bet|beit|bayt|beyt)', 3], ['\\b(?:1[0-7]|[5-9]) yas\\w*[^.?!]{0,80}?evlendir(?:ecek|ilecek)', 3], ['\\baltini degistiren yok', 3],
  // Waiting for her despite a restraining order; "better if I weren't here".
  ['\\bbeni bekleyece', 3], ['\\bkarar\\w* ragmen', 2], ['\\bben olmasam', 3],
  // Someone outside looking for her ("kocası sokakta bağırarak onu arıyor").
  ['\\b(?:sokakta|kapida|disarida) (?:\\S+ ){0,2}?(?:onu |beni |bizi )?ariyo', 3],
  ['intihar', 3], ['kendimi oldur', 3], ['yasamak istemiyorum', 3], ['canima kiy', 3], ['her seyi bitirece', 3],
  ['kendini oldur', 3], ['\\bkendim(?:i|e) (?:vur|as|at|yak|kes|zarar)', 3], ['\\bkendin(?:i|e) (?:vur|as|at|yak|kes|zarar)', 3],
  ['\\bolmek istiyorum', 3], ['kopruden atla', 3], ['\\batlaya(?:cag|cam)', 3], ['\\bsilah', 2], ['tabanca', 2],
  ['انتحار', 3], ['اقتل نفسي', 3], ['انهي حياتي', 3], ['انهاء حياتي', 3], ['انتحر', 3], ['اقتل حالي', 3], ['اريد ان اموت', 3],
  ['لا اريد ان اعيش', 3], ['بدي موت', 3], ['hayatima son ver', 3], ['hayatimi sonlandir', 3],
  // Violence going on, or threatened (colloquial spellings: dövüyo, döviyo, vurcam, öldürcek).
  ['\\boldururum', 3], ['\\boldurece', 3], ['\\boldur(?:cek|cem|ucek|ucem|uce)', 3], ['\\bbicak', 3], ['kapiya dayan', 3],
  ['kapiyi (?:tekmel|kir|zorl)', 3], ['kilitle', 3], ['\\b(?:odaya|odada|evde|eve|iceri) (?:\\S+ )?kilitli', 3], ['kovala', 3],
  ['kactim', 3], ['\\bdov(?:uyor|uyo|ulu?yor|iyo|cek|cem)', 3], ['\\bvur(?:uyo|iyo|mak|acak|acag|cak|cam)', 3], ['\\bdovece', 3],
  ['\\bdayak at(?:iyo|acak)', 3], ['evden cikamiyorum(?<!(?:aydir|yildir|senedir) evden cikamiyorum)', 3], ['disari cikarmiyo', 3], ['\\bcigli[a-z]', 3], ['bikuj', 3], ['dikuj', 3],
  ['li min dix', 3], ['\\bledix', 3], ['\\ble dix', 3], ['يضرب', 3], ['هددني', 3], ['يهدد', 2], ['بالسكين', 3], ['يقتل', 3],
  ['\\btehdit', 1], ['korkuyor', 2],
  // A threat of harm by someone close counts in full; a landlord's threat to evict does not.
  ['\\b(?:kocam|esim|eski esim|eski kocam|babam|abim|agabeyim|sevgilim|nisanlim|oglum|damadim)\\b[^.?!]{0,40}?tehdit', 2],
  ['(?:oldur|bicak|vur|dov|yak|kacir)\\w*[^.?!]{0,20}?tehdit', 2],
  ['\\bli (?:wi|we|me|wan) dixe\\b', 3], ['li min dixist', -2], ['zu werin', 3], ['bi zore', 2], ['bizewic', 2],
  ['yasamanin anlami(?: yok| kalmadi)?', 3], ['anlami kalmadi', 2], ['kopruye gid', 2],
  ['\\b(?:evin|evimin|kapinin|kapimin|kapimizin|evimizin) onune\\b', 3], ['\\b(?:evin|evimin|kapinin|kapimin|kapimizin|evimizin) onunde\\b', 3], ['kapida bekliyo', 3], ['asagida bekliyo', 2],
  ['\\bevlendir(?:ecek|cek|iyo)', 2], ['\\bbeni\\b[^.?!]{0,20}?evlendir', 2],
  ['\\btaciz', 2], ['\\bdokun(?:du|uyo|mus)', 2], ['\\bdest (?:aveti|davej)', 3], ['\\bsiddet gor(?:uyorum|uyoruz|uyom|uyoz)\\b', 3],
  ['\\bkomurumuz (?:bitti|kalmadi)', 2], ['\\bsoba\\w* yakamiyo', 2], ['\\b(?:komur|odun)\\w*(?: ve soba)? yok\\b', 1], ['\\bcocuklar\\w* hasta (?:oldu|dustu)', 1],
  ['\\byiyecek (?:bir sey|bisey|hic bir sey) (?:kalmadi|yok)', 2], ['\\bsadece ekmek', 1], ['\\btistek nemaye ku', 2], ['\\bsir (?:ji )?tune', 1],
  ['كسرلي', 3], ['يدور علينا', 2],
  // Deaf writers' grammar: the verb in its dictionary form ("KOCA DÖVMEK BENİ ŞİMDİ", "'öldürmek seni' diyor").
  ['\\b(?:koca|kocam|esim|baba|babam|eski koca)\\w* dovmek', 3], ['\\bdovmek beni', 3], ['\\boldurmek seni', 3], ['\\bkapi onunde bekle', 2],
  ['\\bxwarin (?:li male |me )?tune', 2], ['\\bkomir xelas', 2], ['\\bsoba vemir', 2],
  ['\\bevde ekmek yok', 2], ['\\bmama alamiyo', 2], ['\\bkomur tune', 2], ['\\bsar dibin', 2],
  ['\\bolumle tehdit', 3], ['\\bkomir\\w* (?:me |min )?qedi', 2], ['\\bji serme nexwe', 2], ['بردانين', 2], ['ما عدنا فحم', 2], ['ما عندنا فحم', 2], ['ما في فحم', 2],
  ['\\broj e bi tene', 3], ['\\bjina xwe (?:\\S+ )?dix', 3], ['\\btistek naxw', 2],
  ['\\b(?:iceride|icerde|evde) kimse yok', 2], ['\\bacan yok', 2], ['\\bagliyo', 1], ['ditirsim', 2], ['tehlike', 2], ['\\bbeni dov', 1], ['\\bdovdu', 1],
  // Someone helpless: alone, fallen, locked in, without food, not answering.
  ['(?:yardim|yrdm) edin', 3], ['imdat', 3], ['ساعدوني', 2], ['evde yalniz', 3], ['tek basina', 2], ['bakamaz', 2],
  ['\\btek kal(?:di|mis)\\b', 3], ['\\btek basina kal(?:di|mis)\\b', 3], ['\\byalniz kal(?:di|mis)\\b', 3], ['\\bdustum', 1],
  ['\\bdustu\\b', 1], ['\\bdusmus\\b', 1],
  ['kalkamiyo', 3], ['\\byerde yatiyo', 3], ['nikare rabe', 2], ['ket erde', 3], ['\\bkapi\\w* ac(?:amiyo|miyo)', 3],
  ['\\bac kal(?:di|mis|dik|iyor)', 2], ['tek basimayim', 1], ['yataktan dus', 2], ['\\bkimsesi yok', 2], ['\\btitriyo', 2],
  ['\\bbuz gibi', 1], ['sobasi yanmiyo', 2], ['\\byalinayak', 2], ['nefesi daral', 3], ['nefes alamiyo', 3], ['\\boksijen', 2],
  ['\\b(?:adama|adamla|birine) verecek', 3], ['baslik parasi', 2], ['\\byemek yok', 2], ['yemek vermiyo', 1], ['aglama sesi', 2], ['haber alam', 3],
  ['cevap vermiyor(?!s)', 3], ['ulasamiyorum', 3], ['yalniz yasiyo', 1], ['\\byalnizim\\b', 1], ['\\bbi tene\\b', 1],
  ['لا ترد', 2], ['لا يرد', 2], ['وحدها', 1], ['وحده', 1],
  ['yangin', 3], ['\\bduman', 2], ['kaniyor', 3], ['bayil', 3], ['evden at(?:ti|mis|tilar|ildim)', 3],
  ['(?:sokakta|parkta|disarida) (?:kal|yat)', 3], ['kapinin onunde', 3],
  // A missing person, a child above all.
  ['kayip basvuru', 3], ['\\bkayip(?:tir|lar)?\\b', 3], ['\\bwinda\\b', 3], ['مفقود', 3], ['اختف', 3], ['ضاع', 3],
  ['\\b(?:cocu\\w*|oglum|kizim|babam|annem|dedem|ninem|kardesim|esim|abim|agabeyim|ablam|kocam|torunum|yegenim|amcam|dayim|teyzem|halam)\\b[^.?!]{0,40}(?:kayboldu|kaybolmus|kaybol)', 3],
  ['\\b(?:saat|saattir|sabahtan|dunden|aksamdan|geceden)\\b[^.?!]{0,30}?(?:kayboldu|kaybolmus)', 3], ['venegeriya', 3], ['\\blezgin', 2],
  ['her tisti biqedin', 3], ['\\bveda (?:mesaj|et|ediyor)', 3], ['son mesaj', 3], ['her sey bitecek', 3], ['helal edin', 3],
  ['yuk olmak istemiyorum', 2], ['ilaclarimin hepsi', 3], ['kendimi bitir', 3], 
  ['\\b(?:oglumun|kizimin|esimin|annemin|babamin|cocugumun) yanina gitmek', 3],
  ['\\bortada yok', 3], ['لم يرجع', 3], ['لم يفتح الباب', 3],
  ['\\bsu bas(?:ti|mis)', 3], ['\\bsu basiyo', 1], ['الماء يرتفع', 3], ['غرق', 2], ['\\bav girt', 3], ['diwar ket', 3], ['li derve raz', 2],
  ['sokaktayim', 3], ['\\busuyorum', 2], ['soba yanmiyo', 2], ['\\bsoba \\d+ gundur yanmiyo', 2], ['\\bnefesi hiriltili', 2], ['\\b(?:kocasi|esi|kocam|esim) pesinde', 3], ['\\beksi \\d+', 1], ['kar kapatti', 1],
  ['birakip git', 2], ['kimliklerimizi al', 3], ['cikmak yasak', 3], ['kotu seyler yap', 3], ['\\btokatla', 2],
  ['\\bdilendir', 2], ['\\bkacir(?:acak|acakmis|di|mis)', 3], ['kilitli (?:bir )?araba', 3], ['arabada bebek', 3],
  ['gundur yalniz', 3], ['hap kutusu', 3], ['\\bbitirecegim\\b', 3], ['kolane ye', 2], ['\\bdilerize', 2], ['disari att', 3],
  ['dayak var', 3], ['\\bcikamiyorum(?<!(?:aydir|yildir|senedir) (?:evden |disari |sokaga )?cikamiyorum)', 2], ['ما حدا فتح', 3], ['الكلب', 1], ['susuz yatiyo', 3], ['uzanamiyo', 2],
  ['ما رجع', 3], ['uyanmiyo', 3], ['agzindan kopuk', 3], ['kapali tutuyo', 3], ['yemek bile vermiyo', 3], ['namusumuzu temizle', 3],
  ['\\bkacirildi', 3], ['قفل عليه', 3], ['ضربه', 2], ['\\bniha diya min dixe', 3], ['qirin', 2], ['xwe bavejim', 3],
  ['telefone venake', 2], ['beni bitirece', 3], ['merdivenden it', 2], ['لحالهم', 2], ['مسكر من برا', 3], ['ما في اكل', 2],
  ['iyi bak.? diye', 2], ['\\bkonumu\\b', 1], ['sel suyu', 3], ['\\bsu yukseliyo', 3], ['catiya cik', 2], ['bu gece bitiriyor', 3], ['bu gece sonum', 3],
  ['\\bip aldim', 3], ['\\bsonum olacak', 3], ['yuk olmaktan', 2], ['ارمي نفسي', 3], ['لم اعد احتمل', 2], ['لم اعد اتحمل', 2], ['ما عدت اتحمل', 2], ['\\bkrizde', 2],
  ['duvara firlat', 2], ['evden kacti', 3], ['bu gece (?:otobus|gidecek)', 2], ['\\bwe dixe', 3], ['\\bhewar', 3],
  ['kafami duvara', 3], ['kaldigim yerden devam', 3], ['\\bhala yok\\b', 3], ['\\bpijamayla', 2], ['cikinca konusacag', 2],
  ['\\bcikmaya korkuyo', 3], ['اغلق الباب', 3], ['قطع الكهرباء', 2], ['لا يستطيع ان يقوم', 3], ['ولا ياكل', 2], ['تركه وحده', 3],
  ['\\btufek', 2], ['\\bpara karsiligi', 3], ['parayla bir adama', 3], ['adama verecek', 3], ['adama ver(?:di|mek)', 3],
  ['karnima tekme', 3], ['\\blekelen', 2], ['\\byumrukla', 2], ['\\bsarhos gel', 2], ['naxwazim edi bijim', 3], ['\\bkerek', 2], ['dolaba kapat', 3], ['odaya kapat', 3], ['\\bgirtiye\\b', 2], ['مقفول', 3], ['يربط', 3], ['بالحبل', 2],
  ['\\batlasam', 3], ['hepsini icece', 3], ['kemer izleri', 3], ['\\bmorarm', 2], ['isini bitirece', 3], ['bisewitin', 3],
  ['xwarin nade', 2], ['\\bulasmamis', 2], ['kimse gormemis', 2], ['فتح الباب', 2], ['لحاله', 1], ['بياكل', 2], ['بيشرب', 2],
  ['bebek bulduk', 3], ['\\butuyle', 3], ['\\byaniklar', 2], ['eve gitmekten kork', 3], ['\\bkipirdami', 3], ['kes nehatiye', 2], ['yaninda kimse yok', 2], ['terk edilmis', 3], ['sarili (?:bir )?bebek', 3], ['kolon patla', 3],
  ['\\bcatirdiyo', 2], ['kapi sikisti', 2], ['gaz kokusu', 3], ['enkaz altinda', 3], ['koprunun ustunde', 3], ['asagi bakiyorum', 2],
  ['her sey bitti', 2], ['bu gece hallediyor', 3], ['ilaclarini biriktir', 3], ['ilaclarimi biriktir', 3], ['yuk olmayacag', 3],
  ['ez venagerim', 3], ['li min negerin', 3], ['ceka xwe hilda', 3], ['ker hilda', 3], ['evini bulamiyo', 3],
  ['adini hatirlamiyo', 2], ['sokaga att', 3], ['sokaktayiz', 3], ['gidecek yerimiz yok', 2], ['nisan yapiyo', 2],
  ['lik adam', 2], ['sobe vemir', 2], ['tistek nexwar', 3], ['\\bdovup', 2], ['\\bsopa', 2],
  ['\\byaka(?:riz|rim|cag|cam|caklar)(?!\\w* (?:azal|bit|kalmadi))', 3], ['\\bbagli(?:yo|yor)', 2], ['cozun beni', 3], ['donmeyecegim', 3], ['not birak', 2], ['\\btufeg', 2], ['\\bvururum\\b', 3], ['\\bzincir(?:le|e\\b|lere\\b|li (?:tut|bagl))', 3], ['zorla tutuyo', 3], ['kacamazsin', 2], ['\\bac birak', 3], ['سيحرقني', 3], ['اقفل الباب', 2], ['\\b(?:saattir|gundur|sabahtan beri) yok\\b', 3], ['elimden kac', 2], ['\\bbirini gonder', 3],
  ['\\bbiri(?:ni)? (?:gitsin|baksin|gelsin)', 2], ['\\bgorursun\\b', 2], ['\\bbibini\\b', 2], ['li min xist', 2], ['\\biro\\b', 1],
  ['\\bisev\\b', 1], ['يصرخ', 2], ['يفتح الباب', 2], ['kalkamadi', 3], ['\\bgundur (?:bir sey )?yeme', 3], ['kopru altinda', 2],
  ['li parke radiz', 3], ['ji male derxist', 3], ['تركوه', 3], ['تركوها', 3], ['من الجوع', 2], ['يرمي نفسه', 3],
  ['رساله وداع', 3], ['\\bjilet', 2], ['\\bkan var', 2], ['beni aramasin', 2], ['\\batlarim\\b', 3], ['asagi atla', 3], ['\\b(?:annesi|anneleri|babasi|ailesi) (?:gelmedi|donmedi)', 2], ['xatir ji', 2], ['\\bveda et', 2], ['esyalarimi dagit', 3], ['dayanamiyorum', 2], ['\\bhelallik', 2],
  ['\\b(?:eve|okuldan|isten|dersten|kurstan) (?:donmedi|donmemis|donmuyo|gelmedi|gelmemis|gelmiyo)', 3],
  ['\\b(?:cikmis|cikti|gitti|gitmis)\\b[^.?!]{0,15}donme(?:di|mis)\\b', 3], ['her yere bakt', 3],
  ['\\b(?:nerde|nerede) (?:oldugunu |oldugu )?bilmiyo', 3], ['\\btelefon\\w* (?:acmiyo|kapali)', 2],
  // Writing in secret, or unable to call: the danger is in the room.
  ['gizli yaziyo', 3], ['\\bgizlice (?:yaziyo|mesaj)', 3], ['\\bfazla yazamiyo', 3], ['\\barayamam', 2], ['\\b(?:o evde|o burada|o icerde|o iceride)\\b', 2],
  ['telefonu sakla', 2], ['\\bsu an konusamiyo', 2], ['\\bkurtarin\\b', 3], ['\\bkurtarin beni', 3],
  // Threats in the words of the one who makes them ("seni pencereden atacam", "hesaplaşacağız").
  ['\\bseni\\b[^.?!]{0,25}?(?:atacam|atacagim|atarim|gebert|mahved|kesece|kescem|keserim|bogarim|bogacag)', 3], ['\\bhesaplasacag', 3],
  ['\\bhesaplasaca(?:z|m)\\b', 3], ['\\bbogazimi sik', 3], ['\\bbogazini sik', 3], ['\\bbogmaya calis', 3], ['\\balip gotur(?:ece|ucem|cem)', 2],
  ['\\beve donmek istemiyo', 2], ['\\bicip gel', 2], ['\\bsarhos (?:gel|geldi|halde)', 2], ['\\bbeni itti', 2], ['\\bhala evde', 2],
  ['\\bsaatlerdir (?:bagiriyo|agliyo|ciglik)', 2], ['\\bbagirma sesi', 2], ['\\bciglik sesi', 2],
  // Fallen, moaning behind a locked door; no one seen for days.
  ['\\binliyo', 3], ['\\b(?:kapi|kapisi|kapilari) (?:iceriden )?kilitli', 2], ['iceriden kilitli', 3], ['\\bkapi\\w* cald\\w* ac(?:mi|ami)yo', 3],
  ['\\bgundur (?:evde )?yalniz', 3], ['\\b(?:gundur|gunden beri) (?:\\S+ )?gorunmu(?:yo|yor)', 3], ['\\bgorunmuyo', 2], ['\\bkimse gelmedi', 1],
  ['ekmekler birik', 2], ['gazeteler birik', 2], ['\\bayaklarim tutmuyo', 2], ['\\bkomurum (?:bitti|kalmadi)', 2], ['\\bcok soguk', 1],
  ['\\bekmek iste(?:di|diler|yo)', 2], ['\\baglayarak', 1],
  // A child in a car, on a balcony, with a stranger.
  ['\\barabada (?:bir )?(?:cocuk|bebek)', 3], ['\\barabanin icinde[^.?!]{0,30}?(?:cocuk|bebek)', 3], ['\\bbalkonda birak', 3], ['\\bkorkulugu yok', 2],
  ['\\byabanci bir adam', 2], ['\\bonunde bekliyo', 2], ['\\bkolundan (?:tutup|tuttu|cek)', 2], ['\\barabasina bindi\\b', 2],
  // Homes burnt or collapsed, families outside in the cold.
  // A date ahead is not now (what the urgency model may read as a threat in "he wants to evict us").
  ['الشهر القادم', -1], ['الشهر الجاي', -1], ['\\bgelecek ay\\b', -1], ['\\bonumuzdeki ay\\b', -1], ['\\bmeha (?:be|were)\\b', -1],
  ['\\bevimiz yandi', 1], ['\\b(?:akrabalarda|akrabamizda|akrabalarimizda) kaliyo', -2], ['\\bdisaridayiz', 3], ['\\bdisaridayim', 3],
  ['\\busuyor(?:um|uz)', 2], ['\\bsolunum cihaz', 2], ['\\bsarj\\w* (?:\\d+ )?(?:saat|dakika)\\w* kal', 2], ['\\belektri\\w* kesil', 1],
  ['hilwesiya', 3], ['\\bli derve ne\\b', 2], ['\\bsewiti\\b', 1], ['\\bdide mer\\b', 3], ['\\bdawet sibe', 3],
  ['بالشارع', 3], ['وين نروح', 2], ['بالبرد', 1], ['بتقدر تقوم', 3], ['بيقدر يقوم', 3], ['ما عم يرد', 3], ['ما حدا شاف', 3], ['الباب مسكر', 2],
  // No sound, no door opened, no waking: someone helpless inside (also in deaf writers' grammar: "kapı açmak yok").
  ['\\b(?:gundur|gunden beri|saattir) ses (?:yok|gelmiyo)', 3], ['\\bkapida (?:gazeteler|ekmekler)', 2], ['\\bgundur kimse yok', 3],
  ['\\byatalak\\b(?! degil)[^.?!]{0,20}?(?:yalniz|tek)', 3], ['\\bkapi\\w* acmak yok', 3], ['\\buyanmak yok', 3], ['\\bzehirlen', 3], ['\\bkapi kilit\\b', 2],
  ['\\bnobet geciri', 3], ['\\bsarhos\\b[^.?!]{0,15}?bagiri', 2], ['\\bkapida bagiri', 3], ['\\bkiracam\\b', 2], ['\\bsaklan(?:di|dik|diler|iyo)', 2],
  ['\\bzorla gotur', 3], ['\\bbilmedigim (?:bir )?yere', 2], ['\\bitip dusur', 2], ['\\bgaz acti', 3], ['\\bpatlat(?:cam|acagim|acak|cak)', 3],
  ['\\batli(?:cam|cak|yacak|yacagim)\\b', 3], ['\\btelefonu kapatti', 2], ['\\bbalkon\\w*[^.?!]{0,25}?kenar', 3], ['\\bbaltayla', 3],
  ['\\bcaku\\b', 3], ['\\bvesarti', 3], ['\\bagir girt', 3], ['\\btene li male', 2], ['\\bbide mer\\b', 2], ['ضايع', 3],
  // Threats and fear in the victim's words; the offender waiting outside; a head wound.
  ['\\bkorkudan', 2], ['\\bkolumu (?:bukt|kir)', 2], ['\\bisiklari kapat', 2], ['\\bitip kak', 2], ['\\btakip ediyo', 1], ['kimseye yar etmem', 3],
  ['\\barabada bekliyo', 2], ['yapma oldurme', 3], ['\\bdakikadir suruyo', 2], ['\\bustune yuru', 2], ['\\btelefon\\w* kapandi', 2],
  ['\\bbicag', 3], ['\\bbileyip', 2], ['\\bsessiz yaziyo', 3], ['\\bbitiricem', 3], ['kimse uzulmesin', 3], ['\\bbasindan kan', 3], ['\\bkan geliyo', 2],
  ['\\bkapi disari et', 3], ['gidecek kimsem yok', 2], ['\\boldurur\\b', 3], ['bu gece kalacak (?:bir )?yer', 2], ['\\bgeberte(?:cem|cegim|cek)', 3],
  ['\\byine yakacak', 3], ['sigara yanig', 2], ['\\bson (?:kova|odun|komur|torba)\\w* (?:yak|bit)', 2], ['\\bhasarl?\\w*[^.?!]{0,40}?icinde kaliyo', 3], ['\\bcatlak buyu', 2], ['\\bbared ktir', 1], ['\\b(?:bl|bel|fi el) share3', 3], ['\\btarradni', 2], ['\\bekmekten baska', 2], ['\\bcocuklar hastalan', 1], ['\\besi adresi(?:ni)? biliyo', 3], ['\\byatak yarasi', 2], ['\\bilaclari verilmiyo', 2],
  // (From q47/q48.) Moroccan Arabic in Latin letters: "kaydrbni" (he beats me), "khrjni mn dar" (threw me out), "f zenqa" (in the street).
  ['\\b(?:kaydrbni|kaydrebni|kaydarbni|kayedrebni|kaydrbna)', 3], ['\\b(?:khrjni|khrejni|kharjni)', 2], ['zenqa', 2], ['zenka\\b', 2],
  // A threat of death if she goes back; a child asking the neighbours for bread; a cold house.
  ['\\beve donerse (?:\\S+ ){0,2}?oldur', 3], ['\\boldurulecegini', 3], ['\\bekmek istemeye', 3], ['ev buz gibi', 1], ['evimiz buz gibi', 1],
  // Not a person out of sight: "e-devlette görünmüyor"; not a relative not answering: "vakıf da telefonu açmıyor".
  ['\\b(?:devlet|sistem|ekran|hesab)\\w* gorunmuyo', -2], ['\\b(?:vakif|vakfi|belediye|kurum|memur|sydv|mudurluk|kaymakamlik)\\w*(?: da| de)? telefon\\w* (?:acmiyo|acmadi|kapali)', -2],
  // A payment that has not come ("… hâlâ yok"); an official who showed the writer the door; a teenager out at nights.
  ['\\b(?:yardim|maas|para|odeme|destek|burs)\\w*\\b[^.?!]{0,50}?\\bhala yok\\b', -3], ['\\b(?:memur|gorevli|personel)\\w*\\b[^.?!]{0,60}?\\bkapi disari', -3],
  ['\\b(?:geceleri|bazen|aksamlari) (?:\\S+ )?eve (?:gelmiyo|donmuyo)', -3],
  // (From q49/q50.) Threats to find or finish her; a husband who knows where she went.
  ['\\bseni bul(?:acagim|urum|ucam)', 3], ['\\bsaatlerce bekledi', 2],
  ['\\bbitiririm', 3], ['\\bbogazimdan sik', 3], ['\\badresi(?:mi|ni)? biliyo', 2],
  // Arabic in Latin letters: "abouh byedrbo" (his father beats him), "yzawjoonha" (they are marrying her off).
  ['\\b(?:byedrb|bidrb|yedrb|ydrbo|ydrbha)', 3], ['\\byzawj', 2],
  // (From q51/q52.) Kurmanji: nothing at home to eat, children ill from the cold.
  ['\\btistek (?:\\S+ ){0,4}?tune ku bixw', 3], ['\\bji sermaye', 2],
  // Staying with someone for now ("şimdilik bir arkadaşımın yanında kalıyorum") after being thrown out.
  ['\\bsimdilik (?:\\S+ ){0,3}?(?:yaninda|yanimda|evinde) kaliyo', -2],
  // (From q53/q54.) No gas heating for weeks, no baby formula left; a mother going into surgery with no one for her son.
  ['\\bkombi\\w* (?:\\S+ )?yakamiyo', 2], ['\\bmama(?:si)? (?:da )?(?:kalmadi|bitti)', 3], ['\\bbakacak kimse (?:yok|kalmadi)', 2],
  // (From q57/q58.) A plea to stop a marriage ("Lütfen engel olun"); Arabizi "7abasni" (he locked me in).
  ['\\bengel olun', 2], ['7abasni', 3], ['habasni', 3], ['7absni', 3], ['7abasetni', 3],
  ['\\barkadasim(?:da|in yaninda|in evinde) kaliyo', -2],
  // (From the misses left over q2–q58.) Bruises and fear in a care home;
  // no heating with a feverish baby; the stove out for days; nothing left to eat; a light not on for days.
  ['\\bmorluk\\w*[^.?!]{0,80}?\\bkork', 3], ['\\bkorkudan konusamiyo', 3],
  ['\\bevde isinma yok', 2], ['\\bekmek bile (?:yok|kalmadi)', 3], ['\\bkan kay(?:drbni|drebni|darbni)', -4], ['\\b(?:biz|ben) (?:isteyken|iste iken)', -2], ['\\bgundur soba(?:si)? yanmiyo', 2], ['\\byiyecek (?:bir sey|hicbir sey) kalmadi', 3], ['\\bisig\\w* yanmiyo', 2],
  // A pupil with bruises again who does not want to go home; a lost parent "found" ("sabah bulduk").
  ['\\byine morluk', 2], ['\\beve gitmek istemedig', 2], ['\\b(?:sonra|sabah|aksam|sonunda|neyse ki|cok sukur) bulduk\\b', -3],
  // Violence in the past ("كان جوزي يضربني", he used to beat me), an old father in good health living alone.
  ['كان (?:جوزي|زوجي|طليقي) (?:ي|بي)?ضرب', -3], ['\\bsagligi (?:yerinde|iyi)', -2],
  // A lost phone or card is no lost child; an old person asking for a care home.
  ['ضاع (?:موبايلي|تلفوني|جوالي|الموبايل|التلفون|الكرت|كرتي|كيملكي|الكيملك)', -3], ['\\bhuzurevine (?:basvur|yerlesmek|yerlestirmek|gitmek|girmek)', -2],
  ['\\bndaff?i\\b', 2], ['\\btaburcu ol\\w*[^.?!]{0,40}?bakacak kimse', 2], ['\\btaburcu (?:oldu|olmus|oluyo|edildi|ediliyo)\\w*[^.?!]{0,40}?(?:bakacak|alacak|ilgilenecek|goturecek) kimse(?:si|m|miz)? yok', 2], ['\\b(?:yarin|bugun) taburcu\\w*[^.?!]{0,40}?(?:bakacak|alacak|ilgilenecek|goturecek) (?:hic )?kimse(?:si|m|miz)? yok', 2], ['\\b(?:su an|hala|simdilik) serviste kaliyo', -3], ['\\bbuzdolab\\w* bos', 2], ['\\byatalak\\w*[^.?!]{0,20}?bakan (?:kimse )?yok', 3], ['\\b(?:gundur|gunden beri) (?:\\w+ ){0,2}?alti (?:temizlenmedi|temizlenmemis|degistirilmedi|degistirilmemis)', 3], ['\\bkapiyi (?:yumrukluyo|tekmeliyo|zorluyo)', 3], ['\\bhesaplas(?:acag|icag|caz)', 3], ['\\bma (?:3am )?(?:yiftah|yfta7|byifta7|yiftaa7) (?:l |el |al )?bab', 3], ['\\bevde (?:tek|yalniz|tek basina) kalacak[^.?!]{0,40}', 2], ['\\bma (?:3anda|3ando|3andha|3andon|3enda) (?:akel|akl|2akel|akil)', 3], ['\\bsak(?:ne|in) la7al', 2], ['\\belleri mosmor', 2], ['\\beve gitmek istemiyo', 2], ['\\bcikmis kaybol', 3], ['\\b(?:alzheimer|alzaymir|demans)\\w*[^.?!]{0,60}?kaybol(?:du|mus)', 3],
  // (From q77/q78.) A patient sent home tomorrow with no home or kin; a relative left alone (to be, or cared for by
  // no one after a stroke); a broken hip with no carer; no food in the house (Arabizi); children cold with no fuel
  // (Arabic "بردانين"); a seizure (Arabizi, Arabic); an old woman alone without heat or light in winter (Kurmanji).
  ['\\b(?:yarin|bugun) taburcu\\w*[^.?!]{0,40}?(?:bakacak )?(?:yakini|yakinlari|evi|gidecek yer\\w*|kalacak yer\\w*) yok', 4], ['\\b(?:tek|yalniz|tek basina) kalacak', 1.5],
  ['\\b(?:felc|yatalak|yuruyemiyo|hasta)\\w*[^.?!]{0,40}?kimse bakmiyo', 2], ['\\byemeg?\\w* bile (?:yiyemiyo|yapamiyo)', 2],
  ['\\b(?:kalca|bacag|ayag)\\w* (?:kirik|kirildi|kirilmis)[^.?!]{0,60}?(?:bakici|bakacak|yalniz)', 2],
  ['\\bma fi (?:akel|akl|2akel|akil|shi nakol)', 3], ['بردان(?:ين|ه|ة)', 2], ['\\b(?:ajatu|ajato|ajatha|jatu|jato|jatha) nawb', 3], ['اجته نوب', 3], ['اجتها نوب', 3], ['جاته نوب', 3], ['جاتها نوب', 3],
  ['\\bbe (?:ezing|elektrik|komir|sobe)[^.?!]{0,40}?zivistan', 3], ['\\bzivistan[^.?!]{0,40}?\\bbe (?:ezing|elektrik|komir|sobe)', 3],
  // (From q79/q80.) A cracked hip too; a cold house and no one looking in on him (Kurmanji); no food for the
  // children, a bitter cold (Arabic); a high fever (Turkish, Arabizi); "he wants to kill me" (Arabizi); nowhere to go,
  // the shelter full.
  ['\\b(?:kalca|bacag|ayag)\\w* (?:catladi|catlamis|catlak)', 2], ['\\bmal pir sar', 3], ['\\bnexwes ketin', 2], ['\\bkes li (?:wi|we|wan) nanere', 3],
  ['البرد شديد', 2], ['لا يوجد طعام', 2], ['\\bevde yemek yok', 2], ['\\bates\\w* (?:39|40|41)\\b', 3], ['\\b7ara(?:ra)? (?:39|40|41)\\b', 3],
  ['\\bharara (?:39|40|41)\\b', 3], ['\\by2tol', 3], ['\\bya2tol', 3], ['\\byi2tol', 3], ['\\bb2tol', 3], ['\\bsiginma ?evi\\w* yer yok', 2],
  ['\\bnereye gidece\\w* bilmiyo', 1],
  // (From q81/q82.) No food left, going to bed hungry; Kurmanji hungry children, shivering ("dilerizin"); the carer
  // not coming for days, the food run out; a child not eating for days, no one checking on her (Arabizi). Dampers:
  // a student's homework; neighbours looking in every day (Kurmanji).
  ['\\byiyecek kalmadi', 3], ['\\bac yatiyo', 2], ['\\bbirci ne\\b', 2], ['\\bdilerizin', 3], ['\\byemek bitmis', 2],
  ['\\bbakici\\w* \\d+ gundur gelmiyo', 3], ['\\bma (?:byakol|byakel|bya2kol|btakol|bt2kol) shi', 3], ['\\bma 7ada (?:3am )?(?:yetfa2ad|yitfa2ad|yes2al|ys2al|yis2al|yjib|yjeeb|yehtam|y3tani|ystal)', 3],
  ['\\bodev\\w* icin', -3], ['\\bciran her roj', -2],
  // (From q83/q84.) "her şeye son vermek" (to end it all); Kurmanji children "di sermayê de" (in the cold), an old
  // man who "nikare xwarinê çêke" (cannot cook); Arabic children "بدون طعام منذ" (without food for …). Damper: homework.
  ['\\bher seye son ver', 3], ['\\bdi sermaye de', 2], ['\\bnikare xwarin', 2], ['بدون طعام منذ', 2], ['بلا طعام منذ', 2],
  ['\\bodev\\w* (?:hazirliyo|yapiyo)', -3],
  // (From q85/q86.) Old parents unable to keep warm ("ısınamıyorlar"); a care home that leaves her unchanged; a baby's formula run out.
  // Dampers: a device (hearing aid, wheelchair) broken or wanted; Kurmanji "pereyê me tune" (we have no money for it).
  ['\\bisinamiyorlar', 2], ['\\balt(?:i|ini|imi) (?:degistirmiyo|temizlemiyo)', 3], ['\\bmama\\w* (?:da |de )?(?:yemek (?:da |de )?)?(?:bitti|kalmadi|yok)', 2],
  ['\\bcihaz', -1], ['\\bsandalye\\w* (?:kirildi|bozuldu)', -1.5], ['\\bpereye me tune', -1.5],
  // (From q87/q88.) Not answering the phone for days (one person, not "the family"); nowhere to stay tonight; Kurmanji "kesê lê binêre tune" (no one
  // to look after him), "nikarim xwarin çêkim", "kes naye cem min"; Arabizi "7arara ktir" (a high fever); a care home
  // that "altını değiştirmemiş". Dampers: "tehlike geçti" (the danger is over), staying with relatives.
  ['\\bgundur telefon\\w* (?:cikmiyo|acmiyo|acmadi|cevap vermiyo)(?!rlar|lar)', 3], ['\\b(?:bu aksam|bu gece) kalacak yer\\w* yok', 3],
  ['\\bkese le binere tune', 3], ['\\bnikarim xwarin', 2], ['\\bkes naye cem', 2], ['\\b7arara (?:ktir|ktiir)', 3],
  ['\\balt(?:i|ini|imi) (?:\\w+ )?(?:degistirmemis|degistirmedi)', 3], ['\\btehlike gecti', -4], ['\\bakrabalarinin yaninda', -2],
  // (From q89/q90.) A care home where "altı değiştirilmiyor"; an old mother "2 gecedir üşüyor". Dampers: staying with a
  // sister or brother ("ablamın yanında kalıyor", 33 labelled, none urgent).
  ['\\balt(?:i|ini|imi) (?:\\w+ )?(?:degistirilmiyo|temizlenmiyo)', 3], ['\\b(?:gecedir|gundur) (?:cok )?usuyo', 2],
  ['\\b(?:ablamin|abimin|annemin|teyzemin|kardesimin|kizimin|oglumun) yaninda kaliyo', -2],
  // (From q91/q92.) Kurmanji "kes lê nanêre" (no one looks after her), "nikare ji nav nivînan rabe" (cannot get out of
  // bed), "xwarin nexwariye" (has not eaten). Damper: "kendime zarar vermeyi düşünmüyorum".
  ['\\bkes le nanere', 3], ['\\bnikare ji nav nivinan rabe', 2], ['\\bxwarin nexwariye', 2], ['\\bzarar vermeyi dusunmuyorum', -5],
  // (From q93/q94.) Kurmanji "taya wê 40 e" (her fever is 40), "heta îşev derkevin" (out by tonight), "xwarin … nemaye"
  // (no food left); the landlord saying "out tomorrow". Damper: "komşular göz kulak oluyor" (the neighbours keep an eye).
  ['\\btaya (?:we|wi|min) (?:39|40|41)', 3], ['\\bheta isev', 3], ['\\bxwarin\\w* (?:di male de )?nemaye', 2],
  ['\\bev sahibi (?:yarin|bu aksam|bu gece|bugun)[^.?!]{0,15}cik', 3], ['\\bgoz kulak olu', -2],
  // (From q95/q96.) Kurmanji "îşev derkevin", "îşev li kolanê" (out, on the street tonight); Arabizi "yedrabni"; a
  // patient with no carer once discharged; a child left alone for days; a rib broken last night; "ev(i) buz gibi" (50
  // labelled, all urgent), "ısınamıyor"; "dünden beri bir şey yemedi"; Kurmanji "kes li cem wê nîne"; "saçımdan
  // sürükledi", "bana el kaldırıyor"; Arabic "ليس عندي طعام".
  ['\\bisev(?:e)? derkev', 3], ['\\bisev li kolane', 3], ['\\byedrab\\w*', 3], ['\\btaburcu\\w*[^.?!]{0,30}?bakacak kimse\\w* kalmiyo', 3],
  ['\\bgunlerce yalniz birak', 3], ['\\bkaburga\\w* kir', 3], ['\\bev buz gibi', 3], ['\\bevi buz gibi', 3], ['\\bevimiz buz gibi', 3], ['\\bisinamiyor\\b', 2], ['\\b(?:dunden|gundur|sabahtan) beri (?:bir sey|hic bir sey|hicbir sey) yemedi', 3], ['\\bkes li cem (?:we|wi) nine', 3], ['\\bsacimdan surukle', 3], ['\\bbana el kaldiriyo', 3],
  ['ليس عندي طعام', 2],
  // (From q99/q100.) Kurmanji "xanî pir sar e"; a care home's staff "kötü davranıyor"; "çocuklar hasta oldu" (10
  // labelled, all urgent); Arabic "لا أحد يعتني به" (14 labelled, all urgent).
  ['\\bxani pir sar', 3], ['\\bpersonel\\w* (?:ona |anneme |babama )?kotu davran', 3], ['\\bcocuklar hasta oldu', 2], ['لا احد يعتني', 3],
  // (From q121/q122.) Food run out at home ("evde un yağ bitti", "evde yiyecek bir şey kalmamış": 39 of 42 labelled
  // urgent); deaf writers' "usta dövmek", "öğretmen vurmak"; hair pulled, thrown to the floor; Kurmanji "mal sar e",
  // "komira me qediya", "kes nîne lê binêre / li ba wî", "xwarinê jî nikare"; Arabizi "y7bsa" (locks her in), "ma 7ada
  // yeb2a ma3a" (no one stays with her); Arabic "مرضوا من البرد" (ill from the cold); nowhere to go once discharged.
  ['\\b(?:cocu|kucuk)\\w*[^.?!]{0,60}?\\bevde (?:un|yag|erzak|yiyecek|yemek|ekmek|mama|sut|gida)\\w*(?: \\S+){0,2}? (?:bitti|kalmadi|kalmamis|bitmis)\\b', 3], ['\\bevde (?:un|yag|erzak|yiyecek|yemek|ekmek|mama|sut|gida)\\w*(?: \\S+){0,2}? (?:bitti|kalmadi|kalmamis|bitmis)\\b[^.?!]{0,60}?\\b(?:cocu|kucuk)', 3], ['\\b(?:yalniz|tek basina)\\w*[^.?!]{0,60}?\\bevde (?:un|yag|erzak|yiyecek|yemek|ekmek|mama|sut|gida)\\w*(?: \\S+){0,2}? (?:bitti|kalmadi|kalmamis|bitmis)\\b', 3],
  ['\\b(?:usta|ustasi|ogretmen|ogretmeni|abim|abisi|kocasi|esi|babasi) (?:\\S+ )?(?:dovmek|vurmak)\\b', 3], ['\\b(?:sacim|sacimi|saclarimi)\\w* cek', 3], ['\\byere (?:atti|atmak|firlatti|itti)', 2],
  ['\\bmal sar e\\b', 3], ['\\bkes nine (?:le binere|li ba)', 3], ['\\bxwarine (?:ji )?nikare', 3],
  ['\\by7bs', 3], ['\\bma (?:7ada|had) (?:yeb2a|yb2a|ykoun|ykun|bi2a)', 3], ['مرض\\S* من البرد', 3],
  // (From q123/q124.) Arabic "البرد كتير" (very cold), "ما عنا تدفئة" (no heating); Kurmanji "xanî sar e" (the house is
  // cold), "zarok nexweş bûn" (the children fell ill); Arabizi "tarkino la7alo" (left him alone), "yejbarni etjawaz"
  // (forces me to marry), "bedo yenta7er" (wants to kill himself); "kalırsa ölecek"; a child to be married off
  // ("evlendirilecek"); a suspicion of sexual abuse; cannot feed himself, left uncared for; discharged tomorrow with no
  // one to look after him. Dampers: a child alone for two hours after school (a question about after-school care), an
  // ambulance asked for as a service ("ambulans ya da araç desteği").
  ['البرد كتير', 2], ['ما عنا تدفئه', 2], ['\\bxani (?:pir |gelek )?sar e\\b', 3], ['\\bzarok\\w* nexwes (?:bun|ketin)', 2], ['\\btark\\w* la7al', 3],
  ['\\b(?:yejbar|yjbar|bijbar)\\w* (?:\\S+ )?(?:etjawaz|itjawaz|atjawaz|jawaz|zawaj)', 3], ['nta7[ei]r', 3], ['\\b(?:yoksa|kalirsa|boyle giderse) olecek', 3],
  ['\\bevlendirilece', 3], ['\\bcinsel istismar suphe', 2], ['\\bbakimsiz kal', 2], ['\\byemek yiyemiyo', 2],
  ['\\b(?:yarin|bugun) taburcu[^.?!]{0,80}?bakacak (?:hicbir |hic bir )?(?:yakini|kimsesi|kimse)\\w* (?:yok|bulunmamakta)', 4],
  ['\\bokul(?:dan)? sonra(?:si)?[^.?!]{0,40}?yalniz kal', -3], ['\\bambulans\\w* (?:ya da |veya )?(?:\\S+ )?(?:\\S+ )?deste[gk]', -3],
  // (From q125/q126.) "bu gece yine gelirse" (if he comes again tonight); Arabic "بارد جدا" (very cold), "الأطفال مرضى"
  // (the children are ill); a stove left on by someone with dementia, once ("ocağı açık unutmuş"; not the habit,
  // "unutuyor", which labels split on); Arabizi "by7bisni" (locks me in), "dala3et" (she got lost), "byitrkuhon la7alon" (they leave them alone);
  // a care home's staff pushing or hitting.
  ['\\bbu gece (?:yine |tekrar )?gelirse', 3], ['بارد جدا', 2], ['(?:الاطفال|الاولاد|اطفالي|ولادي) (?:مرض|مريض)', 2], ['\\bocag\\w* acik unut(?:mus|tu)', 2],
  ['(?:7bisni|y7bis)', 3], ['\\bdala3', 3], ['(?:trk|trok)\\w* la7al', 3], ['\\bpersonel\\w* (?:\\S+ )?(?:itiyo|vuruyo|dovuyo|itti|vurdu|itmis)', 3],
  // (From q127/q128.) A family in a nylon tent; a newborn left by her mother ("bebeğini bırakıp"); Arabic "ما عندنا
  // أكل" (we have no food); Arabizi "yente7er", "baddo yemout" (wants to die), "yla7e2ni" (stalks me), acid, "ma akal"
  // (has not eaten), "la7alo bel bet" (alone at home), "yzawejni" (marries me off), "wa2e3t" (I fell); "ısınamıyoruz";
  // a care home that mistreats him. Damper: "şikayetçiyim" (76 of 81 labelled calm).
  ['naylon cadir', 3], ['\\bbebeg\\w* birakip', 3], ['ما عندنا اكل', 3], ['ما عنا اكل', 2], ['nte7er', 3], ['nte7ir', 3], ['\\b(?:baddo|bedo|bado) (?:yemout|ymout|ymot)', 3],
  ['yla7e2', 2], ['\\basid\\b', 3], ['\\bma akal', 3], ['la7al[oa] bel bet', 2], ['yzawej', 3], ['(?:wa2e3|wa23e)', 3], ['\\bisinamiyo(?!r\\b)', 2], ['\\bhuzurevi\\w*[^.?!]{0,40}?kotu davran', 3],
  ['\\bsikayetciyim', -1],
  // (From q129/q130.) The ex coming to the door to threaten; Kurmanji hungry children ("zarokên min birçî ne": 28 of
  // 29 labelled urgent); Arabizi "ma 3am tred" (she does not answer), "yestanani 2odam el bet" (waits for me at the
  // door), "ra7 e2tlek" (I will kill you); fled home ("evden kaçıp"), the abuser who knows where she is.
  // Dampers: found by the police (Arabic "وجدته الشرطة"); a hearing aid (Arabic "سماعة", 27 labelled, none urgent);
  // staying with the in-laws.
  ['\\bkapiya gel\\w* (?:\\S+ )?tehdit', 2], ['\\bzarok\\w* (?:min |me )?birci', 3], ['ma 3am (?:tred|yrod|terod|yred|trod|trud)', 3], ['yestanan', 2], ['2odam el bet', 2], ['(?:e2tl|e2tol|y2tol)', 3],
  ['\\bevden kac(?:ip|tim|mis)', 2], ['\\b(?:evini|adresimi|adresini) biliyo', 2],
  ['وجدته', -4], ['سماعه', -2], ['\\b(?:kayinpederde|kaynanamda|kayinvalidemde|kayinlarimda)\\b', -2],
  // (From q131/q132.) Children with no food at home ("… 4 çocuğum var evde yiyecek yok"); a care home's
  // mistreatment under any of its names; Arabizi "da3et" (she got lost), "ma byrod" (he does not answer), "ma 7ada
  // shafo" (no one has seen him), "ma fi 7ada ydall ma3o" (no one to stay with him); discharged with no one to take
  // on the care ("bakımını üstlenecek yakını bulunmamaktadır"); a stove out for days ("sobaları 1 haftadır yanmıyor":
  // 174 of 175 labelled urgent), pneumonia; Kurmanji children ill; a child's sexual abuse; a child to be put under
  // protection ("korunma altına alınması").
  ['\\b(?:cocu|kucuk)\\w*[^.?!]{0,60}?\\bevde (?:un|yag|erzak|yiyecek|yemek|ekmek|mama|sut|gida)\\w*(?: \\S+){0,2}? yok\\b', 1], ['\\b(?:bakimevi|bakim merkezi)\\w*[^.?!]{0,60}?kotu davran', 3],
  ['da3[ea]t', 3], ['ma byrod', 3], ['ma 7ada shaf', 3], ['ma fi 7ada (?:ydall|yb2a|yeb2a|yo23od)', 3],
  ['\\b(?:yarin|bugun) taburcu[^.?!]{0,80}?(?:bakimini ustlenecek|bakimini yapacak)[^.?!]{0,20}?(?:yakini|kimsesi|kimse)\\w* (?:yok|bulunmamakta)', 4],
  ['\\bsoba\\w* (?:\\S+ ){1,2}?yanmiyo', 2], ['zaturre', 2], ['\\bzarok\\w*[^.?!]{0,30}?nexwes (?:in|bune|bun)\\b', 2], ['\\bcinsel istismar', 2], ['\\bkorunma altina alin(?:masi|masini)\\b', 3],
  // (From q133/q134.) Arabizi "2asar darb"
  // (marks of beating), "7arrami el akel" (kept food from him), "ma 7ada 3am yhtam fiya" (no one looks after her),
  // "ma 3am ta2dar to2um" (cannot get up); a roof fallen in on someone; children out on the street at night; a
  // grandparent or parent beaten. Dampers: no news of an application ("başvurudan haber alamadık"); staying with the in-laws.
  ['2asar (?:darb|drab)', 3], ['7arram\\w* (?:el )?akel', 3], ['ma (?:7ada|had) (?:3am )?y(?:htam|ehtam|7tam)', 3], ['(?:to2um|yo2um)', 2],
  ['\\bcatisi\\w* (?:coktu|cokmus)', 3], ['\\bgeceleri sokakta', 2], ['\\bbasvuru\\w*[^.?!]{0,40}?haber alam', -3],
  ['\\b(?:dedemi|ninemi|babaannemi|anneannemi|annemi|babami) (?:\\S+ )?(?:dovuyo(?!rdu)|dovdu|vuruyo(?!rdu)|vurdu|itti|itiyo(?!rdu)|itip)', 2], ['\\b(?:kayinpeder|kaynana|kayinvalide)\\w* (?:evinde|yaninda|kaliyo)', -3],
  // (From q135/q136.) A child in hospital no one will take home ("teslim alacak kimse yok"); Kurmanji "şev pir sar e"
  // (the night is very cold); Arabizi "3am yet7arrash fih" (molests him). Damper: "tehlikeli bir durum yok".
  ['teslim alacak kimse(?:si)? yok', 3], ['\\bsew (?:pir |gelek )?sar', 2], ['(?:t7arrash|t7arash|t7arrosh)', 3], ['\\btehlikeli bir (?:durum|sey) yok', -3],
  // (From q137/q138.) Arabizi "yed2orbni" (beats me), "yeqtolni" (will kill me), "b2tlek" (I will kill you), "bi2felo
  // 3alaih" (they lock him in), "mardanin" (they are ill), "ma fi 7ada y…" (no one to …), "yel7a2ni" (follows me),
  // "ma 3am yehtammo" (they do not look after her), "jroo7" (wounds); no coal and a cold house; Arabic "ما أكلوا"
  // (they have not eaten). Damper: "şikayetimi iletmek istiyorum" (36 of 37 labelled calm).
  ['(?:qtolni|qtelni|qtlek)', 3], ['2orbni', 3], ['(?:2tlek|2tlik|2telek)', 3], ['(?:2fel|2fal)\\w* 3ala', 3], ['mardan', 2], ['ma fi (?:7ada|had) y', 2], ['l7a2ni', 2],
  ['ma 3am yehtamm?o', 3], ['jro[ou]7', 2], ['\\bkomur\\w* yok\\b[^.?!]{0,20}?\\bev (?:cok )?soguk', 2], ['ما اكلوا', 3], ['\\bsikayetimi ilet', -1.5],
  // (From q139/q140.) A carer's mistreatment in deaf writers' grammar ("bakıcı kötü davranmak"); violence in a care
  // home; Arabizi "yelmosa" (touches her), "2afal 3alayi" (locked me in), "yhadadni bil sekkine" (threatens me with a
  // knife), "w2e3" (he fell), "ma 7ada 3ando" (no one with him), "yed2ba" (beats her); Kurmanji "ji serma" (from the
  // cold); Arabic "ما عنا شي ناكله" (nothing to eat). Dampers: hearing loss ("işitme
  // kaybı"), a lost job (Kurmanji "karê xwe winda kir").
  ['\\bbakici\\w* kotu davran', 3], ['\\b(?:bakim evi|bakimevi|huzurevi)\\w*[^.?!]{0,30}?siddet', 3], ['(?:yelmos|lmosa)', 3], ['2afal 3ala', 3], ['yhadad', 3], ['(?:sekkin|sikkin)', 2],
  ['(?:w2e3|w2i3)', 3], ['ma 7ada 3and', 2], ['ed2b', 3], ['\\bji serma', 1], ['(?:ما عنا|ما عندنا) شي ناكل', 3],
  ['\\bisitme kay', -3], ['\\bkar\\w* (?:xwe )?winda', -3],
  // (From q141/q142.) No safety of life ("can güvenliğinin olmadığını"); Arabic "تزويجها" (to marry her off); Kurmanji
  // "kesek lê nanêre" (no one looks after him). Dampers: "kendime zarar verecek bir durumda değilim"; Arabizi "kan
  // yedrobni" (he used to beat me).
  ['\\bcan guvenlig\\w* (?:yok|olmadig|kalmadi)', 3], ['تزويج', 3], ['\\bkesek le nanere', 3], ['\\bzarar verecek (?:bir )?durumda degilim', -5], ['\\bkan y(?:edrob|drob|edreb)', -3],
  // (From q143/q144.) Kurmanji "sobeya me tune" (we have no stove), "nikare ji nivînan rabe" (cannot get out of bed),
  // "kes neçûye ba wê" (no one has been to her); Arabizi "ydba7ni" (will slaughter me); a child's hand caught in a
  // machine at work; "sütüm de yok" (no milk of mine) for a baby.
  ['\\bsobe\\w* (?:me )?tune', 2], ['\\bnikare ji nivinan rabe', 2], ['\\bkes necuye ba', 3], ['dba7', 3], ['makineye kaptir', 3], ['\\bsutum (?:de )?yok', 2],
  // (From q145/q146.) No one left to look after him ("bakacak kimse kalmıyor"); no food left at all ("yiyecek hiç
  // kalmadı"); a patient no one comes to take home; Kurmanji "malê de tiştek nemaye" (nothing left at home); a shelter
  // full tonight; a girl to be engaged ("nişanlandırılacak"); gas cut off for debt (16 of 18 labelled urgent); a broken
  // stove; Arabic "أطفال صغار" (small children).
  ['bakacak kimse (?:kalmiyo|olmayacak)', 3], ['\\byiyecek (?:hic|bir sey|hicbir sey) kalmadi', 3], ['\\bkimse almaya gelmiyo', 3], ['\\bmale de tistek nemaye', 2],
  ['\\b(?:konukevi|siginma evi)\\w*[^.?!]{0,30}?dolu', 2], ['nisanla(?:ndirilaca|nacak)', 3], ['\\bdogalgaz\\w* (?:borctan )?kesildi', 2], ['\\bsobasi bozuk', 2], ['اطفال صغار', 1],
  // (From q149/q150.) A stepfather touching a child (52 labelled, all urgent); out in the open ("açıkta kaldı"); afraid
  // to go home ("eve dönmekten korkuyor"); no food and no stove; children selling tissues in the street (43 of 53);
  // discharged tomorrow with nowhere to go ("gideceği yer yok"); Arabizi "ydabba7ni", "ma 3am trud", "tsakker 3lih"
  // (locks him in), "tedrbo"; Arabic "ما عندهم أكل"; a woman beaten by her husband ("eşinden şiddet görüyor"); sick
  // children in bed.
  ['\\buvey baba\\w*[^.?!]{0,40}?dokun', 3], ['\\bacikta kal', 3], ['eve donmekten kork', 3], ['\\bsoba yok\\b', 1], ['\\bmendil sat', 2],
  ['\\b(?:yarin|bugun) taburcu[^.?!]{0,60}?gidecegi yer\\w* yok', 4], ['dabba7', 3], ['sakker 3l', 3], ['tedrb', 3], ['ما عندهم اكل', 3],
  ['\\b(?:esinden|kocasindan) siddet goruyo', 2], ['cocuklar\\w* hasta yatiyo', 2],
  // Kurmanji "tiştek tune ku zarok bixwin": nothing for the children to eat (4 of 4 labelled urgent).
  ['\\btistek (?:tune|nine|ninin|nemaye)\\w*[^.?!]{0,24}?\\bbixwin\\b', 3],
  // Deaf writers' "2 gun yememek", "yemek yapamamak"; no one brings food; left uncared for ("bakımsız kalacak").
  ['\\bgun(?:dur)? (?:hic )?(?:yemek )?yememek', 3], ['\\byemek yapamamak', 2], ['\\byemek getiren (?:kimse )?yok', 2], ['\\bbakimsiz kal', 2],
  // Arabic "ولا أحد يرعاه" (no one looks after him); Iraqi Arabizi "ma 3inda a7ad" (he has no one).
  ['لا احد يرعا', 3], ['\\bma 3inda a7ad', 3],
  // Asking what became of an application (73 of 73 labelled calm).
  ['\\bbasvuru\\w* ne oldu', -1],
  // Iraqi Arabizi "raa7 yektilni" (he will kill me).
  ['\\b(?:yektilni|yiktilni|yuktulni|yektelni)', 3],
  // An application made in Kurmanji ("serlêdan", 207 of the 208 labelled messages with it are no emergency).
  ['\\bserledan', -1.5],
  // Neighbours look after him for now; a complaint about an office; a chronic "can't leave the house".
  ['\\b(?:komsular|komsulari|komsumuz|komsusu|akrabalar)\\w* bakiyo(?!rdu)', -2], ['\\bsikayet (?:etmek istiyorum|ediyorum)', -1.5],
  ['cezaevinden cikti', 1], ['\\bsakladim kendimi', 3], ['\\bsobadan (?:koku|duman|gaz)', 3], ['\\bbasim donuyo', 2], ['\\bkapiya gidemiyo', 2], ['\\bkendimi sakla', 3], ['\\bbulursa bitti', 3], ['\\bses cikaramiyo', 2], ['\\bsaat yok\\b', 3], ['\\bberi yok\\b', 2],
  ['\\bbin ave', 3], ['\\bli ser bani', 3], ['\\bzu alikari', 3], ['\\bagir bi daristan', 3], ['\\bsewat', 2], ['\\bkes tune', 2], ['\\binsulin', 2], ['\\byiyecek bitti', 2],
  ['\\bkimsemiz yok', 2], ['\\byerde kal', 3], ['\\bkirariz\\b', 3], ['\\bbacaklarini kir', 3], ['\\bnaxwazim bijim', 3], ['\\bderman vexwar', 3], ['\\bderiye odeye venake', 2],
  ['\\bbide zilam', 3], ['\\bgirti ye\\b', 2], ['وحده في البيت', 2], ['ارسلوا', 3], ['لا احد يعطيه', 2], ['\\belinde (?:kemer|sopa|balta|satir|bicak|silah)', 3], ['\\byine basladi', 2],
  ['\\bkorkulugun disina', 3], ['\\basagi bakiyo', 2], ['\\bkapi\\w* cald\\w* acmadi', 3], ['\\byasamasina gerek yok', 3], ['\\byuk olmayayim', 3], ['\\bsaattir ariyoruz', 3], ['\\bbulamadik', 2], ['\\bterlikle', 2],
  ['\\b(?:arabada|otogarda|sokakta|parkta) yatiyo', 3], ['\\b(?:disarda|disarida) bekliyo', 2], ['\\bbana vurdu', 2], ['\\btoplu ictim', 3], ['\\bilaclari\\w* ictim', 3], ['\\bsesi kesildi', 3], ['\\bhic ses yok', 2], ['\\byapma diye bagir', 2], ['yasamak icin (?:bir )?sebeb', 3], ['\\bilac\\w* (?:kutusu )?onum', 3],
  ['\\bilaclari topla', 3], ['\\bbirisi yazsin', 2], ['\\bli deri dixin', 3], ['\\bem e te bibin', 2], ['\\btitredim', 2], ['\\bdayanamam\\b', 2], ['\\bevden kov', 2],
  ['\\bcami avlusunda', 2], ['\\bgidecek yer yoh', 2], ['\\bkapiyi acmayin dedim', 3], ['\\bpencerenin altinda', 2], ['\\byine icmis', 2], ['\\bkalkamy', 3],
  ['\\bkapi\\w* acmay', 3], ['\\bsoba yanmay', 2], ['\\btek basuma', 2], ['\\bekmek bitti', 2], ['\\bodun\\w* bitti', 2], ['ما يرد', 3], ['ينهي حياته', 3],
  ['سكر الباب على حاله', 3], ['\\bvedalasti', 3], ['\\bisiklari kapali', 2], ['\\beve kapandi', 2], ['\\bbenden kurtulacaksiniz', 3], ['\\bip bagla', 3],
  ['\\byanina gide(?:cem|cegim)', 3], ['\\barabasina cagir', 3], ['\\bseker veriyo', 2], ['\\bilaclari onume', 3], ['\\bkimse aramasin', 3], ['\\bbiri bilsin', 2],
  ['ما يجاوب', 3], ['ما بيجاوب', 3], ['\\byere dustu', 3], ['\\bkaldiramiyo', 1], ['\\bbaska kimse yok', 2], ['\\bbitsin istiyo', 3], ['\\bbalkondayim', 2],
  ['\\bherkese yuk', 2], ['\\bgecedir (?:otogarda|sokakta|parkta|disarida|arabada)', 3], ['\\bcatidayi', 3], ['\\basagi inemiyo', 3], ['\\byasatmam', 3], ['\\byasatmayaca', 3], ['حابسني', 3], ['حبسني', 3], ['مقفول من برا', 3],
  // Farewells said another way.
  ['\\bson kez yaziyo', 3], ['\\biyiydi deyin', 3], ['(?:sabahi|yarini|yarin sabahi) gormek istemiyo', 3], ['\\bkafamin icindeki ses', 2],
  // Help asked for now.
  ['polis gonder', 3], ['\\bpolis\\w* (?:gon|cag|yolla|haber ver|gelsin|lazim)', 3], ['\\bpolis', 1], ['\\bambulans', 3],
  ['hemen gelin', 3], ['\\bhemen\\b', 1], ['اسعاف', 3], ['الشرطه', 2], ['بسرعه', 2],
  // A child about to be married off, or groomed.
  ['nikah kiyilacak', 3], ['\\bnikah\\w* kiy(?:acak|icak|iyo)', 3], ['dugun yapacak', 3], ['zorla evlendir', 3], ['cocuk evlendir', 3],
  ['destdirej', 3], ['يزوج', 2], ['fotograf iste', 3],
  // Time words: weak alone.
  ['\\bhamile', 1], ['\\bsu an\\b', 1], ['\\bsimdi\\b', 1], ['\\bniha\\b', 1], ['\\bbu gece\\b', 1],
  ['\\bbu aksam\\b', 1], ['\\baz once\\b', 1], ['\\bacil\\b', 1],
  // Safe now, or long ago.
  ['guvendeyim', -4], ['guvendeyiz', -4], ['acil degil(?! belki)', -3], ['siddet yok', -3], ['tehlike yok', -3], ['xetere tune', -4], ['siddet tune', -3], ['cuda dijin', -2], ['ewle me', -4], ['\\bbulundu', -3], ['\\b(?:polis|jandarma) buldu', -3], ['cok sukur', -2], ['boyle bir sey yok', -3], ['\\beger\\b', -1], ['\\beskiden\\b', -2], ['misti\\b', -1], ['mustu\\b', -1], ['\\bkurtardik', -2],
  ['ciddi degil', -3], ['\\bzarar vermem\\b', -5], ['\\bzarar vermeyecegim', -5], ['\\bbir sorun yok', -3], ['birindar nebu', -3], ['\\byangininda', -3], ['\\boldukten sonra', -2], ['قبل سنه', -2], ['لا يوجد مشاكل', -4], ['\\btek basina yasiyo', -2], ['\\btehdit etmiyo', -3], ['\\bkart\\w* kayip', -5], ['\\bsimdi (?:ablamin|annemin|ailemin|babamin|abimin|kardesimin) yanindayim', -3], ['\\b(?:kiz kardesimin|kardesimin|ablamin|annemin|ailemin|babamin|abimin) yanindayim', -2], ['\\byaparsa diye', -2], ['\\byapmadi henuz', -2],
  ['\\belektrik\\w* cevap vermiyo', -3], ['\\bbelediye\\w* cevap vermiyo', -3], ['\\bkurum\\w* cevap vermiyo', -3], ['\\b(?:yildir|aydir|senedir) ortada yok', -6], ['\\bkimse cevap vermiyo', -3], ['\\bevde yalniz yasiyo', -3], ['ما في خطر', -4], ['\\bayri evdeyi', -2], ['\\bkayboldu sandik', -4], ['\\bsimdi evde(?:yiz|yim|ler)?\\b(?! tek\\b| yalniz)', -2], ['\\bgecen donem', -2], ['\\bdava devam', -2], ['\\bdurusma', -2], ['\\bsilah (?:tasima|ruhsat)', -3], ['\\bkayip var\\b', -3], ['\\bdonus yapin', -1], ['\\bsorun yok', -2], ['acil (?:bir )?durum yok', -3], ['\\bsu an (?:bizde|yanimda|yanimizda)', -2], ['\\b(?:annem|babam|dedem|ninem) (?:simdi )?iyi\\b', -2], ['\\bsorusturma acti', -1], ['لقينا اهله', -3], ['لقيناه', -3], ['\\btu (?:tehdit|xetere|metirsi)\\w* tune', -4], ['\\bguvende\\b', -3], ['\\bhefteya bori', -2], ['\\bli mala xizm', -2],
  ['\\b(?:akrabada|akrabalarda|akrabamizda|akrabalarimizda)(?:yiz|yim)?\\b', -2], ['\\b(?:kuzenimde|kuzenimizde|kuzenlerimde|ablamda|ablamlarda|abimde|abimlerde|annemlerde|babamlarda|teyzemde|teyzemlerde|halamda|dayimda|amcamda|anneannemde|anneannemlerde|babaannemde|babaannemlerde|dedemde|dedemlerde|ninemde|nenemde) kaliyo', -2], ['\\bli mala (?:biraye|xwiska|bave|diya|dayika|ape|xale|mete|xaltika|kure|keca) min\\b', -3], ['\\b(?:babasi|babalari|annesi|anneleri|ikisi de) (?:da |de )?ortada yok', -3], ['birakip git\\w*[^.?!]{0,40}?(?:nerde|nerede) (?:oldugunu |oldugu )?bilmiyo', -3], ['موظف[^.?!]{0,40}?يصرخ', -2], ['kimseye bir sey olmadi', -2], ['\\bkart\\w* kayb', -5], ['\\b(?:kart|nasname|belge|cuzdan|pasaport|dosya|evrak)\\w*[^.?!]{0,60}?\\bwinda\\b', -5], ['بطاق[^.?!]{0,20}?ضاع', -5], ['هوي[^.?!]{0,20}?ضاع', -5], ['كملك[^.?!]{0,20}?ضاع', -5], ['ضاع\\S* (?:بطاق|هوي|كملك|جواز)', -5], ['\\bkayip ilan', -3], ['artik eve gelmiyo', -4], ['tarih yok', -2], ['simdi bizimle', -2], ['\\bederdi\\b', -2], ['\\bdixist\\b', -1], ['bi tena sere xwe dijim', -1], ['السنه الفاتت', -2],
  ['اذا رجع', -2], ['sagligim yerinde', -3], ['komsular bulmus', -2], ['\\bsimdi iyi', -2], ['gece duserse', -2], ['\\bsimdilik\\b', -1], ['karar verildi', -2], ['tesekkur ederim', -1],
  ['gitmek istiyo', -1], ['dernek olarak', -2], ['\\btaburcu', -1], ['\\bbazen\\b', -1], ['denetimli serbest', -2], ['yorsa\\b', -1], ['irsa\\b', -1], ['irse\\b', -1], ['ursa\\b', -1], ['urse\\b', -1],
  ['\\b(?:simdi|su an) (?:cok )?iyi', -2], ['cezaevinde\\b', -1], ['\\bgunduzleri', -2], ['tedavi goruyo', -1],
  ['daha iyi(?<!olmasam daha iyi|olmazsam daha iyi)', -2], ['dusuncem yok', -3], ['dusuncesi yok', -3], ['girisiminde bulunmus', -2], ['veqetiyan', -2],
  ['بامان', -4], ['كان يضرب', -2], ['جان يضرب', -2], ['\\balo 183\\w* ulasamiyo', -3], ['ulasamiyo\\w*,? (?:surekli |hep )?mesgul', -3], ['\\bfelc', -1], ['\\byatalak', -1],
  ['لا يوجد خطر', -4], ['\\btehlike gormuyorum', -3], ['قاعده عند (?:اختي|اهلي|امي|اخوي|اخي)', -3], ['gecen (?:ay|yil|hafta|sene|kis|yaz)(?! da\\b| de\\b| vefat| kar\\b| gelmis| verilmis| yatmis)', -1.5], ['\\b(?:yil|ay|sene) once', -2],
];

/**
 * A negation after a phrase ("şiddet yok", "acil değil"), up to `words` words on. The words between may
 * not be the subject of the "yok": "kimse yok", "haber yok", "telefonu yok" say the danger.
 */
function negationAfter(words: string): RegExp {
  const notSubject = '(?!(?:kimse\\w*|bile|anne\\w*|baba\\w*|haber\\w*|telefon\\w*|yemek\\w*|ekmek|bakan\\w*|bakacak|ses\\w*|para\\w*|ilac\\w*|soba\\w*|odun\\w*|komur\\w*|elektrik\\w*|acan|gelen)\\s)';
  return new RegExp(`^[\\s,]*(?:${notSubject}\\S+\\s+)${words}(?:yok|degil|degilim|degiliz|yoktur|almiyor\\w*)\\b`);
}
/** For urgency up to two words on ("zarar verme düşüncem yok"); for categories one ("gazi, 2 bacağı yok" is still a veteran). */
const NEGATION_URGENT = negationAfter('{0,2}');
const NEGATION = negationAfter('?');

interface CompiledRule {
  re: RegExp;
  weight: number;
  /** Which score the rule adds to: an index into CATEGORY_COMPILED, then GENEL, then URGENT. */
  group: number;
  /** Literals one of which every match contains, at its start (or inside it). */
  anchors: string[];
  /** Literals one of which every match also contains, at its end (empty: no second condition). */
  also: string[];
  /** The more selective of the two sets (longer literals): looked for by the automaton, and the rule runs only when one occurs … */
  triggerIds: number[];
  /** … and the text holds one of the other set too: found by the automaton as well (empty: no check) … */
  checkIds: number[];
  /** … or, for sets with a literal too short or too common for the automaton, by includes() (empty: no check). */
  checkText: string[];
  /** For an age phrase ("12 yasinda", "ben 70 yas"): a digit, maybe a space, "yas"/"sal" (AGE_WORDS) must occur too. */
  age: boolean;
  /**
   * Every match starts with one of the pattern's leading literals (after an optional \b), each holding a
   * trigger literal: a match starts at most `leadMax` and at least `leadMin` characters before an
   * occurrence of a trigger literal. Then the first and last occurrences (from the anchor scan) bound
   * where matches can start. -1: no such bounds (triggers found elsewhere in the match).
   */
  leadMax: number;
  leadMin: number;
  /** A trigger literal with a space at an end or two spaces: a blanked copy of the text could make one. */
  spaced: boolean;
  /** The pattern, sticky: for the one place a match can start. */
  sticky: RegExp;
}

/**
 * Does every match have an age (digits) followed by an optional space and a word starting "yas" or "sal"?
 * Such rules (most of them a kinship word, up to 40 characters, then the age) run only when the text has
 * one: ages are rare, the kinship words and "yas" are not.
 */
function agePhrase(p: string): boolean {
  for (const age of [AGE_CHILD, AGE_OLD]) {
    const at = p.indexOf(age);
    if (at === -1) continue;
    const m = / \??(?:\(\?:([a-z\u00c0-\u024f |]+)\)|([a-z]+))/y.exec(p.slice(at + age.length));
    const words = m === null ? [] : m[1] !== undefined ? m[1].split('|') : [m[2] as string];
    return words.length > 0 && words.every((w) => w.startsWith('yas') || w.startsWith('sal'));
  }
  return false;
}
/** A digit, an optional space, then "yas" or "sal": one of these occurs wherever an agePhrase rule matches. */
const AGE_WORDS = [...'0123456789'].flatMap((d) => [`${d}yas`, `${d} yas`, `${d}sal`, `${d} sal`]);

/** The literal a pattern starts with ("koruma karar", "\\bdov(?:…)" → "dov"), or the literals of a leading
 * alternation of plain words, Arabizi and Arabic ones too ("(?:kizim|oglum)…" → ["kizim", "oglum"], "(?:w2e3|w2i3)"); an optional one, with the literal after
 * it ("(?:emekli )?maasimi …" → ["emekli ", "maasimi "]). */
function anchorsOf(p: string): string[] {
  const src = p.replace(/^\\b/, '');
  const alt = /^\(\?:([a-z0-9 \u0600-\u06ff|]+)\)(\?)?/.exec(src);
  if (alt?.[1]) {
    const parts = alt[1].split('|');
    if (!parts.every((x) => x.length >= 2)) return [];
    if (alt[2] === undefined) return parts;
    const rest = anchorsOf(src.slice(alt[0].length));
    return rest.length === 0 ? [] : [...parts, ...rest];
  }
  const kin = /^\$\{/.test(src) ? null : /^[a-z0-9 \u0600-\u06ff]+/.exec(src);
  if (!kin) return [];
  let lit = kin[0];
  const next = src[lit.length];
  if (next === '?' || next === '*' || next === '{') lit = lit.slice(0, -1);
  return lit.length >= 3 ? [lit] : [];
}

/** Does the pattern have a | outside every group (then no part of it is in every match)? */
function topLevelAlternation(p: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The literals a pattern ends with, for a second pre-check: a closing alternation of plain words
 * ("…(?:yasinda|yas|sali)\\b" → those words) or a closing plain literal ("…(?:yil|ay) once" → "once").
 * Spaces at the ends of a literal are dropped (a blanked copy of the text could make them).
 */
function alsoOf(p: string): string[] {
  if (topLevelAlternation(p) || /\\[uxc]/.test(p)) return [];
  const src = p.replace(/\\b$/, '');
  const alt = /\(\?:([a-z\u00c0-\u024f \u0600-\u06ff|]+)\)$/.exec(src);
  if (alt?.[1]) {
    const parts = alt[1].split('|').map((x) => x.trim());
    return parts.every((x) => x.length >= 3 && !x.includes('  ')) ? parts : [];
  }
  const m = /[a-z0-9 \u0600-\u06ff]+$/.exec(src);
  if (!m) return [];
  // "\\bfoo" ends in an escape, not in "b…".
  let lit = src[m.index - 1] === '\\' ? m[0].slice(1) : m[0];
  lit = lit.trim();
  return lit.length >= 3 && !lit.includes('  ') ? [lit] : [];
}

/** Literals that every match of a pattern contains, for patterns whose start gives no anchor (ages, look-behinds). */
const INNER_ANCHORS: readonly (readonly [test: RegExp, literal: string])[] = [
  [/^\(\?<!kendini \|kendimi \)\\boldur/, 'oldur'],
  [/^\\b\(\?:1\[0-7\]\|\[1-9\]\) \??\(\?:yasindaki\|yaslarinda\|yasinda bir\) /, 'yas'],
  [/^\\b\(\?:1\[0-7\]\|\[1-9\]\) yasindayim$/, 'yasindayim'],
  [/^\\b\(\?:6\[5-9\]\|\[7-9\]\[0-9\]\|1\[01\]\[0-9\]\) \(\?:yasindayim\|yasimdayim\)$/, 'yas'],
  [/\[\^\.\?!\]\{0,40\}\(\?:kayboldu\|kaybolmus\|kaybol\)$/, 'kaybol'],
  [/^\\b\(\?:1\[0-7\]\|\[1-9\]\) \?\(\?:yasinda\|yasindaki\|yaslarinda\)\\b$/, 'yas'],
  [/^\\b\(\?:6\[5-9\]\|\[7-9\]\[0-9\]\|1\[01\]\[0-9\]\) sali\\b$/, 'sali'],
  [/^\\b\(\?:6\[5-9\]\|\[7-9\]\[0-9\]\|1\[01\]\[0-9\]\) \?\(\?:yasinda\|yasindaki\|yaslarinda\)\\b$/, 'yas'],
  [/^\\b\(\?:1\[0-7\]\|\[1-9\]\) sali\\b$/, 'sali'],
  [/^\\b\(\?:1\[89\]\|\[2-5\]\[0-9\]\) yasindayim\\b$/, 'yasindayim'],
  [/^\\b\(\?:19\[0-5\]\[0-9\]\) dogumlu$/, 'dogumlu'],
  [/^\\b\(\?:6\[5-9\]\|\[7-9\]\[0-9\]\|1\[01\]\[0-9\]\) yasinday\(\?:am\|um\)\\b$/, 'yasinday'],
  [/^\\b\(\?:1\[0-7\]\|\[5-9\]\) yas\\w\*\[\^\.\?!\]\{0,80\}\?evlendir\(\?:ecek\|ilecek\)$/, 'evlendir'],
];

/**
 * All anchor literals of all rules in one Aho–Corasick automaton, so one pass over the folded text tells
 * which rules can match at all (instead of a substring search per rule and literal).
 */
const AC_NEXT: Map<number, number>[] = [new Map()];
const AC_FAIL: number[] = [0];
const AC_OUT: number[][] = [[]];
const ANCHOR_IDS = new Map<string, number>();

function anchorId(lit: string): number {
  let id = ANCHOR_IDS.get(lit);
  if (id !== undefined) return id;
  id = ANCHOR_IDS.size;
  ANCHOR_IDS.set(lit, id);
  anchorLength.push(lit.length);
  let node = 0;
  for (let i = 0; i < lit.length; i++) {
    const c = lit.charCodeAt(i);
    let nx = (AC_NEXT[node] as Map<number, number>).get(c);
    if (nx === undefined) {
      nx = AC_NEXT.length;
      AC_NEXT.push(new Map());
      AC_FAIL.push(0);
      AC_OUT.push([]);
      (AC_NEXT[node] as Map<number, number>).set(c, nx);
    }
    node = nx;
  }
  (AC_OUT[node] as number[]).push(id);
  return id;
}

/** The commonest characters of folded Turkish, then the digits (IDs, phones, ages): the automaton's first columns. */
const FREQUENT = ' aeinrlkdmyustbozgchvpfj0123456789';
/** Character → column of the automaton's table (0: a character no anchor has, back to the root). */
const AC_COLUMN = new Uint16Array(0x10000);
let acWidth = 1;
/** Length of the longest anchor. */
let acLongest = 1;
/**
 * The automaton as a table: row offset of a state (state × width) + column → the next state, failure
 * links folded in, with AC_FINAL set when some anchor ends there. States are numbered breadth first and
 * held in 16 bits: the shallow states, which nearly every step visits, share a few cache lines.
 */
let acDelta = new Uint16Array(0);
const AC_FINAL = 0x8000;
/**
 * The same table cut in two for the scan: the first AC_HOT columns (no anchor's character, space, the
 * commonest letters and digits: nearly every step) of every state in rows of 64 bytes, and the other
 * columns apart. A state's hot row is one cache line, not the start of a 140-byte row shared with its
 * neighbours', so the states a scan visits take fewer cache lines.
 */
const AC_HOT = 32;
let acHot = new Uint16Array(0);
let acCold = new Uint16Array(0);
let acColdWidth = 0;
/**
 * Anchor ids ending in each state (breadth-first numbering), flat: those of state s are
 * acOutIds[acOutStart[s] … acOutStart[s + 1]), each with its literal's length beside it in acOutLength.
 * (Typed arrays side by side, not an array per state: a hit reads a few cache lines, not a chain of objects.)
 */
let acOutStart = new Int32Array(0);
let acOutIds = new Int32Array(0);
let acOutLength = new Int32Array(0);

function buildAutomaton(): void {
  // The commonest characters of folded Turkish first: a step of the scan then mostly reads the first
  // cache line of a state's row.
  for (const ch of FREQUENT) {
    const c = ch.charCodeAt(0);
    if (AC_COLUMN[c] === 0 && [...ANCHOR_IDS.keys()].some((lit) => lit.includes(ch))) AC_COLUMN[c] = acWidth++;
  }
  for (const lit of ANCHOR_IDS.keys()) {
    acLongest = Math.max(acLongest, lit.length);
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (AC_COLUMN[c] === 0) AC_COLUMN[c] = acWidth++;
    }
  }
  const states = AC_NEXT.length;
  if (states >= AC_FINAL) throw new Error(`triage automaton has ${states} states, more than 16 bits hold`);
  const delta = new Int32Array(states * acWidth);
  // Breadth first, so a state's failure state is complete before the state itself.
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] as number;
    const fail = AC_FAIL[node] as number;
    if (node !== 0) (AC_OUT[node] as number[]).push(...(AC_OUT[fail] as number[]));
    // A state goes where its failure state goes, except along its own edges.
    if (node !== 0) delta.copyWithin(node * acWidth, fail * acWidth, fail * acWidth + acWidth);
    for (const [c, child] of AC_NEXT[node] as Map<number, number>) {
      AC_FAIL[child] = node === 0 ? 0 : (delta[fail * acWidth + (AC_COLUMN[c] as number)] as number);
      delta[node * acWidth + (AC_COLUMN[c] as number)] = child;
      queue.push(child);
    }
  }
  // Renumbered in the order of the queue (breadth first).
  const renumber = new Int32Array(states);
  queue.forEach((node, q) => (renumber[node] = q));
  const table = new Uint16Array(states * acWidth);
  acOutStart = new Int32Array(states + 1);
  for (let q = 0; q < states; q++) acOutStart[q + 1] = (acOutStart[q] as number) + (AC_OUT[queue[q] as number] as number[]).length;
  acOutIds = new Int32Array(acOutStart[states] as number);
  acOutLength = new Int32Array(acOutIds.length);
  for (let q = 0; q < states; q++) {
    const out = AC_OUT[queue[q] as number] as number[];
    for (let k = 0; k < out.length; k++) {
      acOutIds[(acOutStart[q] as number) + k] = out[k] as number;
      acOutLength[(acOutStart[q] as number) + k] = anchorLength[out[k] as number] as number;
    }
  }
  for (let node = 0; node < states; node++) {
    const row = (renumber[node] as number) * acWidth;
    for (let c = 0; c < acWidth; c++) {
      const next = delta[node * acWidth + c] as number;
      table[row + c] = (renumber[next] as number) | ((AC_OUT[next] as number[]).length > 0 ? AC_FINAL : 0);
    }
  }
  acDelta = table;
  acColdWidth = Math.max(0, acWidth - AC_HOT);
  acHot = new Uint16Array(states * AC_HOT);
  acCold = new Uint16Array(states * acColdWidth);
  for (let q = 0; q < states; q++) {
    for (let c = 0; c < acWidth; c++) {
      const next = table[q * acWidth + c] as number;
      if (c < AC_HOT) acHot[q * AC_HOT + c] = next;
      else acCold[q * acColdWidth + c - AC_HOT] = next;
    }
  }
}

/** Which anchor literals occur in the text: present[id] === stamp; their ids, in presentIds[0 … presentCount). */
let anchorStamp = 0;
let anchorPresent = new Int32Array(0);
let presentIds = new Int32Array(0);
let presentCount = 0;
/** Start offsets of the first and of the last occurrence of each anchor literal present. */
let anchorFirst = new Int32Array(0);
let anchorLast = new Int32Array(0);
/** Length of each anchor literal. */
const anchorLength: number[] = [];

/** A new scan: a stamp that no entry of anchorPresent holds yet. */
function newScan(): number {
  if (anchorPresent.length < ANCHOR_IDS.size) {
    anchorPresent = new Int32Array(ANCHOR_IDS.size);
    presentIds = new Int32Array(ANCHOR_IDS.size);
    anchorFirst = new Int32Array(ANCHOR_IDS.size);
    anchorLast = new Int32Array(ANCHOR_IDS.size);
  }
  if (++anchorStamp === 0x7fffffff) {
    anchorPresent.fill(0);
    anchorStamp = 1;
  }
  return anchorStamp;
}

/** The anchors ending at offset i (in the automaton's state there): recorded; the count of present ids after them. */
function recordHits(state: number, i: number, stamp: number, count: number): number {
  const end = acOutStart[state + 1] as number;
  for (let k = acOutStart[state] as number; k < end; k++) {
    const id = acOutIds[k] as number;
    const at = i + 1 - (acOutLength[k] as number);
    // (First and last by value: the two halves of a text are scanned side by side, see scanCodes.)
    if (anchorPresent[id] !== stamp) {
      anchorPresent[id] = stamp;
      anchorFirst[id] = at;
      anchorLast[id] = at;
      presentIds[count++] = id;
    } else if (at < (anchorFirst[id] as number)) anchorFirst[id] = at;
    else if (at > (anchorLast[id] as number)) anchorLast[id] = at;
  }
  return count;
}

function scanAnchors(text: string): number {
  const stamp = newScan();
  const delta = acDelta;
  let count = 0;
  const width = acWidth;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = delta[state * width + (AC_COLUMN[text.charCodeAt(i)] as number)] as number;
    if (state < AC_FINAL) continue;
    state -= AC_FINAL;
    count = recordHits(state, i, stamp, count);
  }
  presentCount = count;
  return stamp;
}

/** The text foldScanned() last folded and scanned, and the stamp of that scan (its anchors are still the ones recorded while the stamp is current). */
let scannedFolded: string | null = null;
let scannedStamp = 0;
const FOLDED = new CodeBuffer(8192);

/**
 * fold(text), scanning the folded codes for anchor literals as they are made (one pass over the text, not
 * two): the triage() of the text this returns uses that scan. Short texts and texts whose fold depends on
 * neighbouring characters are folded by fold() and scanned by triage() as usual.
 */
export function foldScanned(text: string): string {
  scannedFolded = null;
  const n = text.length;
  if (n <= SHORT) return fold(text);
  const buf = FOLDED.reserve(n);
  for (let i = 0; i < n; i++) {
    const m = foldCode(text.charCodeAt(i));
    if (m < 0) return fold(text);
    buf[i] = m;
  }
  const stamp = newScan();
  presentCount = scanCodes(buf, n, stamp);
  const folded = FOLDED.text(0, n);
  scannedFolded = folded;
  scannedStamp = stamp;
  return folded;
}

/**
 * The anchor scan over folded codes, the two halves of the text side by side: each step of the automaton
 * waits for the load of the step before, so two independent walks keep the processor busy while one
 * waits. The second starts an anchor's length before the middle, from the root, and keeps only what ends
 * from the middle on (every occurrence ending there starts after its start, so it finds them all).
 */
function scanCodes(buf: Uint16Array, n: number, stamp: number): number {
  // (A hot row is AC_HOT = 32 columns: state << 5 is its offset.)
  const hot = acHot;
  const cold = acCold;
  const coldWidth = acColdWidth;
  let count = 0;
  const mid = n >> 1;
  const startB = Math.max(0, mid - acLongest + 1);
  let a = 0;
  let b = 0;
  let i = 0;
  let j = startB;
  // Both walks for as long as the first lasts (the second is the longer by the overlap).
  for (; i < mid; i++, j++) {
    const ca = AC_COLUMN[buf[i] as number] as number;
    const cb = AC_COLUMN[buf[j] as number] as number;
    a = (ca < AC_HOT ? hot[(a << 5) | ca] : cold[a * coldWidth + ca - AC_HOT]) as number;
    b = (cb < AC_HOT ? hot[(b << 5) | cb] : cold[b * coldWidth + cb - AC_HOT]) as number;
    if (a >= AC_FINAL) {
      a -= AC_FINAL;
      count = recordHits(a, i, stamp, count);
    }
    if (b >= AC_FINAL) {
      b -= AC_FINAL;
      if (j >= mid) count = recordHits(b, j, stamp, count);
    }
  }
  for (; j < n; j++) {
    const cb = AC_COLUMN[buf[j] as number] as number;
    b = (cb < AC_HOT ? hot[(b << 5) | cb] : cold[b * coldWidth + cb - AC_HOT]) as number;
    if (b < AC_FINAL) continue;
    b -= AC_FINAL;
    if (j >= mid) count = recordHits(b, j, stamp, count);
  }
  return count;
}

function anyAnchor(ids: number[], stamp: number): boolean {
  for (let k = 0; k < ids.length; k++) if (anchorPresent[ids[k] as number] === stamp) return true;
  return false;
}

/** anyAnchor over ids[from … to). */
function anyAnchorIn(ids: Int32Array, from: number, to: number, stamp: number): boolean {
  for (let k = from; k < to; k++) if (anchorPresent[ids[k] as number] === stamp) return true;
  return false;
}

/** Every rule of every group, and for each anchor literal the rules it lets run. */
const RULES: CompiledRule[] = [];
const RULES_OF_ANCHOR: number[][] = [];

function compile(rules: Rule[], group: number): void {
  for (const [p, weight] of rules) {
    let anchors = anchorsOf(p);
    if (anchors.length === 0) for (const [test, lit] of INNER_ANCHORS) if (test.test(p)) anchors = [lit];
    // A rule without any anchor would have to run on every message: none is written that way.
    if (anchors.length === 0) throw new Error(`triage rule without an anchor literal: ${p}`);
    anchors = minimal(anchors);
    const also = minimal(alsoOf(p));
    const alsoFirst = also.length > 0 && shortest(also) > shortest(anchors);
    const trigger = alsoFirst ? also : anchors;
    let check = alsoFirst ? anchors : also;
    // No check when every trigger literal already holds one of the check literals.
    if (trigger.every((x) => check.some((y) => x.includes(y)))) check = [];
    // (A literal with a space at an end could be made by blanking: those are looked for in the text read.)
    const byAutomaton = check.every((x) => x.length >= 3 && x.trim() === x);
    // Offsets of the trigger literals inside the leading literals (when the triggers are those).
    let leadMax = -1;
    let leadMin = -1;
    const leading = anchorsOf(p);
    if (!alsoFirst && leading.length > 0) {
      leadMin = Infinity;
      for (const l of leading) {
        for (const a of trigger) {
          if (!l.includes(a)) continue;
          leadMax = Math.max(leadMax, l.lastIndexOf(a));
          leadMin = Math.min(leadMin, l.indexOf(a));
        }
      }
    }
    const rule: CompiledRule = {
      re: new RegExp(p, 'g'),
      sticky: new RegExp(p, 'y'),
      leadMax,
      leadMin,
      spaced: trigger.some((x) => x.trim() !== x || x.includes('  ')),
      weight,
      group,
      anchors,
      also,
      triggerIds: trigger.map(anchorId),
      checkIds: byAutomaton ? check.map(anchorId) : [],
      checkText: byAutomaton ? [] : check,
      age: agePhrase(p),
    };
    const r = RULES.length;
    RULES.push(rule);
    for (const id of rule.triggerIds) {
      while (RULES_OF_ANCHOR.length <= id) RULES_OF_ANCHOR.push([]);
      const list = RULES_OF_ANCHOR[id] as number[];
      if (!list.includes(r)) list.push(r);
    }
  }
}

/** Any of these literals occurs ⟺ one of the shortest ones does: drop those that contain another. */
function minimal(lits: string[]): string[] {
  return [...new Set(lits)].filter((x) => !lits.some((y) => y !== x && x.includes(y)));
}
const shortest = (lits: string[]) => Math.min(...lits.map((x) => x.length));

function includesAny(text: string, lits: string[]): boolean {
  for (let k = 0; k < lits.length; k++) if (text.includes(lits[k] as string)) return true;
  return false;
}

/**
 * Weighted matches of one rule; a negated phrase ("şiddet yok") does not count. `negations`: does the
 * text hold a negation word at all (else NEGATION cannot match after any phrase)?
 */
function ruleScore(rule: CompiledRule, text: string, negations: boolean, stamp: number, blanked: boolean): number {
  let s = 0;
  let re = rule.re;
  let from = 0;
  let to = Infinity;
  if (rule.leadMax >= 0 && !(blanked && rule.spaced)) {
    // Matches start between the first occurrence of a trigger literal (less leadMax) and the last one.
    let first = Infinity;
    let last = -1;
    const ids = rule.triggerIds;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (anchorPresent[id] !== stamp) continue;
      first = Math.min(first, anchorFirst[id] as number);
      last = Math.max(last, anchorLast[id] as number);
    }
    from = Math.max(0, first - rule.leadMax);
    to = last - rule.leadMin;
    // One place only: the global search from there finds what a sticky match there finds.
    if (from === to) re = rule.sticky;
  }
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    // (Being a veteran or a martyr's relative is not undone by a "yok" after it: "gaziyim, bacağım yok".)
    // (Nor is a lack by a "yok" after it: "bakacak kimsesi yok, evi de yok" lists two.)
    if (!(negations && rule.weight > 0 && rule.group !== SEHIT && !m[0].endsWith('yok') && (rule.group === URGENT ? NEGATION_URGENT : NEGATION).test(text.slice(end, end + 32)))) s += rule.weight;
    // A weak cue counts once: "ACİL ACİL" about a pension is no emergency.
    if ((rule.weight === 1 || rule.weight === -1) && s !== 0) break;
    // No match starts after `to`: the search on would find nothing.
    if (re.lastIndex > to) break;
  }
  return s;
}

const CATEGORY_NAMES = Object.keys(CATEGORY_RULES) as Exclude<Category, 'genel'>[];
CATEGORY_NAMES.forEach((cat, g) => compile(CATEGORY_RULES[cat], g));
const GENEL = CATEGORY_NAMES.length;
const SEHIT = CATEGORY_NAMES.indexOf('sehit_gazi');
const URGENT = GENEL + 1;
compile(GENEL_RULES, GENEL);
compile(URGENT_RULES, URGENT);
/** Literals every SELF_IMPAIRMENT match contains: without one of them the text needs no blanking. */
const IMPAIRMENT_LITERALS = ['isitme engell', 'gorme engell', 'konusma engell', 'sagir', 'dilsiz', 'kerr', 'lal', 'اصم', 'صماء', 'ابكم', 'duymuyor', 'konusamiyor'];
const IMPAIRMENT_ANCHORS = IMPAIRMENT_LITERALS.map(anchorId);
/** Literals every NEGATION match contains (blanking puts in spaces only, so it never makes one). */
const NEGATION_ANCHORS = ['yok', 'degil', 'almiyor'].map(anchorId);
const AGE_IDS = AGE_WORDS.map(anchorId);
buildAutomaton();
// On a tie a child's disability is an engelli matter (its devices, reports, schooling).
const PRIORITY: Category[] = ['sehit_gazi', 'kadin', 'engelli', 'cocuk', 'yasli', 'genel'];
const ruleSeen = new Int32Array(RULES.length);
/**
 * What scoreScanned asks of a rule before running it, in typed arrays (struct of arrays): most rules an
 * anchor lets through fail these checks, and reading them here costs no visit to the rule's object and
 * its arrays, each a cache line of its own. Per rule: its group; PRE_AGE, PRE_TEXT (has checkText);
 * its checkIds at preCheckIds[preCheckStart[r] … preCheckStart[r + 1]).
 */
const PRE_AGE = 1;
const PRE_TEXT = 2;
const preGroup = Uint8Array.from(RULES, (r) => r.group);
const preFlags = Uint8Array.from(RULES, (r) => (r.age ? PRE_AGE : 0) | (r.checkText.length > 0 ? PRE_TEXT : 0));
const preCheckStart = new Int32Array(RULES.length + 1);
RULES.forEach((r, k) => (preCheckStart[k + 1] = (preCheckStart[k] as number) + r.checkIds.length));
const preCheckIds = Int32Array.from(RULES.flatMap((r) => r.checkIds));
/** RULES_OF_ANCHOR flat the same way: the rules of anchor id at anchorRules[anchorRulesStart[id] … anchorRulesStart[id + 1]). */
const anchorRulesStart = new Int32Array(ANCHOR_IDS.size + 1);
for (let id = 0; id < ANCHOR_IDS.size; id++) anchorRulesStart[id + 1] = (anchorRulesStart[id] as number) + (RULES_OF_ANCHOR[id]?.length ?? 0);
const anchorRules = Int32Array.from(RULES_OF_ANCHOR.flat());

// The writer's own hearing or speech impairment says how they write to us, not what they need.
const SELF_IMPAIRMENT =
  /\b(?:isitme|gorme|konusma) engell\w*|\bsagir\w*|\bdilsiz\w*|\bkerr\b|\blal\b|\bاصم\b|صماء|ابكم|\bduymuyor\w*|\bkonusamiyor\w*/g;

/** The writer's relatives and neighbours (Turkish, Kurmanji, Arabic). */
const SOMEONE_ELSE =
  'komsumuz|komsum|kizim|oglum|cocugum|kardesim|annem|babam|esim|kocam|dedem|ninem|torunum|yegenim|abim|ablam|kizimiz|oglumuz|cocugumuz|biraye min|xwiska min|keca min|kure min|lawe min|diya min|dayika min|bave min|mere min|jina min|ابني|ابنتي|زوجي|زوجتي';
/** Someone else's impairment is a need, not how the writer writes: "kızım görme engelli" … */
const OTHER_PERSON_BEFORE = new RegExp(`(?:^|[^a-z])(?:${SOMEONE_ELSE})(?![a-z])[^.?!,;]{0,20}$`);
/** … "işitme engelli komşum"; but never "engelliyim", "sağırız". */
const OTHER_PERSON_AFTER = new RegExp(`^(?:[a-z]+ )?[a-z]+ (?:bir )?(?:${SOMEONE_ELSE})`);
const FIRST_PERSON_END = /(?:y?[iu]m|y?[iu]z)$/;
/** A benefit or paper of the impairment right after it: " maaşım", " raporu", " kartı". */
const IMPAIRMENT_BENEFIT = /^ (?:maas|aylig|rapor|kart)/;
const IMPAIRMENT_STICKY = new RegExp(SELF_IMPAIRMENT.source, 'y');
const impairmentAt: number[] = [];
/**
 * folded.replace(SELF_IMPAIRMENT, blank), trying the pattern only where one of its literals occurs: every
 * alternative starts with its literal (after a \b), so a match starts at such a place. The places in order,
 * each tried unless inside the match before, is what the global replace does (the regex scanning by
 * itself tries each of its alternatives at every character).
 */
function blankImpairment(folded: string, stamp: number): string {
  const at = impairmentAt;
  at.length = 0;
  for (let k = 0; k < IMPAIRMENT_LITERALS.length; k++) {
    if (anchorPresent[IMPAIRMENT_ANCHORS[k] as number] !== stamp) continue;
    const lit = IMPAIRMENT_LITERALS[k] as string;
    for (let p = folded.indexOf(lit); p !== -1; p = folded.indexOf(lit, p + 1)) at.push(p);
  }
  if (at.length > 1) at.sort((a, b) => a - b);
  let out = '';
  let done = 0;
  for (let k = 0; k < at.length; k++) {
    const p = at[k] as number;
    if (p < done) continue;
    IMPAIRMENT_STICKY.lastIndex = p;
    const m = IMPAIRMENT_STICKY.exec(folded);
    if (m === null) continue;
    // Not in the first person ("engelliyim", "sağırız"), and someone else's: kept.
    if (!FIRST_PERSON_END.test(m[0]) && (OTHER_PERSON_BEFORE.test(folded.slice(Math.max(0, p - 32), p)) || OTHER_PERSON_AFTER.test(folded.slice(p, p + 32)))) continue;
    // Nor what the writer asks about: "İŞİTME ENGELLİ MAAŞIM" (the disability pension), "… raporum", "… kartım".
    if (IMPAIRMENT_BENEFIT.test(folded.slice(p + m[0].length, p + m[0].length + 12))) continue;
    out += folded.slice(done, p) + blank(m[0]);
    done = p + m[0].length;
  }
  return done === 0 ? folded : out + folded.slice(done);
}

/** Scores of every group (categories, genel, urgent), running only the rules whose anchors occur. */
const scores = new Float64Array(URGENT + 1);
/** An urgency rule of weight −2 or less said the danger is over ("güvendeyim", "akrabalarda kalıyoruz", "bulundu"). */
let dangerOver = false;
/** An urgency rule of weight 3 or more matched ("intihar", "dövüyor", "kayıp"): the model never overrules it. */
let dangerSaid = false;
/** The text the category rules read, where it is not the one scanned (the writer's own impairment blanked). */
let categoryRead: string | null = null;
/** `blanked`: the text is a blanked copy of the one scanned (its anchors are a superset of the text's). */
function scoreScanned(folded: string, stamp: number, blanked = false): void {
  // Category rules read the text without the writer's own impairment; urgency rules read it all.
  const text = anyAnchor(IMPAIRMENT_ANCHORS, stamp) ? blankImpairment(folded, stamp) : folded;
  categoryRead = text === folded ? null : text;
  const negations = anyAnchor(NEGATION_ANCHORS, stamp);
  scores.fill(0);
  dangerOver = false;
  dangerSaid = false;
  for (let p = 0; p < presentCount; p++) {
    const id = presentIds[p] as number;
    const listEnd = anchorRulesStart[id + 1] as number;
    for (let k = anchorRulesStart[id] as number; k < listEnd; k++) {
      const r = anchorRules[k] as number;
      if (ruleSeen[r] === stamp) continue;
      ruleSeen[r] = stamp;
      const t = preGroup[r] === URGENT ? folded : text;
      const checkStart = preCheckStart[r] as number;
      const checkEnd = preCheckStart[r + 1] as number;
      if (checkStart < checkEnd && !anyAnchorIn(preCheckIds, checkStart, checkEnd, stamp)) continue;
      const flags = preFlags[r] as number;
      if ((flags & PRE_TEXT) !== 0 && !includesAny(t, (RULES[r] as CompiledRule).checkText)) continue;
      if ((flags & PRE_AGE) !== 0 && !anyAnchor(AGE_IDS, stamp)) continue;
      const rule = RULES[r] as CompiledRule;
      const got = ruleScore(rule, t, negations, stamp, blanked || t !== folded);
      (scores[rule.group] as number) += got;
      if (rule.group === URGENT) {
        if (got <= -2) dangerOver = true;
        if (got >= 3) dangerSaid = true;
      }
    }
  }
}

/**
 * For the test that the bounds from the anchor scan change nothing: the rules (pattern sources) whose
 * score on the text (as scoreScanned reads it) differs from a search over the whole text from its start.
 */
export function boundedRuleMismatches(folded: string): string[] {
  const stamp = scanAnchors(folded);
  const text = anyAnchor(IMPAIRMENT_ANCHORS, stamp) ? blankImpairment(folded, stamp) : folded;
  const bad: string[] = [];
  for (const rule of RULES) {
    if (!anyAnchor(rule.triggerIds, stamp)) continue;
    const t = rule.group === URGENT ? folded : text;
    const plain: CompiledRule = { ...rule, leadMax: -1 };
    if (ruleScore(rule, t, true, stamp, t !== folded) !== ruleScore(plain, t, true, stamp, t !== folded)) bad.push(rule.re.source);
  }
  return bad;
}

/** Each rule's pattern and its pre-check literals (for the test that every match holds them). */
export function rulePrechecks(): { re: RegExp; anchors: string[]; also: string[]; age: string[] }[] {
  return RULES.map((r) => ({ re: new RegExp(r.re.source), anchors: r.anchors, also: r.also, age: r.age ? AGE_WORDS : [] }));
}

/** The text the category rules and model read: the writer's own impairment blanked (for training the model). */
export function withoutOwnImpairment(folded: string): string {
  const stamp = scanAnchors(folded);
  return anyAnchor(IMPAIRMENT_ANCHORS, stamp) ? blankImpairment(folded, stamp) : folded;
}

/** Which rules scored on a folded text, and how much (for `npm run explain`; not on the hot path). */
export function explainTriage(scanned: string, without: readonly [number, number] | null = null): { rule: string; group: string; score: number }[] {
  const stamp = scanAnchors(scanned);
  const folded = without === null ? scanned : blankSpan(scanned, without);
  const text = anyAnchor(IMPAIRMENT_ANCHORS, stamp) ? blankImpairment(folded, stamp) : folded;
  const negations = anyAnchor(NEGATION_ANCHORS, stamp);
  const groups = [...CATEGORY_NAMES, 'genel', 'urgent'];
  const out: { rule: string; group: string; score: number }[] = [];
  for (const rule of RULES) {
    const t = rule.group === URGENT ? folded : text;
    const score = ruleScore({ ...rule, leadMax: -1 }, t, negations, stamp, true);
    if (score !== 0) out.push({ rule: rule.re.source, group: groups[rule.group] as string, score });
  }
  return out;
}

/**
 * Category and urgency together: one anchor scan of the folded text serves both. `without`: the
 * sender's name, which is no finding about the case ("Veli Duman" is no smoke, "Sultan Gazi" no
 * veteran): blanked before the rules read the text, skipped by the word models.
 */
export function triage(
  folded: string,
  without: readonly [number, number] | null = null,
): { category: { category: Category; confidence: number }; urgency: { urgent: boolean; confidence: number } } {
  // The scan foldScanned() made of this text, if no scan came after it.
  const stamp = scannedStamp === anchorStamp && folded === scannedFolded ? scannedStamp : scanAnchors(folded);
  scannedFolded = null;
  const read = without === null ? folded : blankSpan(folded, without);
  scoreScanned(read, stamp, without !== null);
  return { category: categoryOfScores(folded, without), urgency: urgencyOfScores(folded, without) };
}

const blank = (m: string) => ' '.repeat(m.length);
/** The text with [from, to) in spaces (the same length, so every offset stays). */
export const blankSpan = (text: string, [from, to]: readonly [number, number]) => text.slice(0, from) + blank(text.slice(from, to)) + text.slice(to);

export function categorize(folded: string): { category: Category; confidence: number } {
  return triage(folded).category;
}

const CATEGORY_COUNT = CATEGORY_NAMES.length + 1;
const shares = new Float64Array(CATEGORY_COUNT);
const combined = new Float64Array(CATEGORY_COUNT);
const GROUP_CATEGORY: Category[] = [...CATEGORY_NAMES, 'genel'];
/** Each group's place in PRIORITY (ties). */
const RANK = GROUP_CATEGORY.map((c) => PRIORITY.indexOf(c));
const MODEL_WEIGHT = 0.75;
/** A share below this counts as this: the model's evidence against a category is at most 0.75 · log(0.06). */
const MIN_SHARE = 0.01;
/** The most the model's evidence can move one category against another (3.45 points). */
const MAX_SWING = MODEL_WEIGHT * (Math.log(CATEGORY_COUNT) - Math.log(CATEGORY_COUNT * MIN_SHARE));

/**
 * Each category's rules' points plus the category model's evidence for it, 0.75 · log(6 · its share):
 * 0 where the model is no surer of it than of any other, up to +1.3 where it is sure, −1.7 where it
 * gives it a tenth of an even share. So a single cue of the rules can be outweighed by a model sure of
 * something else, and a category no rule named but the model is sure of wins over "genel". Where the
 * model knows too little of the text, the rules alone. (`folded`, `without`: the text scanned, the
 * sender's name to leave out.) Leaving one labelled set out at a time, 95.8 % right against 95.6 % for
 * the rules with the model heard only on their "genel"; unseen, on the held-out sets q2–q4, 94.7 %
 * against 91.8 %. The weight 0.75 did as well as or better than 0.5 and 1 on every set.
 */
function categoryOfScores(folded: string, without: readonly [number, number] | null): { category: Category; confidence: number } {
  // Where the rules' lead is more than the model could ever make up, it is not asked.
  let first = 0;
  let second = 0;
  for (let g = 0; g <= GENEL; g++) {
    const v = scores[g] as number;
    if (v > first) {
      second = first;
      first = v;
    } else if (v > second) second = v;
  }
  if (first - second > MAX_SWING) return categoryOfRules();
  // The model reads what the category rules read.
  const known = categoryRead === null ? categoryShares(folded, without, shares) : categoryShares(categoryRead, null, shares);
  if (!known) return categoryOfRules();
  let best = GENEL;
  let bestValue = -Infinity;
  let total = 0;
  for (let g = 0; g <= GENEL; g++) {
    const value = (scores[g] as number) + MODEL_WEIGHT * Math.log(CATEGORY_COUNT * Math.max(MIN_SHARE, shares[g] as number));
    combined[g] = value;
    if (value > bestValue || (value === bestValue && RANK[g]! < RANK[best]!)) {
      best = g;
      bestValue = value;
    }
  }
  for (let g = 0; g <= GENEL; g++) total += Math.exp((combined[g] as number) - bestValue);
  return { category: GROUP_CATEGORY[best] as Category, confidence: Math.min(0.98, 1 / total) };
}

/** The rules alone: the category with the most points, from 2 and above genel's. */
function categoryOfRules(): { category: Category; confidence: number } {
  let best: Category = 'genel';
  let bestScore = 0;
  let second = 0;
  for (let g = 0; g < CATEGORY_NAMES.length; g++) {
    const cat = CATEGORY_NAMES[g] as Category;
    const s = scores[g] as number;
    if (s > bestScore || (s === bestScore && s > 0 && PRIORITY.indexOf(cat) < PRIORITY.indexOf(best))) {
      second = Math.max(second, bestScore);
      best = cat;
      bestScore = s;
    } else second = Math.max(second, s);
  }
  const genel = scores[GENEL] as number;
  if (bestScore < 2 || bestScore <= genel) return { category: 'genel', confidence: bestScore === 0 ? 0.7 : 0.5 };
  const margin = (bestScore - second) / bestScore;
  return { category: best, confidence: Math.min(0.98, 0.5 + 0.45 * margin + 0.05 * Math.min(bestScore, 6) / 6) };
}

export function urgency(folded: string): { urgent: boolean; confidence: number } {
  return triage(folded).urgency;
}

/**
 * A rules' score of just 2 (one middling cue such as "tek başına", "korkuyorum", or two weak ones; never
 * where a strong one matched, "intihar", "dövüyor", weight 3, whatever lowered the score) is overruled
 * when the urgency model, reading enough of the text to have an opinion, is sure there is no danger now
 * (log-odds below NOT_URGENT_LOGIT, p < 0.05): the questions about services that name a danger ("yalnız yaşayan yaşlılara çağrı cihazı
 * veriliyor mu?"). Leaving one labelled set out at a time, this removed 14 of 55 false alarms and none
 * of the 1,403 urgent messages.
 */
const MARGINAL = 2;
const NOT_URGENT_LOGIT = -3;
/** Past a rule that says the danger is over, the model raises the answer from here (p ≥ 0.5). */
const PAST_DANGER_LOGIT = 0;

/**
 * The rules' score decides, unless the urgency model finds the message (folded, `without` the sender's
 * name) urgent where they do not; but not where the rules' score is below −1 ("gelecek ay").
 */
function urgencyOfScores(folded: string, without: readonly [number, number] | null): { urgent: boolean; confidence: number } {
  const s = scores[URGENT] as number;
  const byRules = Math.min(0.98, 0.55 + 0.1 * Math.abs(s - 1.5));
  // The model is asked only where it could change the answer.
  if (s > MARGINAL || s < -1) return { urgent: s >= 2, confidence: byRules };
  const logit = urgencyLogit(folded, without);
  const p = 1 / (1 + Math.exp(-logit));
  // Where a rule says the danger is over ("güvendeyim", "kan yedrobni", "şu an serviste kalıyor": weight −2 or
  // less), also beside a strong cue ("kan yedrobni", he used to beat me), the model raises the answer only when
  // it finds danger more likely than not; and with no strong cue, it never lowers it. Replaying 50 held-out
  // sets (7,500 messages) with the rules of the day before each was learnt and models trained on every set
  // there was then, this found 13 more urgent messages and no false alarm.
  const raiseFrom = dangerOver ? PAST_DANGER_LOGIT : URGENT_LOGIT;
  if (dangerOver && !dangerSaid) return logit >= raiseFrom ? { urgent: true, confidence: Math.max(0.5, Math.min(0.98, p)) } : { urgent: s >= 2, confidence: byRules };
  if (s >= 2) return !dangerSaid && Number.isFinite(logit) && logit < NOT_URGENT_LOGIT ? { urgent: false, confidence: 0.6 } : { urgent: true, confidence: byRules };
  if (logit >= raiseFrom) return { urgent: true, confidence: Math.max(0.5, Math.min(0.98, p)) };
  return { urgent: false, confidence: Math.max(0.5, Math.min(byRules, 1 - p)) };
}

/** 2 3 5 6 7 8 9: ء ع خ ط ح غ ق in Arabizi. */
const ARABIZI_DIGIT = new Set([50, 51, 53, 54, 55, 56, 57]);

function touchesWord(t: Token | undefined, at: number, before: boolean): boolean {
  return t !== undefined && t.kind === 'word' && !t.arabic && (before ? t.end === at : t.start === at);
}

export function detectLang(tokens: readonly Token[]): { lang: Lang; confidence: number } {
  let ar = 0;
  let la = 0;
  let ku = 0;
  let tr = 0;
  // Arabic in Latin letters: its words, and digits for the letters Latin lacks ("3omro", "ma3na", "yrou7").
  let az = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'num') {
      if (t.end - t.start === 1 && ARABIZI_DIGIT.has(t.code) && (touchesWord(tokens[k - 1], t.start, true) || touchesWord(tokens[k + 1], t.end, false))) az += 1;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (t.arabic) {
      ar += t.end - t.start;
      continue;
    }
    la += t.end - t.start;
    const f = lex(t);
    if ((f & KU_WORD) !== 0) ku += 1;
    if ((f & ARABIZI) !== 0) az += 1;
    const letters = t.marks;
    if ((letters & 1) !== 0) ku += 1;
    if ((f & XWQ) !== 0) ku += 0.5;
    if ((f & TR_WORD) !== 0) tr += 1;
    if ((letters & 2) !== 0) tr += 0.5;
    if ((f & TR_ENDING) !== 0) tr += 0.5;
  }
  if (ar > la) return { lang: 'ar', confidence: Math.min(0.99, 0.6 + (0.4 * (ar - la)) / (ar + la)) };
  if (az >= 3 && az > tr && az > ku) return { lang: 'ar', confidence: Math.min(0.9, 0.55 + (0.4 * (az - tr - ku)) / (az + tr + ku)) };
  if (ku > tr && ku >= 2) return { lang: 'ku', confidence: Math.min(0.98, 0.55 + (0.4 * (ku - tr)) / (ku + tr)) };
  return { lang: 'tr', confidence: ku + tr === 0 ? 0.6 : Math.min(0.98, 0.55 + (0.4 * (tr - ku + 1)) / (ku + tr + 1)) };
}
