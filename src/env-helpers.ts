import * as v from 'valibot';

// Building blocks for the one env schema. They live apart from src/config.ts (which composes the channels'
// parts) so that channel config files can use them without an import cycle.

export const int = (fallback: number, min: number, max: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.trim(),
    v.regex(/^\d+$/, `a whole number from ${min} to ${max}`),
    v.transform(Number),
    v.minValue(min, `a whole number from ${min} to ${max}`),
    v.maxValue(max, `a whole number from ${min} to ${max}`),
  );

export const optionalString = v.pipe(
  v.optional(v.string()),
  v.transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim())),
);

/** Like optionalString but keeps surrounding spaces (passwords). */
export const optionalSecret = v.pipe(
  v.optional(v.string()),
  v.transform((s) => (s === undefined || s === '' ? undefined : s)),
);

export const bool = (fallback: boolean) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.trim(),
    v.toLowerCase(),
    v.picklist(['true', 'false', '1', '0', 'yes', 'no'], 'true or false'),
    v.transform((s) => s === 'true' || s === '1' || s === 'yes'),
  );

export type Problems = { variable: string; expected: string }[];

export const url = v.pipe(v.string(), v.trim(), v.url('an absolute URL such as https://hotline.example.gov.tr'));
