import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import { downloadsOf } from '../downloads/catalogue';
import type { DownloadSection } from '../downloads/paths';
import { slugOfId } from '../locales';
import { pageKey, referenceClosure, wholeCollections, type EntryReference, type KeyedEntry } from './key';

/** The page keys of entry pages (see key.ts), read from the content collections. */

const downloadSections: readonly string[] = ['lessons', 'signals', 'toolkits', 'pages'] satisfies DownloadSection[];

const keyed = (entry: KeyedEntry): KeyedEntry => ({
  collection: entry.collection,
  id: entry.id,
  data: entry.data,
  body: entry.body,
});

async function lookup(reference: EntryReference): Promise<KeyedEntry | undefined> {
  const entry = await getEntry(reference as { collection: CollectionKey; id: string });
  return entry ? keyed(entry) : undefined;
}

/** What a page shows of a file: its name, link, title, format, size and pages, and the files in a ZIP. */
async function downloadFacts(collection: string, id: string): Promise<unknown[]> {
  if (!downloadSections.includes(collection)) return [];
  const items = await downloadsOf(collection as DownloadSection, id);
  return Promise.all(
    items.map(async (item) => ({
      key: item.key,
      href: item.href,
      title: item.title,
      format: item.format,
      filename: item.filename,
      info: await item.info(),
      contents: item.contents.map((file) => file.filename),
    })),
  );
}

/**
 * The key of every entry's page, by entry id. `shows` gives, for an entry, the other entries its page
 * shows (the related projects of a project page).
 */
export async function entryPageKeys<Entry extends KeyedEntry>(entries: Entry[], shows: (entry: Entry) => KeyedEntry[] = () => []): Promise<Map<string, string>> {
  const collections = Object.fromEntries(
    await Promise.all(wholeCollections.map(async (name) => [name, (await getCollection(name)).map(keyed)] as const)),
  );
  const bySlug = Map.groupBy(entries, (entry) => `${entry.collection}/${slugOfId(entry.id)}`);
  const keys = await Promise.all(
    entries.map(async (entry) => {
      const shown = shows(entry);
      const key = pageKey({
        entry: keyed(entry),
        alternates: (bySlug.get(`${entry.collection}/${slugOfId(entry.id)}`) ?? []).filter((other) => other.id !== entry.id).map(keyed),
        references: [...shown.map(keyed), ...(await referenceClosure([entry.data, ...shown.map((other) => other.data)], lookup))],
        collections,
        downloads: await downloadFacts(entry.collection, entry.id),
      });
      return [entry.id, key] as const;
    }),
  );
  return new Map(keys);
}
