export const CATEGORIES = ['kadin', 'cocuk', 'yasli', 'engelli', 'sehit_gazi', 'genel'] as const;
export type Category = (typeof CATEGORIES)[number];
export const LANGS = ['tr', 'ku', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Half-open character range [start, end) in the original text. */
export type Span = readonly [start: number, end: number];

export interface ParseResult {
  name: string | null;
  /** Sender's own kimlik no with a valid checksum, digits only. */
  tckn: string | null;
  /** Sender's own 11-digit number meant as the ID that fails the checksum. */
  tcknInvalid: string | null;
  /** The message minus greeting, sign-off, name and ID phrases; '' when nothing is left. */
  request: string;
  /** Official province name with Turkish letters (e.g. "Şanlıurfa"), or null. */
  province: string | null;
  category: Category;
  urgent: boolean;
  lang: Lang;
  /** 0..1 per field. */
  confidence: {
    name: number;
    tckn: number;
    request: number;
    province: number;
    category: number;
    urgent: number;
    lang: number;
  };
  spans: { name: Span | null; tckn: Span | null };
}
