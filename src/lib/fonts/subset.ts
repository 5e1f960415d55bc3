import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import type { WeightRange } from './weights.ts';

/** The code points a font file (TrueType, WOFF, WOFF2) has glyphs for. */
export function fontCharacters(bytes: Uint8Array): Set<number> {
  const font = fontkit.create(Buffer.from(bytes));
  if (!('characterSet' in font)) throw new Error('A font collection, not one font');
  return new Set(font.characterSet);
}

/** The characters of `text` a font file has no glyph for. */
export function missingCharacters(bytes: Uint8Array, text: string): string[] {
  const held = fontCharacters(bytes);
  return [...new Set(Array.from(text))].filter((char) => !held.has(char.codePointAt(0) ?? 0));
}

/**
 * A WOFF2 subset of a variable font (HarfBuzz's subsetter, through subset-font) with the glyphs of exactly
 * `points`, everything the shaping of those glyphs needs (kerning, ligatures, numeral forms), and its weight
 * axis cut to `weights`: the design space the site never asks for is what a variable font spends most bytes on.
 * The same input gives the same bytes.
 */
export async function subsetWoff2(bytes: Uint8Array, points: readonly number[], weights: WeightRange): Promise<Buffer> {
  return subsetFont(Buffer.from(bytes), String.fromCodePoint(...points), {
    targetFormat: 'woff2',
    variationAxes: { wght: weights.min === weights.max ? weights.min : { min: weights.min, max: weights.max } },
  });
}
