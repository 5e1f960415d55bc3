import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/ui';
import { filterValueLabel } from './project-labels';

describe('filterValueLabel', () => {
  it('names statuses and themes from the dictionary and countries by Intl', () => {
    expect(filterValueLabel('status', 'active', 'nl', useTranslations('nl'))).toBe('Lopend');
    expect(filterValueLabel('theme', 'reintegration', 'en', useTranslations('en'))).toBe('Reintegration');
    expect(filterValueLabel('country', 'md', 'uk', useTranslations('uk'))).toBe('Молдова');
  });
});
