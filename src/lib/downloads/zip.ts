import { zipSync, type Zippable } from 'fflate';
import { buildDate } from './pdf';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  /** Store without compression (an ODT's `mimetype` must be stored). */
  store?: boolean;
}

/**
 * Whether a name is safe inside a ZIP: a relative path of folders and a file, each part non-empty, not `.`
 * or `..`, without backslashes, colons or control characters. Unzip tools write such a name inside the
 * folder they unpack to and nowhere else, on every system. Names made from content come from `fileName()`,
 * which only gives such names.
 */
export function isSafeEntryName(name: string): boolean {
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\u0000-\u001f\u007f]/.test(part));
}

/**
 * A ZIP archive of the entries, in the order given. A name may contain folders (`lesson/handout.pdf`); an
 * unsafe name (see `isSafeEntryName`) is refused. Every entry carries the same fixed date and no
 * operating-system attributes, so the same files always give the same archive bytes.
 */
export function zipFiles(entries: ZipEntry[]): Uint8Array {
  const names = new Set<string>();
  const files: Zippable = {};
  // ZIP stores local time; shift the date so that every time zone writes the same fields.
  const date = buildDate();
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  for (const entry of entries) {
    if (!isSafeEntryName(entry.name)) throw new Error(`Unsafe file name in archive: ${JSON.stringify(entry.name)}`);
    if (names.has(entry.name)) throw new Error(`Duplicate file name in archive: ${entry.name}`);
    names.add(entry.name);
    files[entry.name] = [entry.bytes, { level: entry.store ? 0 : 6, mtime }];
  }
  return zipSync(files, { mtime });
}
