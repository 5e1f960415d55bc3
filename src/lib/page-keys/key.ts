import { createHash } from 'node:crypto';

/**
 * The cache key of an entry page for Astro's incremental build (`experimental.incrementalBuild`): a page is
 * copied from the previous build instead of rendered only when its key and its code (Astro hashes the
 * page's module graph, the config and the lock file) are unchanged. The key is a digest of everything the
 * page shows that is not code: its own entry, the same entry in the other locales, every entry it shows or
 * refers to (followed reference by reference), the collections its components read whole, and what it
 * says about its downloads. A part left out would let a page go stale, so the key takes more than a page
 * may need: a needless render costs time, a stale page costs trust.
 */

/** An entry as far as a page can show it: where it is, its fields and its text. */
export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
  body?: string;
}

/** A reference field's value, as Astro gives it: `{ collection: 'organisations', id: 'fier' }`. */
export interface EntryReference {
  collection: string;
  id: string;
}

export interface PageKeyInputs {
  /** The page's own entry. */
  entry: KeyedEntry;
  /** The same entry in the other locales (the language switcher and hreflang point at them). */
  alternates: KeyedEntry[];
  /** Entries the page shows besides its own (related projects) and every entry these and it refer to. */
  references: KeyedEntry[];
  /** Collections the page's components read whole (the organisations, for source publishers). */
  collections: Record<string, KeyedEntry[]>;
  /** What the page says about the entry's downloads: names, links, sizes, pages. */
  downloads: unknown[];
}

/**
 * Collections that components of entry pages read whole (SourceList names each source's publisher); the
 * key holds them whole. key.test.ts checks the components of every entry page against this list.
 */
export const wholeCollections = ['organisations'] as const;

/** Changes whenever the meaning of a key changes, so that keys of an older scheme never match. */
const scheme = 'signaal-page-key-1';

export function pageKey(inputs: PageKeyInputs): string {
  return createHash('sha256').update(scheme).update('\0').update(JSON.stringify(inputs)).digest('hex');
}

const isReference = (value: unknown): value is EntryReference =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  typeof (value as EntryReference).collection === 'string' &&
  typeof (value as EntryReference).id === 'string';

/** Every reference in a value (an entry's data), at any depth, in the order met. */
export function referencesIn(value: unknown): EntryReference[] {
  if (isReference(value)) return [{ collection: value.collection, id: value.id }];
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) return Object.values(value).flatMap(referencesIn);
  return [];
}

/**
 * The entries `start` refers to, and those they refer to, and so on, each once, sorted by collection and
 * id. `lookup` gives an entry by reference; a reference it cannot find is kept as such, so that adding the
 * entry later changes the key.
 */
export async function referenceClosure(start: unknown[], lookup: (reference: EntryReference) => Promise<KeyedEntry | undefined>): Promise<KeyedEntry[]> {
  const found = new Map<string, KeyedEntry>();
  const queue = start.flatMap(referencesIn);
  while (queue.length > 0) {
    const reference = queue.shift() as EntryReference;
    const name = `${reference.collection}/${reference.id}`;
    if (found.has(name)) continue;
    const entry = (await lookup(reference)) ?? { ...reference, data: null };
    found.set(name, entry);
    queue.push(...referencesIn(entry.data));
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}
