import type { CollectionEntry } from 'astro:content';
import type { UIKey } from '../i18n/ui';

type Lesson = CollectionEntry<'lessons'>['data'];

/** One section of a lesson page: its anchor and either a dictionary label or a heading from the MDX body. */
export type LessonSection = { id: string; label: UIKey } | { id: string; text: string };

/** The id SourceList gives its heading; the in-page navigation links to it. */
export const sourcesAnchor = 'sources-title';

/**
 * The sections of a lesson page in reading order, for its in-page navigation. Optional parts of a lesson
 * (misconceptions, related entries) appear only when the entry has them; the
 * second-level headings of the MDX body sit between the quiz and the related entries.
 */
export function lessonSections(lesson: Lesson, bodyHeadings: { depth: number; slug: string; text: string }[]): LessonSection[] {
  const sections: (LessonSection | false)[] = [
    { id: 'goals', label: 'lesson.goals' },
    { id: 'key-terms', label: 'lesson.keyTerms' },
    lesson.misconceptions.length > 0 && { id: 'misconceptions', label: 'lesson.misconceptions' },
    { id: 'content-note', label: 'lesson.contentNote' },
    { id: 'disclosure', label: 'disclosure.title' },
    { id: 'plan', label: 'lesson.plan' },
    { id: 'questions', label: 'lesson.questions' },
    { id: 'scenario', label: 'lesson.scenario' },
    { id: 'worksheets', label: 'lesson.worksheets' },
    { id: 'starter-quiz', label: 'classroom.starterQuiz' },
    { id: 'quiz', label: 'lesson.quiz' },
    ...bodyHeadings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
    (lesson.signals.length > 0 || lesson.toolkits.length > 0) && { id: 'related', label: 'lesson.related' },
    lesson.sources.length > 0 && { id: sourcesAnchor, label: 'page.sources' },
  ];
  return sections.filter((s): s is LessonSection => s !== false);
}
