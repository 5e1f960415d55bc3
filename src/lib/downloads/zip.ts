import { zipSync, type Zippable } from 'fflate';
import { buildDate } from './pdf';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  /** Store without compression (an ODT's `mimetype` must be stored). */
  store?: boolean;
}

/**
 * A ZIP archive of the entries, in the order given. Every entry carries the same fixed date and no
 * operating-system attributes, so the same files always give the same archive bytes.
 */
export function zipFiles(entries: ZipEntry[]): Uint8Array {
  const names = new Set<string>();
  const files: Zippable = {};
  // ZIP stores local time; shift the date so that every time zone writes the same fields.
  const date = buildDate();
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`Duplicate file name in archive: ${entry.name}`);
    names.add(entry.name);
    files[entry.name] = [entry.bytes, { level: entry.store ? 0 : 6, mtime }];
  }
  return zipSync(files, { mtime });
}
