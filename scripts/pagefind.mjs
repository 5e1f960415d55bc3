// Builds the Pagefind search index over the built site: node scripts/pagefind.mjs [site directory, default $OUT_DIR or dist]
// Runs after `astro build` (see "build" in package.json). Pagefind splits the index by each page's <html lang>,
// so every locale gets its own index under dist/pagefind/. Only elements with data-pagefind-body are indexed,
// and inside them neither visually hidden helper text (.sr-only, such as “opens in a new tab” in a link) nor
// the controls the print style hides (.no-print: back links, filters, print buttons, section menus).
// Each indexed page also gets the words readers use for it (src/lib/search/terms.ts) as a `terms` field.
// After indexing it writes, per locale, the result cards the search page shows before excerpts arrive, and puts
// preload links for everything a first search needs into the locale's search page, so they load together.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { fixedFiles, pagefindWasm, resultCardsFile, wholeIndexBytes } from '../src/lib/search/files.ts';
import { searchTerms } from '../src/lib/search/terms.ts';

const site = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const locales = ['nl', 'en', 'uk'];

/**
 * Pagefind runs the text of neighbouring <dt>, <dd>, <th>, <summary>, <figcaption> and <caption> elements
 * together (“Leeftijd13–18 jaar”) when no whitespace separates them, and the build removes that whitespace.
 * The indexed copy of each page gets a space after those elements; the published HTML is not changed.
 */
const separate = (html) => html.replace(/<\/(dt|dd|th|summary|figcaption|caption)>/g, '$& ');

const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The locale and route of a built file: `uk/signals/labour/index.html` → uk, `/signals/labour/`. */
function pageOf(file) {
  const parts = file.replace(/index\.html$/, '').split('/').filter(Boolean);
  const locale = locales.includes(parts[0]) && parts[0] !== 'nl' ? parts.shift() : 'nl';
  return { locale, route: `/${parts.map((part) => `${part}/`).join('')}` };
}

/** The indexed copy of a page gets its search terms as metadata, searched with the weight `searchOptions` gives `terms`. */
function withTerms(html, file) {
  const { locale, route } = pageOf(file);
  const terms = searchTerms[locale]?.[route];
  if (!terms) return html;
  return html.replace('</body>', `<span data-pagefind-meta="terms:${attribute(terms.join(', '))}"></span></body>`);
}

const unpack = (bytes) => JSON.parse(gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, ''));

/** Title, address and type of each page of a language, by page id, from the fragments Pagefind wrote. */
function resultCards(files, language) {
  const cards = {};
  for (const { path, content } of files) {
    if (!path.startsWith(`fragment/${language}_`)) continue;
    const data = unpack(content);
    // One page per file, or a group of pages keyed by their id when a language has very many pages.
    const pages = 'url' in data ? [[path.slice('fragment/'.length, -'.pf_fragment'.length), data]] : Object.entries(data);
    for (const [id, page] of pages) cards[id] = { url: page.url, title: page.meta.title ?? page.url, type: page.meta.type };
  }
  return cards;
}

/**
 * The preload links of a locale's search page: Pagefind's script, its entry file (under the cache tag the
 * page passes to Pagefind), the language's metadata, WebAssembly, filters, result cards and, when small,
 * the whole word index. Fetch preloads are `crossorigin` because Pagefind's fetch() requests are CORS-mode.
 */
function preloadLinks(files, entry, language, tag) {
  const { hash } = entry.languages[language];
  const bundle = `${base}pagefind/`;
  const chunks = files.filter(({ path }) => path.startsWith(`index/${language}_`));
  const size = chunks.reduce((sum, { content }) => sum + content.length, 0);
  const fetched = [
    `pagefind-entry.json?ts=${tag}`,
    `pagefind.${hash}.pf_meta`,
    ...fixedFiles(language).filter((file) => file !== 'pagefind.js'),
    ...files.filter(({ path }) => path.startsWith(`filter/${language}_`)).map(({ path }) => path),
    ...(size <= wholeIndexBytes ? chunks.map(({ path }) => path) : []),
  ];
  return [
    `<link rel="modulepreload" href="${bundle}pagefind.js" data-search-preload>`,
    ...fetched.map((file) => `<link rel="preload" as="fetch" crossorigin href="${bundle}${file}" data-search-preload>`),
  ].join('');
}

function fail(message, errors = []) {
  console.error(`pagefind: ${message}`);
  for (const error of errors) console.error(`  ${error}`);
  process.exitCode = 1;
}

const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only', '.no-print'] });
if (!index) {
  fail('could not create the index', errors);
} else {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind/'),
  );
  for (const file of files) {
    // sourcePath relative to the site: Pagefind turns `en/about/index.html` into the URL `/en/about/`.
    const content = withTerms(separate(readFileSync(join(site, file), 'utf8')), file);
    const added = await index.addHTMLFile({ sourcePath: file, content });
    if (added.errors.length > 0) fail(`indexing ${file} failed`, added.errors);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) fail('writing the index failed', written.errors);

  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const summary = Object.entries(entry.languages)
    .map(([language, { page_count: pages, wasm }]) => `${language} ${pages} pages${wasm ? '' : ' (no stemming)'}`)
    .join(', ');
  console.log(`pagefind ${entry.version}: read ${files.length} pages of ${site}; indexed ${summary}`);
  const missing = locales.filter((locale) => !entry.languages[locale]?.page_count);
  if (missing.length > 0) fail(`no pages indexed for ${missing.join(', ')}; does every content page have data-pagefind-body?`);
  const strange = Object.keys(entry.languages).filter((language) => !locales.includes(language));
  if (strange.length > 0) fail(`pages indexed under unexpected languages: ${strange.join(', ')}; check <html lang>`);
  const wasm = locales.filter((locale) => (entry.languages[locale]?.wasm ?? 'unknown') !== pagefindWasm[locale]);
  if (wasm.length > 0) fail(`the WebAssembly of ${wasm.join(', ')} is not the one pagefindWasm in src/lib/search/files.ts names`);

  const { files: bundle, errors: listed } = await index.getFiles();
  if (listed.length > 0) fail('reading the index failed', listed);
  // A tag that changes whenever the index does, so no cache hands out an old entry file after a new build.
  const tag = createHash('sha256').update(JSON.stringify(entry)).digest('hex').slice(0, 12);
  for (const locale of locales.filter((locale) => entry.languages[locale])) {
    writeFileSync(join(site, 'pagefind', resultCardsFile(locale)), JSON.stringify(resultCards(bundle, locale)));
    const searchPage = join(site, locale === 'nl' ? '' : locale, 'search', 'index.html');
    const html = readFileSync(searchPage, 'utf8').replace(/<link [^>]*data-search-preload>/g, '');
    writeFileSync(searchPage, html.replace('</head>', `${preloadLinks(bundle, entry, locale, tag)}</head>`));
  }
}
await pagefind.close();
