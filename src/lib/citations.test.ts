import { expect, it } from 'vitest';
import { citationsOf } from './citations';

it('lists, per source, the entries that cite it, once each', () => {
  const map = citationsOf([
    { collection: 'projects', slug: 'a', title: 'A', sources: ['s1', 's2', 's1'] },
    { collection: 'news', slug: 'b', title: 'B', sources: ['s2'] },
  ]);
  expect(map.get('s1')?.map((e) => e.slug)).toEqual(['a']);
  expect(map.get('s2')?.map((e) => e.slug)).toEqual(['a', 'b']);
  expect(map.has('s3')).toBe(false);
});
