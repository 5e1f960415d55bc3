// Takes full-page Chromium screenshots of built pages: node scripts/screenshot.mjs /path/ [/other/ ...]
// Widths 375 and 1280; PNGs go to screenshots/ (ignored by git). Expects `npm run preview` on :4321.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const paths = process.argv.slice(2);
const origin = process.env.ORIGIN ?? 'http://localhost:4321';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route((url) => url.origin !== origin, (route) => route.abort());
  for (const path of paths) {
    await page.goto(origin + path);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
    await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL !== '0' });
    console.log(`screenshots/${name}`);
  }
  await page.close();
}
await browser.close();
