/** News items newest first; items of the same day by id, so the order never depends on the file system. */
export function newestFirst<T extends { id: string; data: { date: Date } }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
