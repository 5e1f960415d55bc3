/**
 * Which lessons a choice of filters keeps. Free of other imports, so the teacher index's script can use it
 * in the browser without pulling in the content schemas.
 */
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
