import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/ui';
import { locales } from '../locales';
import { helpLineFacts } from './facts';
import { helpLine, helpLines } from './lines';

describe('helpLineFacts', () => {
  it('gives the CoMensha hours from public-facts.md in the reader’s language', () => {
    expect(helpLineFacts(helpLine('comensha'), useTranslations('en'))[0]).toEqual({ label: 'help.fact.when', value: 'Monday to Friday, 09:00–17:00', unchecked: false });
    expect(helpLineFacts(helpLine('comensha'), useTranslations('nl'))[0].value).toBe('Maandag tot en met vrijdag, 09:00–17:00');
  });

  it('says “not checked by us” for every fact the sources do not give', () => {
    const t = useTranslations('en');
    expect(helpLineFacts(helpLine('police'), t).map((f) => [f.value, f.unchecked])).toEqual([
      ['Not checked by us', true],
      ['Not checked by us', true],
      ['Not checked by us', true],
    ]);
    expect(helpLineFacts(helpLine('arbeidsinspectie'), t).map((f) => f.value)).toEqual(['Not checked by us', 'Free', 'Possible']);
  });

  it('has a when, cost and anonymity row for every line in every locale', () => {
    for (const locale of locales) {
      for (const line of helpLines) {
        const facts = helpLineFacts(line, useTranslations(locale));
        expect(facts.map((f) => f.label)).toEqual(['help.fact.when', 'help.fact.cost', 'help.fact.anonymous']);
        expect(facts.every((f) => f.value.trim() !== '' && !f.value.includes('{'))).toBe(true);
      }
    }
  });
});
