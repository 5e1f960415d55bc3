import { expect, it } from 'vitest';
import { pageType } from './page-types';

it('names the template of a page from its path in any locale', () => {
  expect(pageType('/')).toBe('home');
  expect(pageType('/uk/')).toBe('home');
  expect(pageType('/en/projects/')).toBe('projects index');
  expect(pageType('/projects/safe-havens/')).toBe('project');
  expect(pageType('/uk/projects/status/active/')).toBe('projects filter');
  expect(pageType('/en/teachers/grooming/')).toBe('lesson');
  expect(pageType('/privacy/')).toBe('page');
  expect(pageType('/uk/404.html')).toBe('404');
  expect(pageType('/en/search/')).toBe('search');
  expect(pageType('/uk/projects/2/')).toBe('projects index');
  expect(pageType('/projects/country/nl/12/')).toBe('projects filter');
  expect(pageType('/en/teachers/level/havo/3/')).toBe('teachers filter');
  expect(pageType('/news/2/')).toBe('news index');
  expect(pageType('/sitemap/projects/2/')).toBe('sitemap');
});
