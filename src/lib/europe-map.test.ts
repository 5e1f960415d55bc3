import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { europeShapes, isOnMap, landColours, landSvg, mapHeight, mapWidth } from './europe-map';

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

  it('puts every shape into the land picture, in the frame the inline country links use', () => {
    const svg = landSvg();
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}"`));
    expect(svg.match(/<path d="/g)?.length).toBe(shapes.length);
    for (const shape of shapes) expect(svg).toContain(`<path d="${shape.d}"/>`);
  });

  it('colours the land with the site’s tokens', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toContain(`--color-line: ${landColours.fill};`);
    expect(css).toContain(`--color-paper: ${landColours.stroke};`);
  });
});
