import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { TrueTypeSubset } from './font-subset';
import { font, fontNames } from './fonts';

/** fontkit's own TrueType subset of the same glyphs, the reference the fast subset must equal byte for byte. */
function fontkitSubset(source: Font, glyphs: number[]): Uint8Array {
  const subset = (source as unknown as { createSubset: () => { includeGlyph: (id: number) => number; encode: () => Uint8Array } }).createSubset();
  for (const id of glyphs) subset.includeGlyph(id);
  return subset.encode();
}

function glyphsOf(source: Font, text: string): number[] {
  return source.layout(text).glyphs.map((glyph) => glyph.id);
}

// Composite glyphs (the ellipsis, letters with accents and the Ukrainian ї are made of other glyphs), digits,
// quotes of all three locales and a glyph used twice.
const texts = [
  'Wacht even… „Echt?” Ja, één keer: café, reünie, coöperatie.',
  'Forced labour – “help” at 112; 24/7, £0 and €0.',
  'Їжак і йог: «допомога», «Україна» — ґанок, є, ї.',
];

describe('TrueTypeSubset', () => {
  for (const name of fontNames) {
    it(`writes the bytes fontkit writes for a ${name} subset`, () => {
      const source = font(name);
      for (const text of texts) {
        const glyphs = glyphsOf(source, text);
        const subset = new TrueTypeSubset(source);
        for (const id of glyphs) subset.includeGlyph(id);
        expect(Buffer.from(subset.encode()).equals(Buffer.from(fontkitSubset(source, glyphs)))).toBe(true);
      }
    });
  }

  it('numbers glyphs in the order they are first included, the missing glyph first, components after', () => {
    const source = font('bold');
    const [ellipsis] = glyphsOf(source, '…');
    const subset = new TrueTypeSubset(source);
    expect(subset.includeGlyph(ellipsis)).toBe(1);
    expect(subset.includeGlyph({ id: ellipsis })).toBe(1);
    subset.encode();
    // The bold ellipsis is three full stops: its component joins the subset when the file is written.
    expect(subset.glyphs).toEqual([0, ellipsis, ...glyphsOf(source, '.')]);
  });

  it('leaves the font file as it was', () => {
    const source = font('regular');
    const [ellipsis] = glyphsOf(source, '…');
    const before = fontkitSubset(source, [ellipsis]);
    const subset = new TrueTypeSubset(source);
    subset.includeGlyph(500);
    subset.includeGlyph(ellipsis);
    subset.encode();
    expect(Buffer.from(fontkitSubset(source, [ellipsis])).equals(Buffer.from(before))).toBe(true);
  });
});
