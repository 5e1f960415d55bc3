import { expect, it } from 'vitest';
import { checkSourceSlugs, citationsOf, sourceSlug } from './citations';

it('lists, per source, the entries that cite it, once each', () => {
  const map = citationsOf([
    { collection: 'projects', slug: 'a', title: 'A', sources: ['s1', 's2', 's1'] },
    { collection: 'news', slug: 'b', title: 'B', sources: ['s2'] },
  ]);
  expect(map.get('s1')?.map((e) => e.slug)).toEqual(['a']);
  expect(map.get('s2')?.map((e) => e.slug)).toEqual(['a', 'b']);
  expect(map.has('s3')).toBe(false);
});

it('makes a readable address from a source title, the same whatever the locale', () => {
  expect(sourceSlug('Bescherming tegen mensenhandel')).toBe('bescherming-tegen-mensenhandel');
  expect(sourceSlug('Re-integratie van slachtoffers mensenhandel')).toBe('re-integratie-van-slachtoffers-mensenhandel');
  expect(sourceSlug('Gezamenlijke aanpak in 23 Europese landen')).toBe('gezamenlijke-aanpak-in-23-europese-landen');
  expect(sourceSlug(' „Hulp” na Oekraïne – ILO (2012)! ')).toBe('hulp-na-oekraine-ilo-2012');
});

it('refuses two sources with the same address, or a title with nothing to make one from', () => {
  const source = (id: string, title: string) => ({ id, data: { title } });
  expect(() => checkSourceSlugs([source('a', 'Mensenhandel'), source('b', 'Bescherming tegen mensenhandel')])).not.toThrow();
  expect(() => checkSourceSlugs([source('a', 'Mensenhandel'), source('b', 'mensenhandel!')])).toThrow('sources/a and sources/b: both titles make the address /sources/mensenhandel/');
  expect(() => checkSourceSlugs([source('a', 'Торгівля людьми')])).toThrow('sources/a: the title “Торгівля людьми” has no letter');
});
