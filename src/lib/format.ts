import type { UIKey } from '../i18n/ui';
import { dateParts, dateStart, type ContentDate, type DatePrecision } from './content/dates';
import type { Locale } from './locales';

/** Intl locale tags: Dutch as used in the Netherlands, British English, Ukrainian. */
const tags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' };

/** Intl options that show exactly the precision a content date has: never a day or month it lacks. */
const precisionOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { dateStyle: 'long', timeZone: 'UTC' },
};

const formatter = (date: ContentDate, locale: Locale) => new Intl.DateTimeFormat(tags[locale], precisionOptions[dateParts(date).precision]);

/** A content date as the reader of `locale` writes it: “2009”, “november 2016”, “18 oktober 2013”. */
export function formatDate(date: ContentDate, locale: Locale): string {
  return formatter(date, locale).format(dateStart(date));
}

/** The year and the month as they read inside a phrase (Ukrainian months after “з” are genitive: «з листопада»). */
function phraseParts(date: ContentDate, locale: Locale): { year: string; month: string } {
  const parts = new Intl.DateTimeFormat(tags[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(dateStart(date));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month') };
}

const sinceKeys: Record<DatePrecision, UIKey> = { year: 'date.since.year', month: 'date.since.month', day: 'date.since.day' };

/**
 * A period such as “november 2016 – november 2018” at the precision of its dates; an open end reads as
 * “sinds 2009” / “since 2009” / «з 2009 року».
 */
export function formatPeriod(period: { start: ContentDate; end?: ContentDate }, locale: Locale, t: (key: UIKey) => string): string {
  const { start, end } = period;
  if (!end) {
    const { year, month } = phraseParts(start, locale);
    return t(sinceKeys[dateParts(start).precision]).replace('{year}', year).replace('{month}', month).replace('{date}', formatDate(start, locale));
  }
  if (dateParts(start).precision === dateParts(end).precision) return formatter(start, locale).formatRange(dateStart(start), dateStart(end));
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

export function formatNumber(value: number, locale: Locale, display: 'number' | 'compact' = 'number'): string {
  const options: Intl.NumberFormatOptions = display === 'compact' ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : {};
  return new Intl.NumberFormat(tags[locale], options).format(value);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** The name of an ISO 3166-1 country (the schema has checked the code is one) in the reader's language. */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([tags[locale]], { type: 'region' }).of(code) ?? code;
}

/** Picks the plural form of `count` in the locale: `forms` holds one template per Intl plural category. */
export function plural(count: number, locale: Locale, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[new Intl.PluralRules(tags[locale]).select(count)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, locale));
}

/** Sorts strings the way readers of the locale expect (Ukrainian alphabet, Dutch ij, …). */
export function compareText(locale: Locale) {
  return new Intl.Collator(tags[locale]).compare;
}
