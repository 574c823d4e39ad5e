/**
 * How many SMS a reply costs: GSM 03.38 7-bit when every character is in the default alphabet (the
 * extension table's characters take two septets), UCS-2 otherwise — which any of ç ğ ı ş İ forces.
 * Concatenated parts carry a 6-byte header: 153 septets or 67 UCS-2 units each.
 */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsCount {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the citizen's phone counts them (code points). */
  chars: number;
  segments: number;
}

export function countSms(text: string): SmsCount {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const chars = [...text].length;
  if (text.length === 0) return { encoding: 'GSM-7', chars: 0, segments: 0 };
  if (gsm) return { encoding: 'GSM-7', chars, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length; // UTF-16 code units: an emoji takes two
  return { encoding: 'UCS-2', chars, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
