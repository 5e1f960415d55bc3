import { compareDates, type ContentDate } from './content/dates';

/**
 * News items newest first; items of the same day by id, so the order never depends on the file system.
 * A date known only to the month or year sorts with the days it contains.
 */
export function newestFirst<T extends { id: string; data: { date: ContentDate } }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareDates(b.data.date, a.data.date) || a.id.localeCompare(b.id));
}
