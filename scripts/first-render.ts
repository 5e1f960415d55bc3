// First-render benchmark: reads a built site (default dist/, or the folder given) and prints, per page type and
// locale, what a page sends before it can paint: its HTML and render-blocking CSS, gzip, as the budget in
// budget.json counts them (tests/e2e/audit-static.spec.ts), against the 14,336-byte first TCP window.
//   node scripts/first-render.ts [dist]
import { listPages, isNotFoundPage, pageWeight } from '../tests/audit/site-audit.ts';
import { pageType } from '../src/lib/page-types.ts';
import { parsePath } from '../src/lib/routes.ts';

const dist = process.argv[2] ?? 'dist';
const window = 14_336;
const pages = listPages(dist).filter((page) => !isNotFoundPage(page));
const groups = new Map<string, { path: string; html: number; css: number }[]>();
for (const page of pages) {
  const weight = pageWeight(page, dist, '/');
  const key = `${pageType(page.path)}\t${parsePath(page.path).locale}`;
  groups.set(key, [...(groups.get(key) ?? []), { path: page.path, html: weight.htmlGzip, css: weight.cssGzip }]);
}
const total = (w: { html: number; css: number }) => w.html + w.css;
const rows = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => {
  const [type, locale] = key.split('\t');
  const heaviest = list.reduce((a, b) => (total(b) > total(a) ? b : a));
  return {
    'page type': type,
    locale,
    pages: list.length,
    'mean B': Math.round(list.reduce((sum, w) => sum + total(w), 0) / list.length),
    'max B': total(heaviest),
    'max HTML B': heaviest.html,
    'max CSS B': heaviest.css,
    over: list.filter((w) => total(w) > window).length,
  };
});
console.log(`First render (gzip bytes of HTML + render-blocking CSS) per page type and locale; window ${window} B:`);
console.table(rows);
const over = pages.map((page) => ({ page, weight: pageWeight(page, dist, '/') })).filter(({ weight }) => total({ html: weight.htmlGzip, css: weight.cssGzip }) > window);
console.log(`${over.length} of ${pages.length} pages over ${window} B${over.length ? ':' : '.'}`);
for (const { page, weight } of over) console.log(`  ${page.path} ${weight.htmlGzip + weight.cssGzip}`);
