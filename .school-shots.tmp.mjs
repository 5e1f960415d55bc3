import { chromium } from '@playwright/test';
const [path, width, ...ys] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
await page.route((url) => url.origin !== 'http://localhost:4321', (r) => r.abort());
await page.goto('http://localhost:4321' + path);
const name = path.replace(/[^a-z0-9]+/gi, '_');
for (const y of ys) {
  await page.evaluate((y) => window.scrollTo(0, Number(y)), y);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/school/${name}-${width}-${y}.png` });
  console.log(`/tmp/school/${name}-${width}-${y}.png`);
}
await browser.close();
