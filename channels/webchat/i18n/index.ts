import ar from './ar.json' with { type: 'json' };
import ku from './ku.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };

/** Every string the web chat shows, one file per language; tr.json is the reference shape. */
export type Strings = typeof tr;
export const WEBCHAT_LANGS = ['tr', 'ku', 'ar'] as const;
export type WebchatLang = (typeof WEBCHAT_LANGS)[number];

export const STRINGS: Record<WebchatLang, Strings> = { tr, ku, ar };
export const RTL: ReadonlySet<WebchatLang> = new Set(['ar']);

export const isLang = (s: unknown): s is WebchatLang => typeof s === 'string' && (WEBCHAT_LANGS as readonly string[]).includes(s);

/** `ar-SA` → ar, `kmr` / `ku-Latn` → ku; null for anything else. */
export function langFromTag(tag: string): WebchatLang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'kmr') return 'ku';
  return isLang(base) ? base : null;
}

/** The first supported language of an Accept-Language header (by q), or null. */
export function langFromAcceptLanguage(header: string | undefined): WebchatLang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const lang = langFromTag(r.tag);
    if (lang) return lang;
  }
  return null;
}
