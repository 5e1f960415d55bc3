import { getCollection, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n/ui';
import { citationsOf, type Citing } from './citations';
import { figureParts } from './fact-display';
import { compareText } from './format';
import { availableFilters as lessonFilters, filterRoute as lessonFilterRoute, lessonTokens, sortLessons } from './lesson-filters';
import { matchesSelection } from './lesson-selection';
import { localeOfId, slugOfId, type Locale } from './locales';
import { newestFirst } from './news-order';
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

/** The sources by id, and per source what cites it in this locale: entries in collection order, then figures. */
export async function sourceCitations(locale: Locale) {
  const t = useTranslations(locale);
  const sources = (await getCollection('sources')).sort((a, b) => a.id.localeCompare(b.id));
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

/** The route of the pages listing what cites a source too often for the sources page to list it whole. */
export const sourceCitationsRoute = (sourceId: string) => `/sources/${sourceId}/`;

/** `/sources/<id>/`, `/sources/<id>/2/`, … for every source cited more than `pageSizes.citationsOnSourcesPage` times. */
export const sourceCitationPaths = (first: boolean) =>
  listPaths(first, pageSizes.citations, async (locale): Promise<PagedListSource<Citation, { source: CollectionEntry<'sources'> }>[]> => {
    const { sources, citations } = await sourceCitations(locale);
    return sources.flatMap((source) => {
      const items = citations.get(source.id) ?? [];
      return items.length > pageSizes.citationsOnSourcesPage ? [{ base: sourceCitationsRoute(source.id), items, params: { source: source.id }, props: { source } }] : [];
    });
  });
