import { describe, expect, it } from 'vitest';
import { codePointsOf, codeRanges, inRanges } from './code-ranges.ts';

describe('codePointsOf', () => {
  it('gives each code point once, sorted, astral characters whole', () => {
    expect(codePointsOf('baab😀')).toEqual([0x61, 0x62, 0x1f600]);
  });
});

describe('codeRanges', () => {
  it('joins neighbours into runs and keeps gaps', () => {
    expect(codeRanges([0x43, 0x41, 0x42, 0xe9, 0x410, 0x412, 0x411, 0x414])).toEqual([
      { start: 0x41, end: 0x43 },
      { start: 0xe9, end: 0xe9 },
      { start: 0x410, end: 0x412 },
      { start: 0x414, end: 0x414 },
    ]);
  });

  it('holds exactly the code points it was given', () => {
    const points = codePointsOf('Українська мова, «лапки» і апостроф’');
    const ranges = codeRanges(points);
    for (let point = 0; point < 0x2100; point++) expect(inRanges(ranges, point)).toBe(points.includes(point));
  });
});
