import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/ui';
import type { Locale } from '../locales';
import {
  chosenText,
  clientKeys,
  filterGroups,
  filterLegend,
  isSearch,
  pagefindFilters,
  pagefindQuery,
  readState,
  statusText,
  waysOn,
  writeState,
  type ClientStrings,
} from './page';

const strings = (locale: Locale) => {
  const t = useTranslations(locale);
  return Object.fromEntries(clientKeys.map((key) => [key, t(key)])) as ClientStrings;
};

describe('readState and writeState', () => {
  it('reads the query and the known filters, ignoring others and repeats', () => {
    expect(readState('?q=+uitbuiting+&type=Project&type=Lespakket&type=Project&colour=red&age=')).toEqual({
      query: 'uitbuiting',
      selection: { type: ['Project', 'Lespakket'] },
    });
    expect(readState('')).toEqual({ query: '', selection: {} });
  });

  it('round-trips Cyrillic and spaces', () => {
    const state = { query: 'торгівля людьми', selection: { audience: ['Для всіх'], form: ['Трудова експлуатація'] } };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('writes nothing for an empty search', () => {
    expect(writeState({ query: '  ', selection: {} })).toBe('');
    expect(writeState({ query: 'werk', selection: { level: ['havo', 'vwo'] } })).toBe('?q=werk&level=havo&level=vwo');
  });
});

describe('isSearch and pagefindFilters', () => {
  it('searches with words, filters or both', () => {
    expect(isSearch({ query: '', selection: {} })).toBe(false);
    expect(isSearch({ query: '', selection: { type: ['Project'] } })).toBe(true);
    expect(isSearch({ query: 'werk', selection: {} })).toBe(true);
  });

  it('makes values within a filter alternatives', () => {
    expect(pagefindFilters({ type: ['Project', 'Toolkit'], age: ['12–14'], form: [] })).toEqual({
      type: { any: ['Project', 'Toolkit'] },
      age: { any: ['12–14'] },
    });
  });
});

describe('pagefindQuery', () => {
  it('leaves Dutch and English to Pagefind’s stemmer', () => {
    expect(pagefindQuery('  uitbuiting   werk ', 'nl')).toBe('uitbuiting werk');
    expect(pagefindQuery('exploitation', 'en')).toBe('exploitation');
  });

  it('cuts one ending off longer Ukrainian words so other case forms match as prefixes', () => {
    expect(pagefindQuery('експлуатація', 'uk')).toBe('експлуатац');
    expect(pagefindQuery('торгівля людьми', 'uk')).toBe('торгівл людьм');
    expect(pagefindQuery('Торгівлею', 'uk')).toBe('Торгівл');
    expect(pagefindQuery('дім 112 Signaal', 'uk')).toBe('дім 112 Signaal');
  });
});

describe('filterGroups', () => {
  it('keeps the offered filters in order and sorts values for the locale', () => {
    const groups = filterGroups(
      { audience: { Учні: 2, Вчителі: 3 }, type: { Урок: 4, Проєкт: 1 }, secret: { x: 1 }, form: {} },
      'uk',
    );
    expect(groups).toEqual([
      { key: 'type', values: [{ value: 'Проєкт', count: 1 }, { value: 'Урок', count: 4 }] },
      { key: 'audience', values: [{ value: 'Вчителі', count: 3 }, { value: 'Учні', count: 2 }] },
    ]);
  });
});

describe('texts', () => {
  it('counts results with the plural forms of each language', () => {
    expect(statusText(1, 'uitbuiting', 'nl', strings('nl'))).toBe('1 resultaat voor „uitbuiting”');
    expect(statusText(1200, '', 'nl', strings('nl'))).toBe('1.200 resultaten');
    expect(statusText(2, 'exploitation', 'en', strings('en'))).toBe('2 results for “exploitation”');
    expect(statusText(1, 'торгівля', 'uk', strings('uk'))).toBe('1 результат за запитом «торгівля»');
    expect(statusText(3, 'торгівля', 'uk', strings('uk'))).toBe('3 результати за запитом «торгівля»');
    expect(statusText(5, 'торгівля', 'uk', strings('uk'))).toBe('5 результатів за запитом «торгівля»');
    expect(statusText(21, '', 'uk', strings('uk'))).toBe('21 результат');
  });

  it('says when nothing was found', () => {
    expect(statusText(0, 'xyz', 'nl', strings('nl'))).toBe('Geen resultaten voor „xyz”');
    expect(statusText(0, '', 'en', strings('en'))).toBe('No results');
  });

  it('counts chosen filters and names every filter', () => {
    expect(chosenText({ type: ['Project'], audience: ['Docenten', 'Leerlingen'] }, 'nl', strings('nl'))).toBe('3 gekozen');
    expect(chosenText({}, 'en', strings('en'))).toBe('');
    expect(filterLegend('form', strings('uk'))).toBe('Форма експлуатації');
  });

  it('offers the section overviews and the sitemap as a way on', () => {
    expect(waysOn.map((item) => item.route)).toEqual([
      '/what-is-trafficking/', '/projects/', '/teachers/', '/students/', '/toolkits/', '/signals/', '/sitemap/',
    ]);
  });
});
