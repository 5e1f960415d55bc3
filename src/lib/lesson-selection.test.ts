import { describe, expect, it } from 'vitest';
import { isFacet, matchesSelection, parseSelection, readTokens, selectionQuery, toggle, tokenAttributes, type Tokens } from './lesson-selection';

const tokens: Tokens = { age: ['12-14', '14-16'], level: ['vmbo', 'havo'], duration: ['46-60'], topic: ['sexual'] };

describe('lesson selection', () => {
  it('knows its facets', () => {
    expect(isFacet('level')).toBe(true);
    expect(isFacet('country')).toBe(false);
  });

  it('keeps a lesson only when it has every chosen value', () => {
    expect(matchesSelection(tokens, {})).toBe(true);
    expect(matchesSelection(tokens, { age: '14-16', topic: 'sexual' })).toBe(true);
    expect(matchesSelection(tokens, { age: '14-16', topic: 'labour' })).toBe(false);
  });

  it('toggles a value: choose, replace, clear', () => {
    expect(toggle({}, 'level', 'havo')).toEqual({ level: 'havo' });
    expect(toggle({ level: 'havo' }, 'level', 'vwo')).toEqual({ level: 'vwo' });
    expect(toggle({ level: 'havo', topic: 'sexual' }, 'level', 'havo')).toEqual({ topic: 'sexual' });
  });

  it('writes tokens to data attributes and reads them back', () => {
    const attributes = tokenAttributes(tokens);
    expect(attributes['data-level']).toBe('vmbo havo');
    const dataset = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k.slice(5), v]));
    expect(readTokens(dataset)).toEqual(tokens);
    expect(readTokens({})).toEqual({ age: [], level: [], duration: [], topic: [] });
  });

  it('keeps the selection in the query string', () => {
    expect(selectionQuery({ topic: 'sexual', level: 'havo' })).toBe('?level=havo&topic=sexual');
    expect(selectionQuery({})).toBe('');
    expect(parseSelection('?topic=Sexual&level=havo&country=nl&age=')).toEqual({ level: 'havo', topic: 'sexual' });
  });
});
