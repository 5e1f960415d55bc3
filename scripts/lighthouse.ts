// Lighthouse over one page of each type in each locale, on the built site served locally, in Debian's
// Chromium. Prints the four category scores (mobile form factor, simulated throttling).
//   npm run lighthouse
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { locales } from '../src/lib/locales.ts';
import { localizedPath } from '../src/lib/routes.ts';

const port = 4333;
const routes = ['/', '/what-is-trafficking/', '/projects/', '/projects/safe-havens/', '/teachers/', '/teachers/grooming/', '/students/', '/students/recognise-the-signs/', '/signals/labour/', '/toolkits/schools/', '/search/', '/refugee-flyer/'];

const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1000));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const locale of locales) {
    for (const route of routes) {
      const url = `http://localhost:${port}${localizedPath(locale, route)}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({ page: localizedPath(locale, route), performance: score('performance'), accessibility: score('accessibility'), 'best practices': score('best-practices'), seo: score('seo') });
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.table(rows);
const min = (key: string) => Math.min(...rows.map((r) => Number(r[key])));
console.log(`Lowest: performance ${min('performance')}, accessibility ${min('accessibility')}, best practices ${min('best practices')}, SEO ${min('seo')}`);
