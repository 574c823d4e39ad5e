import type { Gsm7Tables } from './gsm7.ts';

/** User Data Header (3GPP TS 23.040 9.2.3.24): the information elements SMS concatenation and national language shifts use. */

export const IEI_CONCAT_8 = 0x00;
export const IEI_CONCAT_16 = 0x08;
export const IEI_SINGLE_SHIFT = 0x24;
export const IEI_LOCKING_SHIFT = 0x25;

export interface InformationElement {
  iei: number;
  data: Uint8Array;
}

export interface Concatenation {
  ref: number;
  total: number;
  seq: number;
  /** 8 or 16 bit reference, or the SAR TLVs. */
  via: 'udh8' | 'udh16' | 'sar';
}

export interface UserDataHeader {
  elements: InformationElement[];
  concat: Concatenation | null;
  tables: Gsm7Tables;
}

export class UdhError extends Error {}

/** Splits `short_message` into its header and the user data after it. */
export function splitUdh(message: Uint8Array): { header: UserDataHeader; body: Uint8Array } {
  if (message.length === 0) throw new UdhError('UDH indicator set on an empty message');
  const udhl = message[0]!;
  if (udhl + 1 > message.length) throw new UdhError(`UDH length ${udhl} exceeds the message (${message.length} octets)`);
  const elements: InformationElement[] = [];
  let i = 1;
  while (i < udhl + 1) {
    if (i + 2 > udhl + 1) throw new UdhError('truncated information element');
    const iei = message[i]!;
    const len = message[i + 1]!;
    if (i + 2 + len > udhl + 1) throw new UdhError(`information element 0x${iei.toString(16)} overruns the header`);
    elements.push({ iei, data: message.subarray(i + 2, i + 2 + len) });
    i += 2 + len;
  }
  return { header: describe(elements), body: message.subarray(udhl + 1) };
}

function describe(elements: InformationElement[]): UserDataHeader {
  let concat: Concatenation | null = null;
  const tables: Gsm7Tables = { locking: 0, single: 0 };
  for (const { iei, data } of elements) {
    if (iei === IEI_CONCAT_8 && data.length === 3) concat = { ref: data[0]!, total: data[1]!, seq: data[2]!, via: 'udh8' };
    else if (iei === IEI_CONCAT_16 && data.length === 4) concat = { ref: (data[0]! << 8) | data[1]!, total: data[2]!, seq: data[3]!, via: 'udh16' };
    else if (iei === IEI_SINGLE_SHIFT && data.length === 1) tables.single = data[0]!;
    else if (iei === IEI_LOCKING_SHIFT && data.length === 1) tables.locking = data[0]!;
  }
  // A part numbered outside 1..total is not a usable concatenation: treat the message as whole.
  if (concat && (concat.total < 1 || concat.seq < 1 || concat.seq > concat.total)) concat = null;
  return { elements, concat, tables };
}

/** Builds a UDH (with its length octet) for one outbound segment. */
export function buildUdh(options: { concat?: { ref: number; total: number; seq: number }; tables?: Gsm7Tables }): Uint8Array {
  const ies: number[] = [];
  if (options.concat) {
    const { ref, total, seq } = options.concat;
    if (ref > 0xff) ies.push(IEI_CONCAT_16, 4, (ref >> 8) & 0xff, ref & 0xff, total, seq);
    else ies.push(IEI_CONCAT_8, 3, ref, total, seq);
  }
  if (options.tables?.locking) ies.push(IEI_LOCKING_SHIFT, 1, options.tables.locking);
  if (options.tables?.single) ies.push(IEI_SINGLE_SHIFT, 1, options.tables.single);
  if (ies.length === 0) return new Uint8Array(0);
  return Uint8Array.from([ies.length, ...ies]);
}

/** Octets the UDH takes, length octet included (0 when there is none). */
export function udhLength(options: { concat: boolean; ref16?: boolean; tables?: Gsm7Tables }): number {
  let n = 0;
  if (options.concat) n += options.ref16 ? 6 : 5;
  if (options.tables?.locking) n += 3;
  if (options.tables?.single) n += 3;
  return n === 0 ? 0 : n + 1;
}
