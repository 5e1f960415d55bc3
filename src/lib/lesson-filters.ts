import type { CollectionEntry } from 'astro:content';
import { exploitationForms, schoolLevels } from './schemas';
import type { UIKey } from '../i18n/ui';
import { facets, type Facet, type Tokens } from './lesson-selection';
import { fill } from './placeholders';

/**
 * Filters of the teacher index: by age, school level, duration and topic. Each filter value has a real
 * page (`/teachers/level/havo/`), so the filters work without JavaScript; the index page filters in place
 * with the same tokens (`data-level="vmbo havo"` on each card).
 */
type Lesson = CollectionEntry<'lessons'>['data'];
export type LessonFacts = Pick<Lesson, 'topic' | 'ageRange' | 'levels' | 'durationMinutes'>;

interface Band {
  value: string;
  min: number;
  max: number;
}

/** Age bands that do not share an age: 12–14 is roughly the first two years of Dutch secondary school. */
export const ageBands: Band[] = [
  { value: '10-11', min: 10, max: 11 },
  { value: '12-14', min: 12, max: 14 },
  { value: '15-16', min: 15, max: 16 },
  { value: '17-18', min: 17, max: 18 },
  { value: '19-20', min: 19, max: 20 },
];

/** Duration bands: shorter than a lesson period, one period, more than one. */
export const durationBands = [
  { value: 'up-to-45', min: 1, max: 45 },
  { value: '46-60', min: 46, max: 60 },
  { value: 'over-60', min: 61, max: Number.POSITIVE_INFINITY },
] as const satisfies readonly Band[];

export const topics = [...exploitationForms, 'general'] as const satisfies readonly Lesson['topic'][];

/** Every possible value of each facet, in the order the filters show them. */
export const facetValues: Record<Facet, readonly string[]> = {
  age: ageBands.map((b) => b.value),
  level: schoolLevels,
  duration: durationBands.map((b) => b.value),
  topic: topics,
};

/** The values a lesson has for each facet: an age range 13–18 lies in the bands 12-14, 15-16 and 17-18. */
export function lessonTokens(lesson: LessonFacts): Tokens {
  const { min, max } = lesson.ageRange;
  return {
    age: ageBands.filter((b) => min <= b.max && max >= b.min).map((b) => b.value),
    level: schoolLevels.filter((l) => lesson.levels.includes(l)),
    duration: durationBands.filter((b) => lesson.durationMinutes >= b.min && lesson.durationMinutes <= b.max).map((b) => b.value),
    topic: [lesson.topic],
  };
}

/** The filter values at least one lesson has, per facet, in fixed order; a facet without values is left out. */
export function availableFilters(lessons: LessonFacts[]): { facet: Facet; values: string[] }[] {
  const all = lessons.map(lessonTokens);
  return facets
    .map((facet) => ({ facet, values: facetValues[facet].filter((value) => all.some((t) => t[facet].includes(value))) }))
    .filter((f) => f.values.length > 0);
}

/** The page that lists the lessons with one filter value, below the locale prefix. */
export function filterRoute(facet: Facet, value: string): string {
  return `/teachers/${facet}/${value}/`;
}

/** Lessons in series order, then by title. */
export function sortLessons<T extends { data: Pick<Lesson, 'series' | 'title'> }>(lessons: T[], compare: (a: string, b: string) => number): T[] {
  return [...lessons].sort(
    (a, b) => (a.data.series?.number ?? Number.MAX_SAFE_INTEGER) - (b.data.series?.number ?? Number.MAX_SAFE_INTEGER) || compare(a.data.title, b.data.title),
  );
}

type Translate = (key: UIKey) => string;
type Level = Lesson['levels'][number];

/** The dictionary label of each facet, for the filter groups and the lesson facts. */
export const facetLabels: Record<Facet, UIKey> = { age: 'school.age', level: 'school.levels', duration: 'school.duration', topic: 'school.topic' };

export function topicLabel(topic: Lesson['topic']): UIKey {
  return topic === 'general' ? 'school.topic.general' : `form.${topic}`;
}

export function levelLabel(level: Level, long = false): UIKey {
  return long ? `school.levelName.${level}` : `school.level.${level}`;
}

/** The label of one filter value in the page's language: `age`/`12-14` → “12–14 jaar”. */
export function filterValueLabel(t: Translate, facet: Facet, value: string): string {
  if (facet === 'age') {
    const band = ageBands.find((b) => b.value === value);
    return band ? fill(t('school.ageRange'), { min: band.min, max: band.max }) : value;
  }
  if (facet === 'level') {
    const level = schoolLevels.find((l) => l === value);
    return level ? t(levelLabel(level, true)) : value;
  }
  if (facet === 'duration') {
    const band = durationBands.find((b) => b.value === value);
    return band ? t(`school.durationBand.${band.value}`) : value;
  }
  const topic = topics.find((x) => x === value);
  return topic ? t(topicLabel(topic)) : value;
}
