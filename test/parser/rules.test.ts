// One table per extraction rule. Cases are written for these rules (not taken from the corpus),
// many of them adversarial: distracting numbers, other people's names, names that are words.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/parser/index.ts';

const V1 = '12387374476'; // valid
const V2 = '52358319624'; // valid
const BAD = '12387374475'; // checksum fails

describe('kimlik no', () => {
  it.each([
    ['plain with cue', `TC ${V1} kira yardımı`, V1, null],
    ['split by spaces', `tc 123 873 744 76 kömür`, V1, null],
    ['split by dots', `T.C. 123.873.744.76`, V1, null],
    ['split by dashes', `kimlik no 123-873-744-76`, V1, null],
    ['glued to words', `TCKN${V1}ben Ali Kaya`, V1, null],
    ['Arabic-Indic digits', 'رقم الكملك ١٢٣٨٧٣٧٤٤٧٦', V1, null],
    ['Persian digits', 'kimlik ۱۲۳۸۷۳۷۴۴۷۶', V1, null],
    ['digit by digit', 'kimlik no 1 2 3 8 7 3 7 4 4 7 6', V1, null],
    ['their father’s ID is not the writer’s', `Babalarının kimlik no ${V2}. Ayla Koç ${V1}`, V1, null],
    ['the baby’s ID, then "benimki"', `Doğum yardımı yatmadı. Bebeğin kimlik no ${V2}, benimki ${V1}. Merve Aydın`, V1, null],
    ['a household number ("hane no") is no ID', `sed yardimi kesildi. hane no ${V2} . gulsen tas ${BAD}`, null, BAD],
    ['written for "komşumuz": the number in that sentence is theirs', `Komşumuz Ali Rıza Bey için yazıyorum, ${V2} kimlik nolu, evi hasarlı`, null, null],
    ['a patient’s ID ("hastanın TC") is not the nurse’s', `hemşireyim, hastamız taburcu oldu. Hastanın TC: ${V2}`, null, null],
    ['"annemin kimliği" is the mother’s', `ben Antalya'dayım, oğlu Sedat. Annemin kimliği ${V2}`, null, null],
    ['"… onun kimliği" after the number', `kardeşim adına yazıyorum, ${V2} onun kimliği.`, null, null],
    ['the writer’s own name in the genitive ("Avcı’nın kimlik no")', `bakım maaşı yatmadı. Hüseyin Avcı'nın kimlik no ${V1}, annem için`, V1, null],
    ['Kurmanji: my mother’s ID', `TC ya dayika min ${V2}`, null, null],
    ['Arabic: my mother’s kimlik', `رقم كملك أمي ${V2}`, null, null],
    ['a number taken back', `TC ${V2} değil o dosya numarası, benim kimlik ${V1}`, V1, null],
    ['uneven pairs ending in one digit', 'tc 12 38 73 74 47 6', V1, null],
    ['digit by digit, bad checksum: nothing', 'kimlik no 1 2 3 8 7 3 7 4 4 7 5', null, null],
    ['bad checksum is reported invalid', `Ali Kaya TC ${BAD}`, null, BAD],
    ['10 digits is nothing', 'TC 1238737447 yardım', null, null],
    ['12 digits is nothing', 'TC 123873744761 yardım', null, null],
    ['mobile number is not an ID', 'beni 05321234567 numaradan arayın', null, null],
    ['+90 mobile is not an ID', 'tel +90 532 123 45 67', null, null],
    ['landline is not an ID', 'iş tel 0 312 444 12 34', null, null],
    ['file number is not the ID', `dosya no ${V2} ne oldu? TC ${V1}`, V1, null],
    ['subscriber number alone is nothing', `su abone no ${V2} borç`, null, null],
    ['mother’s ID is not the sender’s', `annemin TC si ${V2} için başvuru`, null, null],
    ['son’s ID skipped, own ID found', `Oğlumun TC'si ${V2}, benim TC ${V1}`, V1, null],
    ['two announced IDs: the one in a sentence about a relative loses', `Babam Cemal Er gazi (kimlik ${V2}). Ben oğlu Ali Er, TC ${V1}`, V1, null],
    ['a relative’s sentence alone still gives its ID', `Babam yatalak, bakım maaşı kesildi, kimlik ${V2}`, V2, null],
    ['"Annemin adı X, TC …": the relative named, the number theirs', `annem için yazıyorum. Annemin adı Nazmiye Kurt TC ${V2}`, null, null],
    ['… unless the writer then speaks of themself', `Annemin adı Nazmiye Kurt, benim TC ${V1}`, V1, null],
    ['written for a relative: the number in the sentence about them is theirs', `65 yas ayligi yatmadi. Annem Fatma Yurt 71 yasinda TC ${V2}. oglu yaziyorum`, null, null],
    ['a relative’s announced ID loses to the one in the writer’s "Ben …" sentence', `Annem Gülizar Tekin TC ${V2}. Ben oğlu Ferhat Tekin ${V1} 0530 222 14 15`, V1, null],
    ['a number announced in a sentence about a relative loses to a bare one of the writer’s', `Annem 82 yasinda, TC ${V2}, Edremit'te yalniz. Ben de Edremit'teyim ama calisiyorum. Halil Aslan ${V1}`, V1, null],
    ['"X dedemin tc si": the relative’s, said after it', `yol kapalı. ${V2} dedemin tc si. Ben torunu Onur Ay ${V1}`, V1, null],
    ['"…, annemin TC’si X" names the next number, not this one', `Ben kızıyım, TC'm ${V1}, annemin TC'si ${V2}. Tercan`, V1, null],
    ['… and the writer’s own, elsewhere, is still found', `Annem Fatma Yurt 71 yasinda TC ${V2}. oglu yaziyorum, benim TC ${V1}`, V1, null],
    ['broken over two lines after a cue', `kimlik numaram 123873\n74476\nkira yardımı`, V1, null],
    ['mixed separators, the checksum holding', `TC: 123.873 744\n76\nKonu: rapor`, V1, null],
    ['… but not an invalid number so written', `TC: 123.873 744 75 rapor`, null, null],
    ['a line break does not join two numbers that make no ID', `dosya 123873\n74475 kira`, null, null],
    ['the relative’s number given, the next one in the sentence is the writer’s', `annem icin yaziyorum. Annemin tc si ${V2}, benim adim Elif tc ${V1}.`, V1, null],
    ['… also without a name between them', `annem icin yaziyorum. Annemin tc si ${V2}, tc ${V1}.`, V1, null],
    ['a pupil’s ID in brackets loses to the teacher’s "kendi tc m"', `öğrencim Elif Demir'in (TC ${V2}) ailesi onu evlendirecek. Kendi tc m ${V1}, adım Kemal Yıldız`, V1, null],
    ['a patient’s ID given by the nurse is not the writer’s', `Hastamız Mehmet Ali Koç, TC ${V2}, 82 yaşında, yatalak. Hemşire Filiz`, null, null],
    ['a lawyer’s client', `Sayın yetkili, müvekkilim Derya Kurt (TC ${V2}) tehdit ediliyor. Av. Kerem Baş`, null, null],
    ['Arabic: the grandmother’s ID, then "هويتي", mine', 'رقم هوية جدتي ٥٢٣٥٨٣١٩٦٢٤ ورقم هويتي ١٢٣٨٧٣٧٤٤٧٦.', V1, null],
    ['IBAN is not an ID', 'IBAN TR12 0001 0000 1234 5678 9012 34 hesabıma yatmadı', null, null],
    ['date and ID side by side', `TC ${V2} 01.02.2025'te başvurdum`, V2, null],
  ])('%s', (_label, text, tckn, invalid) => {
    const r = parseMessage(text);
    expect(r.tckn).toBe(tckn);
    expect(r.tcknInvalid).toBe(invalid);
  });

  it('gives the span of the ID in the original text', () => {
    const text = `Adım Ali Kaya, TC 123 873 744 76.`;
    const r = parseMessage(text);
    expect(r.spans.tckn).not.toBeNull();
    const [a, b] = r.spans.tckn!;
    expect(text.slice(a, b).replace(/\D/g, '')).toBe(V1);
  });
});

describe('name', () => {
  it.each([
    ['after "adım"', `Merhaba adım Selin Koç, engelli maaşı soracaktım`, 'Selin Koç'],
    ['after "adım", a lower-case surname that is also a province', `benim adim sukran aydin tc ${V1} hasta bezi yardimi Nazilli Aydın`, 'sukran aydin'],
    ['a form with the given name and the surname on lines of their own', `ADI: SÜLEYMAN\nSOYADI: ERDEM\nT.C. NO: ${V1}\nİL: KAYSERİ`, 'SÜLEYMAN ERDEM'],
    ['"tcm:" glued after the name is no part of it', `ismim Burak Şen tcm:${V1} gıda yardımı`, 'Burak Şen'],
    ['a country after the name is where the writer is from', 'ben Zahra Afganistan kadin. kocam döver bana', 'Zahra'],
    ['Arabic: "أنا X من …", I am X from …', 'السلام عليكم، انا سامر من أنطاكية. ابن جيراننا عمره ١٠ سنين', 'سامر'],
    ['Arabic: "أنا X عمري …", I am X, my age …', 'أرجوكم ساعدوني، أنا ريم عمري ١٩ سنة', 'ريم'],
    ['Arabic cue, Latin-script name', 'merhaba انا اسمي Yasin, بدي kömür yardımı للشتا', 'Yasin'],
    ['Arabic: "أنا محمد ابني …" is no two-word name', 'انا محمد ابني مريض', null],
    ['"ben Almanyada çalışıyorum" is where, not who', 'annem 79 yasinda, ben Almanyada calisiyorum, huzurevi icin', null],
    ['a glued place before "oturuyorum" closes the name', 'iyi aksamlar ben Gulsum Sahinbeyde oturuyorum. komsunun cocuklari yalniz', 'Gulsum'],
    ['a pupil named after "öğrencimiz" is not the writer', `Öğrencimiz Berkay Kılıç (tc: ${V2}) bugün morluklarla geldi. Rehber Öğretmen Aysel Tunç`, 'Aysel Tunç'],
    ['a doctor named as the subject of the sentence is not the writer', `Dr. Ahmet Yücel heyet raporumu %60 verdi ama kart için eksik evrak dediler. ${V1} Samsun`, null],
    ['… but one signing with the title is', `Merhaba, aile hekimiyim, Dr. Selin Aktaş. Bir hastam için yazıyorum`, 'Selin Aktaş'],
    ['after "ben" with a copula suffix', `Ben Tuncay Er'im, kira yardımı`, 'Tuncay Er'],
    ['labelled form', `Ad Soyad: Derya Kaplan\nTC: ${V1}\nTalep: bilgi`, 'Derya Kaplan'],
    ['signature at the end', `Gıda kartım yüklenmedi, kontrol eder misiniz? Cemal Aksoy`, 'Cemal Aksoy'],
    ['a given name that is also a place, right before the ID', `artik dayanamiyorum. kimse bilmiyor. Selim ${V1} Zonguldak`, 'Selim'],
    ['a lower-case given name closing a message with capitals', 'borcum bitmedi. Annem Songül 0532 770 15 48, ona haber verin. tunahan', 'tunahan'],
    ['signature before a place with its ending glued on', `ne yazdigimi bilmiyorum. Serkan. Elazigdayim ${V1}`, 'Serkan'],
    ['a district and a neighbourhood after the ID are no name', `oglum eve gelmedi. annesi Hatice Yurt ${V1} Pendik Kurtkoy`, 'Hatice Yurt'],
    ['"ben Kars merkezdeyim" is where, not who', 'ben Kars merkezdeyim yol kapali gidemiyorum. oglu Recep', 'Recep'],
    ['a district after its province closes the run, even a given name ("Bursa Nilüfer")', `Psikolojik destek alabilir miyiz? Özlem Aydın Bursa Nilüfer ${V1}`, 'Özlem Aydın'],
    ['a place with its ending glued on does not open a name ("Goleden")', `yemek de yok. Ardahan Goleden Huseyin Kara ${V1}`, 'Huseyin Kara'],
    ['"Annesiyim X": I am his mother, then the name', `oglum eve gelmedi. Annesiyim Hatice Polat ${V1} Esenyurt`, 'Hatice Polat'],
    ['"ben torunu X" with a name that is also a district (Çan)', `yemek yapamiyor. ben torunu Can tc ${V1} Trabzon`, 'Can'],
    ['Arabic: a lone given name after أنا, right before the ID’s word', 'نحنا بمرسين. انا خالد رقمي ١٢٣٨٧٣٧٤٤٧٦', 'خالد'],
    ['a signature as a relative: "Annesi Saadet Kaya."', 'Sehitlik ziyareti icin ulasim destegi var mi? Annesi Saadet Kaya. Iletisim 0312 444 55 66', 'Saadet Kaya'],
    ['an occupation before the name is no part of it ("Taksici Orhan", "Ebe Songül Aksoy")', `Yaşlı yolcu arabada bayıldı. Taksici Orhan ${V1}`, 'Orhan'],
    ['Nilüfer is a given name too', `Babam yatalak, %91 raporlu. Nilüfer Soydan tc ${V1}`, 'Nilüfer Soydan'],
    ['Arabic signature before the ID and an address ("ساكن في …")', 'بدي قدم على راتب الرعاية المنزلية. أحمد الحمود، هوية ١٢٣٨٧٣٧٤٤٧٦، ساكن في Kilis', 'أحمد الحمود'],
    ['Arabic: a compound given name and the family name after "اسمي"', 'نحن في كلس. اسمي عبد الرحمن خليل، رقم الهوية ١٢٣٨٧٣٧٤٤٧٦', 'عبد الرحمن خليل'],
    ['Arabic: a lone given name after "أنا" ending the message', 'بدي أعرف لمين بلغ إذا صار مرة تانية؟ نحن بالريحانية. أنا أحمد', 'أحمد'],
    ['Arabic: signing as her son\'s mother', `ابني ما رجع عالبيت. أنا أمه خديجة، الكملك ${V1}`, 'خديجة'],
    ['Arabic: a lone given name right before the ID', `كيف بجدد الكملك؟ انتهت صلاحيته. سامر ${V1} اسطنبول`, 'سامر'],
    ['a role before the signature ("Komşu Recep")', 'Karşı dairede 2 küçük çocuk balkonda ağlıyor. Adres Cumhuriyet cd Malatya. Komşu Recep', 'Recep'],
    ['a surname that is also a district ("Sarıkaya") stays', 'li Amedê kurs heye? Dilan Sarıkaya', 'Dilan Sarıkaya'],
    ['"Gazi" as a surname', 'Adım Sultan Gazi. Doğalgaz faturası için yardım yapılıyor mu?', 'Sultan Gazi'],
    ['a trade before the signature ("Kasap")', '3 kardeş çocuk 2 gecedir parkta yatıyor. Elbistan. Kasap Murat Güneş', 'Murat Güneş'],
    ['an origin after the name ("Suriyeli")', `ben Hassan Zoubi Suriyeli, Konya'da oturuyorum. kimlik ${V1}`, 'Hassan Zoubi'],
    ['a colloquial place after a lone given name', 'okulu 2 ay kaciriyorum, tasimali okul olur mu. Berat Urfa Suruc', 'Berat'],
    ['signing as her aunt ("Teyzesi Nermin")', 'üvey babası sürekli dövüyor. Yunusemre / Manisa. Teyzesi Nermin', 'Nermin'],
    ['Arabic: "أنا سامر" right before the ID', `أريد أن أسأل عن مساعدة الإيجار. أنا سامر ${V1}`, 'سامر'],
    ['Arabic: a lone given name as the last word', 'بطاقة الهلال الأحمر توقفت منذ شهرين. أنا ساكن في كيليس. شكرا. خالد', 'خالد'],
    ['IBAN letters are no name', `ödeme ne zaman yatar? Semra Kılıç ${V1} Bağcılar IBAN TR33 0006 1005 1978 6457 8413 26`, 'Semra Kılıç'],
    ['before the ID', `Hacer Tunç ${V1} kömür yardımı istiyorum`, 'Hacer Tunç'],
    ['after the ID', `TC ${V1} Orhan Bilgin. Kömür yardımı`, 'Orhan Bilgin'],
    ['all upper case, no Turkish letters', `SEVGUL OZDEMIR ${V1} YARDIM`, 'SEVGUL OZDEMIR'],
    ['all lower case', `kira yardımı lazım. zeynep arslan tc ${V1}`, 'zeynep arslan'],
    ['three-word name', `Fatma Nur Çelik ${V1}`, 'Fatma Nur Çelik'],
    ['hyphenated double surname', `Ayten Kaya-Demir TC ${V1}`, 'Ayten Kaya-Demir'],
    ['name that is a word (Umut)', `Engelli raporu yenileme. Umut Aydın ${V1}`, 'Umut Aydın'],
    ['name that is a word (Bahar)', `Bahar Sönmez ben, huzurevi için yazıyorum`, 'Bahar Sönmez'],
    ['Kurmanji cue', `Silav, navê min Dilan Kaya ye, alîkarî dixwazim`, 'Dilan Kaya'],
    ['a short ordinary word as surname', `Gıda kartı yüklenmedi. Cennet Ay`, 'Cennet Ay'],
    ['a word as middle name, a district after', `ismim Elif Su Kara Ümraniye`, 'Elif Su Kara'],
    ['a first name and surname that are also places', `Gümüşhane merkez. Aydın Keskin ${V1}`, 'Aydın Keskin'],
    ['a lone first name closing the message', 'adres Fevzipaşa mh 23. sk no 7 Erzincan. Seda', 'Seda'],
    ['glued "TCno" is no surname', `Zeynep Nisa Bal TCno:${V1} Kırıkkale`, 'Zeynep Nisa Bal'],
    ['where the writer is from is no name', `ben Afganistanlıyım, yabancı kimlik no ${V1} adım Ahmad Rahimi`, 'Ahmad Rahimi'],
    ['an Arabic signature before "كيملك"', 'هل تشمل الأجانب؟ محمود حمدان، كيملك ١٢٣٨٧٣٧٤٤٧٦', 'محمود حمدان'],
    ['Arabic: signing as a relative', 'نحن في مرسين. أنا أخته رهف', 'رهف'],
    ['Arabic: a signature before a two-word place and the ID', 'ما حدا رد على طلبي. جميلة الحسن، كهرمان مرعش، ١٢٣٨٧٣٧٤٤٧٦', 'جميلة الحسن'],
    ['Arabic: a lone given name before the place at the end', 'كيف بسجل ابني بالمدرسة؟ سارة، بورصة', 'سارة'],
    ['Arabic: a name opening the message right before the ID', 'يوسف الحمد، ١٢٣٨٧٣٧٤٤٧٦. بدنا مساعدة فحم، الشتا قوي', 'يوسف الحمد'],
    ['Arabic: a compound given name and a family name', 'هل يحق لي السفر مجاناً؟ عبد الكريم أصلان، ماردين، هوية ١٢٣٨٧٣٧٤٤٧٦', 'عبد الكريم أصلان'],
    ['a Kurdish given name signing after a full stop', 'zarokê cîranê me li derve ye, bavê wî lê dixe. em li Wanê ne. Nalîn', 'Nalîn'],
    ['"ben Kırşehir\'de tercümanım" is where, not who', 'Ben Kırşehir\'de tercümanım, bir aile adına yazıyorum, engelli maaşı için', null],
    ['"Ben Afgan" is where from, not who', 'Ben Afgan, Türkiye\'de 5 yıl. İş arıyorum', null],
    ['"ben Almanya\'dayım" is where, not who', 'Ben Almanya\'dayım, kardeşim evde tek başına kaldı', null],
    ['where the writer is from, before the name', 'salam ben Afganistanlı Zahra Ahmadi. okul için yardım lazım', 'Zahra Ahmadi'],
    ['a capitalised month after "Adım"', 'Ben 15 yaşındayım, odamdan yazıyorum. Sincan. Adım Eylül', 'Eylül'],
    ['a profession before a signature', 'bilgilendirme broşürü gönderebilir misiniz? Hemşire Esra Yalçın', 'Esra Yalçın'],
    ['"Muhtar" before a name is a title', 'yolu kar kapattı. Muhtar Celal Ateş', 'Celal Ateş'],
    ['"Yazan" before a signature', `Kira yardımı ne oldu? Yazan Kübra Tuncay ${V1}`, 'Kübra Tuncay'],
    ['Arabic signature before the ID', 'كيف نقدم طلب؟ يوسف الإبراهيم ١٢٣٨٧٣٧٤٤٧٦', 'يوسف الإبراهيم'],
    ['Arabic cue', 'السلام عليكم اسمي فاطمة حسن أحتاج مساعدة', 'فاطمة حسن'],
    ['signing as a relative', `Babam yatalak. Ben oğlu Kemal Acar TC ${V1}`, 'Kemal Acar'],
  ])('%s', (_label, text, name) => {
    expect(parseMessage(text).name).toBe(name);
  });

  it.each([
    ['mother’s name', 'Annem Hatice Kurt 80 yaşında, huzurevi istiyoruz'],
    ['son’s name', 'Oğlum Emre okula gitmiyor, ne yapabilirim'],
    ['neighbour with a title', 'Komşum Nermin teyze 3 gündür kapıyı açmıyor'],
    ['someone’s genitive', 'Ben Kaan Polat’ın eşiyim, bilgi istiyorum'],
    ['someone else’s name given explicitly', 'Dedemin adı Mustafa Öz, evde bakım maaşı kesildi'],
    ['no name at all', 'kocam beni dövüyor yardım edin'],
    ['place names are not names', 'Kadıköy İstanbul. Su faturası yardımı'],
    ['ordinary words in lower case', `ne zaman belli olur ${V1}`],
  ])('no sender name: %s', (_label, text) => {
    expect(parseMessage(text).name).toBeNull();
  });

  it('drops the apostrophe suffix and gives the span', () => {
    const text = `Merhaba, ben Gizem Aydın'ım. Kömür yardımı`;
    const r = parseMessage(text);
    expect(r.name).toBe('Gizem Aydın');
    const [a, b] = r.spans.name!;
    expect(text.slice(a, b)).toBe('Gizem Aydın');
  });
});

describe('request', () => {
  it.each([
    ['greeting, name and ID removed', `Merhaba, ben Ali Kaya TC ${V1}. Kömür yardımı istiyorum. Teşekkürler`, 'Kömür yardımı istiyorum.'],
    ['only a name and an ID', `Ali Kaya ${V1}`, ''],
    ['only an ID', `tc ${V1}`, ''],
  ])('%s', (_label, text, request) => {
    expect(parseMessage(text).request).toBe(request);
  });

  it('never contains the ID digits', () => {
    const r = parseMessage(`Kira desteği 123 873 744 76 Ayşe Kaya`);
    expect(r.request.replace(/\D/g, '')).not.toContain(V1);
    expect(r.request).toContain('Kira desteği');
  });
});

describe('province', () => {
  it.each([
    ['where the writer is now ("-dayım")', 'annem Tosya’da yalnız, ben İstanbul’dayım', 'İstanbul'],
    ['"Burası X"', 'annemlere gidemem Sivas uzak. Burası Keçiören.', 'Ankara'],
    ['the writer’s place settles it, however well the relative’s address is given', 'Dedem Kars Sarıkamış Karaurgan köyünde tek kaldı, adresi Kars merkez değil köy. Ben İstanbul’dayım.', 'İstanbul'],
    ['"-dayım" glued on, no apostrophe', 'ben gaziyim Nusaybinde yaralandim. Elazigdayim', 'Elazığ'],
    ['a district, then a signature as a relative ("Tarsus. Abisi Oğuz Yaman")', 'hava da çok soğuk. Tarsus. Abisi Oğuz Yaman', 'Mersin'],
    ['a place that is also a word, closing the message before the signature', 'silahi var cok korkuyorum. Batman. Leyla', 'Batman'],
    ['where something happened once is not where anyone lives', "Abim 2019'da Hakkari'de şehit oldu. Kamuda istihdam hakkım var mı? Şahinbey", 'Gaziantep'],
    ['… and alone it is no province', "Ben gaziyim, 2016 Nusaybin'de yaralandım. Artık dayanamıyorum.", null],
    ['working there ("Istanbulda calisiyorum")', 'Annem Sivasta tek basina yasiyor. Ben Istanbulda calisiyorum, gidemiyorum', 'İstanbul'],
    ['a glued dative is no place ("hane", "aracı")', 'Hane geliri fazla diye kesildi, aracı da satmak istiyoruz', null],
    ['an ordinary word is no place for its glued ending ("karsi" is karşı, not Kars\'ı)', 'karsi cikinca olduruz dediler, simdi siverek otogarindayim', 'Şanlıurfa'],
    ['Kurmanji "li X me" (we are in X)', 'Gundê me li Qersê ye. Ez li Îzmîrê me.', 'İzmir'],
    ['province name', 'Kömür yardımı. Erzurum', 'Erzurum'],
    ['district maps to province', 'Kömür yardımı. Keçiören', 'Ankara'],
    ['with a case suffix', "İzmir'de oturuyorum, kira yardımı", 'İzmir'],
    ['Kurdish name', 'Silav, ez li Amedê me', 'Diyarbakır'],
    ['Kurdish name Wan', 'ez li Wanê me, alîkarî', 'Van'],
    ['Arabic name', 'أسكن في غازي عنتاب', 'Gaziantep'],
    ['street named after a province is not it', 'Sivas Caddesi no 4, Beşiktaş', 'İstanbul'],
    ['Kurmanji "Gewer" (Yüksekova)', 'Bavê min 85 salî ye, li gundê me li Gewerê bi tena serê xwe maye', 'Hakkari'],
    ['Kurmanji "cîranê wan" is "their neighbour", not Wan', 'Li taxa me li Nisêbînê keçeke 13 salî heye. Ez cîranê wan im', 'Mardin'],
    ['"Karadeniz Ereğli" and "Kdz. Ereğli" are Zonguldak’s', "Kdz. Ereğli'de oturuyorum, maden kapandı", 'Zonguldak'],
    ['a district with "-dayız" before "ablam" is a place, not "Kahta abla"', 'hepimiz Kahtadayiz ablam evli enistem dovuyor', 'Adıyaman'],
    ['an all-capitals word that is a district is not taken for it ("OLUR")', 'AKULU SANDALYE LAZIM BASVURU NASIL OLUR. ALI VEYSEL', null],
    ['a district opening an address ("Çorlu Reşadiye mah.") after a sentence', 'Ben Tuncay. Çorlu Reşadiye mah.', 'Tekirdağ'],
    ['the locative written apart ("DÜZCE DE")', 'PSİKOLOJİK ŞİDDET İÇİN NEREYE BASVURULUR SÖNİM VAR MI DÜZCE DE', 'Düzce'],
    ['"X ilçesinden yazıyorum" is where the writer is', "Karsın Sarıkamış ilçesinden yazıyorum. Ben çalışıyordum Erzurum'da, iş bitti.", 'Kars'],
    ['a Kurdish name written like a Turkish word is weak ("sert", hard; Sêrt is Siirt)', "kömür yardımı istiyorum, Sarıkamış'ta kış çok sert geçiyor", 'Kars'],
    ['… and still a place with its Kurdish letters', 'Ez li Sêrtê dimînim, alîkarî dixwazim', 'Siirt'],
    ['"-de … yaşıyorum" a few words on is where the writer lives', "Inegolde tek basima yasiyorum, oglum Izmir'de calisiyor", 'Bursa'],
    ['… not across "ama"', "Nüfusum Gaziantep'te ama İzmit'te yaşıyorum", 'Kocaeli'],
    ['ambiguous district is null', 'Kira yardımı, Ereğli', null],
    ['person named Nilüfer is not the district', 'Komşum Nilüfer hanım yardım istiyor', null],
    ['origin vs where one lives now', "Hatay'dan Mersin'e taşındık, ev lazım", 'Mersin'],
    ['ordinary word that is a place (tokat)', 'öğretmeni tokat attı, ne yapmalıyım', null],
    ['Arabic "ب" glued to the place (in Mersin)', 'زوجي طلقني، انا ساكنة بمرسين وما عندي بيت', 'Mersin'],
    ['"… -tan yazıyorum" is where the writer is', "engelli oğlum için termal tesislerde indirim var mı? Uşak'tan yazıyorum", 'Uşak'],
    ['Arabic: "he lives in Ankara" is the relative’s place', 'ابويه وحده بالبيت وما يجاوب، احنا ببغداد. هو ساكن بأنقرة', null],
    ['Arabic: where the writer lives beats where the relative is', 'جدي ساكن لحاله بأورفا وما عم يرد. انا ساكنة باسطنبول', 'İstanbul'],
  ])('%s', (_label, text, province) => {
    expect(parseMessage(text).province).toBe(province);
  });
});

describe('category', () => {
  it.each([
    ['protection order', 'Koruma kararı nasıl alınır', 'kadin'],
    ['Arabic: her husband beats her, now', 'امرأة في البناية المجاورة تصرخ وزوجها يضربها الآن، العنوان: أنقرة', 'kadin'],
    ['Kurmanji: a broken wheelchair', 'Kursiya min a bi teker şikestî ye, ez dixwazim ji bo kursiyeke nû serlêdan bikim', 'engelli'],
    ['Arabic: a medical bed and diapers for an old grandmother', 'جدتي عمرها ٨٥ سنة تحتاج سرير طبي وحفاضات', 'yasli'],
    ['Kurmanji: the son of a veteran ("gaziyekî")', 'Ez kurê gaziyekî me. Karta rêwîtiyê ya belaş dixwazim', 'sehit_gazi'],
    ['a course for women', 'Kadınlara yönelik meslek kursu var mı? Çalışmak istiyorum', 'kadin'],
    ['poverty alimony is the woman’s', 'yoksulluk nafakası ödenmiyor ne yapabilirim', 'kadin'],
    ['rent one cannot pay, children named in passing', '3 çocuğum var eşim cezaevinde kira 8000 tl ödeyemiyorum, ekonomik destek', 'genel'],
    ['no diacritics', 'kocam bana siddet uyguluyor', 'kadin'],
    ['child marriage', '15 yaşındaki kızımı zorla evlendirecekler', 'cocuk'],
    ['foster family', 'koruyucu aile olmak istiyorum', 'cocuk'],
    ['nursing home', 'annem için huzurevi başvurusu', 'yasli'],
    ['care allowance is engelli', 'evde bakım maaşı yatmadı', 'engelli'],
    ['veteran', 'gazi maaşım kesildi', 'sehit_gazi'],
    ['martyr’s family', 'şehit yakını kartı yenileme', 'sehit_gazi'],
    ['the writer being deaf is not the category', 'işitme engelliyim, kömür yardımı istiyorum', 'genel'],
    ['a bridge named after martyrs', 'Şehitler Köprüsü yakınında oturuyorum, gıda yardımı', 'genel'],
    ['Gazi as a neighbourhood', 'Gazi Mahallesi, kira yardımı', 'genel'],
    ['a daughter’s impairment is the need', 'kızım görme engelli, beyaz baston için destek var mı', 'engelli'],
    ['sign-language interpreter', 'hastane randevum için işaret dili tercümanı lazım', 'engelli'],
    ['the mother beaten: violence against a woman', 'babam annemi şu an dövüyor, 12 yaşındayım', 'kadin'],
    ['an old father beaten by his son', 'abim babamı dövüyor, babam 74 yaşında', 'yasli'],
    ['an old neighbour, no kinship word', 'Rıfat dede 85 yaşında tek başına yaşıyor', 'yasli'],
    ['a neighbour’s child', 'komşunun kızı 6 yaşında, babası vuruyor', 'cocuk'],
    ['Arabic: child marriage', 'جاري يريد ان يزوج ابنته عمرها ١٣ سنة', 'cocuk'],
    ['Kurmanji: old-age pension', 'ez 68 salî me, mehaneya kalbûnê nehatiye', 'yasli'],
    ['mojibake (cp1254 read as Latin-1)', 'kocam bana þiddet uyguluyor', 'kadin'],
    ['the KADES app', 'KADES uygulamasına kayıt olamıyorum', 'kadin'],
    ['a street named after a martyr is an address', 'kocam beni dövüyor, Şehit Osman Avcı Mah. Yenimahalle', 'kadin'],
    ['a neighbour’s impairment, named after it', 'işitme engelli komşum için tercüman lazım', 'engelli'],
    ['“we are deaf” is still the writers’ own', 'eşim de ben de işitme engelliyiz, kira yardımı istiyoruz', 'genel'],
    ['Kurmanji: disabled', 'cîranê me seqet e, li ser kursiya bi teker e', 'engelli'],
    ['a misspelt Alzheimer', 'babaannem alzaymır hastası', 'yasli'],
    ['an adult forced to marry is not a child', '22 yaşındayım, babam zorla evlendirmek istiyor, dövdü', 'kadin'],
    ['a child hit by the writer’s husband', 'eşim kızıma vuruyor, kızım 6 yaşında', 'cocuk'],
    ['a veteran with no legs (no negation of "gazi")', 'abim gazi, iki bacağı yok, protez için rapor', 'sehit_gazi'],
    ['veterans, plural with a case ending', 'Gazilere ÖTV muafiyetli araç hakkı kaç yılda bir?', 'sehit_gazi'],
    ['a street named Gazi is an address', 'kocam içip geldi bağırıyor, Gazi cd. no 14 Elbistan', 'kadin'],
    ['a nursery grant is a child matter', 'Kreş yardımı var mı çalışan anneler için? İkizlerim 3 yaşında', 'cocuk'],
    ['shelter spelt apart', 'KADIN KONUK EVİ NASIL BAŞVURULUR', 'kadin'],
    ['economic control by a husband', 'eşim bana hiç para vermiyor, çalışmama izin vermiyor', 'kadin'],
    ['"no violence from my husband" is not kadin', 'Boşanma davası açtım, eşimden şiddet görmedim, adli yardım lazım', 'genel'],
    ['Arabic: a husband locking her in', 'زوجي قفل علي الباب من يومين وما في أكل', 'kadin'],
    ['Kurmanji: an adult forced to marry is not a child', 'Bavê min dixwaze min bi zorê bide mêr, ez 24 salî me', 'kadin'],
    ['someone else who cannot hear', 'kulağı duymayan komşum kapıyı açmıyor', 'engelli'],
    ['the sender’s surname is no category ("Sultan Gazi")', 'Adım Sultan Gazi. Doğalgaz faturası için yardım yapılıyor mu?', 'genel'],
    ['born in 1940', 'Sayın yetkili, 1940 doğumluyum. Eşimle evde yalnız yaşıyoruz, evde temizlik ve bakım desteği istiyoruz', 'yasli'],
    ['dialect age ("76 yaşındayam")', 'gardaş ben Şakir, 76 yaşındayam. heç kimsem yoh, ayağa kalkamiyrem', 'yasli'],
    ['beaten by a daughter-in-law', 'gelinim beni dövüyor, yemek vermiyor, şimdi odaya kilitledi', 'yasli'],
    ['a martyr’s father, old himself', 'Şehit babasıyım 76 yaşındayım, aylığım ile ilgili bir yazı geldi', 'sehit_gazi'],
    ['Arabic: cerebral palsy', 'ابني عنده شلل دماغي عمره ١٠ سنوات. كيف نحصل على تقرير إعاقة', 'engelli'],
    ['nappies and milk', 'Benim cocuk 3 yas, süt ve bez lazim, esim calismiyor', 'cocuk'],
    ['an old neighbour beaten by his grandson', "80lik Sabri amcayı torunu yine dövüyor, 'öldürürüm seni' diye bağırıyor", 'yasli'],
    ['maintenance from one’s own children is an old-age matter', 'Çocuklarımdan nafaka isteyebilir miyim? 74 yaşındayım', 'yasli'],
    ['adoption by an adult', 'Evlat edinme için yaş sınırı var mı? 42 yaşındayım', 'cocuk'],
    ['a screen reader for a blind student', 'görme engelliyim, üniversite sınavına hazırlanıyorum, ekran okuyuculu bilgisayar lazım', 'engelli'],
    ['Arabic: a husband who took her passport and locks her in', 'زوجي أخد ولادي وجواز سفري وحابسني بالبيت', 'kadin'],
  ])('%s', (_label, text, category) => {
    expect(parseMessage(text).category).toBe(category);
  });
});

describe('urgent', () => {
  it.each([
    ['ongoing violence', 'kocam şu an beni dövüyor', true],
    ['no diacritics and misspelled', 'kocam beni dovuyo yrdm edin', true],
    ['threat with a knife', 'elinde bıçakla bekliyor', true],
    ['suicide risk', 'artık yaşamak istemiyorum', true],
    ['suicide risk, Arabic', 'لم أعد أتحمل، أفكر أن أنهي حياتي الليلة', true],
    ['suicide risk, Turkish "hayatıma son vermek"', 'borçlar yüzünden hayatıma son vermek istiyorum', true],
    ['a lost card is not a missing person (Kurmanji "winda")', 'Kartê min ê gaziyan winda bûye, yê nû dixwazim', false],
    ['… a lost child is', 'kurê min winda bûye ji duh ve, 8 salî ye', true],
    ['a lost ID card in Arabic', 'ضاعت بطاقتي الشخصية كيف احصل على بدل', false],
    ['a bedridden neighbour without food or medicine: one mild cue against does not silence the model', 'Karşı komşumuz Fatma teyze yatalak, oğlu 1 haftadır gelmiyor, evde yiyecek bitmiş ilaçları da bitmiş, kapının arkasından sesleniyor', true],
    ['a past event and a danger now: the danger is not over', 'babam geçen ay vefat etti, yalnız kaldım. artık dayanamıyorum, bütün ilaçlarımı önüme koydum', true],
    ['a past event and the danger over', 'geçen ay eşim beni dövdü, şimdi ablamın yanındayım, güvendeyim. nafaka davası için avukat lazım', false],
    ['alone and fallen', 'düştüm kalkamıyorum evde yalnızım', true],
    ['missing child', 'oğlum 3 saattir kayboldu', true],
    ['negated', 'acil değil, sadece bilgi almak istiyorum', false],
    ['no violence now', 'şiddet yok, boşanma hakkında bilgi', false],
    ['safe now', 'eşimden şiddet gördüm ama şu an güvendeyim', false],
    ['ACİL for a pension question', 'ACİL yaşlı aylığım ne zaman yatar', false],
    ['lost card is not a missing person', 'banka kartım kayboldu', false],
    ['colloquial present tense (döviyo)', 'abim babamı her gün döviyo', true],
    ['colloquial future threat (vurcam)', 'silahı aldı odaya kapandı kendimi vurcam diyor', true],
    ['a missing man, no word for child', 'dayım sabah evden çıkmış dönmedi, telefonu yok', true],
    ['a missing child in capitals, no Turkish letters', 'KIZIM OKULDAN DONMEDI HER YERE BAKTIK', true],
    ['left alone, "kimse yok" is no negation', 'felçli annem evde tek kaldı kimse yok', true],
    ['locked in', 'kocam beni 2 gündür evde kilitli tutuyor', true],
    ['help asked for now', 'yaşlı komşum düşmüş kapıyı açamıyor, ambulans çağırın', true],
    ['a marriage this week', 'kardeşim 15 yaşında, cuma günü zorla nikah kıyacaklar', true],
    ['Kurmanji: a child lost', 'kurê min ji sibê ve winda ye', true],
    ['Arabic: a mother alone, not answering', 'امي وحدها في البيت لا ترد على الهاتف ارجو ارسال احد بسرعة', true],
    ['a weak cue counts once', 'ACİL ACİL gazi aylığım yatmadı', false],
    ['habitual, not now', 'babam bazen yemek vermiyor, ne yapmalıyım', false],
    ['Kurmanji: no danger now', 'mêrê min berê li min dixist, niha xetere tune', false],
    ['a past complaint to the police', 'geçen ay polise şikayet ettim, dosya ne oldu', false],
    ['Kurmanji: someone beaten now, come quickly', 'bavê min niha li wî dixe, zû werin', true],
    ['suicide said indirectly', 'yaşamanın anlamı kalmadı, köprüye gidiyorum', true],
    ['a landlord threatening eviction', 'ev sahibi evden çıkarmakla tehdit ediyor, kira yardımı var mı', false],
    ['a negation two words after', 'kendime zarar verme düşüncem yok, konuşacak biri lazım', false],
    ['a child not coming home', 'kızım 2 gündür eve gelmiyor', true],
    ['cold and alone', 'komşumuz 88 yaşında, sobası yanmıyor, battaniyeye sarılmış titriyor, kimsesi yok', true],
    ['Arabic: beaten before, safe now', 'كان يضربني، والآن أنا بأمان مع أهلي', false],
    ['a threat three months ago', 'eşim 3 ay önce tehdit ettiği için uzaklaştırma kararı almıştım, uzatmak istiyorum', false],
    ['writing in secret', 'kocam içip geldi yine, masayı devirdi. tuvaletten gizli yazıyorum', true],
    ['"he is here", cannot call', 'Fazla yazamıyorum, o evde. 112yi arayamam duyar', true],
    ['a threat in his own words', "adam 'seni pencereden atacam' diye bağırdı", true],
    ['moaning behind a locked door', 'yaşlı amca düşmüş, kapının arkasından inliyor, kapı kilitli', true],
    ['not seen for days', 'yalnız yaşayan Naciye teyze 4 gündür görünmüyor, ekmekler birikmiş', true],
    ['a child in a car in the sun', 'otoparkta arabanın içinde 2 yaşlarında bir çocuk yalnız, kimse gelmedi', true],
    ['a farewell said another way', 'Bu mesajı son kez yazıyorum belki, annem sorarsa iyiydi deyin', true],
    ['"the meaning of living is gone" holds its own "yok"', "'yaşamanın anlamı yok' diyor, arabada yatıyor", true],
    ['"kimsem yok" is no negation', 'yataktan kalkamıyorum, kimsem yok', true],
    ['no harm meant: "zarar vermem"', 'moralim bozuk ama merak etmeyin kendime zarar vermem, psikolog arıyorum', false],
    ['a lost veteran card is no missing person', 'Gazi kartım kayboldu, kayıp ilanı gerekir mi?', false],
    ['a fire last night, safe with relatives now', 'Dün gece evimiz yandı, şu an akrabalarda kalıyoruz, eşya yardımı', false],
    ['Kurmanji: burnt yesterday, nobody hurt', 'Xaniyê me duh şewitî, tu kes birîndar nebû. Niha em li mala xizmên xwe ne', false],
    ['Arabic: in the street in the cold tonight', 'طلعنا صاحب البيت وحط اغراضنا بالشارع، والدنيا برد', true],
    ['Arabic: fallen and cannot get up', 'أمي وقعت بالحمام وما بتقدر تقوم', true],
    ['Arabic: an eviction next month is not now', 'صاحب البيت يريد ان يطردنا الشهر القادم', false],
    ["a deaf writer's grammar: no door opened, no waking", 'komşu yaşlı kadın 2 gün kapı açmak yok. ben sağır telefon edemem', true],
    ['no sound for days, papers at the door', 'komsumuzun evinde 3 gundur ses yok, kapida gazeteler', true],
    ['bedridden and alone ("yatalak değil" is not)', 'yatalak annem yalnız, bakıcısı kaçmış', true],
    ['"not bedridden but cannot be alone" is a plan, not danger', 'Annem yatalak değil ama yalnız kalamaz, ameliyat süresince huzurevi olur mu', false],
    ['taken away by car', 'su an arabada zorla goturuyo beni bilmedigim yere', true],
    ['gas opened, a threat to blow up', 'adam evde gaz acti, patlatcam diyo', true],
    ['Kurmanji: a knife, hiding at the neighbours', 'Bavê zarokên min bi çakû li min geriya, ez û zarok li cîranan veşartî ne', true],
    ['Kurmanji: no threat now', 'berê mêrê min ez lêdixistim, niha em ji hev veqetiyan û tu tehdît tune', false],
    ['Arabic: found after an hour', 'لقينا ولد صغير ضايع بالسوق، الحمد لله لقينا أهله بعد ساعة', false],
    ['danger in the middle of a routine question', "Kira yardımı sonuç çıktı mı? Eşim şu an mutfakta bıçağı bileyip bana bakıyor, sessiz yazıyorum", true],
    ['a threat repeated now, a broken arm last month', "Kocam mesaj attı 'akşam gelince seni gebertecem' diye, geçen ay da kolumu kırmıştı", true],
    ['released from prison is not "in prison"', 'babaları cezaevinden çıktı, çocukları alıp götürmekle tehdit etti, şu an okulun önünde bekliyormuş', true],
    ['a man with dementia who walked off', 'Dedem alzheimer hastası, öğle namazından sonra camiden çıkmış kaybolmuş', true],
    ['dementia feared, not happened', 'Annem alzheimer başlangıcı, ileride evden çıkıp kaybolursa diye gündüz bakım merkezi var mı?', false],
    ['"%40 kayıp" is an impairment, not a missing person', 'Gaziyim, sağ elimde %40 kayıp var. İŞKUR’da gazilere öncelik var mı?', false],
    ['the sender’s surname is no finding ("Duman" is no smoke)', 'gazi ulaşım kartım metrobüste okumuyor, nereye başvurayım. Veli Duman', false],
    ['Çiğli (a district) is no scream', 'Gazi kartımla otobüs ücretsiz mi, şoför kabul etmedi. İzmir Çiğli', false],
    ['a stranger calling children to his car', 'Parkta bir adam çocuklara şeker veriyor arabasına çağırıyor, şu an burada', true],
    ['pills laid out, "let no one call"', 'ilaçları önüme dizdim. kimse aramasın sadece biri bilsin istedim', true],
    ['nights at the bus station in the cold', '2 gecedir otogarda yatıyorum, param bitti, hava eksi 10', true],
    ['on the roof in a flood', 'Sel evimizi bastı, ben ve eşim çatıdayız, aşağı inemiyoruz', true],
    ['dialect: "kapiyi açmay", "soba yanmay"', 'komşi Rüstem dayi 90 yaşinda, 2 gündür kapiyi açmay, işuği yanmay', true],
    ['the offender gone a year is no danger now', 'Koruma kararım var, adres gizliliği nasıl yapılır? Eski eşim 1 yıldır ortada yok, sadece önlem için soruyorum', false],
    ['"nobody answers" at an office is no danger', 'Gazi aylığım 2 aydır yatmadı, öldüm öldüm dirildim bu e-devlette. Kimse cevap vermiyor!', false],
    ['"not even a coat" is no negation', '15 yaşındaki oğlum dün gece evden kaçtı, montu bile yok, eksi 12 derece', true],
    ['a father who says his life is not needed', '4 çocuğa kömür alamayan babanın yaşamasına gerek yok. Kimseye yük olmayayım', true],
    ['pills taken just now', 'ailem gitti kimse yok. ilaclari toplu ictim az once', true],
    ['sleeping in the car in the cold', 'eşim ve iki çocuğumla 3 gündür arabada yatıyoruz, gece eksi 15 oluyor', true],
    ['safe at a sister’s now', 'Eşim beni dövüyordu, 2 ay önce ayrıldık şimdi ablamın yanındayım', false],
    ['a power company that does not answer', 'ACİL: 2 gündür elektrik yok, Dicle Elektrik cevap vermiyor', false],
    ['children alone, "no mother or father" is no negation', 'alt kattaki evde iki küçük çocuk iki gündür yalnız, annesi babası yok', true],
    ['a man outside a bridge railing', 'köprüde bir adam korkuluğun dışına çıkmış, aşağı bakıyor', true],
    ['a belt in his hand', 'Yine başladı. içeride bağırıyor, elinde kemer', true],
    ['"nobody threatens me now"', 'Önleme kararımın süresi doluyor, uzatmak istiyorum. Kimse tehdit etmiyor şu an', false],
    ['a lost card (kayıp) is no missing person', 'engelli kimlik kart kayip yeni nasil. yardım', false],
    ['"no problems now" in Arabic', 'طليقي هددني قبل سنة وأخذت قرار حماية، الآن لا يوجد مشاكل', false],
    ['hiding from him in the garden', 'kocam el feneriyle ariyo beni, evin arkasindaki bagda sakladim kendimi, bulursa bitti', true],
    ['gone for three hours', 'otizm oglum 25 yas evden cikti 3 saat yok, konusamiyor', true],
    ['fumes from the stove', 'evde tek başımayım, sobadan koku geliyor başım dönüyor, kapıya gidemiyorum', true],
    ['a fire of 2021 is no danger now', '2021 yangınında evimiz yandı, hâlâ kirada oturuyoruz, hak sahipliği itirazı nereye?', false],
    ['Kurmanji: a girl given to a man tomorrow', 'Xwişka min 15 salî ye, bavê min dixwaze sibê wê bide zilamekî 40 salî', true],
    ['"no emergency now"', 'Gazi derneği olarak intihar önleme eğitimi var mı? Şu an acil bir durum yok, planlama yapıyoruz', false],
  ])('%s', (_label, text, urgent) => {
    expect(parseMessage(text).urgent).toBe(urgent);
  });
});

describe('lang', () => {
  it.each([
    ['Turkish', 'Merhaba, kira yardımı için başvurmak istiyorum', 'tr'],
    ['Kurmanji', 'Silav, ez dixwazim alîkariyê bistînim, zarokên min hene', 'ku'],
    ['Arabic', 'مرحبا أريد مساعدة في إيجار البيت', 'ar'],
    ['Turkish without diacritics', 'kira yardimi icin basvurmak istiyorum', 'tr'],
  ])('%s', (_label, text, lang) => {
    expect(parseMessage(text).lang).toBe(lang);
  });
});
