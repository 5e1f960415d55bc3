import { describe, expect, it } from 'vitest';
import { charactersPerFace, fontFaces, withSubsets } from './faces.ts';

const css = [
  '@font-face{font-family:Sans;font-display:swap;font-weight:100 900;src:url(/_astro/cyrillic.A.woff2)format("woff2-variations");unicode-range:U+400-45F}',
  '@font-face{font-family:Sans;font-weight:100 900;src:url(/_astro/greek.B.woff2)format("woff2-variations");unicode-range:U+370-3FF}',
  '@font-face{font-family:Sans;font-weight:100 900;src:url(/_astro/latin.C.woff2)format("woff2-variations");unicode-range:U+0-FF,U+2000-206F}',
  'body{font-family:Sans}',
].join('');

describe('fontFaces', () => {
  it('lists the faces in order with their ranges', () => {
    expect(fontFaces(css).map((face) => [face.family, face.url, face.ranges[0]])).toEqual([
      ['Sans', '/_astro/cyrillic.A.woff2', { start: 0x400, end: 0x45f }],
      ['Sans', '/_astro/greek.B.woff2', { start: 0x370, end: 0x3ff }],
      ['Sans', '/_astro/latin.C.woff2', { start: 0, end: 0xff }],
    ]);
  });
});

describe('charactersPerFace', () => {
  const faces = [
    { family: 'Sans', url: 'a', ranges: [{ start: 0, end: 0x500 }] },
    { family: 'Sans', url: 'b', ranges: [{ start: 0x41, end: 0x5a }] },
  ];

  it('gives a character to the last face that covers it and has it', () => {
    expect(charactersPerFace(faces, [0x41, 0x42, 0x416], () => true)).toEqual([[0x416], [0x41, 0x42]]);
    expect(charactersPerFace(faces, [0x41, 0x42], (face, point) => face === 0 || point !== 0x42)).toEqual([[0x42], [0x41]]);
  });

  it('gives a character no face has to none', () => {
    expect(charactersPerFace(faces, [0x2190], () => true)).toEqual([[], []]);
  });
});

describe('withSubsets', () => {
  const subsets = new Map([
    ['/_astro/latin.C.woff2', { url: '/_astro/latin.X.woff2', points: [0x20, 0x41, 0x42, 0x43, 0xeb] }],
    ['/_astro/cyrillic.A.woff2', { url: '/_astro/cyrillic.Y.woff2', points: [0x456, 0x457] }],
  ]);
  const result = withSubsets(css, subsets, { min: 400, max: 700 });

  it('points each face at its subset, with the range it holds and the weights kept', () => {
    expect(result).toContain('src:url(/_astro/latin.X.woff2)format("woff2-variations");unicode-range:U+20,U+41-43,U+EB');
    expect(result).toContain('font-weight:400 700;src:url(/_astro/cyrillic.Y.woff2)');
    expect(result).toContain('unicode-range:U+456-457');
  });

  it('gives every face the font-display of fontDisplay, replacing the one it had', () => {
    expect(result.match(/@font-face\{[^}]*\}/g)?.map((rule) => rule.match(/font-display:\w+/g))).toEqual([['font-display:fallback'], ['font-display:fallback']]);
  });

  it('drops the faces the site draws nothing in', () => {
    expect(result).not.toContain('greek');
    expect(result).not.toContain('.A.woff2');
    expect(result).toContain('body{font-family:Sans}');
  });
});
