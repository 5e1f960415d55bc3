import { describe, expect, it } from 'vitest';
import { weightRange } from './weights.ts';

describe('weightRange', () => {
  it('spans the theme weights the stylesheet reads, the browser’s normal and bold included', () => {
    expect(weightRange('.font-semibold{font-weight:var(--font-weight-semibold)}:root{--font-weight-semibold:600}')).toEqual({ min: 400, max: 700 });
  });

  it('widens for lighter and heavier weights, in font-weight and in the font shorthand', () => {
    expect(weightRange('.a{font-weight:300}.b{font:800 1rem/1 serif}')).toEqual({ min: 300, max: 800 });
  });

  it('ignores the range of an @font-face rule', () => {
    expect(weightRange('@font-face{font-family:X;font-weight:100 900;src:url(x.woff2)}')).toEqual({ min: 400, max: 700 });
  });
});
