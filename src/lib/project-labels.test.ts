import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/ui';
import { filterValueLabel, placeLabel, statusSourceText } from './project-labels';

describe('filterValueLabel', () => {
  it('names statuses and themes from the dictionary and countries by Intl', () => {
    expect(filterValueLabel('status', 'active', 'nl', useTranslations('nl'))).toBe('Lopend');
    expect(filterValueLabel('theme', 'reintegration', 'en', useTranslations('en'))).toBe('Reintegration');
    expect(filterValueLabel('country', 'md', 'uk', useTranslations('uk'))).toBe('Молдова');
  });
});

describe('placeLabel', () => {
  it('names a region by its number of countries, in the plural of the locale', () => {
    expect(placeLabel('europe-23', 'nl', useTranslations('nl'))).toBe('23 Europese landen');
    expect(placeLabel('europe-23', 'en', useTranslations('en'))).toBe('23 European countries');
    expect(placeLabel('europe-23', 'uk', useTranslations('uk'))).toBe('23 європейські країни');
    expect(placeLabel('hu', 'nl', useTranslations('nl'))).toBe('Hongarije');
  });
});

describe('statusSourceText', () => {
  const source = { collection: 'sources', id: 'x' } as const;
  const active = { value: 'active', source } as const;
  it('dates an active status by its source, or says the source is undated', () => {
    expect(statusSourceText(active, { published: '2013-10-18' }, 'nl', useTranslations('nl'))).toBe('volgens de bron van 18 oktober 2013');
    expect(statusSourceText(active, { published: 'undated', notBefore: '2018' }, 'en', useTranslations('en'))).toBe(
      'according to an undated source (page from 2018 or later)',
    );
    expect(statusSourceText(active, { published: 'undated' }, 'uk', useTranslations('uk'))).toBe('за даними джерела без дати');
    expect(statusSourceText({ value: 'completed', source }, { published: '2013' }, 'nl', useTranslations('nl'))).toBeUndefined();
  });
});
