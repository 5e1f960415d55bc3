import { z } from 'astro/zod';
import { iso31661 } from 'iso-3166';

/**
 * Countries are ISO 3166-1 alpha-2 codes of assigned countries, from the `iso-3166` package (which follows
 * the ISO list). `Intl.DisplayNames` is not a list of countries: it names `UK`, `EU` and `XA` too.
 */
const assigned = new Set(iso31661.map((country) => country.alpha2));

export const isCountryCode = (code: string) => assigned.has(code);

/** Hints for codes editors often write instead of a country. */
const instead: Record<string, string> = {
  UK: 'the United Kingdom is "GB"',
  EU: 'the European Union is not a country: list its countries, or give a region',
  EL: 'Greece is "GR"',
};

export const countryCode = z.string().superRefine((code, ctx) => {
  if (isCountryCode(code)) return;
  const hint = instead[code] ?? (/^[a-z]{2}$/.test(code) ? `write it in capitals, "${code.toUpperCase()}"` : 'use a code such as "NL" or "MD"');
  ctx.addIssue({ code: 'custom', message: `"${code}" is not an ISO 3166-1 alpha-2 country code (${hint})` });
});

/**
 * Regions a project can span without a list of its countries, as the source gives them: the Salvation
 * Army's approach works in “23 European countries” and names none of them.
 */
export const regions = ['europe'] as const;
export type Region = (typeof regions)[number];
