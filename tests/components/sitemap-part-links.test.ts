import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import SitemapPartLinks from '../../src/components/SitemapPartLinks.astro';
import type { SitemapPart } from '../../src/lib/sitemap-pages';

// A sitemap group is split into parts only past 100 links, which today's content never reaches.
const container = await AstroContainer.create();
const parts = (count: number) =>
  Array.from({ length: count }, (_, i): SitemapPart => ({ route: `/sitemap/projects/${i === 0 ? '' : `${i + 1}/`}`, group: { key: 'projects', heading: 'nav.projects', links: [] }, part: i + 1, parts: count, links: [] }));

describe('SitemapPartLinks', () => {
  it('names every part with its number and the count, in the page language, and marks the current one', async () => {
    const html = parse(await container.renderToString(SitemapPartLinks, { props: { locale: 'uk', parts: parts(3), current: 2 } }));
    expect(html.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text.trim(), a.getAttribute('aria-current') ?? null])).toEqual([
      ['/uk/sitemap/projects/', 'Частина 1 з 3', null],
      ['/uk/sitemap/projects/2/', 'Частина 2 з 3', 'page'],
      ['/uk/sitemap/projects/3/', 'Частина 3 з 3', null],
    ]);
  });
});
