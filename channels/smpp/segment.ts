import { encodeUcs2 } from './data-coding.ts';
import { encodeGsm7, TURKISH, type Gsm7Tables } from './gsm7.ts';
import { buildUdh, udhLength } from './udh.ts';

/**
 * Outbound text → SMPP segments. GSM 7-bit when every character is in the default alphabet; the
 * Turkish national shift tables when enabled and they need fewer segments than UCS2; UCS2 otherwise.
 * Long texts become concatenated segments with an 8-bit reference UDH; an escape sequence or a
 * surrogate pair is never cut in two.
 */

export type Encoding = 'gsm7' | 'gsm7-turkish' | 'ucs2';

export interface SegmentPlan {
  encoding: Encoding;
  dataCoding: number;
  tables: Gsm7Tables;
  /** Each segment's short_message: UDH (when any) + user data. */
  segments: Uint8Array[];
  /** The same segments' user data alone (for SAR TLVs or message_payload, which carry no UDH). */
  bodies: Uint8Array[];
  /** esm_class UDH indicator needed. */
  udhi: boolean;
}

export interface PlanOptions {
  /** Allow the Turkish single/locking shift tables (SMPP_TURKISH_SHIFT). */
  turkishShift?: boolean;
  /** Concatenation reference, 0..255 (derived from the outbox id so a retry reuses it); above 255, a 16-bit one. */
  ref?: number;
  /** Always UCS2 (the fake SMSC uses it to send what a phone would). */
  forceUcs2?: boolean;
  /** Split at this many octets of user data instead of 140 (message_payload carries up to 64 kB). */
  maxOctets?: number;
}

const OCTETS = 140;
export const MAX_SEGMENTS = 255;

const TURKISH_VARIANTS: Gsm7Tables[] = [
  { locking: 0, single: TURKISH },
  { locking: TURKISH, single: 0 },
  { locking: TURKISH, single: TURKISH },
];

export function planSegments(text: string, options: PlanOptions = {}): SegmentPlan {
  const ref = (options.ref ?? 0) & 0xffff;
  const octets = options.maxOctets ?? OCTETS;
  const plain = options.forceUcs2 ? null : encodeGsm7(text);
  if (plain) return gsmPlan(plain, { locking: 0, single: 0 }, ref, 'gsm7', octets);

  const ucs2 = ucs2Plan(text, ref, octets);
  if (options.forceUcs2) return ucs2;
  if (!options.turkishShift) return ucs2;
  let best: SegmentPlan | null = null;
  for (const tables of TURKISH_VARIANTS) {
    const groups = encodeGsm7(text, tables);
    if (!groups) continue;
    const plan = gsmPlan(groups, tables, ref, 'gsm7-turkish', octets);
    if (!best || plan.segments.length < best.segments.length) best = plan;
  }
  return best && best.segments.length < ucs2.segments.length ? best : ucs2;
}

/** How many segments a text takes, without building them (for previews and tests). */
export function countSegments(text: string, options: PlanOptions = {}): { encoding: Encoding; segments: number } {
  const p = planSegments(text, options);
  return { encoding: p.encoding, segments: p.segments.length };
}

function gsmPlan(groups: number[][], tables: Gsm7Tables, ref: number, encoding: Encoding, octets: number): SegmentPlan {
  const septets = groups.reduce((n, g) => n + g.length, 0);
  const single = Math.floor(((octets - udhLength({ concat: false, tables })) * 8) / 7);
  if (septets <= single) {
    const udh = buildUdh({ tables });
    const body = Uint8Array.from(groups.flat());
    return { encoding, dataCoding: 0x00, tables, segments: [concat(udh, body)], bodies: [body], udhi: udh.length > 0 };
  }
  const capacity = Math.floor(((octets - udhLength({ concat: true, ref16: ref > 0xff, tables })) * 8) / 7);
  const chunks: number[][] = [];
  let current: number[] = [];
  for (const g of groups) {
    if (current.length + g.length > capacity) {
      chunks.push(current);
      current = [];
    }
    current.push(...g);
  }
  if (current.length) chunks.push(current);
  const bodies = chunks.map((c) => Uint8Array.from(c));
  return { encoding, dataCoding: 0x00, tables, segments: withConcatUdh(bodies, ref, tables), bodies, udhi: true };
}

function ucs2Plan(text: string, ref: number, octets: number): SegmentPlan {
  const tables = { locking: 0, single: 0 };
  if (text.length * 2 <= octets) {
    const body = encodeUcs2(text);
    return { encoding: 'ucs2', dataCoding: 0x08, tables, segments: [body], bodies: [body], udhi: false };
  }
  const capacity = Math.floor((octets - udhLength({ concat: true, ref16: ref > 0xff })) / 2);
  const chunks: string[] = [];
  let current = '';
  for (const ch of text) {
    // `ch` is a whole code point: a surrogate pair stays in one segment.
    if (current.length + ch.length > capacity) {
      chunks.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) chunks.push(current);
  const bodies = chunks.map(encodeUcs2);
  return { encoding: 'ucs2', dataCoding: 0x08, tables, segments: withConcatUdh(bodies, ref, null), bodies, udhi: true };
}

function withConcatUdh(bodies: Uint8Array[], ref: number, tables: Gsm7Tables | null): Uint8Array[] {
  const total = bodies.length;
  if (total > MAX_SEGMENTS) throw new RangeError(`the text needs ${total} segments, more than ${MAX_SEGMENTS}`);
  return bodies.map((body, i) => concat(buildUdh({ concat: { ref, total, seq: i + 1 }, ...(tables ? { tables } : {}) }), body));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
