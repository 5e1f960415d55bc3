import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/ui';
import { countryName, formatDate, formatMoney, formatNumber, formatPeriod, plural } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('format', () => {
  it('formats dates for each locale, at exactly the precision given', () => {
    expect(formatDate('2013-10-18', 'nl')).toBe('18 oktober 2013');
    expect(formatDate('2013-10-18', 'en')).toBe('18 October 2013');
    expect(formatDate('2013-10-18', 'uk')).toMatch(/^18 жовтня 2013/);
    expect(formatDate('2016-11', 'nl')).toBe('november 2016');
    expect(formatDate('2016-11', 'en')).toBe('November 2016');
    expect(formatDate('2009', 'nl')).toBe('2009');
    expect(formatDate('2009', 'uk')).toBe('2009');
  });

  it('formats periods, open or closed, without adding a month or day', () => {
    const t = (locale: 'nl' | 'en' | 'uk') => useTranslations(locale);
    expect(nbsp(formatPeriod({ start: '2016-11', end: '2018-11' }, 'en', t('en')))).toBe('November 2016 – November 2018');
    expect(nbsp(formatPeriod({ start: '2020-10-01', end: '2022-03-31' }, 'nl', t('nl')))).toBe('1 oktober 2020 – 31 maart 2022');
    expect(formatPeriod({ start: '2009' }, 'nl', t('nl'))).toBe('sinds 2009');
    expect(formatPeriod({ start: '2009' }, 'en', t('en'))).toBe('since 2009');
    expect(formatPeriod({ start: '2009' }, 'uk', t('uk'))).toBe('з 2009 року');
    expect(formatPeriod({ start: '2016-11' }, 'uk', t('uk'))).toBe('з листопада 2016 року');
    expect(formatPeriod({ start: '2016-11' }, 'nl', t('nl'))).toBe('sinds november 2016');
    expect(nbsp(formatPeriod({ start: '2018', end: '2019-06' }, 'en', t('en')))).toBe('2018 – June 2019');
  });

  it('picks the plural form of the locale', () => {
    const forms = { one: '{n} країна', few: '{n} країни', many: '{n} країн', other: '{n} країни' };
    expect(plural(23, 'uk', forms)).toBe('23 країни');
    expect(plural(25, 'uk', forms)).toBe('25 країн');
    expect(plural(21, 'uk', forms)).toBe('21 країна');
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
