import type { CollectionEntry } from 'astro:content';
import { facetQuery, parseFacetQuery } from './filter-query';

/**
 * Filters of the project overview: by status, country and theme. Each filter value has a real page
 * (`/projects/country/md/`), so the filters work without JavaScript; the overview filters its cards in
 * place with the same tokens (`data-country="nl se"` on each card) and keeps the choice in the query.
 * Only type imports here: the browser script of the filter imports this file.
 */
type Project = CollectionEntry<'projects'>['data'];
export type ProjectFacts = Pick<Project, 'status' | 'countries' | 'region' | 'theme'>;

export const facets = ['status', 'country', 'theme'] as const;
export type Facet = (typeof facets)[number];

/**
 * The filter values a project has, per facet. Country codes are lower case, as in the URLs; a project
 * that spans a region without named countries has one value for it, `europe-23`, never a country.
 */
export type Tokens = Record<Facet, string[]>;

/** At most one chosen value per facet; a facet left out matches every project. */
export type Selection = Partial<Record<Facet, string>>;

export function isFacet(value: unknown): value is Facet {
  return typeof value === 'string' && (facets as readonly string[]).includes(value);
}

export function projectTokens(project: ProjectFacts): Tokens {
  return { status: [project.status.value], country: placeTokens(project), theme: [project.theme] };
}

/** The place values of a project: its countries, or its region with the number of countries. */
export function placeTokens(project: Pick<Project, 'countries' | 'region'>): string[] {
  return project.region ? [`${project.region.name}-${project.region.countryCount}`] : project.countries.map((c) => c.toLowerCase());
}

/** The region and its number of countries in a place value such as `europe-23`; undefined for a country. */
export function regionOf(token: string): { name: NonNullable<Project['region']>['name']; countryCount: number } | undefined {
  const match = /^([a-z]+)-(\d+)$/.exec(token);
  return match ? { name: match[1] as NonNullable<Project['region']>['name'], countryCount: Number(match[2]) } : undefined;
}

/** Whether a project with these tokens has every chosen value. */
export function matches(tokens: Tokens, selection: Selection): boolean {
  return facets.every((facet) => {
    const chosen = selection[facet];
    return !chosen || tokens[facet].includes(chosen);
  });
}

/** The filter values at least one project has, per facet, sorted by `order` (e.g. by their label). */
export function availableFilters(
  projects: ProjectFacts[],
  order: (facet: Facet, a: string, b: string) => number = (_, a, b) => a.localeCompare(b),
): { facet: Facet; values: string[] }[] {
  const all = projects.map(projectTokens);
  return facets.map((facet) => ({
    facet,
    values: [...new Set(all.flatMap((t) => t[facet]))].sort((a, b) => order(facet, a, b)),
  }));
}

/** The page that lists the projects with one filter value, below the locale prefix. */
export function filterRoute(facet: Facet, value: string): string {
  return `/projects/${facet}/${value}/`;
}

/** The data attributes a card carries so the browser can filter it: `data-country="nl se"`. */
export function tokenAttributes(tokens: Tokens): Record<`data-${Facet}`, string> {
  return { 'data-status': tokens.status.join(' '), 'data-country': tokens.country.join(' '), 'data-theme': tokens.theme.join(' ') };
}

/** The inverse of `tokenAttributes`, read from an element's dataset. */
export function readTokens(dataset: Record<string, string | undefined>): Tokens {
  const read = (facet: Facet) => (dataset[facet] ?? '').split(' ').filter(Boolean);
  return { status: read('status'), country: read('country'), theme: read('theme') };
}

/** The selection kept in a query string such as `?status=active&country=md`; unknown keys are ignored. */
export const parseSelection = (search: string): Selection => parseFacetQuery(search, facets);

/** The query string of a selection, in facet order, with its `?`; empty when nothing is chosen. */
export const selectionQuery = (selection: Selection): string => facetQuery(selection, facets);

/** How many projects have each value of a facet, e.g. projects per country code. */
export function countByValue(projects: ProjectFacts[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of projects.flatMap((p) => projectTokens(p)[facet])) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
