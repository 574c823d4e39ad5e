/**
 * Folds Turkish text for matching and search: tr-TR lower case, dotless ı and dotted i alike, marks
 * stripped (ş→s, ğ→g, ç→c, ö→o, ü→u, â→a). SQLite's FTS5 folding misses ı, so we fold before it.
 */
export function foldTurkish(text: string): string {
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
