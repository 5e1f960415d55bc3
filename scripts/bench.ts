// Build benchmark: builds the site once and prints, per page type and overall, what a page costs on a first
// visit: HTML, CSS and JS (with the modules its scripts import) and the web fonts its text makes the browser
// load (each @font-face file whose unicode-range covers a character of the page), in bytes and requests.
//   npm run bench
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages, pageWeight, type BuiltPage, type PageWeight } from '../tests/audit/site-audit.ts';
import { pageType } from '../src/lib/page-types.ts';

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

interface FontFace {
  file: string;
  ranges: [number, number][];
}

/** The @font-face rules of the page's stylesheets: file and unicode-range. */
function fontFaces(page: BuiltPage): FontFace[] {
  const css = page.doc
    .querySelectorAll('link[rel="stylesheet"][href]')
    .map((link) => readFileSync(fileOf(link.getAttribute('href') ?? ''), 'utf8'))
    .concat(page.doc.querySelectorAll('style').map((style) => style.rawText))
    .join('\n');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule]) => {
    const url = /url\(["']?([^"')]+)["']?\)/.exec(rule)?.[1];
    if (!url) return [];
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1] ?? 'U+0-10FFFF';
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(to.replace(/\?/g, 'F'), 16)];
    });
    return [{ file: fileOf(url), ranges }];
  });
}

/** The font files the page's text needs: what a browser downloads for it (scripts and styles aside). */
function fontsOf(page: BuiltPage): string[] {
  const body = page.doc.querySelector('body');
  if (!body) return [];
  const clone = body.clone() as typeof body;
  for (const element of clone.querySelectorAll('script, style, template')) element.remove();
  const codePoints = new Set([...clone.textContent].map((char) => char.codePointAt(0) ?? 0));
  return [...new Set(fontFaces(page).filter(({ ranges }) => [...codePoints].some((c) => ranges.some(([from, to]) => c >= from && c <= to))).map(({ file }) => file))];
}

interface Row extends PageWeight {
  type: string;
  importRequests: number;
  importGzip: number;
  fontRequests: number;
  fontBytes: number;
}

const pages = listPages(dist);
const weights: Row[] = pages.map((page) => {
  const modules = importedModules(page);
  const fonts = fontsOf(page);
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
console.log('fonts = the font files the page’s text needs; requests = HTML + CSS + JS + imports + fonts):');
console.table(rows);
const all = groups.get('ALL PAGES') ?? [];
console.log(`Fonts are ${Math.round((mean(all, (w) => w.fontBytes) / mean(all, firstVisit)) * 100)}% of a first visit’s bytes on average.`);
console.log(`Total dist size: ${(dirSize(dist) / 1024 / 1024).toFixed(2)} MB`);
console.log(`Pagefind index size: ${(dirSize(join(dist, 'pagefind')) / 1024 / 1024).toFixed(2)} MB`);
console.log(`Build time (npm run build, Astro + Pagefind): ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
