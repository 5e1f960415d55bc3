import { headingProblems } from '../audit/site-audit';
import { expect, locales, prefix, test } from './fixtures';
import { pages } from './site';

/** One page of each public page type; the slugs exist in every locale. */
const pageTypes = {
  home: '/',
  'projects overview': '/projects/',
  'project filter page': '/projects/status/active/',
  'project page': '/projects/safe-havens/',
  'organisations overview': '/organisations/',
  'organisation page': '/organisations/leger-des-heils/',
  'news overview': '/news/',
  'news page': '/news/european-approach-launch-2013/',
  sitemap: '/sitemap/',
};

const built = new Map(pages.map((p) => [p.path, p]));

// Read from the build in Node: the browser audit (audit-browser.spec.ts) loads every page, expects a 200 and runs
// axe on it at 1280 px, and on one page of each type and locale at 375 px.
for (const locale of locales) {
  test(`every public page type is built in ${locale}, with lang="${locale}" and one h1`, () => {
    for (const [type, route] of Object.entries(pageTypes)) {
      const page = built.get(`${prefix(locale)}${route}`);
      expect(page, `${type}: ${prefix(locale)}${route}`).toBeDefined();
      expect(page!.doc.querySelector('html')?.getAttribute('lang'), type).toBe(locale);
      expect(headingProblems(page!), type).toEqual([]);
    }
  });

  // The 404 page itself passes axe in the audit, which loads /404.html, /en/404.html and /uk/404.html.
  test(`the 404 page in ${locale} answers unknown addresses and is noindex`, async ({ page }) => {
    const response = await page.goto(`${prefix(locale)}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator(`main a[href="${prefix(locale)}/projects/"]`)).toHaveCount(1);
    const file = await page.request.get(`${prefix(locale)}/404.html`);
    expect(file.status()).toBe(200);
  });

  test(`key figures on the ${locale} home page show their source and its date, or that it is undated`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/`);
    const sourcesPage = await (await page.request.get(`${prefix(locale)}/sources/`)).text();
    const figures = page.locator('[data-figure]');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    for (const figure of await figures.all()) {
      const source = figure.locator(`a[href^="${prefix(locale)}/sources/#"]`);
      await expect(source).toHaveCount(1);
      const text = (await figure.textContent()) ?? '';
      const undated = { nl: 'ongedateerd', en: 'undated', uk: 'без дати' }[locale];
      // The Red Cross page is undated: its figures say so and never show 2022 as their date.
      expect(/(19|20)\d\d/.test(text) || text.includes(undated), text).toBe(true);
      if ((await source.textContent())!.includes('Rode Kruis')) await expect(figure).toContainText(undated);
      const anchor = (await source.getAttribute('href'))!.split('#')[1];
      expect(sourcesPage, `#${anchor} is on the sources page`).toContain(`id="${anchor}"`);
    }
  });

  // In Node, from the built pages. Today two sources are cited often enough to have pages of their own.
  test(`the ${locale} pages of a source have a readable address, and no two entries of a list on them read the same`, () => {
    const root = `${prefix(locale)}/sources/`;
    const sourcePages = pages.filter((p) => p.path.startsWith(root));
    expect(sourcePages.length, 'the sources page and pages of a source').toBeGreaterThan(1);
    for (const page of sourcePages) {
      expect(page.path.slice(root.length), page.path).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*\/(\d+\/)?)?$/);
      for (const list of page.doc.querySelectorAll('main ul')) {
        const entries = list.querySelectorAll(':scope > li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
        expect(entries.filter((entry, i) => entries.indexOf(entry) !== i), page.path).toEqual([]);
      }
    }
  });

  // In Node, from the built pages: one page load per project would make this test grow with the site.
  test(`every organisation linked from a ${locale} project page has a page`, () => {
    const overview = built.get(`${prefix(locale)}/projects/`)!;
    const projects = overview.doc.querySelectorAll('[data-project-list] h3 a').map((a) => a.getAttribute('href')!);
    expect(projects.length).toBeGreaterThan(0);
    const organisations = new Set<string>();
    for (const project of projects) {
      const page = built.get(project);
      expect(page, `${project} is a built page`).toBeDefined();
      const hrefs = page!.doc.querySelectorAll('main a[href*="/organisations/"]').map((a) => a.getAttribute('href')!);
      expect(hrefs.length, `${project} links its implementer`).toBeGreaterThan(0);
      hrefs.forEach((href) => organisations.add(href));
    }
    for (const href of organisations) {
      const page = built.get(href);
      expect(page, `${href} is a built page`).toBeDefined();
      expect(page!.html).toContain('<h1');
    }
  });

  test(`the ${locale} map links each highlighted country to its filter page`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/projects/`);
    const countries = page.locator('svg a');
    expect(await countries.count()).toBeGreaterThan(0);
    for (const country of await countries.all()) {
      await expect(country).toHaveAttribute('aria-label', /\S/);
      const href = (await country.getAttribute('href'))!;
      expect(href).toMatch(/\/projects\/country\/[a-z]{2}\/$/);
      expect((await page.request.get(href)).status()).toBe(200);
    }
  });
}

test('with JavaScript the overview filters its cards in place and keeps the choice in the address', async ({ page }) => {
  await page.goto('/projects/');
  const cards = page.locator('[data-project-list] > li:visible');
  const total = await cards.count();
  await expect(page.locator('[data-filter-links]')).toBeHidden();
  const country = page.locator('#select-country');
  await expect(country).toBeVisible();

  const code = await country.locator('option').nth(1).getAttribute('value');
  await country.selectOption(code!);
  await expect(page).toHaveURL(new RegExp(`\\?country=${code}$`));
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'Projecten gevonden' })).toHaveText(`Projecten gevonden: ${shown}`);

  // The same choice as a static page lists the same number of projects.
  const staticPage = await page.request.get(`/projects/country/${code}/`);
  expect((await staticPage.text()).match(/data-country=/g)?.length).toBe(shown);

  // Two choices narrow further; a choice nobody has shows the message; reset shows all.
  for (const status of await page.locator('#select-status option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean))) {
    await page.locator('#select-status').selectOption(status);
    const count = await cards.count();
    expect(count).toBeLessThanOrEqual(shown);
    await expect(page.locator('[data-filter-none]')).toBeVisible({ visible: count === 0 });
  }
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(cards).toHaveCount(total);
  await expect(page).toHaveURL(/\/projects\/$/);
});

test('with JavaScript a filter in the address is applied on load', async ({ page }) => {
  await page.goto('/en/projects/?theme=reintegration');
  await expect(page.locator('#select-theme')).toHaveValue('reintegration');
  const shown = await page.locator('[data-project-list] > li:visible').count();
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('[data-project-list] > li:visible[data-theme="reintegration"]')).toHaveCount(shown);
});

test('without JavaScript the filter links lead to static filter pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route((url) => url.hostname !== 'localhost', (route) => route.abort());
  await page.goto('/uk/projects/');
  await expect(page.locator('[data-filter-form]')).toBeHidden();
  const filters = page.locator('[data-filter-links]');
  await expect(filters.getByRole('link', { name: 'Усі проєкти' })).toHaveAttribute('aria-current', 'page');
  const total = await page.locator('[data-project-list] > li').count();

  for (const facet of ['country', 'status', 'theme']) {
    const link = filters.locator(`a[href*="/projects/${facet}/"]`).first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/uk/projects/${facet}/[a-z0-9-]+/$`));
    await expect(page.locator('h1')).toContainText(name);
    await expect(page.locator('[data-filter-links] [aria-current="page"]')).toHaveText(name);
    const value = page.url().split('/').at(-2)!;
    const cards = page.locator('[data-project-list] > li');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(total);
    for (const card of await cards.all()) expect((await card.getAttribute(`data-${facet}`))!.split(' ')).toContain(value);
    await expect(page.getByText(`Знайдено проєктів: ${count}`)).toBeVisible();
  }
  await page.locator('[data-filter-links]').getByRole('link', { name: 'Усі проєкти' }).click();
  await expect(page).toHaveURL(/\/uk\/projects\/$/);
  await context.close();
});
