import { getCollection } from 'astro:content';
import { useTranslations, type UIKey } from '../i18n/ui';
import { compareText } from './format';
import { localeOfId, locales, slugOfId, type Locale } from './locales';
import { newestFirst } from './news-order';
import { pageCount, pageSizes } from './paging';
import { availableFilters, filterRoute, matches, projectTokens } from './project-filters';
import { filterValueLabel } from './project-labels';
import { localeParam } from './routes';
import { listPageLinks, sitemapGroups, type SitemapEntry, type SitemapGroup } from './sitemap-groups';
import { sitemapParts } from './sitemap-pages';

/** Every page of one locale, grouped for the human sitemap: its main page and its parts read the same list. */
export async function sitemapContent(locale: Locale, t: (key: UIKey) => string): Promise<SitemapGroup[]> {
  const compare = compareText(locale);
  const entries = (items: { id: string; data: { title: string } }[]): SitemapEntry[] => items.map((e) => ({ slug: slugOfId(e.id), title: e.data.title }));
  const byTitle = (items: SitemapEntry[]) => [...items].sort((a, b) => compare(a.title, b.title));
  const inLocale = (e: { id: string }) => localeOfId(e.id) === locale;

  const projects = await getCollection('projects', inLocale);
  // Each filter page with its later pages right after it (src/lib/paging.ts).
  const projectFilters = availableFilters(projects.map((p) => p.data)).flatMap(({ facet, values }) =>
    values
      .map((value) => ({
        title: t('projects.filtered').replace('{value}', filterValueLabel(facet, value, locale, t)),
        pages: pageCount(projects.filter((p) => matches(projectTokens(p.data), { [facet]: value })).length, pageSizes.projectFilters),
        route: filterRoute(facet, value),
      }))
      .sort((a, b) => compare(a.title, b.title))
      .flatMap((filter) => listPageLinks(filter.route, filter.title, filter.pages, t('paging.title'))),
  );
  const news = await getCollection('news', inLocale);
  const lessons = await getCollection('lessons', inLocale);
  return sitemapGroups(
    {
      pages: byTitle(entries(await getCollection('pages', inLocale))),
      projects: byTitle(entries(projects)),
      projectFilters,
      organisations: byTitle((await getCollection('organisations')).map((o) => ({ slug: o.id, title: o.data.name }))),
      news: entries(newestFirst(news)),
      lessons: byTitle(entries(lessons)),
      students: entries((await getCollection('students', inLocale)).sort((a, b) => a.data.order - b.data.order)),
      toolkits: byTitle(entries(await getCollection('toolkits', inLocale))),
      signals: byTitle(entries(await getCollection('signals', inLocale))),
      overviewPages: {
        projects: pageCount(projects.length, pageSizes.projects),
        news: pageCount(news.length, pageSizes.news),
        lessons: pageCount(lessons.length, pageSizes.lessons),
      },
    },
    t,
  );
}

/**
 * `getStaticPaths` entries for the parts of long sitemap groups in every locale (src/lib/sitemap-pages.ts):
 * part 1 lives at `/sitemap/<group>/`, so its route has no part number (`first`), the others do.
 */
export async function sitemapPartPaths(first: boolean) {
  const paths = [];
  for (const locale of locales) {
    for (const group of await sitemapContent(locale, useTranslations(locale))) {
      for (const part of sitemapParts(group).filter((p) => (p.part === 1) === first)) {
        paths.push({ params: { locale: localeParam(locale), group: group.key, ...(first ? {} : { part: String(part.part) }) }, props: { locale, part } });
      }
    }
  }
  return paths;
}
