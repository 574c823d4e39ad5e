// Writes deliver-sm.json: deliver_sm fields as an SMSC sends them, encoded with node-smpp's own GSM coder
// and Node's UTF-16 (independent of Köprü's codecs). Run: node channels/smpp/testdata/make-fixtures.mjs
import { writeFileSync } from 'node:fs';
import smpp from 'smpp';

const gsm = (text, lang = 0) => Buffer.from(smpp.gsmCoder.encode(text, lang)).toString('hex');
const ucs2 = (text) => Buffer.from(text, 'utf16le').swap16().toString('hex');
const hex = (...parts) => parts.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('hex'))).join('');
const FROM = { source_addr: '905321234567', source_addr_ton: 1, destination_addr: '183' };
const LONG =
  'Merhaba, ben Ayşe Yılmaz. T.C. kimlik numaram 10000000146. Eşim bana ve çocuklarıma şiddet uyguluyor, ' +
  'dün gece evden kaçmak zorunda kaldık. Şu an Ankara Çankaya\'da bir akrabamızın yanındayız ama burada ' +
  'uzun süre kalamayız. Barınma ve hukuki destek için yardım istiyorum, lütfen bana ulaşın.';
// Splits UCS2 text into n chunks of 67 code units (what phones do for 8-bit reference concatenation).
const chunks = (text, size) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
const parts = chunks(LONG, 67);
if (parts.length < 4) throw new Error('the long text should need more than 3 parts');
const three = chunks(LONG.slice(0, 67 * 3), 67);
const TEXT3 = three.join('');
const udh8 = (ref, total, seq) => hex([5, 0, 3, ref, total, seq]);
const udh16 = (ref, total, seq) => hex([6, 8, 4, ref >> 8, ref & 0xff, total, seq]);
const part8 = (i, ref = 0x2a) => ({ ...FROM, esm_class: 0x40, data_coding: 8, short_message: udh8(ref, 3, i + 1) + ucs2(three[i]) });

const cases = [
  {
    label: 'GSM 7-bit with extension characters',
    pdus: [{ ...FROM, esm_class: 0, data_coding: 0, short_message: gsm('Fiyat 5€ {a} [b] ~ ^ \\ | @ Ödeme Ünye Çok güzel') }],
    messages: [{ from: '+905321234567', text: 'Fiyat 5€ {a} [b] ~ ^ \\ | @ Ödeme Ünye Çok güzel' }],
  },
  {
    label: 'UCS2 Turkish',
    pdus: [{ ...FROM, esm_class: 0, data_coding: 8, short_message: ucs2('Adım Ayşe Yılmaz, kimlik no 10000000146. Çocuğum için yardım istiyorum.') }],
    messages: [{ from: '+905321234567', text: 'Adım Ayşe Yılmaz, kimlik no 10000000146. Çocuğum için yardım istiyorum.' }],
  },
  {
    label: 'UCS2 with emoji surrogate pairs',
    pdus: [{ ...FROM, esm_class: 0, data_coding: 8, short_message: ucs2('Teşekkürler 🙏 çok sağolun 👍🏽') }],
    messages: [{ from: '+905321234567', text: 'Teşekkürler 🙏 çok sağolun 👍🏽' }],
  },
  {
    label: 'emoji split across two UCS2 parts',
    pdus: [
      { ...FROM, esm_class: 0x40, data_coding: 8, short_message: udh8(7, 2, 1) + ucs2('Yardım 🙏').slice(0, -4) },
      { ...FROM, esm_class: 0x40, data_coding: 8, short_message: udh8(7, 2, 2) + ucs2('Yardım 🙏').slice(-4) + ucs2(' lütfen') },
    ],
    messages: [{ from: '+905321234567', text: 'Yardım 🙏 lütfen', meta: { parts: 2 } }],
  },
  {
    label: '3-part UDH (8-bit reference) in order',
    pdus: [part8(0), part8(1), part8(2)],
    messages: [{ from: '+905321234567', text: TEXT3, meta: { parts: 3 } }],
  },
  {
    label: '3-part UDH reversed',
    pdus: [part8(2), part8(1), part8(0)],
    messages: [{ from: '+905321234567', text: TEXT3, meta: { parts: 3 } }],
  },
  {
    label: '3-part UDH with a 16-bit reference',
    pdus: three.map((t, i) => ({ ...FROM, esm_class: 0x40, data_coding: 8, short_message: udh16(0x1234, 3, i + 1) + ucs2(t) })),
    messages: [{ from: '+905321234567', text: TEXT3, meta: { parts: 3 } }],
  },
  {
    label: '3-part SAR TLVs, out of order',
    pdus: [1, 0, 2].map((i) => ({ ...FROM, esm_class: 0, data_coding: 8, short_message: ucs2(three[i]), sar_msg_ref_num: 513, sar_total_segments: 3, sar_segment_seqnum: i + 1 })),
    messages: [{ from: '+905321234567', text: TEXT3, meta: { parts: 3 } }],
  },
  {
    label: 'a duplicate part is ignored',
    pdus: [part8(0), part8(1), part8(1), part8(2), part8(2)],
    messages: [{ from: '+905321234567', text: TEXT3, meta: { parts: 3 } }],
  },
  {
    label: 'a missing part: delivered incomplete after the timeout',
    pdus: [part8(0), part8(2)],
    messagesBeforeTimeout: 0,
    advanceMs: 600_001,
    messages: [{ from: '+905321234567', text: `${three[0]} […] ${three[2]}`.trim(), meta: { parts: 3, incomplete: true, missingParts: [2] } }],
  },
  {
    label: 'message_payload carries a long text in one PDU',
    pdus: [{ ...FROM, esm_class: 0, data_coding: 8, short_message: '', message_payload: ucs2(LONG) }],
    messages: [{ from: '+905321234567', text: LONG }],
  },
  {
    label: 'Turkish locking shift table (UDH IEI 0x25)',
    pdus: [{ ...FROM, esm_class: 0x40, data_coding: 0, short_message: hex([3, 0x25, 1, 1]) + gsm('Şişli\'de yaşıyorum, Iğdır\'lıyım. Çok acil!', 1) }],
    messages: [{ from: '+905321234567', text: 'Şişli\'de yaşıyorum, Iğdır\'lıyım. Çok acil!' }],
  },
  {
    label: 'Turkish single shift table (UDH IEI 0x24)',
    // k ı ş: ı and ş through the escape (0x1B 0x69, 0x1B 0x73) — by hand from 3GPP TS 23.038 A.2.1.
    pdus: [{ ...FROM, esm_class: 0x40, data_coding: 0, short_message: hex([3, 0x24, 1, 1]) + '6b1b691b73' + gsm(' geldi') }],
    messages: [{ from: '+905321234567', text: 'kış geldi' }],
  },
  {
    label: 'IA5 (data_coding 1) and a national number',
    pdus: [{ source_addr: '05321234567', source_addr_ton: 2, destination_addr: '183', esm_class: 0, data_coding: 1, short_message: Buffer.from('Yardim lazim, adim Mehmet', 'ascii').toString('hex') }],
    messages: [{ from: '05321234567', text: 'Yardim lazim, adim Mehmet' }],
  },
  {
    label: 'Latin-1 (data_coding 3)',
    pdus: [{ ...FROM, esm_class: 0, data_coding: 3, short_message: Buffer.from('Günaydin, Çok güzel è', 'latin1').toString('hex') }],
    messages: [{ from: '+905321234567', text: 'Günaydin, Çok güzel è' }],
  },
  {
    label: 'delivery receipt by text (hex id)',
    seedOutbound: ['1A2B3C'],
    pdus: [{ source_addr: '905321234567', destination_addr: '183', esm_class: 0x04, data_coding: 0, short_message: Buffer.from('id:1A2B3C sub:001 dlvrd:001 submit date:2611230900 done date:2611230901 stat:DELIVRD err:000 text:', 'latin1').toString('hex') }],
    messages: [],
    outbound: [{ externalId: '1A2B3C', status: 'delivered' }],
  },
  {
    label: 'delivery receipt with a decimal id for a hex submit id',
    seedOutbound: ['1A2B3C'],
    pdus: [{ source_addr: '905321234567', destination_addr: '183', esm_class: 0x04, data_coding: 0, short_message: Buffer.from(`id:${0x1a2b3c} sub:001 dlvrd:000 submit date:2611230900 done date:2611230901 stat:UNDELIV err:011 text:`, 'latin1').toString('hex') }],
    messages: [],
    outbound: [{ externalId: '1A2B3C', status: 'failed', error: 'UNDELIV err:011' }],
  },
  {
    label: 'delivery receipt by TLV (receipted_message_id, message_state)',
    seedOutbound: ['77'],
    pdus: [{ source_addr: '905321234567', destination_addr: '183', esm_class: 0x04, data_coding: 0, short_message: '', receipted_message_id: '77', message_state: 2 }],
    messages: [],
    outbound: [{ externalId: '77', status: 'delivered' }],
  },
];
// Intake masks a valid kimlik no in the stored body (KVKK); the original is kept encrypted.
for (const c of cases) for (const m of c.messages) m.text = m.text.replaceAll('10000000146', '100******46');
writeFileSync(new URL('./deliver-sm.json', import.meta.url), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases`);
