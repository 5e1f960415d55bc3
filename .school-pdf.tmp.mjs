import { chromium } from '@playwright/test';
const [path, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route((url) => url.origin !== 'http://localhost:4321', (r) => r.abort());
await page.goto('http://localhost:4321' + path);
await page.pdf({ path: out, format: process.env.FMT ?? 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
await browser.close();
