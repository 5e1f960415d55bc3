import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, currentMark, sectionMark } from './navigation';

const routes = (route: string) => breadcrumbTrail(route).map((item) => item.route);

describe('breadcrumbTrail', () => {
  it('has no trail on the home page', () => {
    expect(breadcrumbTrail('/')).toEqual([]);
  });

  it('leads home from a single page, a section overview and the 404 page', () => {
    expect(routes('/visiting-safely/')).toEqual(['/']);
    expect(routes('/projects/')).toEqual(['/']);
    expect(routes('/search/')).toEqual(['/']);
    expect(routes('/404.html')).toEqual(['/']);
  });

  it('leads through the section overview from an entry or a filter page', () => {
    expect(routes('/projects/safe-havens/')).toEqual(['/', '/projects/']);
    expect(routes('/projects/country/nl/')).toEqual(['/', '/projects/']);
    expect(routes('/teachers/grooming/')).toEqual(['/', '/teachers/']);
    expect(breadcrumbTrail('/news/european-approach-launch-2013/')[1].label).toBe('news.title');
    expect(routes('/organisations/rode-kruis/')).toEqual(['/', '/organisations/']);
  });

  it('leads from a part of a long sitemap group back through the sitemap', () => {
    expect(routes('/sitemap/')).toEqual(['/']);
    expect(routes('/sitemap/projects/2/')).toEqual(['/', '/sitemap/']);
  });

  it('leads from the pages that cite one source back through the sources', () => {
    expect(routes('/sources/')).toEqual(['/']);
    expect(routes('/sources/bescherming-tegen-mensenhandel/')).toEqual(['/', '/sources/']);
    expect(routes('/sources/bescherming-tegen-mensenhandel/2/')).toEqual(['/', '/sources/']);
  });
});

describe('currentMark and sectionMark', () => {
  it('call a link the current page only when it leads to this page', () => {
    expect(currentMark(true, true)).toBe('page');
    expect(currentMark(true, false)).toBe('true');
    expect(currentMark(false, true)).toBeUndefined();
    expect(currentMark(false, false)).toBeUndefined();
  });

  it('mark the menu section as the page on its overview and as the current item below it', () => {
    expect(sectionMark('/projects/', '/projects/')).toBe('page');
    expect(sectionMark('/projects/2/', '/projects/')).toBe('true');
    expect(sectionMark('/projects/safe-havens/', '/projects/')).toBe('true');
    expect(sectionMark('/teachers/', '/projects/')).toBeUndefined();
    expect(sectionMark('/', '/')).toBeUndefined();
  });
});
