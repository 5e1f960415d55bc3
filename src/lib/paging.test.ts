import { describe, expect, it } from 'vitest';
import { listPages, listPaths, onPage, pageCount, pageLinks, pageRoute, pageSizes, routePages } from './paging';

const items = (count: number) => Array.from({ length: count }, (_, i) => `item ${i + 1}`);

describe('pageCount', () => {
  it('rounds up, and gives an empty list its one page', () => {
    expect([pageCount(0, 12), pageCount(1, 12), pageCount(12, 12), pageCount(13, 12), pageCount(250, 12)]).toEqual([1, 1, 1, 2, 21]);
  });

  it('refuses a page size that would never end or split an item', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageCount(5, 2.5)).toThrow(RangeError);
  });
});

describe('pageRoute', () => {
  it('keeps page 1 at the list’s own route and puts later pages below it', () => {
    expect([pageRoute('/projects/', 1), pageRoute('/projects/', 2), pageRoute('/projects/country/nl/', 3), pageRoute('/news', 2)]).toEqual([
      '/projects/',
      '/projects/2/',
      '/projects/country/nl/3/',
      '/news/2/',
    ]);
  });
});

describe('listPages', () => {
  it('puts every one of 250 items on exactly one page, in order, no page over the size', () => {
    const all = items(250);
    const pages = listPages(all, '/projects/', 12);
    expect(pages).toHaveLength(21);
    expect(pages.every((p) => p.items.length > 0 && p.items.length <= 12)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(all);
    expect(new Set(pages.flatMap((p) => p.items)).size).toBe(250);
    expect(pages.map((p) => p.route)).toEqual(['/projects/', ...Array.from({ length: 20 }, (_, i) => `/projects/${i + 2}/`)]);
    expect(pages.every((p) => p.count === 21 && p.total === 250 && p.base === '/projects/')).toBe(true);
    expect(pages.at(-1)?.items).toEqual(all.slice(240));
  });

  it('gives a short list and an empty one a single page at the list’s route', () => {
    expect(listPages(items(5), '/projects/', 12).map((p) => [p.route, p.items.length, p.count])).toEqual([['/projects/', 5, 1]]);
    expect(listPages([], '/news/', 24).map((p) => [p.route, p.items.length, p.total])).toEqual([['/news/', 0, 0]]);
  });
});

describe('pageSizes', () => {
  it('fits today’s content on one page: 5 projects, 4 lessons, 1 news item per locale', () => {
    expect([pageCount(5, pageSizes.projects), pageCount(4, pageSizes.lessons), pageCount(1, pageSizes.news)]).toEqual([1, 1, 1]);
  });
});

describe('routePages', () => {
  it('gives page 1 to the list’s own route file and the later pages, with their number, to the other', () => {
    const pages = listPages(items(30), '/news/', 12);
    expect(routePages(pages, true).map(({ params, page }) => [params, page.number])).toEqual([[{}, 1]]);
    expect(routePages(pages, false).map(({ params, page }) => [params, page.route])).toEqual([
      [{ page: '2' }, '/news/2/'],
      [{ page: '3' }, '/news/3/'],
    ]);
  });
});

describe('listPaths', () => {
  it('builds every page of every list in every locale once, between the two route files', async () => {
    const lists = async () => [
      { base: '/projects/country/nl/', items: items(25), params: { facet: 'country', value: 'nl' }, props: { value: 'nl' } },
      { base: '/projects/country/se/', items: items(3), params: { facet: 'country', value: 'se' }, props: { value: 'se' } },
    ];
    const first = await listPaths(true, 12, lists);
    const later = await listPaths(false, 12, lists);
    expect(first.map((p) => [p.params.locale, p.params.value, p.params.page])).toEqual([
      [undefined, 'nl', undefined],
      [undefined, 'se', undefined],
      ['en', 'nl', undefined],
      ['en', 'se', undefined],
      ['uk', 'nl', undefined],
      ['uk', 'se', undefined],
    ]);
    expect(later.map((p) => [p.params.locale, p.props.page.route])).toEqual([
      [undefined, '/projects/country/nl/2/'],
      [undefined, '/projects/country/nl/3/'],
      ['en', '/projects/country/nl/2/'],
      ['en', '/projects/country/nl/3/'],
      ['uk', '/projects/country/nl/2/'],
      ['uk', '/projects/country/nl/3/'],
    ]);
    expect(later.every((p) => p.props.locale === (p.params.locale ?? 'nl') && p.props.value === 'nl')).toBe(true);
  });
});

describe('pageLinks', () => {
  it('links every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps first, last and the neighbours of the current page of a long one: at most seven entries however long it is', () => {
    expect(pageLinks(1, 21)).toEqual([1, 2, 'gap', 21]);
    expect(pageLinks(4, 21)).toEqual([1, 2, 3, 4, 5, 'gap', 21]);
    expect(pageLinks(10, 21)).toEqual([1, 'gap', 9, 10, 11, 'gap', 21]);
    expect(pageLinks(21, 21)).toEqual([1, 'gap', 20, 21]);
    expect(Math.max(...Array.from({ length: 500 }, (_, i) => pageLinks(i + 1, 500).length))).toBe(7);
  });

  it('shows a single left-out number instead of a gap', () => {
    expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageLinks(5, 7)).toEqual([1, 'gap', 4, 5, 6, 7]);
  });
});

describe('onPage', () => {
  it('leaves page 1 as it is and numbers a later page', () => {
    expect(onPage('Projecten', '{text}, pagina {page} van {pages}', { number: 1, count: 3 })).toBe('Projecten');
    expect(onPage('Projecten', '{text}, pagina {page} van {pages}', { number: 2, count: 3 })).toBe('Projecten, pagina 2 van 3');
  });
});
