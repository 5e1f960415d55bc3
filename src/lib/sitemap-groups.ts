import type { UIKey } from '../i18n/ui';
import { entryRoute, sectionRoute } from './entry-routes';
import { onPage, pageRoute } from './paging';

/**
 * The human-readable sitemap: every page of one locale, grouped by section. Each section starts with its
 * overview page, followed by its entries in the order given.
 */
export interface SitemapLink {
  route: string;
  title: string;
}

export interface SitemapGroup {
  /** The group's part of the route of its own sitemap pages, when it is too long for the main one. */
  key: string;
  heading: UIKey;
  links: SitemapLink[];
}

/** An entry of a collection, as the sitemap needs it: its slug (id without locale) and title. */
export interface SitemapEntry {
  slug: string;
  title: string;
}

export interface SitemapInput {
  pages: SitemapEntry[];
  projects: SitemapEntry[];
  projectFilters: SitemapLink[];
  organisations: SitemapEntry[];
  news: SitemapEntry[];
  lessons: SitemapEntry[];
  students: SitemapEntry[];
  toolkits: SitemapEntry[];
  signals: SitemapEntry[];
  /** How many pages each paged overview has (src/lib/paging.ts); its later pages follow the overview. */
  overviewPages: Record<'projects' | 'news' | 'lessons', number>;
}

/** Page 1 of a list and its later pages, each titled with its number: `Overzicht`, `Overzicht, pagina 2 van 3`. */
export function listPageLinks(base: string, title: string, count: number, pageTitle: string): SitemapLink[] {
  return Array.from({ length: count }, (_, i) => ({ route: pageRoute(base, i + 1), title: onPage(title, pageTitle, { number: i + 1, count }) }));
}

export function sitemapGroups(input: SitemapInput, t: (key: UIKey) => string): SitemapGroup[] {
  const overview = (route: string): SitemapLink => ({ route, title: t('sitemap.overview') });
  const overviews = (collection: 'projects' | 'news' | 'lessons' | 'students' | 'toolkits' | 'signals'): SitemapLink[] =>
    collection === 'projects' || collection === 'news' || collection === 'lessons'
      ? listPageLinks(sectionRoute(collection), t('sitemap.overview'), input.overviewPages[collection], t('paging.title'))
      : [overview(sectionRoute(collection))];
  const section = (collection: 'projects' | 'news' | 'lessons' | 'students' | 'toolkits' | 'signals', entries: SitemapEntry[]) => [
    ...overviews(collection),
    ...entries.map((e) => ({ route: entryRoute(collection, e.slug), title: e.title })),
  ];
  const groups: SitemapGroup[] = [
    {
      key: 'general',
      heading: 'sitemap.general',
      links: [
        { route: '/', title: t('nav.home') },
        { route: '/help/', title: t('help.page.title') },
        ...input.pages.map((p) => ({ route: entryRoute('pages', p.slug), title: p.title })),
        { route: '/sources/', title: t('footer.sources') },
        { route: '/search/', title: t('nav.search') },
      ],
    },
    { key: 'projects', heading: 'nav.projects', links: section('projects', input.projects) },
    { key: 'project-filters', heading: 'sitemap.filters', links: input.projectFilters },
    {
      key: 'organisations',
      heading: 'organisations.title',
      links: [overview('/organisations/'), ...input.organisations.map((o) => ({ route: `/organisations/${o.slug}/`, title: o.title }))],
    },
    { key: 'news', heading: 'news.title', links: section('news', input.news) },
    { key: 'teachers', heading: 'nav.teachers', links: section('lessons', input.lessons) },
    { key: 'students', heading: 'nav.students', links: section('students', input.students) },
    { key: 'toolkits', heading: 'nav.toolkits', links: section('toolkits', input.toolkits) },
    { key: 'signals', heading: 'nav.signals', links: section('signals', input.signals) },
  ];
  return groups.filter((g) => g.links.length > 0);
}
