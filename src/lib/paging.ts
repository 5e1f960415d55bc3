import { locales, type Locale } from './locales.ts';
import { localeParam } from './routes.ts';
import { fill } from './placeholders.ts';

/**
 * Paging of the lists that grow with the site (projects, lessons, news and their filter pages), so every page of
 * a list stays within the first-render budget (14,336 B gzip of HTML and inline CSS) however large the site
 * grows. Page 1 keeps the list's own address (`/projects/`); page n lives below it (`/projects/2/`,
 * `/projects/country/nl/2/`). The same route in every locale, so hreflang and the language switcher land on
 * the same page number.
 */

/**
 * Items per page, per list: the one place to change them. Each keeps a full page within 14,336 B (gzip HTML
 * with its inline CSS) in the heaviest locale, uk, counted on the site's own distinct texts, which compress
 * far worse than the synthetic copies of the scale benchmark. Measured on the 2026-12-01 build: the page
 * without its items (+ about 200 B of paging navigation), and one more item, in uk:
 *   projects, the overview with its map (its filters are links once it is paged): 11,771 B + 6 cards of ≤ 344 B = 14.0 kB;
 *   projectFilters: 9,876 B + 10 cards = 13.5 kB;
 *   lessons, the teacher index and its filter pages: 10,857 B + 10 cards of ≤ 245 B = 13.5 kB;
 *   news: 9,180 B + 12 items of ≤ 306 B = 13.1 kB;
 *   citations (what cites one source), selfChecks (the pupils' quizzes), namingLinks (what names an organisation,
 *   per group): 100 short links, as a part of the human sitemap.
 * `…On…Page`: how many of those the sources page (per source), the students index and an organisation page (per
 * group) show before they link to the list's own pages, so those pages grow with the sources, student pages and
 * organisations, not with what cites or names them.
 * Today's content (5 projects, 4 lessons, 1 news item per locale) fits on one page, so no list shows a paging
 * navigation yet (two sources, cited 18 and 31 times, already have a page of their own).
 */
export const pageSizes = {
  projects: 6,
  projectFilters: 10,
  lessons: 10,
  news: 12,
  citations: 100,
  citationsOnSourcesPage: 10,
  selfChecks: 100,
  selfChecksOnStudentsPage: 10,
  namingLinks: 100,
  namingLinksOnOrganisationPage: 10,
} as const;

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** How many items the whole list has. */
  total: number;
  items: T[];
  route: string;
  /** The route of page 1, the list's own. */
  base: string;
}

/** How many pages `total` items take, at least one (an empty list still has its page). */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive whole number, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The route of page `number` of the list at `base`: page 1 is the base itself, `/projects/` → `/projects/2/`. */
export function pageRoute(base: string, number: number): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return number === 1 ? root : `${root}${number}/`;
}

/** Every page of a list, in order; each item is on exactly one page. */
export function listPages<T>(items: readonly T[], base: string, size: number): ListPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    total: items.length,
    items: items.slice(i * size, (i + 1) * size),
    route: pageRoute(base, i + 1),
    base: pageRoute(base, 1),
  }));
}

/**
 * The pages one route file builds: page 1 (`first`) lives at the list's own route file (`projects/index.astro`),
 * the later ones at a file with a `page` parameter (`projects/[page].astro`).
 */
export function routePages<T>(pages: ListPage<T>[], first: boolean): { params: { page?: string }; page: ListPage<T> }[] {
  return pages.filter((p) => (p.number === 1) === first).map((page) => ({ params: first ? {} : { page: String(page.number) }, page }));
}

/** A list to page in one locale: its route, its items in order, and what its route file needs besides. */
export interface PagedListSource<T, Props> {
  base: string;
  items: T[];
  /** Route parameters other than the locale and the page, e.g. `{ facet, value }`. */
  params?: Record<string, string>;
  props: Props;
}

/** `getStaticPaths` entries for page 1 (`first`) or the later pages of lists, in every locale. */
export async function listPaths<T, Props extends object>(
  first: boolean,
  size: number,
  lists: (locale: Locale) => Promise<PagedListSource<T, Props>[]>,
) {
  const paths: { params: Record<string, string | undefined>; props: Props & { locale: Locale; page: ListPage<T> } }[] = [];
  for (const locale of locales) {
    for (const list of await lists(locale)) {
      for (const { params, page } of routePages(listPages(list.items, list.base, size), first)) {
        paths.push({ params: { locale: localeParam(locale), ...list.params, ...params }, props: { ...list.props, locale, page } });
      }
    }
  }
  return paths;
}

/** A list's title or description as its page shows it: page 1 as it is, a later page with its number. */
export function onPage(text: string, template: string, page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
  return page.number === 1 ? text : fill(template, { text, page: page.number, pages: page.count });
}

/**
 * The page numbers a page links to: all of them when there are few, otherwise the first, the last and the
 * current one with its neighbours, with `'gap'` where numbers are left out. The navigation then stays the same
 * size however long the list grows.
 */
export function pageLinks(current: number, count: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const links: (number | 'gap')[] = [];
  for (const n of shown) {
    const previous = links.at(-1);
    // A single left-out number is shown rather than a gap: the gap would take its place anyway.
    if (typeof previous === 'number' && n - previous === 2) links.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) links.push('gap');
    links.push(n);
  }
  return links;
}
