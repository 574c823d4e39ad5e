import { isValidTckn } from '../parser/tckn.ts';
import type { Span } from '../parser/types.ts';

/** The value of a digit (Latin, Arabic-Indic or Persian), or -1. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** [ .\-] */
const isGroupSeparator = (c: number) => c === 32 || c === 46 || c === 45;

/**
 * Where /(?<!\d)\d(?:[ .\-]?\d){10}(?!\d)/g (any of the three digit sets) matches, with the matched
 * digits: one step per character, as each step of that pattern has only one way to go.
 */
function candidates(text: string, found: (start: number, end: number, digits: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = digitValue(text.charCodeAt(i));
    if (first < 0 || (i > 0 && digitValue(text.charCodeAt(i - 1)) >= 0)) {
      i++;
      continue;
    }
    let digits = String(first);
    let j = i + 1;
    while (digits.length < 11 && j < n) {
      let d = digitValue(text.charCodeAt(j));
      if (d < 0 && isGroupSeparator(text.charCodeAt(j)) && j + 1 < n) {
        d = digitValue(text.charCodeAt(j + 1));
        if (d >= 0) j++;
      }
      if (d < 0) break;
      digits += d;
      j++;
    }
    if (digits.length === 11 && (j >= n || digitValue(text.charCodeAt(j)) < 0)) {
      found(i, j, digits);
      i = j;
    } else i++;
  }
}

/**
 * Masks every kimlik no in a text in place: the valid-checksum ones anywhere (whoever's they are) and
 * the spans the parser found (a mistyped ID is still nearly someone's ID). Keeps the first three and last
 * two digits and the length, so character spans computed on the original still point at the same text.
 */
export function maskKimlikNumbers(text: string, spans: (Span | null | undefined)[] = []): string {
  const ranges: Span[] = [];
  candidates(text, (start, end, digits) => {
    if (isValidTckn(digits)) ranges.push([start, end]);
  });
  for (const s of spans) if (s) ranges.push(s);
  if (ranges.length === 0) return text;
  // Ranges may overlap (a span and the match it came from): a digit masked by one is no digit for the next.
  const masked = new Uint8Array(text.length);
  for (const [start, end] of ranges) {
    const positions: number[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) if (masked[i] === 0 && digitValue(text.charCodeAt(i)) >= 0) positions.push(i);
    for (let k = 3; k < positions.length - 2; k++) masked[positions[k]!] = 1;
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (masked[i] === 0) continue;
    out += text.slice(from, i) + '*';
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
