import { decodeGsm7, type Gsm7Tables } from './gsm7.ts';

/** SMPP 3.4 data_coding → text. Parts are decoded one by one, so UCS2 keeps a lone surrogate for the next part. */

export type Alphabet = 'gsm7' | 'ia5' | 'latin1' | 'ucs2' | 'binary';

export function alphabetOf(dataCoding: number): Alphabet {
  switch (dataCoding) {
    case 0x00:
      return 'gsm7'; // SMSC default alphabet: GSM 03.38 unpacked
    case 0x01:
      return 'ia5';
    case 0x03:
      return 'latin1';
    case 0x08:
      return 'ucs2';
    default:
      break;
  }
  // GSM DCS "data coding / message class" group (1111 xxxx): bit 2 picks 8-bit data over GSM 7-bit.
  if ((dataCoding & 0xf0) === 0xf0) return dataCoding & 0x04 ? 'binary' : 'gsm7';
  // General data coding group (00xx xxxx), uncompressed: bits 3..2 are the alphabet.
  if ((dataCoding & 0xe0) === 0x00 && (dataCoding & 0x10) === 0x10) {
    const bits = (dataCoding >> 2) & 0x03;
    return bits === 0 ? 'gsm7' : bits === 2 ? 'ucs2' : 'binary';
  }
  return 'binary';
}

export function decodeText(bytes: Uint8Array, dataCoding: number, tables?: Gsm7Tables): string {
  switch (alphabetOf(dataCoding)) {
    case 'gsm7':
      return decodeGsm7(bytes, tables);
    case 'ia5': {
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b & 0x7f);
      return s;
    }
    case 'ucs2':
      return decodeUcs2(bytes);
    case 'latin1':
    case 'binary':
      return Buffer.from(bytes).toString('latin1');
  }
}

/** UTF-16BE code units as they are (a surrogate pair split over two parts is joined after reassembly). */
export function decodeUcs2(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return s;
}

export function encodeUcs2(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i] = u >> 8;
    out[2 * i + 1] = u & 0xff;
  }
  return out;
}

/** Replaces surrogates left alone (a missing part) so the text can be stored as UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
