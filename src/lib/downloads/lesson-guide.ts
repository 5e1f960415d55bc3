import type { CollectionEntry } from 'astro:content';
import { planByPhase, planMinutes } from '../lesson-plan';
import { parseMarkdown, type Run } from './markdown';
import { documentOptions, PdfLayout, type DocumentContext } from './pdf';
import { disclosureSteps } from '../disclosure';

type Lesson = CollectionEntry<'lessons'>['data'];


/** The lesson's facts as label–value pairs: age, levels, duration and its place in the series. */
export function lessonFacts(lesson: Lesson, t: DocumentContext['t']): [string, string][] {
  const facts: [string, string][] = [
    [t('school.age'), t('school.ageRange').replace('{min}', String(lesson.ageRange.min)).replace('{max}', String(lesson.ageRange.max))],
    [t('school.levels'), lesson.levels.map((level) => t(`school.levelName.${level}`)).join(', ')],
    [t('school.duration'), t('school.minutes').replace('{minutes}', String(lesson.durationMinutes))],
  ];
  if (lesson.series) {
    facts.push([t('school.series'), t('school.lessonOf').replace('{number}', String(lesson.series.number)).replace('{of}', String(lesson.series.of))]);
  }
  return facts;
}

export function lessonGuideTitle(lesson: Lesson, t: DocumentContext['t']): string {
  return `${t('school.material.teacher-guide')} – ${lesson.title}`;
}

/**
 * The teacher guide of a lesson pack (A4): what the teacher needs before, during and after the lesson,
 * including the content note, the disclosure guidance and the answers to the starter and exit quizzes.
 */
export async function buildLessonGuide(lesson: Lesson, body: string, context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const layout = new PdfLayout(documentOptions(context, lessonGuideTitle(lesson, t), lesson.summary));

  layout.eyebrow(t('school.material.teacher-guide'));
  layout.title(lesson.title);
  layout.lead(lesson.summary);
  layout.facts(lessonFacts(lesson, t));
  layout.note(t('lesson.contentNote'), (note) => note.paragraph(lesson.contentNote, { fontSize: 10 }), 'accent');

  layout.heading(2, t('lesson.goals'));
  layout.paragraph(t('lesson.goals.lead'));
  layout.list(lesson.learningGoals);

  layout.heading(2, t('lesson.keyTerms'));
  layout.list(lesson.keyTerms.map(({ term, definition }): Run[] => [{ text: `${term}: `, bold: true }, { text: definition, bold: false }]));

  if (lesson.misconceptions.length > 0) {
    layout.heading(2, t('lesson.misconceptions'));
    layout.list(
      lesson.misconceptions.map(({ myth, fact }): Run[] => [
        { text: `${t('lesson.myth')}: `, bold: true },
        { text: `${myth}\n`, bold: false },
        { text: `${t('lesson.fact')}: `, bold: true },
        { text: fact, bold: false },
      ]),
    );
  }

  layout.markdown(parseMarkdown(body));

  layout.heading(2, t('lesson.plan'));
  layout.paragraph(t('lesson.plan.total').replace('{minutes}', String(planMinutes(lesson.steps))));
  for (const group of planByPhase(lesson.steps)) {
    for (const step of group.steps) {
      const time = t('lesson.step.time').replace('{start}', String(step.start)).replace('{end}', String(step.end));
      layout.heading(3, `${t(`lesson.phase.${step.phase}`)} · ${step.title}`);
      layout.paragraph(time, { colour: '#4a5360', fontSize: 9.5 });
      layout.paragraph([{ text: `${t('lesson.step.teacher')}: `, bold: true }, { text: step.teacher, bold: false }]);
      layout.paragraph([{ text: `${t('lesson.step.students')}: `, bold: true }, { text: step.students, bold: false }]);
    }
  }

  layout.heading(2, t('lesson.questions'));
  layout.list(lesson.discussionQuestions, { ordered: true });

  layout.heading(2, t('lesson.scenario'));
  layout.heading(3, lesson.scenario.title);
  layout.paragraph(lesson.scenario.text);

  layout.note(t('disclosure.title'), (note) => {
    note.paragraph(t('disclosure.lead'), { fontSize: 10 });
    note.list(disclosureSteps.map((key) => t(key)), { fontSize: 10 });
  });

  quiz(layout, t('classroom.starterQuiz'), t('classroom.starterQuiz.lead'), lesson.starterQuiz, t);
  quiz(layout, t('lesson.quiz'), t('lesson.quiz.lead'), lesson.quiz, t);
  return layout.finish();
}

/** A quiz for the teacher: each question in bold, its answer under it. */
function quiz(layout: PdfLayout, heading: string, lead: string, questions: Lesson['quiz'], t: DocumentContext['t']): void {
  layout.heading(2, heading);
  layout.paragraph(lead);
  layout.list(
    questions.map(({ question, answer }): Run[] => [
      { text: `${question}\n`, bold: true },
      { text: `${t('lesson.quiz.answer')}: `, bold: false },
      { text: answer, bold: false },
    ]),
    { ordered: true },
  );
}
