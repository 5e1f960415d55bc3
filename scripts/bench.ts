// Build benchmark: builds the site once and prints, per page type and overall, what a page costs on a first
// visit: HTML, CSS and JS (with the modules its scripts import) and the web fonts the browser loads for it (each
// page opened in Chromium, cold cache, 375 px), in bytes and requests, and each font file's size.
//   npm run bench                 (PORT: where the build is served for the browser, default 4334)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages, pageWeight, type BuiltPage, type PageWeight } from '../tests/audit/site-audit.ts';
import { pageType } from '../src/lib/page-types.ts';
import { chromium } from '@playwright/test';
import { chromiumFlags } from './lib/lighthouse-runs.ts';
import { serveBuild } from './lib/serve-build.ts';

const dist = 'dist';
const started = performance.now();
execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const dirSize = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    return sum + (statSync(full).isDirectory() ? dirSize(full) : statSync(full).size);
  }, 0);

const fileOf = (href: string) => join(dist, href.replace(/^\/+/, ''));

/** The JS modules a page's scripts import, followed import by import (`import … from "./x.js"`, `import("./y.js")`). */
function importedModules(page: BuiltPage): string[] {
  const seen = new Set<string>();
  const visit = (code: string, from: string) => {
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
      const file = specifier.startsWith('/') ? fileOf(specifier) : join(from, specifier);
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      visit(readFileSync(file, 'utf8'), dirname(file));
    }
  };
  for (const script of page.doc.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    visit(src ? `import "${src}"` : script.rawText, join(dist, '_astro'));
  }
  // The scripts themselves are counted by pageWeight; only what they import is added here.
  for (const script of page.doc.querySelectorAll('script[src]')) seen.delete(fileOf(script.getAttribute('src') ?? ''));
  return [...seen];
}

/**
 * The web-font files each page makes the browser load, by site path: what Chromium fetches for it in a new
 * context (cold cache) at 375 px once its fonts are ready. Only the browser knows which text is drawn in the web
 * font (a language name set in the system font needs no file, a hidden element none) and which `@font-face`
 * rule of the page's CSS draws it.
 */
async function loadedFonts(paths: string[]): Promise<Map<string, string[]>> {
  const served = await serveBuild(dist, Number(process.env.PORT ?? 4334));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags.filter((flag) => !flag.startsWith('--headless')) });
  const fonts = new Map<string, string[]>();
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      await context.route((url) => url.origin !== served.origin, (route) => route.abort());
      const page = await context.newPage();
      const files = new Set<string>();
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'font') files.add(fileOf(new URL(request.url()).pathname));
      });
      await page.goto(`${served.origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      fonts.set(path, [...files].sort());
      await context.close();
    }
  } finally {
    await browser.close();
    served.close();
  }
  return fonts;
}

interface Row extends PageWeight {
  type: string;
  importRequests: number;
  importGzip: number;
  fontRequests: number;
  fontBytes: number;
}

const pages = listPages(dist);
const pageFonts = await loadedFonts(pages.map((page) => page.path));
const weights: Row[] = pages.map((page) => {
  const modules = importedModules(page);
  const fonts = pageFonts.get(page.path) ?? [];
  return {
    type: pageType(page.path),
    ...pageWeight(page, dist, '/'),
    importRequests: modules.length,
    importGzip: modules.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0),
    fontRequests: fonts.length,
    // woff2 is compressed already: hosts send it as it is.
    fontBytes: fonts.reduce((sum, file) => sum + statSync(file).size, 0),
  };
});
const groups = new Map<string, Row[]>();
for (const w of weights) groups.set(w.type, [...(groups.get(w.type) ?? []), w]);
groups.set('ALL PAGES', weights);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mean = (list: Row[], value: (w: Row) => number) => list.reduce((s, w) => s + value(w), 0) / list.length;
const firstVisit = (w: Row) => w.htmlGzip + w.cssGzip + w.jsGzip + w.importGzip + w.fontBytes;
const rows = [...groups].map(([type, list]) => ({
  'page type': type,
  pages: list.length,
  'HTML gz': kb(mean(list, (w) => w.htmlGzip)),
  'CSS gz': kb(mean(list, (w) => w.cssGzip)),
  'JS gz': kb(mean(list, (w) => w.jsGzip + w.importGzip)),
  'JS imports': mean(list, (w) => w.importRequests).toFixed(1),
  'fonts kB': kb(mean(list, (w) => w.fontBytes)),
  fonts: mean(list, (w) => w.fontRequests).toFixed(1),
  'max HTML+CSS gz': kb(Math.max(...list.map((w) => w.htmlGzip + w.cssGzip))),
  'first visit kB': kb(mean(list, firstVisit)),
  requests: mean(list, (w) => w.requests + w.importRequests + w.fontRequests).toFixed(1),
}));
console.log('Per page type, means per page on a first visit (kB = 1024 bytes; gz = gzip; JS includes the modules scripts import;');
console.log('fonts = the font files Chromium loads for the page; requests = HTML + CSS + JS + imports + fonts):');
console.table(rows);
const all = groups.get('ALL PAGES') ?? [];
const fontFiles = [...new Set(weights.flatMap((w) => pageFonts.get(w.path) ?? []))].sort();
console.log(`Font files pages load: ${fontFiles.map((file) => `${file.replace(/^.*\//, '')} ${kb(statSync(file).size)} kB on ${weights.filter((w) => pageFonts.get(w.path)?.includes(file)).length} pages`).join('; ')}`);
console.log(`Fonts are ${Math.round((mean(all, (w) => w.fontBytes) / mean(all, firstVisit)) * 100)}% of a first visit’s bytes on average.`);
console.log(`Total dist size: ${(dirSize(dist) / 1024 / 1024).toFixed(2)} MB`);
console.log(`Pagefind index size: ${(dirSize(join(dist, 'pagefind')) / 1024 / 1024).toFixed(2)} MB`);
console.log(`Build time (npm run build, Astro + Pagefind): ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
