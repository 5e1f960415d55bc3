import { describe, expect, it } from 'vitest';
import {
  availableFilters,
  countByValue,
  filterRoute,
  matches,
  parseSelection,
  projectTokens,
  readTokens,
  regionOf,
  selectionQuery,
  tokenAttributes,
  type ProjectFacts,
} from './project-filters';

const source = { collection: 'sources', id: '000_4dac2f18dd35b86d' } as const;
const havens: ProjectFacts = { status: { value: 'completed', source }, countries: ['NL', 'SE', 'MD'], theme: 'reintegration' };
const moldova: ProjectFacts = { status: { value: 'active', source }, countries: ['MD'], theme: 'capacity-building' };
const redCross: ProjectFacts = { status: { value: 'active', source }, countries: ['NL'], theme: 'victim-support' };
const europe: ProjectFacts = { status: { value: 'active', source }, countries: [], region: { name: 'europe', countryCount: 23 }, theme: 'cooperation' };

describe('project filters', () => {
  it('turns a project into lower-case tokens per facet', () => {
    expect(projectTokens(havens)).toEqual({ status: ['completed'], country: ['nl', 'se', 'md'], theme: ['reintegration'] });
  });

  it('gives a project that spans a region one value for the region, never a country', () => {
    expect(projectTokens(europe).country).toEqual(['europe-23']);
    expect(regionOf('europe-23')).toEqual({ name: 'europe', countryCount: 23 });
    expect(regionOf('hu')).toBeUndefined();
  });

  it('matches when every chosen facet has the value, and an empty selection matches all', () => {
    const tokens = projectTokens(havens);
    expect(matches(tokens, {})).toBe(true);
    expect(matches(tokens, { country: 'md' })).toBe(true);
    expect(matches(tokens, { country: 'md', status: 'completed' })).toBe(true);
    expect(matches(tokens, { country: 'md', status: 'active' })).toBe(false);
    expect(matches(tokens, { theme: 'cooperation' })).toBe(false);
  });

  it('offers only values that some project has, each once, in the given order', () => {
    const filters = availableFilters([havens, moldova, redCross]);
    expect(filters).toEqual([
      { facet: 'status', values: ['active', 'completed'] },
      { facet: 'country', values: ['md', 'nl', 'se'] },
      { facet: 'theme', values: ['capacity-building', 'reintegration', 'victim-support'] },
    ]);
    const reversed = availableFilters([havens, moldova], (_, a, b) => b.localeCompare(a));
    expect(reversed[1].values).toEqual(['se', 'nl', 'md']);
  });

  it('gives each filter value its own page', () => {
    expect(filterRoute('country', 'md')).toBe('/projects/country/md/');
    expect(filterRoute('status', 'active')).toBe('/projects/status/active/');
  });

  it('round-trips tokens through data attributes', () => {
    const tokens = projectTokens(havens);
    const attributes = tokenAttributes(tokens);
    expect(attributes['data-country']).toBe('nl se md');
    const dataset = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k.slice(5), v]));
    expect(readTokens(dataset)).toEqual(tokens);
    expect(readTokens({})).toEqual({ status: [], country: [], theme: [] });
  });

  it('keeps the selection in the query string', () => {
    expect(parseSelection('?country=MD&status=active&colour=red')).toEqual({ country: 'md', status: 'active' });
    expect(parseSelection('')).toEqual({});
    expect(selectionQuery({ theme: 'reintegration', status: 'active' })).toBe('?status=active&theme=reintegration');
    expect(selectionQuery({})).toBe('');
    expect(parseSelection(selectionQuery({ country: 'se' }))).toEqual({ country: 'se' });
  });

  it('counts the projects per value', () => {
    expect(countByValue([havens, moldova, redCross], 'country')).toEqual(new Map([['nl', 2], ['se', 1], ['md', 2]]));
    expect(countByValue([havens, moldova, redCross], 'status').get('active')).toBe(2);
  });
});
