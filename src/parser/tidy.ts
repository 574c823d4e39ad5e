/**
 * Clean-up of the request text once the name, ID, greeting and sign-off are cut out: blank runs to one
 * space, no blanks around line breaks, no space before punctuation, no repeated separators, no
 * separators at either end. `tidyByRegex` is the definition; `tidy` and `tidyCut` do the same in one
 * pass over character codes (the regexes took five passes, and the blank-run one matched at every
 * space). test/parser/fast-paths.test.ts checks they agree.
 */
import { CodeBuffer, isSpaceCode, WHITE_SPACE_CODES } from './text.ts';

export function tidyByRegex(s: string): string {
  let out = s;
  if (/[\t\u00a0]| {2}/.test(out)) out = out.replace(/[ \t\u00a0]+/g, ' ');
  if (out.includes('\n')) out = out.replace(/ *\n[\s]*/g, '\n');
  out = out
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/([,;:]){2,}/g, '$1')
    .replace(/^[\s,.;:\-–/|]+/, '');
  return out.replace(/[\s,;:\-–/|]+$/, '').trim();
}

/** , . ; : ! ? */
const isEndPunct = (c: number) => c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
/** , ; : */
const isSep = (c: number) => c === 44 || c === 59 || c === 58;
/** [\s,.;:\-–/|] */
const isLeadJunk = (c: number) => isSpaceCode(c) || isSep(c) || c === 46 || c === 45 || c === 0x2013 || c === 47 || c === 124;
/** [\s,;:\-–/|] */
const isTrailJunk = (c: number) => isSpaceCode(c) || isSep(c) || c === 45 || c === 0x2013 || c === 47 || c === 124;

/** tidy(s) in one pass over the character codes. */
export function tidy(s: string): string {
  return tidyCut(s, NO_CUTS);
}
const NO_CUTS: readonly number[] = [];
/** Characters no step touches or looks back at: not white space, not , . ; : ! ? (and so not a separator). */
const PLAIN = new Uint8Array(0x10000).fill(1);
for (const c of WHITE_SPACE_CODES) PLAIN[c] = 0;
for (const c of ',.;:!?') PLAIN[c.charCodeAt(0)] = 0;
const OUT = new CodeBuffer(1024);

/**
 * tidy() of the text with each cut [a, b) (in `cuts` as a, b, a, b …, sorted by a) replaced by one
 * space, as the request is put together: the text minus the cuts is never built as a string of its own.
 * The steps of tidyByRegex, each on what the one before gives, in a single pass (each looks one
 * character back at most).
 */
export function tidyCut(text: string, cuts: readonly number[]): string {
  const n = text.length;
  const out = OUT.reserve(n + cuts.length / 2);
  let k = 0;
  let prevBlank = false; // 1: inside a run of [ \t\u00a0]
  let skipWs = false; // 2: after a line break, white space is dropped
  let pending = false; // 2, 3: a space not written yet (dropped before a line break or , . ; : ! ?)
  // The characters of the text up to each cut, then a space for the cut, on from its end.
  let i = 0;
  let cut = 0;
  for (;;) {
    let c: number;
    if (cut < cuts.length && i >= (cuts[cut] as number)) {
      c = 32;
      const b = cuts[cut + 1] as number;
      if (b > i) i = b;
      cut += 2;
    } else if (i < n) {
      c = text.charCodeAt(i++);
      if (PLAIN[c] === 1) {
        // A character no step changes: what the steps would do before it, then it and the plain ones after it.
        prevBlank = false;
        skipWs = false;
        if (pending) {
          pending = false;
          out[k++] = 32;
        }
        out[k++] = c;
        const stop = cut < cuts.length ? Math.min(n, cuts[cut] as number) : n;
        while (i < stop) {
          const d = text.charCodeAt(i);
          if (PLAIN[d] !== 1) {
            // A single space between plain characters stays as it is (the words of a sentence).
            if (d !== 32 || i + 1 >= stop) break;
            const e = text.charCodeAt(i + 1);
            if (PLAIN[e] !== 1) break;
            out[k++] = 32;
            out[k++] = e;
            i += 2;
            continue;
          }
          out[k++] = d;
          i++;
        }
        continue;
      }
    } else break;
    // 1. A run of blanks is one space.
    if (c === 32 || c === 9 || c === 0xa0) {
      if (prevBlank) continue;
      prevBlank = true;
      c = 32;
    } else prevBlank = false;
    // 2. No space before a line break, no white space after it.
    if (skipWs) {
      if (isSpaceCode(c)) continue;
      skipWs = false;
    }
    if (c === 32) {
      pending = true;
      continue;
    }
    if (c === 10) {
      pending = false;
      out[k++] = 10;
      skipWs = true;
      continue;
    }
    // 3. No space before , . ; : ! ?
    if (pending) {
      pending = false;
      if (!isEndPunct(c)) out[k++] = 32;
    }
    // 4. A run of , ; : is its last one.
    if (isSep(c) && k > 0 && isSep(out[k - 1] as number)) {
      out[k - 1] = c;
      continue;
    }
    out[k++] = c;
  }
  if (pending) out[k++] = 32;
  // 5. No separators or white space at either end.
  let a = 0;
  let b = k;
  while (a < b && isLeadJunk(out[a] as number)) a++;
  while (b > a && isTrailJunk(out[b - 1] as number)) b--;
  return a === b ? '' : OUT.text(a, b);
}
