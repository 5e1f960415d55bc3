// Search benchmark (not a test): what a search costs on the built site, per locale, in Chromium.
//   npm run build && node scripts/bench-search.mjs [site directory, default $OUT_DIR or dist]
// Serves the site itself (gzip for text files, as a host would) and counts the bytes of every response,
// including those of Pagefind's web worker, which the browser's own request events do not all show.
// Reports, per locale: the search page with Pagefind ready; then the first query typed there (index chunks
// and result fragments only); and a cold visit to /search/?q=… until the first result shows.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = normalize(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const queries = { nl: 'uitbuiting', en: 'exploitation', uk: 'експлуатація' };
const prefixes = { nl: '', en: '/en', uk: '/uk' };
const runs = 5;

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** Bytes sent since the last reset, by kind of file. */
let sent = { page: 0, pagefind: 0, requests: 0 };
const reset = () => {
  const before = sent;
  sent = { page: 0, pagefind: 0, requests: 0 };
  return before;
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) file = root;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  let body = readFileSync(file);
  const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
  if (compressible.has(extname(file)) && /gzip/.test(String(request.headers['accept-encoding']))) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  sent[path.startsWith('/pagefind/') ? 'pagefind' : 'page'] += body.length;
  sent.requests += 1;
  response.writeHead(200, headers).end(body);
});
await new Promise((done) => server.listen(0, done));
const origin = `http://localhost:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];

for (const [locale, query] of Object.entries(queries)) {
  const searchPage = `${origin}${prefixes[locale]}/search/`;
  const measured = { ready: [], typed: [], cold: [] };
  for (let run = 0; run < runs; run++) {
    // A fresh context each run: nothing cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    const firstResult = page.locator('[data-search-results] > li').first();

    reset();
    await page.goto(searchPage);
    await page.locator('[data-search-form]:not([hidden])').waitFor();
    await page.waitForLoadState('networkidle');
    measured.ready.push(reset());

    const started = Date.now();
    await page.locator('#search-query').fill(query);
    await firstResult.waitFor();
    const time = Date.now() - started;
    await page.waitForLoadState('networkidle');
    measured.typed.push({ ...reset(), time });
    await context.close();

    const cold = await browser.newContext();
    const coldPage = await cold.newPage();
    const coldStart = Date.now();
    await coldPage.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
    await coldPage.locator('[data-search-results] > li').first().waitFor();
    const coldTime = Date.now() - coldStart;
    await coldPage.waitForLoadState('networkidle');
    measured.cold.push({ ...reset(), time: coldTime });
    await cold.close();
  }
  const last = (list) => list[list.length - 1];
  rows.push({
    locale,
    query,
    'page + search ready': `${kb(last(measured.ready).page + last(measured.ready).pagefind)} (Pagefind ${kb(last(measured.ready).pagefind)})`,
    'first query downloads': `${kb(last(measured.typed).pagefind)} in ${last(measured.typed).requests} requests`,
    'typed → first result': `${median(measured.typed.map((m) => m.time))} ms`,
    'cold ?q= total': kb(last(measured.cold).page + last(measured.cold).pagefind),
    'cold ?q= → first result': `${median(measured.cold.map((m) => m.time))} ms`,
  });
}

await browser.close();
server.close();
console.log(`Search on ${root}, median of ${runs} runs, gzip transfer sizes, no cache, local server:`);
console.table(rows);
