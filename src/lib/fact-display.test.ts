import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/ui';
import { figureParts, publisherName, sourceDateText, topFacts } from './fact-display';

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

describe('sourceDateText', () => {
  it('gives the date a source carries, at its precision', () => {
    expect(sourceDateText({ published: '2013-10-18' }, 'nl', nl)).toBe('18 oktober 2013');
    expect(sourceDateText({ published: '2012' }, 'en', en)).toBe('2012');
  });

  it('says a source is undated and never shows the year it mentions as its date', () => {
    expect(sourceDateText({ published: 'undated', notBefore: '2022' }, 'nl', nl)).toBe('ongedateerd (pagina van 2022 of later)');
    expect(sourceDateText({ published: 'undated', notBefore: '2022' }, 'en', en)).toBe('undated (page from 2022 or later)');
    expect(sourceDateText({ published: 'undated' }, 'uk', uk)).toBe('без дати');
  });
});

describe('publisherName', () => {
  const names = (id: string) => ({ 'rode-kruis': 'Rode Kruis' })[id];
  it('names the organisation, or describes a page that names no publisher', () => {
    expect(publisherName({ publisher: { collection: 'organisations', id: 'rode-kruis' } }, names, 'nl')).toBe('Rode Kruis');
    const unnamed = { nl: 'een regionale pagina', en: 'a regional page', uk: 'регіональна сторінка' };
    expect(publisherName({ publisher: { unnamed } }, names, 'en')).toBe('a regional page');
  });
});
