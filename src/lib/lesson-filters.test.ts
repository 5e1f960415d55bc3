import { describe, expect, it } from 'vitest';
import { availableFilters, filterRoute, filterValueLabel, lessonTokens, sortLessons, topicLabel, type LessonFacts } from './lesson-filters';
import { matchesSelection } from './lesson-selection';
import { nl } from '../i18n/ui/nl';
import { en } from '../i18n/ui/en';
import type { UIKey } from '../i18n/ui';

const lesson = (over: Partial<LessonFacts> = {}): LessonFacts => ({
  topic: 'general',
  ageRange: { min: 13, max: 18 },
  levels: ['havo', 'vmbo'],
  durationMinutes: 50,
  ...over,
});

describe('lessonTokens', () => {
  it('puts an age range in every band it overlaps', () => {
    expect(lessonTokens(lesson()).age).toEqual(['12-14', '15-16', '17-18']);
    expect(lessonTokens(lesson({ ageRange: { min: 10, max: 12 } })).age).toEqual(['10-11', '12-14']);
    expect(lessonTokens(lesson({ ageRange: { min: 16, max: 16 } })).age).toEqual(['15-16']);
  });

  it('lists levels in school order and one duration band and topic', () => {
    const tokens = lessonTokens(lesson({ durationMinutes: 45, topic: 'sexual' }));
    expect(tokens.level).toEqual(['vmbo', 'havo']);
    expect(tokens.duration).toEqual(['up-to-45']);
    expect(tokens.topic).toEqual(['sexual']);
    expect(lessonTokens(lesson({ durationMinutes: 90 })).duration).toEqual(['over-60']);
  });

  it('matches a selection on every chosen facet', () => {
    const tokens = lessonTokens(lesson({ topic: 'labour' }));
    expect(matchesSelection(tokens, {})).toBe(true);
    expect(matchesSelection(tokens, { level: 'havo', topic: 'labour' })).toBe(true);
    expect(matchesSelection(tokens, { level: 'vwo' })).toBe(false);
    expect(matchesSelection(tokens, { age: '10-11', topic: 'labour' })).toBe(false);
  });
});

describe('availableFilters', () => {
  it('offers only values some lesson has, in fixed order, and drops empty facets', () => {
    const filters = availableFilters([lesson({ topic: 'sexual' }), lesson({ topic: 'general', levels: ['mbo'] })]);
    expect(filters).toEqual([
      { facet: 'age', values: ['12-14', '15-16', '17-18'] },
      { facet: 'level', values: ['vmbo', 'havo', 'mbo'] },
      { facet: 'duration', values: ['46-60'] },
      { facet: 'topic', values: ['sexual', 'general'] },
    ]);
    expect(availableFilters([])).toEqual([]);
  });

  it('builds the route of a filter page', () => {
    expect(filterRoute('level', 'havo')).toBe('/teachers/level/havo/');
  });
});

describe('labels', () => {
  const t = (dictionary: Record<UIKey, string>) => (key: UIKey) => dictionary[key];
  it('names each filter value in the page language', () => {
    expect(filterValueLabel(t(nl), 'age', '12-14')).toBe('12–14 jaar');
    expect(filterValueLabel(t(en), 'level', 'havo')).toBe('havo (senior general)');
    expect(filterValueLabel(t(nl), 'duration', '46-60')).toBe('46 tot 60 minuten');
    expect(filterValueLabel(t(en), 'topic', 'criminal')).toBe('Criminal exploitation');
    expect(filterValueLabel(t(en), 'topic', 'general')).toBe('General');
    expect(topicLabel('organ-removal')).toBe('form.organ-removal');
  });
});

describe('sortLessons', () => {
  it('sorts by series number, then title; lessons outside a series come last', () => {
    const entry = (title: string, number?: number) => ({ data: { title, series: number ? { number, of: 3 } : undefined } });
    const sorted = sortLessons([entry('B'), entry('Z', 2), entry('A'), entry('Y', 1)], (a, b) => a.localeCompare(b));
    expect(sorted.map((e) => e.data.title)).toEqual(['Y', 'Z', 'A', 'B']);
  });
});
