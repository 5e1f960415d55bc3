import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { onePerTypeAndLocale } from '../audit/sample';
import { expect, expectNoAxeViolations, test as base } from './fixtures';
import { pages } from './site';

/**
 * One browser page per worker and setting, reused from page to page: opening a context costs more than
 * checking a page. Every request to another host is aborted and recorded, and so is every script error.
 */
interface AuditPage {
  context: BrowserContext;
  page: Page;
  outside: string[];
  errors: string[];
}

async function openAuditPage(browser: Browser, options: BrowserContextOptions): Promise<AuditPage> {
  const context = await browser.newContext(options);
  const audit: AuditPage = { context, page: await context.newPage(), outside: [], errors: [] };
  await context.route(
    (url) => url.hostname !== 'localhost',
    (route) => {
      audit.outside.push(route.request().url());
      return route.abort();
    },
  );
  audit.page.on('pageerror', (error) => audit.errors.push(error.message));
  audit.page.on('console', (message) => {
    if (message.type() === 'error') audit.errors.push(message.text());
  });
  return audit;
}

/** A worker fixture: one audit page with these settings for all the tests the worker runs. */
type AuditFixture = (args: { browser: Browser }, use: (audit: AuditPage) => Promise<void>) => Promise<void>;
const reused = (options: BrowserContextOptions): [AuditFixture, { scope: 'worker' }] => [
  async ({ browser }, use) => {
    const audit = await openAuditPage(browser, options);
    await use(audit);
    await audit.context.close();
  },
  { scope: 'worker' },
];

const test = base.extend<{}, { wide: AuditPage; narrow: AuditPage; plain: AuditPage }>({
  wide: reused({ viewport: { width: 1280, height: 900 } }),
  narrow: reused({ viewport: { width: 375, height: 800 } }),
  plain: reused({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }),
});

/** Loads a page and checks what every load must keep: a 200, no request to another host, no script error. */
async function visit(audit: AuditPage, url: string) {
  audit.outside.length = 0;
  audit.errors.length = 0;
  const response = await audit.page.goto(url);
  expect(response?.status(), url).toBe(200);
  expect.soft(audit.outside, 'requests to other hosts').toEqual([]);
  expect.soft(audit.errors, 'script and console errors').toEqual([]);
}

/** Nothing of the visit stays on the device. Cleared after a finding, so the next page is judged on its own. */
async function expectNothingStored(audit: AuditPage) {
  const cookies = await audit.context.cookies();
  const storage = await audit.page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
  }));
  if (cookies.length || storage.local || storage.session || storage.indexedDB) {
    await audit.context.clearCookies();
    await audit.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  expect.soft(cookies, 'cookies').toEqual([]);
  expect(storage, 'web storage').toEqual({ local: 0, session: 0, indexedDB: 0 });
}

async function expectUsableWithoutJavaScript(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('header nav a').first()).toBeVisible();
  await expect(page.locator('footer nav a').first()).toBeVisible();
}

// Slow, shared CI machines: one axe run on a large page can take several seconds.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

for (const built of pages) {
  test(`axe at 1280 px, no outside request, nothing stored: ${built.path}`, async ({ wide, baseURL }) => {
    await visit(wide, new URL(built.path, baseURL).href);
    await expectNoAxeViolations(wide.page);
    await expectNothingStored(wide);
  });
}

for (const { type, locale, page: built } of onePerTypeAndLocale(pages)) {
  test(`sampled, one page per type and locale: ${type} (${locale}) ${built.path} passes axe at 375 px and works without JavaScript`, async ({ narrow, plain, baseURL }) => {
    const url = new URL(built.path, baseURL).href;
    await visit(narrow, url);
    await expectNoAxeViolations(narrow.page);

    await visit(plain, url);
    await expectUsableWithoutJavaScript(plain.page);
    await plain.page.setViewportSize({ width: 375, height: 800 });
    await expectUsableWithoutJavaScript(plain.page);
    await plain.page.setViewportSize({ width: 1280, height: 900 });
  });
}
