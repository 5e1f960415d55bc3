import { describe, expect, it } from 'vitest';
import { lessonSections } from './lesson-sections';

const base = {
  misconceptions: [{ myth: 'm', fact: 'f' }],
  discussionQuestions: ['q'],
  signals: [{ collection: 'signals' as const, id: 'nl/school' }],
  toolkits: [],
  sources: [{ collection: 'sources' as const, id: '001' }],
};
type Lesson = Parameters<typeof lessonSections>[0];

describe('lessonSections', () => {
  it('lists every section in reading order, with the body headings after the quiz', () => {
    const ids = lessonSections(base as unknown as Lesson, [
      { depth: 2, slug: 'achtergrond', text: 'Achtergrond' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ]).map((s) => s.id);
    expect(ids).toEqual([
      'goals', 'key-terms', 'misconceptions', 'content-note', 'disclosure', 'plan', 'questions', 'scenario', 'worksheets', 'starter-quiz', 'quiz',
      'achtergrond', 'related', 'sources-title',
    ]);
  });

  it('leaves out optional sections the lesson does not have', () => {
    const lesson = { ...base, misconceptions: [], signals: [] } as unknown as Lesson;
    const ids = lessonSections(lesson, []).map((s) => s.id);
    expect(ids).not.toContain('misconceptions');
    expect(ids).not.toContain('related');
  });
});
