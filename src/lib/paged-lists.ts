import { getCollection, type CollectionEntry } from 'astro:content';
import { useTranslations, type UIKey } from '../i18n/ui';
import { checkSourceSlugs, citationsOf, sourceAnchor, sourceSlug, type Citing } from './citations';
import { figureParts } from './fact-display';
import { compareText } from './format';
import { availableFilters as lessonFilters, filterRoute as lessonFilterRoute, lessonTokens, sortLessons } from './lesson-filters';
import { matchesSelection } from './lesson-selection';
import { localeOfId, slugOfId, type Locale } from './locales';
import { newestFirst } from './news-order';
import { entriesNaming, type OrganisationField } from './organisation-relations';
import { entryRoute } from './entry-routes';
import { listPaths, pageSizes, type PagedListSource } from './paging';
import { availableFilters as projectFilterValues, filterRoute as projectFilterRoute, matches, projectTokens, type Facet as ProjectFacet } from './project-filters';
import { filterValueLabel } from './project-labels';
import type { Facet as LessonFacet } from './lesson-selection';

/**
 * The lists that are paged (src/lib/paging.ts), each read once here in the order its pages show it, so page 1
 * and the later pages of a list (two route files) agree on what is on which page. `first` chooses page 1 or
 * the later pages, as `routePages` does.
 */

/** The projects of a locale by title, and the filter values they have, by label. */
export async function projectsOverview(locale: Locale) {
  const t = useTranslations(locale);
  const compare = compareText(locale);
  const projects = (await getCollection('projects', (p) => localeOfId(p.id) === locale)).sort((a, b) => compare(a.data.title, b.data.title));
  const filters = projectFilterValues(
    projects.map((p) => p.data),
    (facet, a, b) => compare(filterValueLabel(facet, a, locale, t), filterValueLabel(facet, b, locale, t)),
  );
  return { projects, filters };
}

export type ProjectFilters = Awaited<ReturnType<typeof projectsOverview>>['filters'];

/** The projects overview, `/projects/`, `/projects/2/`, …; every page also gets every project, for the map and the counts. */
export const projectOverviewPaths = (first: boolean) =>
  listPaths(first, pageSizes.projects, async (locale): Promise<PagedListSource<CollectionEntry<'projects'>, { all: CollectionEntry<'projects'>[]; filters: ProjectFilters }>[]> => {
    const { projects, filters } = await projectsOverview(locale);
    return [{ base: '/projects/', items: projects, props: { all: projects, filters } }];
  });

/** One list per project filter value, `/projects/country/md/`, `/projects/country/md/2/`, … */
export const projectFilterPaths = (first: boolean) =>
  listPaths(first, pageSizes.projectFilters, async (locale): Promise<PagedListSource<CollectionEntry<'projects'>, { facet: ProjectFacet; value: string; filters: ProjectFilters }>[]> => {
    const { projects, filters } = await projectsOverview(locale);
    return filters.flatMap(({ facet, values }) =>
      values.map((value) => ({
        base: projectFilterRoute(facet, value),
        items: projects.filter((p) => matches(projectTokens(p.data), { [facet]: value })),
        params: { facet, value },
        props: { facet, value, filters },
      })),
    );
  });

/** The lessons of a locale in series order; the filters come from the lessons of every locale, so each filter page exists in every language. */
async function lessonsOf(locale: Locale) {
  const all = await getCollection('lessons');
  return { lessons: sortLessons(all.filter((l) => localeOfId(l.id) === locale), compareText(locale)), filters: lessonFilters(all.map((l) => l.data)) };
}

export type LessonFilters = ReturnType<typeof lessonFilters>;

/** The teacher index, `/teachers/`, `/teachers/2/`, … */
export const lessonIndexPaths = (first: boolean) =>
  listPaths(first, pageSizes.lessons, async (locale): Promise<PagedListSource<CollectionEntry<'lessons'>, { filters: LessonFilters }>[]> => {
    const { lessons, filters } = await lessonsOf(locale);
    return [{ base: '/teachers/', items: lessons, props: { filters } }];
  });

/** One list per lesson filter value, `/teachers/level/havo/`, `/teachers/level/havo/2/`, … */
export const lessonFilterPaths = (first: boolean) =>
  listPaths(first, pageSizes.lessons, async (locale): Promise<PagedListSource<CollectionEntry<'lessons'>, { facet: LessonFacet; value: string; filters: LessonFilters }>[]> => {
    const { lessons, filters } = await lessonsOf(locale);
    return filters.flatMap(({ facet, values }) =>
      values.map((value) => ({
        base: lessonFilterRoute(facet, value),
        items: lessons.filter((l) => matchesSelection(lessonTokens(l.data), { [facet]: value })),
        params: { facet, value },
        props: { facet, value, filters },
      })),
    );
  });

/** The news index, newest first: `/news/`, `/news/2/`, … */
export const newsIndexPaths = (first: boolean) =>
  listPaths(first, pageSizes.news, async (locale): Promise<PagedListSource<CollectionEntry<'news'>, object>[]> => [
    { base: '/news/', items: newestFirst(await getCollection('news', (n) => localeOfId(n.id) === locale)), props: {} },
  ]);

/** What cites a source: an entry page, or a key figure (which has no page of its own). */
export type Citation = Citing<'projects' | 'lessons' | 'toolkits' | 'signals' | 'news' | 'pages' | 'facts'>;

/**
 * What a list of citations calls each kind, in front of its title: entries of two kinds can share a title (the
 * page and the lesson pack “What is human trafficking?”), and a list must tell them apart. The same words as
 * the search results' types and the lesson page's title.
 */
export const citationKinds: Record<Citation['collection'], UIKey> = {
  projects: 'search.type.project',
  lessons: 'search.type.lesson',
  toolkits: 'search.type.toolkit',
  signals: 'search.type.signal',
  news: 'search.type.news',
  pages: 'search.type.page',
  facts: 'sources.figure',
};

/** The sources by id, and per source what cites it in this locale: entries in collection order, then figures. */
export async function sourceCitations(locale: Locale) {
  const t = useTranslations(locale);
  const sources = (await getCollection('sources')).sort((a, b) => a.id.localeCompare(b.id));
  checkSourceSlugs(sources);
  const citing = (
    await Promise.all(
      (['projects', 'lessons', 'toolkits', 'signals', 'news', 'pages'] as const).map(async (collection) =>
        (await getCollection(collection, (e) => localeOfId(e.id) === locale)).map((e): Citation => ({
          collection,
          slug: slugOfId(e.id),
          title: e.data.title,
          sources: e.data.sources.map((s) => s.id),
        })),
      ),
    )
  ).flat();
  const figureText = (f: CollectionEntry<'facts'>) => {
    const { qualifier, number } = figureParts(f.data, locale, t);
    return `${qualifier ? `${qualifier} ` : ''}${number} ${f.data.label[locale]}`;
  };
  const facts = (await getCollection('facts')).map((f): Citation => ({ collection: 'facts', slug: f.id, title: figureText(f), sources: [f.data.source.id] }));
  return { sources, citations: citationsOf([...citing, ...facts]) };
}

/** The route of the pages listing what cites a source too often for the sources page to list it whole (unique: `sourceCitations` checks). */
export const sourceCitationsRoute = (source: { data: { title: string } }) => `/sources/${sourceSlug(source.data.title)}/`;

/** `/sources/<title>/`, `/sources/<title>/2/`, … for every source cited more than `pageSizes.citationsOnSourcesPage` times. */
export const sourceCitationPaths = (first: boolean) =>
  listPaths(first, pageSizes.citations, async (locale): Promise<PagedListSource<Citation, { source: CollectionEntry<'sources'> }>[]> => {
    const { sources, citations } = await sourceCitations(locale);
    return sources.flatMap((source) => {
      const items = citations.get(source.id) ?? [];
      return items.length > pageSizes.citationsOnSourcesPage ? [{ base: sourceCitationsRoute(source), items, params: { source: sourceSlug(source.data.title) }, props: { source } }] : [];
    });
  });

/** The lessons in series order, as the students index lists their quizzes. */
export async function selfCheckLessons(locale: Locale) {
  return (await getCollection('lessons', (e) => localeOfId(e.id) === locale)).sort((a, b) => (a.data.series?.number ?? 0) - (b.data.series?.number ?? 0));
}

export const selfCheckIndexRoute = '/students/quiz/';

/** `/students/quiz/`, `/students/quiz/2/`, …: every quiz, once there are more than the students index shows. */
export const selfCheckIndexPaths = (first: boolean) =>
  listPaths(first, pageSizes.selfChecks, async (locale): Promise<PagedListSource<CollectionEntry<'lessons'>, object>[]> => {
    const lessons = await selfCheckLessons(locale);
    return lessons.length > pageSizes.selfChecksOnStudentsPage ? [{ base: selfCheckIndexRoute, items: lessons, props: {} }] : [];
  });

/** A link on an organisation page: to what names the organisation, and in which roles. */
export interface NamingLink {
  /** Below the locale prefix. */
  route: string;
  title: string;
  roles: OrganisationField[];
}

export const organisationGroupKeys = ['projects', 'lessons', 'toolkits', 'signals', 'news', 'sources'] as const;
export type OrganisationGroupKey = (typeof organisationGroupKeys)[number];

/** What names an organisation in one locale, per group in page order; empty groups are left out. */
export async function organisationGroups(locale: Locale, organisationId: string): Promise<{ key: OrganisationGroupKey; heading: UIKey; links: NamingLink[] }[]> {
  const compare = compareText(locale);
  const inLocale = <T extends { id: string }>(entries: T[]) => entries.filter((e) => localeOfId(e.id) === locale);
  const byTitle = <T extends { data: { title: string } }>(entries: T[]) => [...entries].sort((a, b) => compare(a.data.title, b.data.title));
  const routed = (collection: 'projects' | 'lessons' | 'toolkits' | 'signals' | 'news', entries: { id: string; data: object & { title: string } }[]): NamingLink[] =>
    entriesNaming(organisationId, entries).map(({ entry, roles }) => ({
      route: entryRoute(collection, slugOfId(entry.id)),
      title: entry.data.title,
      roles,
    }));
  const groups: { key: OrganisationGroupKey; heading: UIKey; links: NamingLink[] }[] = [
    { key: 'projects', heading: 'organisations.projects', links: routed('projects', byTitle(inLocale(await getCollection('projects')))) },
    { key: 'lessons', heading: 'organisations.lessons', links: routed('lessons', byTitle(inLocale(await getCollection('lessons')))) },
    { key: 'toolkits', heading: 'organisations.toolkits', links: routed('toolkits', byTitle(inLocale(await getCollection('toolkits')))) },
    { key: 'signals', heading: 'organisations.signals', links: routed('signals', byTitle(inLocale(await getCollection('signals')))) },
    { key: 'news', heading: 'organisations.news', links: routed('news', newestFirst(inLocale(await getCollection('news')))) },
    {
      key: 'sources',
      heading: 'organisations.sources',
      links: entriesNaming(organisationId, byTitle(await getCollection('sources'))).map(({ entry, roles }) => ({
        route: `/sources/#${sourceAnchor(entry.id)}`,
        title: entry.data.title,
        roles,
      })),
    },
  ];
  return groups.filter((g) => g.links.length > 0);
}

/** The route of the pages listing one group of what names an organisation: `/organisations/<id>/projects/`. */
export const organisationGroupRoute = (organisationId: string, key: OrganisationGroupKey) => `/organisations/${organisationId}/${key}/`;

/** `/organisations/<id>/<group>/`, …/2/, …: each group longer than the organisation page lists itself. */
export const organisationGroupPaths = (first: boolean) =>
  listPaths(first, pageSizes.namingLinks, async (locale): Promise<PagedListSource<NamingLink, { organisation: CollectionEntry<'organisations'>; heading: UIKey }>[]> => {
    const lists = [];
    for (const organisation of await getCollection('organisations')) {
      for (const group of await organisationGroups(locale, organisation.id)) {
        if (group.links.length > pageSizes.namingLinksOnOrganisationPage) {
          lists.push({ base: organisationGroupRoute(organisation.id, group.key), items: group.links, params: { id: organisation.id, group: group.key }, props: { organisation, heading: group.heading } });
        }
      }
    }
    return lists;
  });
