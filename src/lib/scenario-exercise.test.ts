import { describe, expect, it } from 'vitest';
import { bestOption, verdict } from './scenario-exercise';

const options = [{ correct: false }, { correct: true }, { correct: false }];

describe('scenario exercise', () => {
  it('judges a choice', () => {
    expect(verdict(options, undefined)).toBe('unanswered');
    expect(verdict(options, 7)).toBe('unanswered');
    expect(verdict(options, 1)).toBe('right');
    expect(verdict(options, 2)).toBe('wrong');
  });

  it('finds the best option', () => {
    expect(bestOption(options)).toBe(1);
    expect(bestOption([{ correct: false }])).toBe(-1);
  });
});
