import type { Locale } from '../i18n/index.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Istanbul time, the hotline's; the machine-readable instant stays in the <time datetime>. */
export function formatTime(iso: string, locale: Locale, withDate = true): string {
  const key = `${locale}${withDate}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
      timeZone: 'Europe/Istanbul',
      ...(withDate ? { dateStyle: 'short' } : {}),
      timeStyle: 'short',
    });
    formatters.set(key, f);
  }
  return f.format(new Date(iso));
}

/** JSON for a non-executed <script type="application/json"> data block: `<` can never close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
