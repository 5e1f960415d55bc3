import type { Locale } from './locales';

/** Intl locale tags: Dutch as used in the Netherlands, British English, Ukrainian. */
const tags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' };

export function formatDate(date: Date, locale: Locale, style: 'long' | 'month' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tags[locale], options).format(date);
}

/** A period such as “november 2016 – november 2018”; an open end reads as “since …”. */
export function formatPeriod(start: Date, end: Date | undefined, locale: Locale, since: string): string {
  if (!end) return `${since} ${formatDate(start, locale, 'month')}`;
  return new Intl.DateTimeFormat(tags[locale], { year: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(start, end);
}

export function formatNumber(value: number, locale: Locale, display: 'number' | 'compact' = 'number'): string {
  const options: Intl.NumberFormatOptions = display === 'compact' ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : {};
  return new Intl.NumberFormat(tags[locale], options).format(value);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([tags[locale]], { type: 'region' }).of(code) ?? code;
}

/** Sorts strings the way readers of the locale expect (Ukrainian alphabet, Dutch ij, …). */
export function compareText(locale: Locale) {
  return new Intl.Collator(tags[locale]).compare;
}
