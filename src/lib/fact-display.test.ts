import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/ui';
import { figureParts, topFacts } from './fact-display';

const nl = useTranslations('nl');
const en = useTranslations('en');
const uk = useTranslations('uk');

describe('figureParts', () => {
  it('writes plain numbers with the locale’s grouping and no qualifier when exact', () => {
    expect(figureParts({ value: 12000, display: 'number', qualifier: 'exact' }, 'nl', nl)).toEqual({ number: '12.000' });
    expect(figureParts({ value: 12000, display: 'number', qualifier: 'exact' }, 'en', en)).toEqual({ number: '12,000' });
  });

  it('writes large numbers in words when compact', () => {
    expect(figureParts({ value: 40300000, display: 'compact', qualifier: 'exact' }, 'nl', nl).number).toBe('40,3 miljoen');
    expect(figureParts({ value: 40300000, display: 'compact', qualifier: 'exact' }, 'en', en).number).toBe('40.3 million');
  });

  it('writes a ratio of ten in each language’s own pattern', () => {
    const fact = { value: 4, display: 'ratio-of-10', qualifier: 'at-least' } as const;
    expect(figureParts(fact, 'nl', nl)).toEqual({ qualifier: 'minstens', number: '4 op de 10' });
    expect(figureParts(fact, 'en', en)).toEqual({ qualifier: 'at least', number: '4 in 10' });
    expect(figureParts(fact, 'uk', uk)).toEqual({ qualifier: 'щонайменше', number: '4 з 10' });
  });

  it('adds the qualifier words about and more than', () => {
    expect(figureParts({ value: 1000, display: 'number', qualifier: 'about' }, 'uk', uk).qualifier).toBe('близько');
    expect(figureParts({ value: 400, display: 'number', qualifier: 'more-than' }, 'nl', nl)).toEqual({ qualifier: 'meer dan', number: '400' });
  });
});

describe('topFacts', () => {
  it('takes the first facts by order, then id', () => {
    const facts = [
      { id: 'c', data: { order: 2 } },
      { id: 'b', data: { order: 1 } },
      { id: 'a', data: { order: 2 } },
      { id: 'd', data: { order: 100 } },
    ];
    expect(topFacts(facts, 3).map((f) => f.id)).toEqual(['b', 'a', 'c']);
  });
});
