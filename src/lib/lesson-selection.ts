/**
 * Which lessons a choice of filters keeps. It imports no content code, so the teacher index's script can use
 * it in the browser without pulling in the content schemas.
 */
import { facetQuery, parseFacetQuery } from './filter-query';

export const facets = ['age', 'level', 'duration', 'topic'] as const;
export type Facet = (typeof facets)[number];

/** At most one chosen value per facet; a facet without a choice means “all”. */
export type Selection = Partial<Record<Facet, string>>;

/** The filter values one lesson has, per facet. */
export type Tokens = Record<Facet, string[]>;

export function isFacet(value: unknown): value is Facet {
  return typeof value === 'string' && (facets as readonly string[]).includes(value);
}

/** Whether a lesson with these tokens fits every chosen filter. */
export function matchesSelection(tokens: Tokens, selection: Selection): boolean {
  return facets.every((facet) => {
    const value = selection[facet];
    return value === undefined || tokens[facet].includes(value);
  });
}

/** Chooses `value` for `facet`, or clears the facet when that value was already chosen. */
export function toggle(selection: Selection, facet: Facet, value: string): Selection {
  const next = { ...selection };
  if (next[facet] === value) delete next[facet];
  else next[facet] = value;
  return next;
}

/** The data attributes a card carries so the browser can filter it: `data-level="vmbo havo"`. */
export function tokenAttributes(tokens: Tokens): Record<`data-${Facet}`, string> {
  return {
    'data-age': tokens.age.join(' '),
    'data-level': tokens.level.join(' '),
    'data-duration': tokens.duration.join(' '),
    'data-topic': tokens.topic.join(' '),
  };
}

/** The inverse of `tokenAttributes`, read from an element's dataset. */
export function readTokens(dataset: Record<string, string | undefined>): Tokens {
  const read = (facet: Facet) => (dataset[facet] ?? '').split(' ').filter(Boolean);
  return { age: read('age'), level: read('level'), duration: read('duration'), topic: read('topic') };
}

/** The selection kept in a query string such as `?level=havo&topic=sexual`; unknown keys are ignored. */
export const parseSelection = (search: string): Selection => parseFacetQuery(search, facets);

/** The query string of a selection, in facet order, with its `?`; empty when nothing is chosen. */
export const selectionQuery = (selection: Selection): string => facetQuery(selection, facets);
