import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../src/lib/locales';
import type { Pagefind, ResultData } from '../../src/lib/search/page';
import { searchOptions } from '../../src/lib/search/options';

/**
 * Pagefind's own browser script (`dist/pagefind/pagefind.js`) searching the built index in Node, with the
 * options the search page uses, so a test ranks exactly as a reader's browser does. Node has no page and no
 * relative fetch: the script reads the language from a stand-in `document` while the instance is created, and
 * the bundle's files through a `fetch` that reads `dist/pagefind/`. Without a `window`, Pagefind runs on this
 * thread, as the search page asks it to.
 */
type Instance = Pick<Pagefind, 'search'> & { destroy(): Promise<void> };

const bundle = '/pagefind/';

function readBundle(dist: string): typeof fetch {
  const original = globalThis.fetch;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(bundle)) return original(input, init);
    const path = decodeURIComponent(url.slice(bundle.length).split('?')[0]);
    return new Response(readFileSync(join(dist, 'pagefind', path)));
  }) as typeof fetch;
}

/**
 * Pagefind's script keeps its WebAssembly in one module-level binding that every instance shares and that loads
 * only once: a second language's instance in the same module would search its index with the first language's
 * stemmer (en “lines” stemmed as Dutch finds nothing). A browser page opens one language; here each language
 * gets its own copy of the module, keyed by the query string.
 */
export async function openIndex(dist: string, locale: Locale): Promise<Instance> {
  globalThis.fetch = readBundle(dist);
  const url = pathToFileURL(join(dist, 'pagefind', 'pagefind.js'));
  url.search = `locale=${locale}`;
  const script = (await import(url.href)) as {
    createInstance(options: object): Instance;
  };
  const scope = globalThis as { document?: unknown };
  scope.document = { querySelector: () => ({ getAttribute: () => locale }) };
  try {
    return script.createInstance({ ...searchOptions, basePath: bundle, baseUrl: '/' });
  } finally {
    delete scope.document;
  }
}

/** The URLs of the first `count` results for a query, as the search page would show them. */
export async function topUrls(index: Instance, term: string, count: number): Promise<string[]> {
  const response = await index.search(term);
  const data: ResultData[] = await Promise.all(response.results.slice(0, count).map((result) => result.data()));
  return data.map((page) => page.url);
}
