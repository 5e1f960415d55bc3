// Builds the Pagefind search index over the built site: node scripts/pagefind.mjs [site directory, default $OUT_DIR or dist]
// Runs after `astro build` (see "build" in package.json). Pagefind splits the index by each page's <html lang>,
// so every locale gets its own index under dist/pagefind/. Only elements with data-pagefind-body are indexed,
// and inside them neither visually hidden helper text (.sr-only, such as “opens in a new tab” in a link) nor
// the controls the print style hides (.no-print: back links, filters, print buttons, section menus).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const locales = ['nl', 'en', 'uk'];

function fail(message, errors = []) {
  console.error(`pagefind: ${message}`);
  for (const error of errors) console.error(`  ${error}`);
  process.exitCode = 1;
}

const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only', '.no-print'] });
if (!index) {
  fail('could not create the index', errors);
} else {
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) fail(`indexing ${site} failed`, added.errors);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) fail('writing the index failed', written.errors);

  const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const summary = Object.entries(entry.languages)
    .map(([language, { page_count: pages, wasm }]) => `${language} ${pages} pages${wasm ? '' : ' (no stemming)'}`)
    .join(', ');
  console.log(`pagefind ${entry.version}: read ${added.page_count} pages of ${site}; indexed ${summary}`);
  const missing = locales.filter((locale) => !entry.languages[locale]?.page_count);
  if (missing.length > 0) fail(`no pages indexed for ${missing.join(', ')}; does every content page have data-pagefind-body?`);
  const strange = Object.keys(entry.languages).filter((language) => !locales.includes(language));
  if (strange.length > 0) fail(`pages indexed under unexpected languages: ${strange.join(', ')}; check <html lang>`);
}
await pagefind.close();
