/** Small hand-written word tables (folded forms) shared by the extraction rules. */
import { fold } from './text.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const GREETINGS = set(`merhaba merhabalar mrb mrhb mrh slm selam selamlar selamun selamin aleykum aleykumselam selamunaleykum selaminaleykum selamunaleykumler
  iyi gunler aksamlar geceler gunaydin hayirli sabahlar kolay gelsin sayin yetkili yetkililer silav slav slv rojbas
  السلام عليكم مرحبا مرحبه اهلا تحيه وبعد`);
export const SIGNOFFS = set(`tesekkurler tesekkur ederim tsk tskr tesekkurlar saygilarimla saygilar sag olun allah razi olsun
  iyi calismalar simdiden spas dest xwes shukran shokran choukran chukran شكرا وشكرا`);

/** Roles signed before a name ("Yazan: …", "Muhtar Celal Ateş", "Hemşire Esra Yalçın"): not part of it. */
export const NAME_TITLES = set(`yazan gonderen basvuran gazisi uzmani muhtar baskani baskan hemsire hem imam yonetici komsulari komsu komsunuz ogretmen doktor dr avukat emekli
  firinci kasap bakkal hafiz komiser yardimcisi esnaf manav berber sofor memur bekci taksici ebe ogretmeni ogretmeniyim hemsiresi kapici yoneticisi
  muhtari muhtariyim mudur muduru mudiresi av sosyal calismaci calismacisi psikolog pedagog imami mamoste eden ogretmenim hemsireyim uzmaniyim doktorum
  danisman danismani danismaniyim psk rehber gonullu gonullusu gonullusuyum koordinator koordinatoru sorumlusu sekreter sekreteri
  muhtarim avukatim imamiyim imamim mudiruyum muduruyum mudurum calismaciyim muxtar muxtare
  المعلمه المعلم المدرس المدرسه الممرضه الممرض الدكتور الدكتوره المحامي المحاميه الاستاذ الاستاذه`);

/** Words that introduce the writer's own name. */
export const NAME_LABELS = set(`ad adi adim soyad soyadi soyadim isim ismim soyisim soyismim adsoyad name nav nave navi navê esm ism
  الاسم اسمي`);

/** People the writer looks after in their work (patient, pupil, client): their name and number are not the writer's. */
export const CARED_FOR = set(`hastam hastamiz hastamin hastamizin ogrencim ogrencimiz ogrencimin ogrencimizin muvekkilim muvekkilimiz
  danisanim danisanimiz ogrencisi servisimizde hastanemizde kurumumuzda`);

/** Arabizi "my husband, my son, my sister …" (Moroccan "rajli"): kin words of the writer's own, in Latin letters. */
export const ARABIZI_KIN_MINE = ['rajli', 'jouzi', 'jozi', 'zawji', 'zoji', 'ebni', 'ibni', 'binti', 'benti', 'o5ti', 'ukhti', 'okhti', 'akhoya', 'akhouya'];

/** Form labels of a line about someone else: the disabled person, the patient, the pupil, the child ("Engelli: Ahmet Gökçe, TC …"), an institution's subject or finding ("Konu: Hakan Bulut (T.C. …"), a muhtar's citizen ("İlgili Vatandaş: …"); not "Veli:", the guardian, often the writer. */
export const OTHERS_FORM_LABELS = ['engelli', 'hasta', 'ogrenci', 'cocuk', 'cocugun', 'bakilan', 'yasli', 'vaka', 'danisan', 'konu', 'tespit', 'vatandas'];

/** First-person kinship and neighbour words (and CARED_FOR): a name right after them is someone else's. */
const KIN_MINE_ONLY = set(`annem babam oglum kizim esim kocam karim kardesim ablam abim agabeyim abiyim dedem ninem nenem
  anneannem babaannem torunum amcam dayim teyzem halam komsum yegenim gelinim damadim cocugum arkadasim kuzenim
  enistem yengem kayinvalidem kayinpederim kayinbiraderim gorumcem baldizim bacanagim sevgilim nisanlim ogretmenim
  annemin babamin oglumun kizimin esimin kocamin karimin kardesimin ablamin abimin agabeyimin dedemin ninemin
  anneannemin babaannemin torunumun amcamin dayimin teyzemin halamin komsumun yegenimin cocugumun arkadasimin
  komsumuz komsumuzun cocugumuz oglumuz kizimiz annemiz babamiz
  keca kure bave diya mere jina dapira bapire xwisk bira kurê keça bavê mêrê
  ابني ابنتي زوجي زوجتي امي ابي والدي والدتي اخي اختي جاري جارتي طليقي
  ${ARABIZI_KIN_MINE.join(' ')}`);
export const KIN_MINE = new Set([...KIN_MINE_ONLY, ...CARED_FOR]);

/** Third-person kinship ("ben torunu X", "ANNESİ X"): the writer signing as someone's relative. */
export const KIN_THIRD = set(`oglu kizi esi gelinleri damatlari yegenleri arkadasi arkadaslari anneanneleri babaanneleri dedeleri nineleri anneleri babalari kizlari ogullari torunlari teyzeleri halalari amcalari dayilari ablalari abileri annesi babasi torunu kardesi yegeni gelini damadi ablasi abisi agabeyi dedesi komsusu teyzesi halasi amcasi dayisi ninesi babaannesi anneannesi kuzeni
  annesiyim babasiyim kiziyim ogluyum esiyim torunuyum kardesiyim yegeniyim geliniyim damadiyim ablasiyim abisiyim komsusuyum teyzesiyim halasiyim amcasiyim dayisiyim
  ابنته ابنه زوجته زوجه اخته اخوه والده والدته ابنتها ابنها زوجها اختها اخوها عمه عمته خاله خالته جاره جارته جارتهم جارهم جارها جارتها خالتها عمتها خالها عمها جدتها جدها امه ابوه امها ابوها والدها والدتها والدتهم والدهم حفيده حفيدته حفيدها حفيدتها جده جدته بنتها بنته بنتهم ابنهم ابنتهم بنتو ابنو اختو مرتو`);

/** Words after a name that make it a third person (Hüsnü amca, Fadime teyze, Nermin abla). */
export const TITLE_AFTER = /^(?:amca|teyze|abla|abi|agabey|hanim|bey|hoca|dede|nine|enist|yenge|usta|efendi(?!m$)|kiz|ogl|aga|cavus|doktor|hemsire|ogretmen)/;
export const KIN_ROOT_AFTER = /^(?:es|karis|kocas|anne|baba|kiz|ogl|torun|kardes|abla|abi|agabey|yegen|gelin|damad|komsu|arkadas|sevgili|nisanli)/;

export const STOP = set(`
  iban iletisim esmi smiti kb kusura hava soguk bilgilerinize
  ben sen o biz siz onlar benim bana beni bende benden bizim bize bizi sizin size sizi onun ona onu
  ve ile veya ya yada ama fakat ancak de da ki mi mu mısın misin musun hem icin gibi kadar cok daha en bir bu su her hic
  hep ne nasil neden niye nerede nereye nereden kim kime hangi kac var yok degil evet hayir tamam lutfen lutfn acil
  yardim imdat yardimci
  ad adi adim soyad soyadi soyadim isim ismim soyisim tc tckn tck tckimlik tckimlikno kimlikno kimlik no numara numaram numarali numarasi nolu tel
  telefon cep gsm adres talep konu mesaj not dosya abone sms whatsapp
  simdi an bugun dun yarin aksam gece sabah oglen hafta ay yil saat dakika gun
  merkez mah mahallesi mahalle sok sokak cad caddesi cadde il ilce koy koyu
  ocak subat mart mayis haziran temmuz agustos eylul aralik
  anne baba cocuk cocuklar amca teyze abla abi hanim bey hoca dr av sayin
  kadin erkek engelli sehit gazi yasli hasta ogrenci isitme konusma gorme zihinsel bedensel
  allah razi olsun sag olun
  ez min te em hun ew wi we wê navê e im me ye ne ji li bi di re ku u ü û heye tune xwe silav slv rojbas spas
  alikari alîkarî ji
  acilen tsk tskr tesekkurler tesekkur saygilarimla merhaba merhabalar mrb mrhb slm selam selamlar selamun aleykum
  iyi gunler aksamlar gunaydin
  ana anam ahmetin
  ev eve evde evden
`);

/** Words that may stand between a name and the ID ("Ayşe Kaya TC Kimlik No: …"). */
export const ID_FILLERS = set(`tc t c tcm tckm kimligim tcnm tcnom tckn tck tcno tckimlik tckimlikno tckimliknom kimlikno kimliknom kimlik no numaram numarasi numarali nolu num kimlik nom benim id hejmara yabanci tel telefon telefonum telno gsm irtibat dosya
  رقم الرقم الكملك كملك الكيملك كيملك الاقامه اقامه الهويه هويه هاتف هاتفي جوال جوالي رقمي هويتي كملكي كيمليك الكيمليك كمليك الكمليك ت ك ج الملف ملف`);

/** Endings of verbs and case forms: an unknown word ending like this is not a surname. */
export const INFLECTED =
  /(?:yor|yorum|yoruz|yorsun|iyo|mak|mek|mamak|memek|dim|dik|tim|tik|dum|duk|tum|tuk|dun|din|mis|mus|misim|musum|acak|ecek|acagim|ecegim|sin|siniz|lar|ler|larim|lerim|lari|leri|larimiz|lerimiz|ken|arak|erek|dan|den|tan|ten|nda|nde|ndan|nden|yla|yle|abilir|ebilir|amiyor|emiyor|madi|medi|mayan|meyen|dir|tir|miz|niz|yiz|yim|sun|mali|meli|inca|ince|unca|iniz|imiz|daki|deki|taki|teki|dayim|deyim)$/;

// Words after a place name that make it a street, square, bridge… rather than where someone is.
export const STREET = new Set([
  'cad', 'cadde', 'caddesi', 'cd', 'sok', 'sokak', 'sokagi', 'sk', 'mah', 'mahalle', 'mahallesi', 'mh', 'mahallesinde',
  'bulvari', 'bulvar', 'blv', 'koprusu', 'kopru', 'meydani', 'parki', 'hastanesi', 'universitesi', 'apt', 'apartmani',
  'sitesi', 'yolu', 'caddesinde', 'sokakta', 'koyu', 'kooperatifi', 'lisesi', 'okulu', 'devlet', 'otogari', 'garaji',
  'istasyonu', 'carsisi', 'pasaji', 'hani', 'kapisi', 'gazetesi', 'spor', 'belediyesi', 'valiligi', 'kaymakamligi',
  'apartman', 'apartmana', 'kat', 'daire', 'blok', 'golu', 'evi', 'evleri', 'ortaokulu', 'ilkokulu', 'anaokulu', 'koleji', 'camii',
]);

/** Arabic words that end a name after "اسمي" / "أنا". */
export const ARABIC_STOP = new Set(
  `من في و رقم الكملك كملك الهويه هويه عمري عمره انا لا ولا مع على الى عن هذا هذه التي الذي ساكن ساكنه اسكن نسكن اريد ارجو ارجوكم ارجوك رجاء رجاءا رجاءً دخيلكم عندي لدي احتاج نريد ابحث اطلب بس لكن ابعتوا ما سوري سوريه عراقي عراقيه افغاني افغانيه مصري مصريه لبناني لبنانيه فلسطيني فلسطينيه ايراني`.split(' '),
);

/** Words that make a message Kurmanji or Turkish (language guess). */
export const KU_WORDS = new Set(
  `ez min navê nave navi silav slv rojbaş rojbas û ji li bi di re ye heye dixwazim alîkarî alikari alîkariya kerema xwe zarok
  malê çi kerr lal im me wî wê em hûn ew nîne tune nikarim bikin ranabe salî dibistanê mêrê jî pir gelek
  ditirsim çawa kurê keça bavê diya dapîra îro niha meh pere dijîm tenê bo vê wan zarokên hejmara
  dixe digirin serxwes nexweş binêrim bişînin nizanim bikim kiriye lê jê bistînim civakî nedaye birîn tariyê`
    .split(/\s+/)
    .map((w) => fold(w)),
);
/**
 * Arabic written in Latin letters ("Arabizi": "ana esmi", "badna mosa3ade"): frequent words that are
 * neither Turkish nor Kurmanji ones (not "hala", "sene", "sana", "abi", "lo", "sar", "ma", "ya": those are).
 */
export const ARABIZI_WORDS = new Set(
  `ana ani enta inta ente enti inti howe huwa hiye hiya ehna ihna nehna ahna el il fi fee men mn shu sho shou
  esh eish kif keef keif kifak leish lesh badi bedi biddi baddi bade badna bedna bidna wlad awlad walad yani
  marhaba marhaban salam alaykom alaikum shukran shokran yalla akhi akhoya akhouya akhuya ukhti okhti ekhti emmi ommi
  abuya abouya abouy zawji zoji jozi jouzi marti bent binti benti ebni ibni ebnti esmi smiti ismi esme ismo esmo esma
  shlon shlonak shlonkom hayda hadol kteer ktir kter mosaada musaada mosaade madrase madrase flus fulus masari
  msari beit beyt bayt sakna sakne snin sneen youm lal lel rabbi wallah walla inshallah dakhilkon dakhilak
  dakhilkom mish mesh msh mafi fiyi fini nreed areed lazem kaman kamen heik hon hoon hunak tayeb tayyeb zawja
  mara mrati shi shee ktiir habibi habibti sayed sayyed hajje hajji w wa aw kaman`
    .split(/\s+/)
    .map((w) => fold(w)),
);
export const TR_WORDS = new Set(
  `ve bir bu için ben var mı mi mu mü çok ne de da ile ama olarak yok değil istiyorum nasıl merhaba
  evde annem babam benim bana beni yardım lütfen tc kimlik ediyor oldu olur nereye neden şu an gibi
  kadar daha sonra önce yaşında ay gün gündür ayda evim eşim kocam çocuk ki olan mrb slm lazım`
    .split(/\s+/)
    .map((w) => fold(w)),
);
export const TR_ENDINGS = ['yor', 'yorum', 'iyor', 'mak', 'mek', 'dim', 'mis', 'lar', 'ler', 'sin', 'dir', 'miyor'];
