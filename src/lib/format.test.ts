import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatMoney, formatNumber, formatPeriod } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('format', () => {
  it('formats dates for each locale', () => {
    const d = new Date('2013-10-18');
    expect(formatDate(d, 'nl')).toBe('18 oktober 2013');
    expect(formatDate(d, 'en')).toBe('18 October 2013');
    expect(formatDate(d, 'uk')).toMatch(/^18 жовтня 2013/);
  });

  it('formats periods, open or closed', () => {
    expect(nbsp(formatPeriod(new Date('2016-11-01'), new Date('2018-11-30'), 'en', 'since'))).toBe('November 2016 – November 2018');
    expect(formatPeriod(new Date('2016-11-01'), undefined, 'nl', 'sinds')).toBe('sinds november 2016');
  });

  it('formats money with the currency of the budget', () => {
    expect(nbsp(formatMoney(53763, 'USD', 'en'))).toBe('US$53,763');
    expect(nbsp(formatMoney(53763, 'USD', 'nl'))).toBe('US$ 53.763');
    expect(nbsp(formatMoney(53763, 'USD', 'uk'))).toMatch(/^53 763/);
  });

  it('formats large numbers compactly in words', () => {
    expect(formatNumber(40300000, 'nl', 'compact')).toBe('40,3 miljoen');
    expect(formatNumber(40300000, 'en', 'compact')).toBe('40.3 million');
    expect(formatNumber(12000, 'nl')).toBe('12.000');
  });

  it('names countries in the reader’s language', () => {
    expect(countryName('MD', 'nl')).toBe('Moldavië');
    expect(countryName('MD', 'uk')).toBe('Молдова');
  });
});
