// Search benchmark (not a test): how long a search takes on a slow phone connection, per locale, in Chromium.
//   npm run build && npm run bench:search -- [site directory, default $OUT_DIR or dist] [--runs 3] [--locales nl,en,uk] [--trace]
// --trace prints, for each direct visit, when each request started and finished (seconds since navigation).
//
// Network: Chrome DevTools' “Slow 3G” preset through CDP (Network.emulateNetworkConditions): 2,000 ms latency
// per request, 50,000 bytes/s down and up (400 kbit/s). Cache: a fresh browser context for every run, so
// nothing is cached but what the run itself fetched. Host: served here over HTTP/2 with TLS (a self-signed
// certificate made for the run with openssl, which the browser is told to trust: Chromium caches nothing from a
// connection whose certificate it rejects, even with certificate errors ignored), text files compressed with brotli or gzip as the browser asks,
// the headers of dist/_headers (cache lifetimes included) and ETag revalidation, as a static host does.
//
// Two ways in, per locale, median of the runs:
// - from a content page: the reader opens a content page, types the query into the header search field and
//   presses Enter; timed from that navigation until the first result shows on the search page;
// - directly: a cold visit to /search/?q=…, timed from navigation until the first result shows.
// For both it prints the requests and bytes (compressed, as sent) of the first search, from the navigation
// until the network is quiet after the first result (excerpts included), and in the direct case the time from
// pressing Enter on a second query until its first result shows, and the requests that query made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../src/lib/static-host/headers-file.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, locales: { type: 'string', default: 'nl,en,uk' }, trace: { type: 'boolean', default: false } } });
const root = normalize(positionals[0] ?? process.env.OUT_DIR ?? 'dist');
const runs = Number(values.runs);

/** DevTools' “Slow 3G”: 500 kbit/s × 0.8 each way (bytes per second), 400 ms × 5 latency. */
const slow3g = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
/** A first query, a second query on the search page, and the content page the reader starts from. */
const plan = {
  nl: { prefix: '', query: 'werk', second: 'hulp', start: '/what-is-trafficking/' },
  en: { prefix: '/en', query: 'work', second: 'help', start: '/en/what-is-trafficking/' },
  uk: { prefix: '/uk', query: 'робота', second: 'допомога', start: '/uk/what-is-trafficking/' },
};
/** How fast the simulated reader types, in ms per key. */
const keyDelay = 150;

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.pdf': 'application/pdf',
};
// Pagefind's own files (.pagefind, .pf_*) are gzipped by Pagefind already; hosts leave them as they are.
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);
const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

/** Requests and bytes sent since the last reset, and how often each path was asked for (a preload the page did not use shows as a second request). */
let sent = { requests: 0, bytes: 0, paths: new Map() };
let lastRequest = Date.now();
/** Waits until the server has had no request for longer than one emulated round trip. */
async function quiet() {
  while (Date.now() - lastRequest < slow3g.latency + 500) await new Promise((done) => setTimeout(done, 250));
}
const reset = () => {
  const before = sent;
  sent = { requests: 0, bytes: 0, paths: new Map() };
  return before;
};

const bodies = new Map();
function body(file, encoding) {
  const key = `${file}\n${encoding}`;
  if (!bodies.has(key)) {
    const raw = readFileSync(file);
    const compressed =
      encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : encoding === 'gzip' ? gzipSync(raw, { level: 9 })
      : raw;
    bodies.set(key, compressed);
  }
  return bodies.get(key);
}

function fileFor(path) {
  const candidate = normalize(join(root, path));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

const certificates = mkdtempSync(join(tmpdir(), 'bench-search-'));
execFileSync('openssl', [
  'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1',
  '-keyout', join(certificates, 'key.pem'), '-out', join(certificates, 'cert.pem'),
], { stdio: 'ignore' });
/** The certificate's public key hash, for --ignore-certificate-errors-spki-list. */
const spki = execFileSync('sh', ['-c', `openssl x509 -pubkey -noout -in '${join(certificates, 'cert.pem')}' | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`], { encoding: 'utf8' }).trim();
const server = createSecureServer(
  { key: readFileSync(join(certificates, 'key.pem')), cert: readFileSync(join(certificates, 'cert.pem')), allowHTTP1: true },
  (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'https://localhost').pathname);
    const file = fileFor(path);
    sent.requests += 1;
    lastRequest = Date.now();
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !compressible.has(extname(file)) ? '' : /\bbr\b/.test(accepted) ? 'br' : /gzip/.test(accepted) ? 'gzip' : '';
    const content = body(file, encoding);
    const etag = `"${createHash('sha1').update(content).digest('hex').slice(0, 16)}"`;
    const headers = {
      ...headersFor(rules, path), 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ETag: etag, Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    sent.paths.set(path, (sent.paths.get(path) ?? 0) + 1);
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    sent.bytes += content.length;
    response.writeHead(200, headers).end(content);
  },
);
await new Promise((done) => server.listen(0, done));
const origin = `https://localhost:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--ignore-certificate-errors-spki-list=${spki}`,
    // Nothing leaves the machine. (Not page.route: Playwright turns the HTTP cache off while routing.)
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'],
});

/**
 * Runs in every page before its own scripts: notes, in ms since the page's navigation started, each time the
 * first search result changes, so the times do not include Playwright's polling.
 */
function recordResults() {
  window.__results = [];
  let first = null;
  new MutationObserver(() => {
    const current = document.querySelector('[data-search-results] > li');
    if (current && current !== first) window.__results.push(performance.now());
    first = current;
  }).observe(document, { childList: true, subtree: true });
}

async function freshPage() {
  const context = await browser.newContext();
  await context.addInitScript(recordResults);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  const trace = new Map();
  if (values.trace) {
    cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => trace.set(requestId, { url: request.url.replace(origin, ''), start: timestamp }));
    cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
      if (trace.has(requestId)) trace.get(requestId).end = timestamp;
    });
  }
  return { context, page, trace };
}

function printTrace(trace) {
  const first = Math.min(...[...trace.values()].map((request) => request.start));
  for (const { url, start, end } of trace.values()) {
    console.log(`${(start - first).toFixed(2).padStart(6)} → ${end ? (end - first).toFixed(2).padStart(6) : '     …'}  ${url}`);
  }
}

const firstResultAt = (page, after = 0) =>
  page.waitForFunction((after) => window.__results.find((time) => time > after), after, { timeout: 120_000, polling: 50 }).then((handle) => handle.jsonValue());

/** Presses Enter on a second query typed into the search page and times its first result. */
async function secondQuery(page, query) {
  const field = page.locator('#search-query');
  await field.fill('');
  await field.pressSequentially(query, { delay: keyDelay });
  const pressed = await page.evaluate(() => performance.now());
  await field.press('Enter');
  return (await firstResultAt(page, pressed)) - pressed;
}

async function fromContentPage(locale) {
  const { context, page } = await freshPage();
  await page.goto(`${origin}${plan[locale].start}`, { waitUntil: 'load', timeout: 120_000 });
  const field = page.locator('header input[type="search"]').first();
  await field.focus();
  await field.pressSequentially(plan[locale].query, { delay: keyDelay });
  reset();
  await Promise.all([page.waitForURL(/\/search\//, { waitUntil: 'commit', timeout: 120_000 }), field.press('Enter')]);
  const time = await firstResultAt(page);
  await quiet();
  const network = reset();
  await context.close();
  return { time, ...network };
}

async function direct(locale) {
  const { context, page, trace } = await freshPage();
  reset();
  await page.goto(`${origin}${plan[locale].prefix}/search/?q=${encodeURIComponent(plan[locale].query)}`, { waitUntil: 'commit', timeout: 120_000 });
  const time = await firstResultAt(page);
  await quiet();
  const network = reset();
  if (values.trace) console.log(`${locale} ?q=${plan[locale].query}: first result at ${seconds(time)}`), printTrace(trace);
  const second = await secondQuery(page, plan[locale].second);
  await quiet();
  const secondRequests = reset().requests;
  await context.close();
  return { time, second, secondRequests, ...network };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const twice = (list) => [...new Set(list.flatMap((run) => [...run.paths].filter(([, count]) => count > 1).map(([path]) => path)))];

const rows = [];
for (const locale of values.locales.split(',')) {
  const measured = { content: [], direct: [] };
  for (let run = 0; run < runs; run++) {
    measured.content.push(await fromContentPage(locale));
    measured.direct.push(await direct(locale));
  }
  for (const [way, list] of Object.entries(measured)) {
    rows.push({
      locale,
      from: way === 'content' ? `${plan[locale].start} + “${plan[locale].query}”` : `?q=${plan[locale].query}`,
      'first result': seconds(median(list.map((m) => m.time))),
      requests: median(list.map((m) => m.requests)),
      bytes: kb(median(list.map((m) => m.bytes))),
      'second query': way === 'direct' ? `${seconds(median(list.map((m) => m.second)))}, ${median(list.map((m) => m.secondRequests))} requests (“${plan[locale].second}”)` : '',
      'fetched twice': twice(list).join(' ') || '–',
    });
  }
}

await browser.close();
server.close();
rmSync(certificates, { recursive: true, force: true });
console.log(
  `Search on ${root}: Slow 3G (2,000 ms latency, 400 kbit/s down and up), cold cache, HTTP/2 with brotli/gzip, ` +
    `median of ${runs} runs; requests and bytes of the first search, until the network is quiet.`,
);
console.table(rows);
