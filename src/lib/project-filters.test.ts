import { describe, expect, it } from 'vitest';
import {
  availableFilters,
  countByValue,
  filterRoute,
  matches,
  parseSelection,
  projectTokens,
  readTokens,
  selectionQuery,
  tokenAttributes,
  type ProjectFacts,
} from './project-filters';

const havens: ProjectFacts = { status: 'completed', countries: ['NL', 'SE', 'MD'], theme: 'reintegration' };
const moldova: ProjectFacts = { status: 'active', countries: ['MD'], theme: 'capacity-building' };
const redCross: ProjectFacts = { status: 'active', countries: ['NL'], theme: 'victim-support' };

describe('project filters', () => {
  it('turns a project into lower-case tokens per facet', () => {
    expect(projectTokens(havens)).toEqual({ status: ['completed'], country: ['nl', 'se', 'md'], theme: ['reintegration'] });
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
