import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n/ui';
import { expect, expectNoAxeViolations, locales, prefix, test } from './fixtures';
import { distDir } from './site';

/** A word that occurs in each language's content and nowhere else. */
const words = { nl: 'uitbuiting', en: 'exploitation', uk: 'експлуатація' } as const;
const nothing = 'qqxzvjkw';
/** The build under test; OUT_DIR moves it, as it does for `npm run build`. */
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : distDir;

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');
const resultLinks = (page: Page) => page.locator('[data-search-results] > li h3 a');
const countIn = (text: string | null) => Number((text ?? '').replace(/[\s.,]/g, '').match(/\d+/)?.[0] ?? 0);

/** Opens the search page for a query and waits for its answer (the status first says that search is loading). */
async function searchFor(page: Page, locale: (typeof locales)[number], query: string) {
  await page.goto(`${prefix(locale)}/search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).not.toBeEmpty();
  await expect(status(page)).not.toHaveText(useTranslations(locale)('search.loading'));
}

/** The locale a result URL belongs to, from its prefix. */
const localeOfUrl = (url: string) => (/^\/(en|uk)\//.exec(url)?.[1] ?? 'nl') as (typeof locales)[number];

async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab did not reach ${target}`);
}

const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
  });

for (const locale of locales) {
  const t = useTranslations(locale);

  test(`${locale}: a word of this language finds pages of this language only, with the word marked`, async ({ page }) => {
    await searchFor(page, locale, words[locale]);
    await expect(page.getByRole('searchbox', { name: t('search.label') })).toHaveValue(words[locale]);
    await expect(status(page)).toContainText(words[locale]);
    expect(countIn(await status(page).textContent())).toBeGreaterThan(0);
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    await expect(results(page).first().locator('h3 a')).not.toBeEmpty();
    for (const href of await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(localeOfUrl(href), href).toBe(locale);
    }
  });

  test(`${locale}: ?q= fills the field and searches; typing updates the address without a history entry`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/`);
    await page.goto(`${prefix(locale)}/search/?q=${encodeURIComponent(words[locale])}`);
    await expect(results(page).first()).toBeVisible();
    const field = page.getByRole('searchbox', { name: t('search.label') });
    await field.fill('');
    await field.pressSequentially(words[locale].slice(0, 5), { delay: 20 });
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(words[locale].slice(0, 5))}$`, 'i'));
    await expect(status(page)).toContainText(words[locale].slice(0, 5));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`localhost:\\d+${prefix(locale)}/$`));
  });

  test(`${locale}: no results offers the section overviews and the sitemap`, async ({ page }) => {
    await searchFor(page, locale, nothing);
    await expect(status(page)).toHaveText(new RegExp(`^${t('search.noResults')}`));
    await expect(results(page)).toHaveCount(0);
    const wayOn = page.getByRole('group', { name: t('search.browse') });
    await expect(wayOn).toBeVisible();
    for (const route of ['/projects/', '/teachers/', '/students/', '/toolkits/', '/signals/', '/what-is-trafficking/', '/sitemap/']) {
      await expect(wayOn.locator(`a[href="${prefix(locale)}${route}"]`)).toBeVisible();
    }
  });

  test(`${locale}: axe passes with results and filters shown`, async ({ page }) => {
    await searchFor(page, locale, words[locale]);
    await expect(results(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`${locale}: without JavaScript the page says search needs it and links on`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${prefix(locale)}/search/?q=${encodeURIComponent(words[locale])}`);
    await expect(page.getByText(t('search.noJs'))).toBeVisible();
    await expect(page.getByRole('searchbox', { name: t('search.label') })).toBeHidden();
    const wayOn = page.getByRole('group', { name: t('search.browse') });
    await expect(wayOn.locator(`a[href="${prefix(locale)}/projects/"]`)).toBeVisible();
    await expect(wayOn.locator(`a[href="${prefix(locale)}/sitemap/"]`)).toBeVisible();
    await context.close();
  });
}

test('a filter narrows the results to pages of that kind, and is kept in the address', async ({ page }) => {
  await searchFor(page, 'nl', words.nl);
  const total = countIn(await status(page).textContent());
  const boxes = page.getByRole('group', { name: 'Soort' }).getByRole('checkbox');
  const labels = await boxes.evaluateAll((inputs) => inputs.map((input) => input.closest('label')?.textContent ?? ''));
  const index = labels.findIndex((label) => countIn(label) > 0 && countIn(label) < total);
  expect(index, `a type with fewer than ${total} results among ${labels.join(', ')}`).toBeGreaterThanOrEqual(0);
  const box = boxes.nth(index);
  const value = await box.getAttribute('value');
  const expected = countIn(labels[index]);
  await box.check();
  await expect(status(page)).toHaveText(`${expected} ${expected === 1 ? 'resultaat' : 'resultaten'} voor „${words.nl}”`);
  await expect(page).toHaveURL(new RegExp(`type=${encodeURIComponent(value ?? '')}`));
  await expect(page.locator('[data-search-chosen]')).toHaveText('1 gekozen');
  for (const badge of await results(page).locator('p.mt-2 > span').allTextContents()) expect(badge).toBe(value);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${value}`) })).toBeChecked();
  await expect(status(page)).toHaveText(new RegExp(`^${expected} `));
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(status(page)).toHaveText(new RegExp(`^${total} `));
});

test('filters alone, without words, list the pages of that kind', async ({ page }) => {
  await page.goto('/en/search/?type=Project');
  await expect(page.getByRole('checkbox', { name: /^Project/ })).toBeChecked();
  await expect(results(page).first()).toBeVisible();
  for (const href of await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/en\/projects\//);
  }
});

test('search works with the keyboard alone, with visible focus', async ({ page }) => {
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'Zoekwoorden' });
  await tabTo(page, field);
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.type(words.nl);
  await page.keyboard.press('Enter');
  await expect(results(page).first()).toBeVisible();

  const toggle = page.getByRole('button', { name: /^Filteren/ });
  await tabTo(page, toggle);
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const first = page.getByRole('group', { name: 'Soort' }).getByRole('checkbox').first();
  await expect(first).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(page).toHaveURL(/type=/);
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();

  const link = resultLinks(page).first();
  const href = await link.getAttribute('href');
  await tabTo(page, link);
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('“show more” adds the next results and moves focus to the first of them', async ({ page }) => {
  await searchFor(page, 'nl', 'mensenhandel');
  const total = countIn(await status(page).textContent());
  test.skip(total <= 10, 'needs more than one page of results');
  await expect(results(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Meer resultaten tonen' }).click();
  await expect(results(page)).toHaveCount(Math.min(total, 20));
  await expect(results(page).nth(10).locator('h3 a')).toBeFocused();
});

test('on a narrow screen the filters start folded and the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await searchFor(page, 'uk', words.uk);
  await expect(page.getByRole('button', { name: /^Фільтри/ })).toHaveAttribute('aria-expanded', 'false');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: /^Фільтри/ }).click();
  await expect(page.getByRole('group', { name: 'Тип' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the header search field leads to the search page of its language', async ({ page }) => {
  await page.goto('/uk/about/');
  const header = page.locator('header');
  await header.getByRole('searchbox').fill(words.uk);
  await header.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/uk/search/\\?q=${encodeURIComponent(words.uk)}$`, 'i'));
  await expect(results(page).first()).toBeVisible();
});

test('pages that do not search load no search code until the header field is focused, then fetch ahead', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/en/about/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((path) => /pagefind|SearchPage/i.test(path))).toEqual([]);
  await page.locator('header').getByRole('searchbox').focus();
  await expect
    .poll(() => loaded.filter((path) => path.startsWith('/pagefind/')).sort())
    .toEqual(['/pagefind/pagefind.js', '/pagefind/results.en.json', '/pagefind/wasm.en.pagefind']);
});

for (const locale of locales) {
  test(`${locale}: with ?q= the form works before the index has loaded, and results follow without a key press`, async ({ page }) => {
    const t = useTranslations(locale);
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/pagefind/wasm.*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${prefix(locale)}/search/?q=${encodeURIComponent(words[locale])}`);
    const field = page.getByRole('searchbox', { name: t('search.label') });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(words[locale]);
    await expect(status(page)).toHaveText(t('search.loading'));
    await expect(results(page)).toHaveCount(0);
    release();
    await expect(results(page).first()).toBeVisible();
    await expect(status(page)).toContainText(words[locale]);
  });

  test(`${locale}: the search page fetches each file once: its preloads are the requests Pagefind makes, all on this host`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${prefix(locale)}/search/?q=${encodeURIComponent(words[locale])}`);
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const preloads = await page.locator('link[data-search-preload]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(preloads.length).toBeGreaterThan(5);
    for (const href of preloads) expect(requested.filter((url) => url === href), href).toHaveLength(1);
    expect(requested.filter((url) => new URL(url).hostname !== 'localhost')).toEqual([]);
    const twice = requested.filter((url, i) => requested.indexOf(url) !== i);
    expect(twice, 'requested more than once').toEqual([]);
  });
}

/** Every record of the built index, read from dist/pagefind like Pagefind's own script does. */
function indexRecords() {
  const dir = join(dist, 'pagefind');
  const decode = (file: string) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', file))).toString('utf8').replace(/^pagefind_dcd/, ''));
  const records: { language: string; url: string; content: string; filters: Record<string, string[]> }[] = [];
  for (const file of readdirSync(join(dir, 'fragment'))) {
    const data = decode(file);
    // One page per file, or a group of pages keyed by their hash when a language has very many pages.
    const pages: [string, { url: string; content: string; filters: Record<string, string[]> }][] =
      'url' in data ? [[file.replace(/\.pf_fragment$/, ''), data]] : Object.entries(data);
    for (const [hash, page] of pages) records.push({ language: hash.split('_')[0], ...page });
  }
  return records;
}

test('the index has one language per locale, and each page only in its own language with a type', () => {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  expect(Object.keys(entry.languages).sort()).toEqual([...locales].sort());
  const records = indexRecords();
  for (const locale of locales) {
    const own = records.filter((r) => r.language === locale);
    expect(own.length, `pages indexed for ${locale}`).toBe(entry.languages[locale].page_count);
    expect(own.length).toBeGreaterThan(0);
  }
  const wrong = records.filter((r) => localeOfUrl(r.url) !== r.language).map((r) => `${r.url} in ${r.language}`);
  expect(wrong, 'pages in another language’s index').toEqual([]);
  const untyped = records.filter((r) => !r.filters.type?.length).map((r) => r.url);
  expect(untyped, 'indexed pages without a type filter (render <SearchMeta> inside data-pagefind-body)').toEqual([]);
  const utility = records.filter((r) => /\/(404|search)\/?$/.test(r.url)).map((r) => r.url);
  expect(utility, 'error and search pages must not be indexed').toEqual([]);
});

test('only page content is indexed: no layout text, no visually hidden helper text', () => {
  const records = indexRecords();
  for (const locale of locales) {
    const t = useTranslations(locale);
    const layout = [t('quickExit.skip'), t('skip.toContent'), t('footer.licence'), t('quickExit.hint')];
    const leaks = records
      .filter((r) => r.language === locale)
      .flatMap((r) => layout.filter((text) => r.content.includes(text)).map((text) => `${r.url}: “${text}”`));
    expect(leaks).toEqual([]);
  }
  const notFound = ['404.html', 'en/404.html', 'uk/404.html'].map((file) => join(dist, file)).filter(existsSync);
  for (const file of notFound) expect(readFileSync(file, 'utf8'), file).not.toContain('data-pagefind-body');
});
