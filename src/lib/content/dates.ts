import type { ContentDate } from './date-schema';

export type { ContentDate };

/**
 * Plain functions on content dates, without Zod, so that browser scripts that format numbers and dates
 * (through format.ts) do not bundle the schema library. The schema is in date-schema.ts.
 *
 * Dates in content are text, written with exactly the precision a source gives: `2013-10-18`, `2016-11`
 * or `2009`. They stay text after validation, so a page can show “sinds 2009” and never invent a month or
 * a day; nothing is coerced (a number, or `2018-02-30`, is an error, not 2 March).
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a text is not a content date, in words an editor can act on; undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const match = pattern.exec(text);
  if (!match) return `"${text}" is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known`;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year! < 1900 || year! > 2100) return `"${text}": the year ${year} is outside 1900–2100`;
  if (month !== undefined && (month < 1 || month > 12)) return `"${text}": there is no month ${month}`;
  if (day !== undefined && (day < 1 || day > daysInMonth(year!, month!))) {
    return `"${text}" is not a day in the calendar: ${monthNames[month! - 1]} ${year} has ${daysInMonth(year!, month!)} days`;
  }
  return undefined;
}

/** The parts of a valid content date. */
export function dateParts(text: ContentDate): DateParts {
  const [year, month, day] = pattern.exec(text)!.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  return { year: year!, month, day, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

/** The first moment of the span a date stands for (the day, the month or the year), in UTC. */
export function dateStart(text: ContentDate): Date {
  const { year, month, day } = dateParts(text);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/**
 * Orders two dates of any precision; `2016` and `2016-11` compare equal, since one contains the other.
 * Negative when `a` is before `b`.
 */
export function compareDates(a: ContentDate, b: ContentDate): number {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).localeCompare(b.slice(0, length));
}
