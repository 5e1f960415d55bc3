import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/lib/locales';
import { headersFor, parseHeadersFile } from '../../src/lib/static-host/headers-file';
import { createStaticHost } from '../../src/lib/static-host/server';
import { alternateProblems, brokenLinks, listPages, type BuiltPage } from '../audit/site-audit';
import { site } from './site';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}dist-base`;
const base = '/signaal/';

// One second build under the base path, shared by the tests below. Without SITE_URL the downloads hold no
// base-dependent text, so this build takes every file from the downloads cache the main build filled
// (src/lib/downloads/cache.ts) instead of making them again.
test.describe.configure({ mode: 'serial' });
let pages: BuiltPage[] = [];
test.beforeAll(() => {
  test.setTimeout(5 * 60_000);
  execFileSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: root,
    env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir },
    stdio: 'pipe',
    // Astro logs a line per page and file: at 1,700 pages that is over 2 MB, past execFileSync's 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  pages = listPages(outDir);
});

test('the site works from a sub-path: every link, asset and alternate resolves under the base', () => {
  expect(pages.length).toBeGreaterThan(30);
  expect(brokenLinks(pages, outDir, base)).toEqual([]);
  expect(alternateProblems(pages, site, base, locales)).toEqual([]);
  const home = pages.find((p) => p.path === '/');
  expect(home?.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${base}`);
});

test('robots.txt and the sitemap name the base path', () => {
  const robots = readFileSync(`${outDir}/robots.txt`, 'utf8');
  expect(robots).toMatch(new RegExp(`^Allow: ${base}$`, 'm'));
  expect(robots).toMatch(new RegExp(`^Sitemap: ${site}${base}sitemap-index\\.xml$`, 'm'));
  const sitemaps = [...readFileSync(`${outDir}/sitemap-index.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(`${site}${base}`), sitemap).toBe(true);
    const urls = [...readFileSync(`${outDir}/${new URL(sitemap).pathname.slice(base.length)}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(30);
    expect(urls.filter((url) => !url.startsWith(`${site}${base}`))).toEqual([]);
  }
});

test('_headers rules name the base path, and the local host sends them under it', async () => {
  const text = readFileSync(`${outDir}/_headers`, 'utf8');
  const rules = parseHeadersFile(text);
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.filter((rule) => !rule.pattern.startsWith(base)).map((rule) => rule.pattern)).toEqual([]);
  expect(headersFor(rules, `${base}en/`)['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
  expect(headersFor(rules, `${base}_astro/site.css`)['Cache-Control']).toMatch(/immutable/);

  const server = createStaticHost({ root: outDir, base });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await fetch(`${origin}${base}en/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const missing = await fetch(`${origin}${base}uk/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<html[^>]* lang="uk"/);
  } finally {
    server.close();
  }
});
