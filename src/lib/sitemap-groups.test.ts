import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/ui';
import { listPageLinks, sitemapGroups, type SitemapInput } from './sitemap-groups';

const empty: SitemapInput = {
  pages: [],
  projects: [],
  projectFilters: [],
  organisations: [],
  news: [],
  lessons: [],
  students: [],
  toolkits: [],
  signals: [],
  overviewPages: { projects: 1, news: 1, lessons: 1 },
};

describe('sitemapGroups', () => {
  const groups = sitemapGroups(
    {
      ...empty,
      pages: [{ slug: 'about', title: 'About Signaal' }],
      projects: [{ slug: 'safe-havens', title: 'Safe Havens' }],
      organisations: [{ slug: 'rode-kruis', title: 'Rode Kruis' }],
      lessons: [{ slug: 'grooming', title: 'Grooming' }],
    },
    useTranslations('en'),
  );
  const group = (heading: string) => groups.find((g) => g.heading === heading);

  it('starts with the general pages: home, single pages, sources and search', () => {
    expect(groups[0].heading).toBe('sitemap.general');
    expect(groups[0].links.map((l) => l.route)).toEqual(['/', '/help/', '/about/', '/sources/', '/search/']);
  });

  it('puts each section’s overview before its entries, at their published routes', () => {
    expect(group('nav.projects')?.links).toEqual([
      { route: '/projects/', title: 'Overview' },
      { route: '/projects/safe-havens/', title: 'Safe Havens' },
    ]);
    expect(group('nav.teachers')?.links.map((l) => l.route)).toEqual(['/teachers/', '/teachers/grooming/']);
    expect(group('organisations.title')?.links.map((l) => l.route)).toEqual(['/organisations/', '/organisations/rode-kruis/']);
  });

  it('keeps a section’s overview even without entries, and drops empty filter lists', () => {
    expect(group('nav.signals')?.links).toEqual([{ route: '/signals/', title: 'Overview' }]);
    expect(group('sitemap.filters')).toBeUndefined();
  });
});

describe('paged overviews in the sitemap', () => {
  it('lists the later pages of a paged overview right after it, each with its number', () => {
    const groups = sitemapGroups({ ...empty, news: [{ slug: 'launch', title: 'Launch' }], overviewPages: { projects: 1, news: 3, lessons: 1 } }, useTranslations('en'));
    expect(groups.find((g) => g.heading === 'news.title')?.links).toEqual([
      { route: '/news/', title: 'Overview' },
      { route: '/news/2/', title: 'Overview, page 2 of 3' },
      { route: '/news/3/', title: 'Overview, page 3 of 3' },
      { route: '/news/launch/', title: 'Launch' },
    ]);
  });

  it('gives a list on one page one link, at its own route', () => {
    expect(listPageLinks('/projects/country/nl/', 'Projects in the Netherlands', 1, '{text}, page {page} of {pages}')).toEqual([
      { route: '/projects/country/nl/', title: 'Projects in the Netherlands' },
    ]);
  });
});
