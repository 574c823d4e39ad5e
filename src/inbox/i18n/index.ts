import { en } from './en.ts';
import { tr, type Dictionary } from './tr.ts';

export type Locale = 'tr' | 'en';
export const LOCALES: Record<Locale, Dictionary> = { tr, en };
export type { Dictionary };

/** Fills `{name}` placeholders; values are plain text (the JSX renderer escapes them). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Turkish unless the user chose English (a cookie set by the language link); browsers' defaults are often English. */
export function pickLocale(cookie: string | undefined): Locale {
  return cookie === 'en' ? 'en' : 'tr';
}
