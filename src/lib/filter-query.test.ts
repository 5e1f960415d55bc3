import { expect, it } from 'vitest';
import { facetQuery, parseFacetQuery } from './filter-query';

const facets = ['status', 'theme'] as const;

it('reads known facets from a query string and writes them back in facet order', () => {
  expect(parseFacetQuery('?theme=Reintegration&x=1&status=', facets)).toEqual({ theme: 'reintegration' });
  expect(facetQuery({ theme: 'a', status: 'b' }, facets)).toBe('?status=b&theme=a');
  expect(facetQuery({}, facets)).toBe('');
});
