/**
 * GSM 03.38 / 3GPP TS 23.038 7-bit alphabet, unpacked (one septet per octet, as SMPP carries it),
 * with the default extension table and the Turkish national language tables (language code 0x01):
 * the locking shift table replaces the basic alphabet, the single shift table the extension table.
 */

const ESC = 0x1b;

// Index = septet value. \x1B is the escape to the extension (single shift) table.
const DEFAULT_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1BÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const TURKISH_BASIC =
  '@£$¥€éùıòÇ\nĞğ\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1BŞşßÉ !"#¤%&\'()*+,-./0123456789:;<=>?İABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§çabcdefghijklmnopqrstuvwxyzäöñüà';

const DEFAULT_EXTENSION: Record<number, string> = {
  0x0a: '\f',
  0x14: '^',
  0x28: '{',
  0x29: '}',
  0x2f: '\\',
  0x3c: '[',
  0x3d: '~',
  0x3e: ']',
  0x40: '|',
  0x65: '€',
};
const TURKISH_EXTENSION: Record<number, string> = {
  ...DEFAULT_EXTENSION,
  0x47: 'Ğ',
  0x49: 'İ',
  0x53: 'Ş',
  0x63: 'ç',
  0x67: 'ğ',
  0x69: 'ı',
  0x73: 'ş',
};

/** National language identifiers (TS 23.038 6.2.1.2.4); only Turkish is implemented. */
export const TURKISH = 0x01;

export interface Gsm7Tables {
  /** Locking shift language (UDH IEI 0x25), or 0 for the default alphabet. */
  locking: number;
  /** Single shift language (UDH IEI 0x24), or 0 for the default extension table. */
  single: number;
}

export const DEFAULT_TABLES: Gsm7Tables = { locking: 0, single: 0 };

function basic(language: number): string {
  return language === TURKISH ? TURKISH_BASIC : DEFAULT_BASIC;
}
function extension(language: number): Record<number, string> {
  return language === TURKISH ? TURKISH_EXTENSION : DEFAULT_EXTENSION;
}

/** Unpacked septets → text. An unknown escape shows the basic character, as the spec asks. */
export function decodeGsm7(septets: Uint8Array, tables: Gsm7Tables = DEFAULT_TABLES): string {
  const table = basic(tables.locking);
  const ext = extension(tables.single);
  let out = '';
  for (let i = 0; i < septets.length; i++) {
    const s = septets[i]! & 0x7f;
    if (s === ESC && i + 1 < septets.length) {
      const next = septets[++i]! & 0x7f;
      out += ext[next] ?? table[next] ?? '';
      continue;
    }
    if (s === ESC) continue; // a trailing escape carries nothing
    out += table[s]!;
  }
  return out;
}

interface EncodeMap {
  basic: Map<string, number>;
  extension: Map<string, number>;
}
const maps = new Map<string, EncodeMap>();
function encodeMap(tables: Gsm7Tables): EncodeMap {
  const key = `${tables.locking}/${tables.single}`;
  let m = maps.get(key);
  if (!m) {
    const b = new Map<string, number>();
    Array.from(basic(tables.locking)).forEach((ch, i) => {
      if (i !== ESC) b.set(ch, i);
    });
    const e = new Map<string, number>();
    for (const [code, ch] of Object.entries(extension(tables.single))) if (!b.has(ch)) e.set(ch, Number(code));
    m = { basic: b, extension: e };
    maps.set(key, m);
  }
  return m;
}

/**
 * Text → list of septet groups, one per character (1 septet, or 2 with the escape), or null when a
 * character is not in these tables. Groups keep an escape and its character together when splitting.
 */
export function encodeGsm7(text: string, tables: Gsm7Tables = DEFAULT_TABLES): number[][] | null {
  const m = encodeMap(tables);
  const out: number[][] = [];
  for (const ch of text) {
    const b = m.basic.get(ch);
    if (b !== undefined) {
      out.push([b]);
      continue;
    }
    const e = m.extension.get(ch);
    if (e === undefined) return null;
    out.push([ESC, e]);
  }
  return out;
}
