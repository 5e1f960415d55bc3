// First-render benchmark of the built pages (run `npm run build` first): for every page, what its first render
// costs as `tests/audit/site-audit.ts` `pageWeight` measures it (gzip HTML plus render-blocking CSS), and where
// the HTML's bytes go: <head>, the site header and footer, <main> as markup, and the text a reader sees in
// <main> alone (no scripts or templates), all gzip. The text is what no markup change can remove.
//   npm run bench:pages -- [--over <bytes>] [--match <regexp>] [--by-type] [--parts] [--json] [--dist <folder>]
// --dist reads another build (a synthetic copy's); --by-type prints the largest page of each template per locale (pages of the generic templates by route).
// --parts prints instead what each part adds to the page's gzip size (the gzip of the whole minus the gzip
// without that part, so text gzip shares between parts is not counted twice): the page CSS, the inline
// scripts, the rest of <head>, the header's markup, <main> and the footer.
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
    parts: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  },
});
const over = Number(values.over);
const dist = values.dist ?? 'dist';
const match = new RegExp(values.match ?? '');
const gz = (text: string) => (text ? gzipSync(Buffer.from(text)).length : 0);

type Range = readonly [number, number];
/** The HTML without these ranges of it (elements' `range`, which node-html-parser gives in source offsets). */
const cut = (html: string, ranges: Range[]) => {
  let rest = '';
  let from = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    rest += html.slice(from, start);
    from = Math.max(from, end);
  }
  return rest + html.slice(from);
};
/** What some ranges of the HTML add to its gzip size. */
const adds = (html: string, ranges: Range[]) => (ranges.length ? gz(html) - gz(cut(html, ranges)) : 0);
/** An element's range with the ranges of some of its descendants left out. */
const rangesWithout = (range: Range, inner: Range[]): Range[] => {
  const out: Range[] = [];
  let from = range[0];
  for (const [start, end] of [...inner].sort((a, b) => a[0] - b[0])) {
    out.push([from, start]);
    from = end;
  }
  return [...out, [from, range[1]]];
};

function partsOf(page: ReturnType<typeof listPages>[number]) {
  const { doc, html } = page;
  const rangesOf = (selector: string) => doc.querySelectorAll(selector).map((el) => el.range);
  const header = doc.querySelector('body > header');
  return {
    style: adds(html, rangesOf('style')),
    scripts: adds(html, rangesOf('script:not([src])')),
    head: adds(html, rangesOf('head > *:not(style):not(script)')),
    header: header ? adds(html, rangesWithout(header.range, header.querySelectorAll('script').map((el) => el.range))) : 0,
    main: adds(html, rangesOf('main')),
    footer: adds(html, rangesOf('body > footer')),
  };
}

const rows = listPages(dist)
  .filter((page) => !/404\.html$/.test(page.path) && match.test(page.path))
  .map((page) => {
    const parts = values.parts ? partsOf(page) : undefined;
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
      parts,
    };
  })
  .filter((row) => row.firstRender > over);

type Row = (typeof rows)[number];
const columns = ['firstRender', 'html', 'css', 'head', 'header', 'footer', 'main', 'mainText'] as const;
const partColumns = ['style', 'scripts', 'head', 'header', 'main', 'footer'] as const;

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
} else if (values.parts) {
  console.log(['path'.padEnd(48), 'firstRender'.padStart(12), ...partColumns.map((c) => `+${c}`.padStart(10))].join(''));
  for (const row of shown) console.log([row.path.padEnd(48), String(row.firstRender).padStart(12), ...partColumns.map((c) => String(row.parts![c]).padStart(10))].join(''));
} else {
  console.log(['path'.padEnd(48), ...columns.map((c) => c.padStart(12))].join(''));
  for (const row of shown) console.log([row.path.padEnd(48), ...columns.map((c) => String(row[c]).padStart(12))].join(''));
}
