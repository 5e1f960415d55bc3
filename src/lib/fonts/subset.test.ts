import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { codePointsOf } from './code-ranges.ts';
import { fontCharacters, missingCharacters, subsetWoff2 } from './subset.ts';

const files = 'node_modules/@fontsource-variable/noto-sans/files';
const latin = readFileSync(`${files}/noto-sans-latin-wght-normal.woff2`);
const cyrillic = readFileSync(`${files}/noto-sans-cyrillic-wght-normal.woff2`);

/** A Ukrainian page's text as the site writes it: Cyrillic letters in the Cyrillic file, the rest in the Latin one. */
const page = 'Допомога поруч: «Ла Страда Україна» — гаряча лінія 527 (безкоштовно), м’ясо, ґанок, їжак, Євген. Signaal 112.';
const isCyrillic = (point: number) => point >= 0x400 && point <= 0x4ff;
const weights = { min: 400, max: 700 };

describe('subsetWoff2', () => {
  it('has a glyph for every character of the page, in the file its script belongs to', async () => {
    const points = codePointsOf(page);
    const cyrillicSubset = await subsetWoff2(cyrillic, points.filter(isCyrillic), weights);
    const latinSubset = await subsetWoff2(latin, points.filter((point) => !isCyrillic(point)), weights);
    expect(missingCharacters(cyrillicSubset, page.replace(/[^\u0400-\u04ff]/g, ''))).toEqual([]);
    expect(missingCharacters(latinSubset, page.replace(/[\u0400-\u04ff]/g, ''))).toEqual([]);
    expect(cyrillicSubset.length).toBeLessThan(cyrillic.length / 2);
  });

  it('leaves out a character it was not given, so a missing one shows', async () => {
    const subset = await subsetWoff2(cyrillic, codePointsOf(page.replace(/ї/g, '')).filter(isCyrillic), weights);
    expect(missingCharacters(subset, page.replace(/[^\u0400-\u04ff]/g, ''))).toEqual(['ї']);
    expect(fontCharacters(subset).has(0x457)).toBe(false);
  });

  it('keeps the weight axis over the given range only', async () => {
    const subset = await subsetWoff2(latin, codePointsOf('Signaal'), weights);
    const font = fontkit.create(subset) as fontkit.Font;
    expect(font.variationAxes.wght).toMatchObject({ min: 400, max: 700 });
  });

  it('gives the same bytes for the same input', async () => {
    const points = codePointsOf(page).filter(isCyrillic);
    expect(Buffer.compare(await subsetWoff2(cyrillic, points, weights), await subsetWoff2(cyrillic, points, weights))).toBe(0);
  });
});
