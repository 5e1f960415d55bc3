import type { Browser, Page } from '@playwright/test';
import config from '../../playwright.config';
import { en } from '../../src/i18n/ui/en';
import { nl } from '../../src/i18n/ui/nl';
import { uk } from '../../src/i18n/ui/uk';
import { pageType } from '../../src/lib/page-types';
import { oneHistoryEntryPerVisit, quickExitUrl } from '../../src/lib/site';
import { expect, expectNoAxeViolations, locales, prefix, test } from './fixtures';
import { onePerTypeAndLocale } from '../audit/sample';
import { pages } from './site';

type Locale = (typeof locales)[number];
const ui = { nl, en, uk };

/**
 * The browser's real defaults: Playwright launches Chromium with the back/forward cache disabled, which would
 * hide exactly the failure these tests look for (an earlier page restored fully rendered after Back).
 * The first test proves the cache is on.
 */
test.use({ launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

/** A neutral page the visit starts from, as a search engine would be: Back after the exit may land here. */
const before = 'https://start.example/';

async function openFromElsewhere(page: Page, path: string) {
  await page.route(`${before}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Start</title><h1>Start</h1>' }));
  await page.goto(before);
  await page.goto(path);
}

/** After Back or Forward: the tab shows the stub exit page, the start page or nothing, never Signaal. */
async function expectNoSignaal(page: Page, step: string) {
  // Checked at once, without waiting for a load event (a page restored from the cache fires none): a Signaal
  // page that is shown and only then leaves again is shown all the same.
  expect(page.url(), step).not.toContain('localhost');
  expect([quickExitUrl, before, 'about:blank'].some((url) => page.url().startsWith(url)), `${step}: ${page.url()}`).toBe(true);
  await expect(page.locator('[data-quick-exit], [data-site-bar]'), step).toHaveCount(0);
  if (page.url() === 'about:blank') expect(await page.locator('body').innerText(), step).toBe('');
  else await expect(page.locator('h1'), step).toHaveText(/^(Weather|Start)$/);
}

test('control: this browser restores pages from the back/forward cache', async ({ page }) => {
  await page.goto('/en/about/');
  await page.evaluate(() => Object.assign(window, { kept: true }));
  await page.goto(quickExitUrl);
  // A restored page fires no load event, so wait only for the navigation to commit.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/en\/about\/$/);
  expect(await page.evaluate(() => 'kept' in window)).toBe(true);
});

/** Links followed in a visit, from the locale's home: menu, menu, breadcrumb, footer. */
const walk = ['/what-is-trafficking/', '/projects/', '/', '/visiting-safely/'];

for (const locale of locales) {
  for (const length of [1, 2, 5]) {
    for (const by of ['click', 'Shift×3'] as const) {
      test(`${locale}: a visit of ${length} page(s), left by ${by}, leaves nothing to go Back or Forward to`, async ({ page }) => {
        test.skip(!oneHistoryEntryPerVisit && length > 1, 'oneHistoryEntryPerVisit is off: earlier Signaal pages stay in the history');
        await openFromElsewhere(page, `${prefix(locale)}/`);
        const entries = await page.evaluate(() => history.length);
        for (const route of walk.slice(0, length - 1)) {
          const href = `${prefix(locale)}${route}`;
          await page.locator(`a[href="${href}"]`).filter({ visible: true }).first().click();
          await page.waitForURL(`**${href}`);
          expect(await page.evaluate(() => history.length), `history after ${href}`).toBe(entries);
        }
        if (by === 'click') {
          await page.getByRole('link', { name: `${ui[locale]['quickExit.hidden']}${ui[locale]['quickExit.label']}`, exact: true }).click();
        } else {
          for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        }
        await expect(page).toHaveURL(quickExitUrl);
        for (let i = 1; i <= 3; i++) {
          await page.goBack({ waitUntil: 'commit' });
          await expectNoSignaal(page, `Back ${i}`);
        }
        await page.goForward({ waitUntil: 'commit' });
        await expectNoSignaal(page, 'Forward');
      });
    }
  }
}

test('the skip link still moves focus to the content without adding a history entry', async ({ page }) => {
  await page.goto('/uk/about/');
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(uk['skip.toContent']);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/uk\/about\/#main$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('the header search form replaces the history entry too', async ({ page }) => {
  await page.goto('/en/');
  const entries = await page.evaluate(() => history.length);
  const search = page.getByRole('search', { name: en['nav.searchSite'] });
  await search.getByRole('searchbox').fill('work');
  await search.getByRole('button', { name: en['nav.search'] }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=work$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('Shift counts both keys pressed together as one press, and typing capitals never leaves', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.down('ShiftLeft');
  await page.keyboard.down('ShiftRight');
  await page.keyboard.up('ShiftLeft');
  await page.keyboard.up('ShiftRight');
  await expect(page.getByRole('status')).toHaveText(nl['quickExit.remaining2']);
  await page.keyboard.type('Mensenhandel IN Nederland');
  await expect(page.getByRole('status')).toHaveText('');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText(nl['quickExit.remaining1']);
  await expect(page).toHaveURL(/localhost/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(quickExitUrl);
});

test('the Shift hint shows only where a keyboard is likely', async ({ browser }) => {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 740 } });
  await desktop.goto('/en/');
  await expect(desktop.getByText(en['quickExit.hint'])).toBeVisible();
  await desktop.close();
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const page = await phone.newPage();
  await page.goto('/en/');
  await expect(page.getByRole('link', { name: `${en['quickExit.hidden']}${en['quickExit.label']}` })).toBeVisible();
  await expect(page.getByText(en['quickExit.hint'])).toBeHidden();
  await phone.close();
});

async function withoutScripts(browser: Browser, width: number, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 740 } });
  const page = await context.newPage();
  await page.route((url) => url.hostname !== 'localhost', (route) => route.fulfill({ body: 'stub' }));
  await run(page);
  await context.close();
}

for (const locale of locales) {
  test(`${locale}: without JavaScript a line next to the exit button says what it cannot do`, async ({ browser }) => {
    await withoutScripts(browser, 375, async (page) => {
      await page.goto(`${prefix(locale)}/about/`);
      const exit = page.getByRole('link', { name: `${ui[locale]['quickExit.hidden']}${ui[locale]['quickExit.label']}`, exact: true });
      await expect(exit).toHaveAttribute('href', quickExitUrl);
      // Playwright's text selectors skip <noscript>, so find the line by its data attribute.
      const line = page.locator('[data-quick-exit-noscript]');
      await expect(line).toBeVisible();
      await expect(line).toHaveText(ui[locale]['quickExit.noscript']);
      const [button, text] = [await exit.boundingBox(), await line.boundingBox()];
      expect(text!.y - (button!.y + button!.height), 'the line sits right below the button').toBeLessThan(24);
      await expect(page.getByText(ui[locale]['quickExit.hint'])).toBeHidden();
    });
  });

  test(`${locale}: with JavaScript the no-script line is not shown`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/about/`);
    await expect(page.locator('[data-quick-exit-noscript]')).toBeHidden();
  });
}

/** One built page of every type in one locale (home, single page, overviews, entries, filters, search, 404 …). */
function onePagePerType(locale: Locale): string[] {
  const chosen = new Map<string, string>();
  for (const { path } of pages) {
    const inLocale = locale === 'nl' ? !/^\/(en|uk)\//.test(path) : path.startsWith(`/${locale}/`);
    if (inLocale && !chosen.has(pageType(path))) chosen.set(pageType(path), path);
  }
  return [...chosen.values()];
}

for (const locale of locales) {
  test(`${locale}: at 375 px the header of every page type is at most 140 px, with help and exit in view`, async ({ page }) => {
    test.slow(); // one page of each of about twenty types
    await page.setViewportSize({ width: 375, height: 740 });
    const t = ui[locale];
    for (const path of onePagePerType(locale)) {
      await page.goto(path);
      const top = await page.locator('main').evaluate((main) => main.getBoundingClientRect().top);
      expect(top, `${path}: height of everything above the content`).toBeLessThanOrEqual(140);
      const bar = page.locator('[data-site-bar]');
      await expect(bar.getByRole('link', { name: t['nav.help'], exact: true }), path).toBeInViewport();
      await expect(bar.getByRole('link', { name: `${t['quickExit.hidden']}${t['quickExit.label']}`, exact: true }), path).toBeInViewport();
      await expect(page.getByRole('navigation', { name: t['nav.label'] }).getByRole('link').first(), `${path}: menu starts closed`).toBeHidden();
    }
  });
}

test('the header bar stays in view while reading, and takes its own space', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/uk/visiting-safely/');
  const bar = page.locator('[data-site-bar]');
  await expect(page.getByRole('banner').getByRole('navigation', { name: uk['nav.label'] }), 'the menu belongs to the banner').toHaveCount(1);
  await expect(page.getByRole('banner').locator('[data-site-bar]')).toHaveCount(1);
  const { bottom } = await bar.evaluate((el) => el.getBoundingClientRect());
  const contentTop = await page.locator('main').evaluate((el) => el.getBoundingClientRect().top);
  expect(contentTop, 'the content starts below the bar, not under it').toBeGreaterThanOrEqual(bottom);
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  expect((await bar.boundingBox())!.y).toBe(0);
  await expect(bar.getByRole('link', { name: `${uk['quickExit.hidden']}${uk['quickExit.label']}`, exact: true })).toBeInViewport();
});

/** The longest word in the main text of each locale's pages, found in the build, and the page it is on. */
function longestWordPages(): string[] {
  const best = new Map<string, { word: string; path: string }>();
  for (const { path, doc } of pages) {
    const locale = doc.querySelector('html')?.getAttribute('lang') ?? 'nl';
    const words = (doc.querySelector('main')?.textContent ?? '').split(/[^\p{L}\p{M}’'-]+/u);
    const word = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (word.length > (best.get(locale)?.word.length ?? 0)) best.set(locale, { word, path });
  }
  return [...best.values()].map((b) => b.path);
}

test('no horizontal scrolling at 320 px, also for the longest words', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  for (const path of longestWordPages()) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
  // Words longer than any in today's content, in a large heading: the CSS must cope with what editors add.
  for (const [path, word] of [['/', 'Mensenhandelbestrijdingsprogramma'], ['/uk/', 'мультидисциплінарністю']]) {
    await page.goto(path);
    await page.locator('h1').evaluate((h1, w) => (h1.textContent = `${w} ${w}`), word);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), word).toBeLessThanOrEqual(320);
  }
});

/** The role and expanded state Chromium gives an element in its accessibility tree, as screen readers get it. */
async function exposed(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0];
  return { role: node.role?.value, name: node.name?.value, expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value };
}

test('on a phone the menu is a disclosure: keyboard opens and closes it, announced as an expandable button', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/en/about/');
  const menu = page.getByRole('navigation', { name: en['nav.label'] });
  const firstLink = menu.getByRole('link', { name: en['nav.whatIs'] });
  await expect(firstLink).toBeHidden();
  expect(await exposed(page, 'summary')).toEqual({ role: 'DisclosureTriangle', name: en['nav.menu'], expanded: false });
  await page.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(firstLink).toBeVisible();
  expect((await exposed(page, 'summary')).expanded).toBe(true);
  await page.keyboard.press('Tab');
  await expect(firstLink).toBeFocused();
  await page.locator('summary').focus();
  await page.keyboard.press('Space');
  await expect(firstLink).toBeHidden();
});

test('without JavaScript the phone menu opens, and on a wide screen it is shown open', async ({ browser }) => {
  await withoutScripts(browser, 375, async (page) => {
    await page.goto('/uk/');
    const link = page.getByRole('navigation', { name: uk['nav.label'] }).getByRole('link', { name: uk['nav.projects'] });
    await expect(link).toBeHidden();
    await page.getByText(uk['nav.menu'], { exact: true }).click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/uk\/projects\/$/);
  });
  await withoutScripts(browser, 1280, async (page) => {
    await page.goto('/uk/');
    await expect(page.getByRole('navigation', { name: uk['nav.label'] }).getByRole('link', { name: uk['nav.projects'] })).toBeVisible();
    await expect(page.getByText(uk['nav.menu'], { exact: true })).toBeHidden();
  });
});

test('the language switcher keeps the query and fragment, also after a filter changed them', async ({ page }) => {
  await page.goto('/en/about/?q=work#main');
  await page.getByRole('navigation', { name: en['lang.label'] }).getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/about\/\?q=work#main$/);
  await page.goto('/en/projects/');
  const select = page.locator('[data-pagefind-ignore] select').first();
  await select.selectOption({ index: 1 });
  await expect(page).toHaveURL(/\/en\/projects\/\?\w+=[\w-]+$/);
  const query = new URL(page.url()).search;
  await page.getByRole('navigation', { name: en['lang.label'] }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/\\${query}$`));
  await expect(page.locator('[data-pagefind-ignore] select').first()).not.toHaveValue('');
});

test('without JavaScript the language switcher links to the same route', async ({ browser }) => {
  await withoutScripts(browser, 1280, async (page) => {
    await page.goto('/en/search/?q=work');
    await expect(page.getByRole('navigation', { name: en['lang.label'] }).getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', '/search/');
  });
});

test('every page but home has a way back in its own language', async ({ page }) => {
  await page.goto('/uk/projects/safe-havens/');
  const trail = page.getByRole('navigation', { name: uk['nav.breadcrumb'] });
  await expect(trail.getByRole('link')).toHaveText([uk['nav.home'], uk['nav.projects']]);
  await trail.getByRole('link', { name: uk['nav.projects'] }).click();
  await expect(page).toHaveURL(/\/uk\/projects\/$/);
  await page.goto('/en/');
  await expect(page.getByRole('navigation', { name: en['nav.breadcrumb'] })).toHaveCount(0);
});

// The audit (audit-browser.spec.ts) runs axe on every page as loaded at 1280 px, and at 375 px on its sample; the
// open menu is a state it never sees.
const sampled = new Set(onePerTypeAndLocale(pages).map((s) => s.page.path));
for (const path of ['/', '/en/projects/safe-havens/', '/uk/visiting-safely/']) {
  test(`axe at 375 px with the menu open${sampled.has(path) ? '' : ' and closed'}: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    if (!sampled.has(path)) await expectNoAxeViolations(page);
    await page.locator('summary').click();
    await expectNoAxeViolations(page);
  });
}
