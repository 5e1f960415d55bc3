// First-render benchmark of the built pages (run `npm run build` first): for every page, what its first render
// costs as `tests/audit/site-audit.ts` `pageWeight` measures it (gzip HTML plus render-blocking CSS), and where
// the HTML's bytes go: <head>, the site header and footer, <main> as markup, and the text a reader sees in
// <main> alone (no scripts or templates), all gzip. The text is what no markup change can remove.
//   npm run bench:pages -- [--over <bytes>] [--match <regexp>] [--by-type] [--json] [--dist <folder>]
// --dist reads another build (a synthetic copy's); --by-type prints the largest page of each template per locale (pages of the generic templates by route).
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { listPages, pageWeight } from '../tests/audit/site-audit.ts';
import { pageType } from '../src/lib/page-types.ts';
import { parsePath } from '../src/lib/routes.ts';

const { values } = parseArgs({
  options: {
    over: { type: 'string', default: '0' },
    match: { type: 'string', default: '' },
    'by-type': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  },
});
const over = Number(values.over);
const dist = values.dist ?? 'dist';
const match = new RegExp(values.match ?? '');
const gz = (text: string) => (text ? gzipSync(Buffer.from(text)).length : 0);

const rows = listPages(dist)
  .filter((page) => !/404\.html$/.test(page.path) && match.test(page.path))
  .map((page) => {
    const weight = pageWeight(page, dist, '/');
    const main = page.doc.querySelector('main');
    const mainHtml = main?.outerHTML ?? '';
    for (const hidden of main?.querySelectorAll('script, style, template') ?? []) hidden.remove();
    const { locale, route } = parsePath(page.path);
    const type = pageType(page.path);
    return {
      path: page.path,
      type: ['page', 'student page'].includes(type) ? route : type,
      locale,
      firstRender: weight.htmlGzip + weight.cssGzip,
      html: weight.htmlGzip,
      css: weight.cssGzip,
      head: gz(page.doc.querySelector('head')?.outerHTML ?? ''),
      header: gz(page.doc.querySelector('body > header')?.outerHTML ?? ''),
      footer: gz(page.doc.querySelector('body > footer')?.outerHTML ?? ''),
      main: gz(mainHtml),
      mainText: gz((main?.textContent ?? '').replace(/\s+/g, ' ').trim()),
    };
  })
  .filter((row) => row.firstRender > over);

const columns = ['firstRender', 'html', 'css', 'head', 'header', 'footer', 'main', 'mainText'] as const;
type Row = (typeof rows)[number];

function largestPerType(all: Row[]): Row[] {
  const largest = new Map<string, Row>();
  for (const row of all) {
    const key = `${row.type} ${row.locale}`;
    if ((largest.get(key)?.html ?? -1) < row.html) largest.set(key, row);
  }
  return [...largest.values()].sort((a, b) => a.type.localeCompare(b.type) || a.locale.localeCompare(b.locale));
}

const shown = values['by-type'] ? largestPerType(rows) : rows;
if (values.json) {
  console.log(JSON.stringify(shown, null, 2));
} else {
  console.log(['path'.padEnd(48), ...columns.map((c) => c.padStart(12))].join(''));
  for (const row of shown) console.log([row.path.padEnd(48), ...columns.map((c) => String(row[c]).padStart(12))].join(''));
}
