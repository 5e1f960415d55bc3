/** A filter selection: at most one chosen value per facet. */
export type FacetSelection<F extends string> = Partial<Record<F, string>>;

/** The selection kept in a query string such as `?level=havo&topic=sexual`; unknown keys are ignored. */
export function parseFacetQuery<F extends string>(search: string, facets: readonly F[]): FacetSelection<F> {
  const params = new URLSearchParams(search);
  const selection: FacetSelection<F> = {};
  for (const facet of facets) {
    const value = params.get(facet)?.trim().toLowerCase();
    if (value) selection[facet] = value;
  }
  return selection;
}

/** The query string of a selection, in facet order, with its `?`; empty when nothing is chosen. */
export function facetQuery<F extends string>(selection: FacetSelection<F>, facets: readonly F[]): string {
  const params = new URLSearchParams();
  for (const facet of facets) {
    const value = selection[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
