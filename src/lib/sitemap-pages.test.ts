import { describe, expect, it } from 'vitest';
import type { SitemapGroup } from './sitemap-groups';
import { sitemapIndex, sitemapPartRoute, sitemapParts } from './sitemap-pages';

const group = (key: string, count: number): SitemapGroup => ({
  key,
  heading: 'nav.projects',
  links: Array.from({ length: count }, (_, i) => ({ route: `/${key}/${i + 1}/`, title: `${key} ${i + 1}` })),
});

describe('sitemapParts', () => {
  it('splits a long group into parts of at most the given size, in order, with nothing lost', () => {
    const parts = sitemapParts(group('projects', 7), 3);
    expect(parts.map((p) => [p.route, p.part, p.parts, p.links.length])).toEqual([
      ['/sitemap/projects/', 1, 3, 3],
      ['/sitemap/projects/2/', 2, 3, 3],
      ['/sitemap/projects/3/', 3, 3, 1],
    ]);
    expect(parts.flatMap((p) => p.links)).toEqual(group('projects', 7).links);
  });

  it('leaves a group that fits whole', () => {
    expect(sitemapParts(group('news', 3), 3)).toEqual([]);
  });
});

describe('sitemapIndex', () => {
  it('lists short groups whole and links to the parts of long ones, keeping the order of the groups', () => {
    const index = sitemapIndex([group('general', 2), group('projects', 5), group('news', 1)], 2);
    expect(index.map((g) => g.group.key)).toEqual(['general', 'projects', 'news']);
    expect('links' in index[0] && index[0].links.length).toBe(2);
    expect('parts' in index[1] && index[1].parts.map((p) => p.route)).toEqual(['/sitemap/projects/', '/sitemap/projects/2/', '/sitemap/projects/3/']);
  });
});

describe('sitemapPartRoute', () => {
  it('puts the first part at the group route and numbers the others', () => {
    expect([sitemapPartRoute('news', 1), sitemapPartRoute('news', 12)]).toEqual(['/sitemap/news/', '/sitemap/news/12/']);
  });
});
