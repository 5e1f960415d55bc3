import { describe, expect, it } from 'vitest';
import { fill } from './placeholders';

describe('fill', () => {
  it('replaces named placeholders and leaves unknown ones', () => {
    expect(fill('Les {number} van {of}', { number: 1, of: 4 })).toBe('Les 1 van 4');
    expect(fill('{a} en {b}', { a: 'x' })).toBe('x en {b}');
  });
});
