/**
 * Folds Turkish text for matching and search: tr-TR lower case, dotless ı and dotted i alike, marks
 * stripped (ş→s, ğ→g, ç→c, ö→o, ü→u, â→a). SQLite's FTS5 folding misses ı, so we fold before it.
 */
export function foldTurkish(text: string): string {
  // Character by character, each folded once and remembered: the same as folding the whole text, except
  // where lower case depends on the neighbours (Greek final sigma) or a character is two code units.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && !(c >= 65 && c <= 90)) continue;
    let f = FOLDED[c];
    if (f === undefined) {
      if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return foldByIcu(text);
      f = FOLDED[c] = foldByIcu(String.fromCharCode(c));
    }
    out += text.slice(from, i) + f;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const FOLDED: (string | undefined)[] = new Array<string | undefined>(0x10000);

/** The definition: tr-TR lower case (I → ı, İ → i), ı → i, NFD, marks stripped. */
export function foldByIcu(text: string): string {
  return text
    .toLocaleLowerCase('tr-TR')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** A user's search words → an FTS5 query of quoted prefix terms, all required. Never a syntax error. */
export function ftsQuery(input: string): string | null {
  const terms = foldTurkish(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"*`).join(' ');
}
