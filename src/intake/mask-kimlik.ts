import { isValidTckn } from '../parser/tckn.ts';
import type { Span } from '../parser/types.ts';

// 11 digits (Latin, Arabic-Indic or Persian), optionally one space, dot or dash between digits.
const CANDIDATE = /(?<![\d٠-٩۰-۹])[\d٠-٩۰-۹](?:[ .\-]?[\d٠-٩۰-۹]){10}(?![\d٠-٩۰-۹])/g;

function latinDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return ch;
}

/**
 * Masks every kimlik no in a text in place: the valid-checksum ones anywhere (whoever's they are) and
 * the spans the parser found (a mistyped ID is still nearly someone's ID). Keeps the first three and last
 * two digits and the length, so character spans computed on the original still point at the same text.
 */
export function maskKimlikNumbers(text: string, spans: (Span | null | undefined)[] = []): string {
  const ranges: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = Array.from(m[0].replace(/[ .\-]/g, ''), latinDigit).join('');
    if (isValidTckn(digits)) ranges.push([m.index, m.index + m[0].length]);
  }
  for (const s of spans) if (s) ranges.push(s);
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const [start, end] of ranges) {
    const positions: number[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) if (/[\d٠-٩۰-۹]/.test(chars[i]!)) positions.push(i);
    positions.slice(3, -2).forEach((i) => (chars[i] = '*'));
  }
  return chars.join('');
}
