import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceClosure } from '../downloads/cache';
import { pageKey, referenceClosure, referencesIn, wholeCollections, type KeyedEntry, type PageKeyInputs } from './key';

const lesson: KeyedEntry = { collection: 'lessons', id: 'nl/grooming', data: { title: 'Grooming', signals: [{ collection: 'signals', id: 'nl/sexual' }] }, body: 'Tekst.' };
const inputs: PageKeyInputs = {
  entry: lesson,
  alternates: [{ collection: 'lessons', id: 'en/grooming', data: { title: 'Grooming' }, body: 'Text.' }],
  references: [{ collection: 'signals', id: 'nl/sexual', data: { title: 'Seksuele uitbuiting' }, body: '' }],
  collections: { organisations: [{ collection: 'organisations', id: 'fier', data: { name: 'Fier' } }] },
  downloads: [{ key: 'nl/lessons/grooming/a.pdf', info: { size: 1000, pages: 2 } }],
};

describe('pageKey', () => {
  it('is the same for the same inputs', () => {
    expect(pageKey(structuredClone(inputs))).toBe(pageKey(inputs));
  });

  // Each part a page shows: leaving one out of the key would let its pages go stale.
  it.each([
    ['its entry', { entry: { ...lesson, body: 'Tekst. Nog een zin.' } }],
    ['the same entry in another locale', { alternates: [{ ...inputs.alternates[0], data: { title: 'Grooming!' } }] }],
    ['an entry it refers to', { references: [{ ...inputs.references[0], data: { title: 'Uitbuiting' } }] }],
    ['a collection it reads whole', { collections: { organisations: [{ collection: 'organisations', id: 'fier', data: { name: 'Fier!' } }] } }],
    ['what it says about its downloads', { downloads: [{ key: 'nl/lessons/grooming/a.pdf', info: { size: 1001, pages: 2 } }] }],
  ])('changes when %s changes', (_, change) => {
    expect(pageKey({ ...inputs, ...change })).not.toBe(pageKey(inputs));
  });
});

describe('references', () => {
  it('are found at any depth, and only objects of exactly a collection and an id count', () => {
    const data = { a: { collection: 'sources', id: 's1' }, list: [{ nested: [{ collection: 'organisations', id: 'o1' }] }], other: { collection: 'x', id: 'y', name: 'z' }, date: new Date(0) };
    expect(referencesIn(data)).toEqual([{ collection: 'sources', id: 's1' }, { collection: 'organisations', id: 'o1' }]);
  });

  it('are followed through the entries they lead to, each once, and a missing one is kept', async () => {
    const entries: Record<string, KeyedEntry> = {
      'facts/f1': { collection: 'facts', id: 'f1', data: { source: { collection: 'sources', id: 's1' } } },
      'sources/s1': { collection: 'sources', id: 's1', data: { publisher: { collection: 'organisations', id: 'o1' } } },
      'organisations/o1': { collection: 'organisations', id: 'o1', data: { name: 'O', back: { collection: 'facts', id: 'f1' } } },
    };
    const closure = await referenceClosure([{ facts: [{ collection: 'facts', id: 'f1' }, { collection: 'facts', id: 'gone' }] }], async ({ collection, id }) => entries[`${collection}/${id}`]);
    expect(closure.map(({ collection, id }) => `${collection}/${id}`)).toEqual(['facts/f1', 'facts/gone', 'organisations/o1', 'sources/s1']);
    expect(closure[1].data).toBeNull();
  });
});

/**
 * What a page shows that is not code comes through its props (its entry, a project's related projects), the
 * references in them (getEntry, getEntries) or a collection read whole. A component of an entry page that
 * reads a collection whole, or a file, shows something the key does not hold: this finds such reads in every
 * module an entry page imports. The downloads code, and the cache folder helpers it shares with the other
 * caches (`build-cache.ts`, which reads no content), are left out: the key holds what the pages say about the
 * files, not what the files are made from.
 */
const root = process.cwd();
const entryPages = ['teachers/[slug]', 'students/quiz/[slug]', 'students/[slug]', 'news/[slug]', 'signals/[slug]', 'toolkits/[slug]', 'projects/[slug]'].map((page) =>
  join(root, 'src/pages/[...locale]', `${page}.astro`),
);

/** Collections read whole (`getCollection('x')`, `getEntry('x', id)`) and file reads, outside `getStaticPaths`. */
function contentReads(source: string): { collections: string[]; files: boolean } {
  const rendered = source.replace(/export (?:async )?function getStaticPaths\(\)[\s\S]*?\n\}\n/, '');
  const collections = [...rendered.matchAll(/\bget(?:Collection|Entry)\(\s*['"]([a-z]+)['"]/g)].map(([, name]) => name);
  return { collections, files: /\breadFileSync\b|\breadFile\(|node:fs/.test(rendered) };
}

describe('entry pages read nothing the page key leaves out', () => {
  it('finds a whole collection or a file read in a component', () => {
    expect(contentReads("const facts = await getCollection('facts');")).toEqual({ collections: ['facts'], files: false });
    expect(contentReads("const o = await getEntry('organisations', id);")).toEqual({ collections: ['organisations'], files: false });
    expect(contentReads("import { readFileSync } from 'node:fs';").files).toBe(true);
    expect(contentReads("export async function getStaticPaths() {\n  return paths(await getCollection('news'));\n}\nconst x = 1;\n").collections).toEqual([]);
  });

  it.each(entryPages.map((page) => [relative(root, page), page]))('%s', (_, page) => {
    const modules = sourceClosure(page).filter((file) => !/src\/lib\/((downloads|page-keys)\/|build-cache\.ts$)/.test(file));
    for (const file of modules) {
      const reads = contentReads(readFileSync(file, 'utf8'));
      expect({ file: relative(root, file), collections: reads.collections.filter((name) => !(wholeCollections as readonly string[]).includes(name)), files: reads.files }).toEqual({
        file: relative(root, file),
        collections: [],
        files: false,
      });
    }
  });
});
