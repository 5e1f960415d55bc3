import { describe, expect, it } from 'vitest';
import { entryStaticPaths, localeParam, localizedPath, parsePath } from './routes';

describe('localizedPath', () => {
  it('puts the default locale at the root and others under their code', () => {
    expect(localizedPath('nl', '/')).toBe('/');
    expect(localizedPath('en', '/')).toBe('/en/');
    expect(localizedPath('uk', '/projects/safe-havens/')).toBe('/uk/projects/safe-havens/');
  });

  it('adds a base path and a trailing slash, but not to files or fragments', () => {
    expect(localizedPath('en', 'projects', '/signaal/')).toBe('/signaal/en/projects/');
    expect(localizedPath('nl', '/downloads/a.pdf', '/signaal')).toBe('/signaal/downloads/a.pdf');
    expect(localizedPath('nl', '/sources/#004', '/')).toBe('/sources/#004');
  });
});

describe('parsePath', () => {
  it('reads the locale and the route, with or without base', () => {
    expect(parsePath('/')).toEqual({ locale: 'nl', route: '/' });
    expect(parsePath('/en/')).toEqual({ locale: 'en', route: '/' });
    expect(parsePath('/uk/projects/')).toEqual({ locale: 'uk', route: '/projects/' });
    expect(parsePath('/signaal/en/about/', '/signaal/')).toEqual({ locale: 'en', route: '/about/' });
    expect(parsePath('/english/')).toEqual({ locale: 'nl', route: '/english/' });
  });

  it('is the inverse of localizedPath', () => {
    for (const locale of ['nl', 'en', 'uk'] as const) {
      expect(parsePath(localizedPath(locale, '/teachers/grooming/', '/b/'), '/b/')).toEqual({ locale, route: '/teachers/grooming/' });
    }
  });
});

it('localeParam leaves the default locale out of the URL', () => {
  expect(localeParam('nl')).toBeUndefined();
  expect(localeParam('uk')).toBe('uk');
});

it('entryStaticPaths routes each entry to the locale and slug of its id', () => {
  const entries = [{ id: 'nl/safe-havens' }, { id: 'uk/grooming' }];
  expect(entryStaticPaths(entries)).toEqual([
    { params: { locale: undefined, slug: 'safe-havens' }, props: { entry: entries[0], locale: 'nl' } },
    { params: { locale: 'uk', slug: 'grooming' }, props: { entry: entries[1], locale: 'uk' } },
  ]);
});

it('entryStaticPaths gives a page the cache key of its entry, and none to an entry without one', () => {
  const entries = [{ id: 'nl/safe-havens' }, { id: 'uk/grooming' }];
  const paths = entryStaticPaths(entries, new Map([['nl/safe-havens', 'k1']]));
  expect(paths.map((path) => ('cacheKey' in path ? path.cacheKey : undefined))).toEqual(['k1', undefined]);
});
