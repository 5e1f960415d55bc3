import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';

const container = await AstroContainer.create();
const render = async (locale: string, number: number, count: number) =>
  parse(await container.renderToString(Pagination, { props: { locale, page: { base: '/projects/', number, count } } }));

describe('Pagination', () => {
  it('renders nothing when the list fits on one page', async () => {
    expect((await render('nl', 1, 1)).querySelector('nav')).toBeNull();
  });

  it('names its nav, marks the current page and links the others, previous and next included', async () => {
    const nav = (await render('en', 2, 3)).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBeTruthy();
    const links = nav.querySelectorAll('a').map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') ?? null, current: a.getAttribute('aria-current') ?? null }));
    expect(links).toEqual([
      { href: '/en/projects/', rel: 'prev', current: null },
      { href: '/en/projects/', rel: null, current: null },
      { href: '/en/projects/2/', rel: null, current: 'page' },
      { href: '/en/projects/3/', rel: null, current: null },
      { href: '/en/projects/3/', rel: 'next', current: null },
    ]);
  });

  it('has no previous link on the first page and no next link on the last', async () => {
    expect((await render('uk', 1, 4)).querySelector('a[rel="prev"]')).toBeNull();
    expect((await render('uk', 4, 4)).querySelector('a[rel="next"]')).toBeNull();
  });
});
