import type { Locale } from '../locales';
import { parsePath } from '../routes.ts';
import { fixedFiles, wholeIndexBytes, type ResultCards } from './files.ts';
import type { SearchTerms } from './terms';

/**
 * What `scripts/pagefind.mjs` does around Pagefind, without the file system: the search terms in each indexed
 * copy, the result cards, and the preload links of the search pages.
 */

/** A file of Pagefind's bundle, as `index.getFiles()` returns it. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** The locale and route of a built file: `uk/signals/labour/index.html` → uk, `/signals/labour/`. */
export const pageOfFile = (file: string) => parsePath(`/${file.replace(/index\.html$/, '')}`);

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The indexed copy of a page with its search terms as the `terms` metadata field (any element will do). */
export function withTerms(html: string, file: string, terms: SearchTerms): string {
  const { locale, route } = pageOfFile(file);
  const words = terms[locale][route as `/${string}`];
  if (!words) return html;
  return html.replace('</body>', `<span data-pagefind-meta="terms:${attribute(words.join(', '))}"></span></body>`);
}

interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
}

/**
 * The cards of a language from its fragments, already unpacked: one page per fragment file, or a group of
 * pages keyed by their id when a language has very many pages.
 */
export function resultCards(fragments: { path: string; data: Fragment | Record<string, Fragment> }[]): ResultCards {
  const cards: ResultCards = {};
  for (const { path, data } of [...fragments].sort(byPath)) {
    const pages: [string, Fragment][] =
      'url' in data && typeof data.url === 'string'
        ? [[path.replace(/^fragment\//, '').replace(/\.pf_fragment$/, ''), data as Fragment]]
        : Object.entries(data as Record<string, Fragment>);
    for (const [id, page] of pages) cards[id] = { url: page.url, title: page.meta.title ?? page.url, type: page.meta.type };
  }
  return cards;
}

/**
 * The preload links of a locale's search page: Pagefind's script, its entry file under the cache tag the page
 * passes to Pagefind, the language's metadata, WebAssembly, filters, result cards and, while small, the whole
 * word index. Fetch preloads are `crossorigin` because Pagefind's fetch() requests are CORS-mode, and a
 * preload is only used by a request of the same mode.
 */
export function preloadLinks(options: { base: string; locale: Locale; metaHash: string; tag: string; files: BundleFile[] }): string {
  const { base, locale, metaHash, tag } = options;
  // Pagefind lists its files in no fixed order; sorted, the same index gives the same page.
  const files = [...options.files].sort(byPath);
  const bundle = `${base.replace(/\/?$/, '/')}pagefind/`;
  const chunks = files.filter(({ path }) => path.startsWith(`index/${locale}_`));
  const size = chunks.reduce((sum, { content }) => sum + content.length, 0);
  const fetched = [
    `pagefind-entry.json?ts=${tag}`,
    `pagefind.${metaHash}.pf_meta`,
    ...fixedFiles(locale).filter((file) => file !== 'pagefind.js'),
    ...files.filter(({ path }) => path.startsWith(`filter/${locale}_`)).map(({ path }) => path),
    ...(size <= wholeIndexBytes ? chunks.map(({ path }) => path) : []),
  ];
  return [
    `<link rel="modulepreload" href="${bundle}pagefind.js" data-search-preload>`,
    ...fetched.map((file) => `<link rel="preload" as="fetch" crossorigin href="${bundle}${file}" data-search-preload>`),
  ].join('');
}

/** A search page's HTML with these preload links in its head, replacing any an earlier indexing run put there. */
export const withPreloads = (html: string, links: string) =>
  html.replace(/<link [^>]*data-search-preload>/g, '').replace('</head>', `${links}</head>`);
