import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import LessonFilters from '../../src/components/LessonFilters.astro';
import ProjectFilter from '../../src/components/ProjectFilter.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';

// Later pages of a list exist only with more content than today's, so their filter links are rendered here.
const container = await AstroContainer.create();

/** Every link that carries aria-current: its address and the value. */
const marked = (html: string) =>
  parse(html)
    .querySelectorAll('a[aria-current]')
    .map((a) => ({ href: a.getAttribute('href'), current: a.getAttribute('aria-current') }));

const projectFilters = [
  { facet: 'country' as const, values: ['md', 'nl'] },
  { facet: 'theme' as const, values: ['victim-support'] },
];
const lessonFilters = [{ facet: 'level' as const, values: ['havo', 'vwo'] }];

describe('the chosen filter', () => {
  it('is the current page on page 1 of the unfiltered list and of a filter, the current item on a later page', async () => {
    const projects = (pageNumber: number, selection = {}) =>
      container.renderToString(ProjectFilter, { props: { locale: 'en', filters: projectFilters, selection, pageNumber } });
    expect(marked(await projects(1))).toEqual([{ href: '/en/projects/', current: 'page' }]);
    expect(marked(await projects(2))).toEqual([{ href: '/en/projects/', current: 'true' }]);
    expect(marked(await projects(1, { country: 'md' }))).toEqual([{ href: '/en/projects/country/md/', current: 'page' }]);
    expect(marked(await projects(3, { country: 'md' }))).toEqual([{ href: '/en/projects/country/md/', current: 'true' }]);

    const lessons = (pageNumber: number, current?: { facet: 'level'; value: string }) =>
      container.renderToString(LessonFilters, { props: { locale: 'uk', filters: lessonFilters, current, pageNumber } });
    expect(marked(await lessons(1))).toEqual([{ href: '/uk/teachers/', current: 'page' }]);
    expect(marked(await lessons(2))).toEqual([{ href: '/uk/teachers/', current: 'true' }]);
    expect(marked(await lessons(1, { facet: 'level', value: 'vwo' }))).toEqual([{ href: '/uk/teachers/level/vwo/', current: 'page' }]);
    expect(marked(await lessons(2, { facet: 'level', value: 'vwo' }))).toEqual([{ href: '/uk/teachers/level/vwo/', current: 'true' }]);
  });

  it('looks chosen with either mark', async () => {
    const html = await container.renderToString(LessonFilters, { props: { locale: 'nl', filters: lessonFilters, pageNumber: 2 } });
    expect(parse(html).querySelector('a[aria-current="true"]')?.classList.contains('aria-[current=true]:bg-brand')).toBe(true);
  });
});

describe('the menu link of the section', () => {
  const menu = async (route: string) =>
    marked(parse(await container.renderToString(SiteHeader, { props: { locale: 'nl', route } })).querySelector('nav.site-nav')!.toString());

  it('is the current page on the section overview only', async () => {
    expect(await menu('/projects/')).toEqual([{ href: '/projects/', current: 'page' }]);
    expect(await menu('/projects/2/')).toEqual([{ href: '/projects/', current: 'true' }]);
    expect(await menu('/teachers/grooming/')).toEqual([{ href: '/teachers/', current: 'true' }]);
    expect(await menu('/sources/')).toEqual([]);
  });
});
