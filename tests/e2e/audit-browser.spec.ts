import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test as base } from './fixtures';
import { pages } from './site';

// Every page of the build, in a browser: accessibility at two widths, privacy, and a working page without JavaScript.
const test = base.extend<{}, { plain: Page }>({
  plain: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.route((url) => url.hostname !== 'localhost', (route) => route.abort());
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// Two axe runs and two page loads per test: allow for a slow, shared CI machine.
test.describe.configure({ mode: 'parallel', timeout: 90_000 });

for (const built of pages) {
  test(`audit ${built.path}`, async ({ page, context, plain, baseURL }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(built.path);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page);

    expect(await context.cookies(), 'cookies').toEqual([]);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
    }));
    expect(storage, 'web storage').toEqual({ local: 0, session: 0, indexedDB: 0 });

    await plain.goto(`${baseURL}${built.path}`);
    await expect(plain.locator('h1')).toBeVisible();
    await expect(plain.locator('main')).not.toBeEmpty();
    await expect(plain.locator('header nav a').first()).toBeVisible();
    await expect(plain.locator('footer nav a').first()).toBeVisible();
  });
}
