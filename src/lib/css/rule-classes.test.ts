import { describe, expect, it } from 'vitest';
import { ruleClasses } from './rule-classes';

const setsColor = (block: { declarations?: { property: string }[] }) => (block.declarations ?? []).some((d) => d.property === 'color');

describe('ruleClasses', () => {
  it('gives the single classes of the rules that pass, and nothing of the others', () => {
    expect(ruleClasses('.red{color:red}.big{font-size:2rem}.blue,.navy{color:blue}', setsColor)).toEqual({ classes: new Set(['red', 'blue', 'navy']), otherSelectors: false });
  });

  it('says when a passing rule has a selector that is not a single class', () => {
    expect(ruleClasses('.red{color:red}p .x{color:green}', setsColor)).toEqual({ classes: new Set(['red']), otherSelectors: true });
    expect(ruleClasses('p .x{font-size:1rem}', setsColor).otherSelectors).toBe(false);
  });
});
