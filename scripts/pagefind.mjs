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
import { pagefindWasm, resultCardsFile } from '../src/lib/search/files.ts';
import { preloadLinks, resultCards, withPreloads, withTerms } from '../src/lib/search/indexing.ts';
import { searchTerms } from '../src/lib/search/terms.ts';

const site = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const locales = ['nl', 'en', 'uk'];

/**
 * Pagefind runs the text of neighbouring <dt>, <dd>, <th>, <summary>, <figcaption> and <caption> elements
 * together (“Leeftijd13–18 jaar”) when no whitespace separates them, and the build removes that whitespace.
 * The indexed copy of each page gets a space after those elements; the published HTML is not changed.
 */
const separate = (html) => html.replace(/<\/(dt|dd|th|summary|figcaption|caption)>/g, '$& ');

const unpack = (bytes) => JSON.parse(gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, ''));

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
    const content = withTerms(separate(readFileSync(join(site, file), 'utf8')), file, searchTerms);
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
    const fragments = bundle.filter(({ path }) => path.startsWith(`fragment/${locale}_`)).map(({ path, content }) => ({ path, data: unpack(content) }));
    writeFileSync(join(site, 'pagefind', resultCardsFile(locale)), JSON.stringify(resultCards(fragments)));
    const searchPage = join(site, locale === 'nl' ? '' : locale, 'search', 'index.html');
    const links = preloadLinks({ base, locale, metaHash: entry.languages[locale].hash, tag, files: bundle });
    writeFileSync(searchPage, withPreloads(readFileSync(searchPage, 'utf8'), links));
  }
}
await pagefind.close();
