// Build benchmark: builds the site once and prints, per page type and overall, what a page costs.
//   npm run bench
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, pageWeight, type PageWeight } from '../tests/audit/site-audit.ts';
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

const pages = listPages(dist);
const weights = pages.map((p) => ({ type: pageType(p.path), ...pageWeight(p, dist, '/') }));
const groups = new Map<string, (PageWeight & { type: string })[]>();
for (const w of weights) groups.set(w.type, [...(groups.get(w.type) ?? []), w]);
groups.set('ALL PAGES', weights);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mean = (list: PageWeight[], key: keyof Omit<PageWeight, 'path'>) => list.reduce((s, w) => s + w[key], 0) / list.length;
const rows = [...groups].map(([type, list]) => ({
  'page type': type,
  pages: list.length,
  'HTML kB': kb(mean(list, 'htmlBytes')),
  'HTML gz': kb(mean(list, 'htmlGzip')),
  'CSS kB': kb(mean(list, 'cssBytes')),
  'CSS gz': kb(mean(list, 'cssGzip')),
  'JS kB': kb(mean(list, 'jsBytes')),
  'JS gz': kb(mean(list, 'jsGzip')),
  'max HTML+CSS gz': kb(Math.max(...list.map((w) => w.htmlGzip + w.cssGzip))),
  requests: mean(list, 'requests').toFixed(1),
}));
console.log('Per page type (means per page; kB = 1024 bytes; requests = HTML + CSS + JS needed to render):');
console.table(rows);
console.log(`Total dist size: ${(dirSize(dist) / 1024 / 1024).toFixed(2)} MB`);
console.log(`Pagefind index size: ${(dirSize(join(dist, 'pagefind')) / 1024 / 1024).toFixed(2)} MB`);
console.log(`Build time (npm run build, Astro + Pagefind): ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
