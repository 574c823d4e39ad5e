/**
 * Clean-up of the request text once the name, ID, greeting and sign-off are cut out: blank runs to one
 * space, no blanks around line breaks, no space before punctuation, no repeated separators, no
 * separators at either end. `tidyByRegex` is the definition; `tidy` does the same in a few passes over
 * character codes, touching only what changes (most messages have a handful of such spots, while the
 * blank-run regex matched at every space). test/parser/fast-paths.test.ts checks they agree.
 */
import { isSpaceCode } from './text.ts';

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

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;
/** , . ; : ! ? */
const isEndPunct = (c: number) => c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
/** , ; : */
const isSep = (c: number) => c === 44 || c === 59 || c === 58;
/** [\s,.;:\-–/|] */
const isLeadJunk = (c: number) => isSpaceCode(c) || isSep(c) || c === 46 || c === 45 || c === 0x2013 || c === 47 || c === 124;
/** [\s,;:\-–/|] */
const isTrailJunk = (c: number) => isSpaceCode(c) || isSep(c) || c === 45 || c === 0x2013 || c === 47 || c === 124;

export function tidy(s: string): string {
  return trimEnds(joinSeparators(dropSpaceBeforePunct(tightenBreaks(collapseBlanks(s)))));
}

/** s.replace(/[ \t\u00a0]+/g, ' '): only runs other than a single space change. */
function collapseBlanks(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isBlank(c)) continue;
    let j = i + 1;
    while (j < n && isBlank(s.charCodeAt(j))) j++;
    if (j - i > 1 || c !== 32) {
      out += s.slice(from, i) + ' ';
      from = j;
    }
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** s.replace(/ *\n[\s]*\/g, '\n'). */
function tightenBreaks(s: string): string {
  let k = s.indexOf('\n');
  if (k === -1) return s;
  const n = s.length;
  let out = '';
  let from = 0;
  while (k !== -1) {
    let start = k;
    while (start > from && s.charCodeAt(start - 1) === 32) start--;
    let end = k + 1;
    while (end < n && isSpaceCode(s.charCodeAt(end))) end++;
    out += s.slice(from, start) + '\n';
    from = end;
    k = s.indexOf('\n', end);
  }
  return out + s.slice(from);
}

/** s.replace(/ ([,.;:!?])/g, '$1'). */
function dropSpaceBeforePunct(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0;
  for (let i = s.indexOf(' '); i !== -1 && i + 1 < n; i = s.indexOf(' ', i + 1)) {
    if (!isEndPunct(s.charCodeAt(i + 1))) continue;
    out += s.slice(from, i);
    from = i + 1;
    i++;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** s.replace(/([,;:]){2,}/g, '$1'): a run of separators becomes its last one. */
function joinSeparators(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (!isSep(s.charCodeAt(i)) || !isSep(s.charCodeAt(i + 1))) continue;
    let j = i + 2;
    while (j < n && isSep(s.charCodeAt(j))) j++;
    out += s.slice(from, i);
    from = j - 1;
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** .replace(/^[\s,.;:\-–/|]+/, '') then .replace(/[\s,;:\-–/|]+$/, '').trim(). */
function trimEnds(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isLeadJunk(s.charCodeAt(a))) a++;
  while (b > a && isTrailJunk(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
