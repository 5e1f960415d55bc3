// First-render benchmark of the built pages (run `npm run build` first): for every page over a size, what its
// first render costs as `tests/audit/site-audit.ts` `pageWeight` measures it (gzip HTML plus render-blocking CSS),
// and where the HTML's bytes go: <head>, the site header, <main> as markup, and <main>'s text alone, all gzip.
// The text figure is what no markup change can remove.
//   node scripts/page-bodies.ts [--over <bytes>] [--match <regexp>] [--json]
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { listPages, pageWeight } from '../tests/audit/site-audit.ts';

const { values } = parseArgs({
  options: {
    over: { type: 'string', default: '0' },
    match: { type: 'string', default: '' },
    json: { type: 'boolean', default: false },
  },
});
const over = Number(values.over);
const match = new RegExp(values.match ?? '');
const gz = (text: string) => (text ? gzipSync(Buffer.from(text)).length : 0);

const rows = listPages('dist')
  .filter((page) => !/404\.html$/.test(page.path) && match.test(page.path))
  .map((page) => {
    const weight = pageWeight(page, 'dist', '/');
    const main = page.doc.querySelector('main');
    return {
      path: page.path,
      firstRender: weight.htmlGzip + weight.cssGzip,
      html: weight.htmlGzip,
      css: weight.cssGzip,
      head: gz(page.doc.querySelector('head')?.outerHTML ?? ''),
      header: gz(page.doc.querySelector('body > header')?.outerHTML ?? ''),
      footer: gz(page.doc.querySelector('body > footer')?.outerHTML ?? ''),
      main: gz(main?.outerHTML ?? ''),
      mainText: gz((main?.textContent ?? '').replace(/\s+/g, ' ')),
    };
  })
  .filter((row) => row.firstRender > over);

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const columns = ['firstRender', 'html', 'css', 'head', 'header', 'footer', 'main', 'mainText'] as const;
  console.log(['path'.padEnd(48), ...columns.map((c) => c.padStart(11))].join(''));
  for (const row of rows) console.log([row.path.padEnd(48), ...columns.map((c) => String(row[c]).padStart(11))].join(''));
}
