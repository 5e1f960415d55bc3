import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { quickExitUrl } from '../../src/lib/site';

export const locales = ['nl', 'en', 'uk'] as const;
export const prefix = (locale: (typeof locales)[number]) => (locale === 'nl' ? '' : `/${locale}`);

/**
 * Every test page: no request may leave the machine. The quick-exit destination gets a stub page;
 * any other outside request is aborted and fails the test.
 */
export const test = base.extend<{ outside: string[] }>({
  outside: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, outside }, use) => {
    await page.route(
      (url) => url.hostname !== 'localhost',
      (route) => {
        const url = route.request().url();
        if (url.startsWith(quickExitUrl)) {
          return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
        }
        outside.push(url);
        return route.abort();
      },
    );
    await use(page);
    expect(outside, 'requests to other hosts').toEqual([]);
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  // Legacy mode runs axe.run() in the page; the default opens a blank page per analysis to merge the results
  // of frames, which the site has none of (no iframes), and costs about 40 % of the time. Only violations
  // are asserted, so axe skips collecting the nodes of every passed rule. options() replaces all options,
  // so it comes before withTags().
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
