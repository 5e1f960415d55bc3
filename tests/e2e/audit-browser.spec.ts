import { expect, expectNoAxeViolations, test } from './fixtures';
import { pages } from './site';

// Every page of the build, in a browser: accessibility at two widths, privacy, and a working page without JavaScript.
test.describe.configure({ mode: 'parallel' });

for (const page of pages) {
  test(`audit ${page.path}`, async ({ page: tab, context, browser }) => {
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(page.path);
    await expectNoAxeViolations(tab);

    await tab.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(tab);

    expect(await context.cookies(), 'cookies').toEqual([]);
    const storage = await tab.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
    }));
    expect(storage, 'web storage').toEqual({ local: 0, session: 0, indexedDB: 0 });

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.route((url) => url.hostname !== 'localhost', (route) => route.abort());
    await plain.goto(page.path);
    await expect(plain.locator('h1')).toBeVisible();
    await expect(plain.locator('main')).not.toBeEmpty();
    await expect(plain.locator('header nav a').first()).toBeVisible();
    await expect(plain.locator('footer nav a').first()).toBeVisible();
    await noScript.close();
  });
}
