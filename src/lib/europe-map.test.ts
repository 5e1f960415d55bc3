import { describe, expect, it } from 'vitest';
import { europeShapes, isOnMap } from './europe-map';

describe('europe map', () => {
  const shapes = europeShapes();

  it('draws the European countries projects work in', () => {
    for (const code of ['NL', 'SE', 'RO', 'MD', 'BA', 'HU', 'UA', 'PT', 'IS']) expect(isOnMap(code), code).toBe(true);
    expect(shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });

  it('leaves out countries far from Europe and gives each code one shape', () => {
    expect(shapes.length).toBeLessThan(80);
    const codes = shapes.flatMap((s) => (s.code ? [s.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(isOnMap('US')).toBe(false);
  });

  it('stays small enough to inline in a page', () => {
    const size = shapes.reduce((sum, s) => sum + s.d.length, 0);
    expect(size).toBeLessThan(40_000);
  });
});
