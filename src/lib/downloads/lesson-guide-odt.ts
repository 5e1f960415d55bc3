import type { CollectionEntry } from 'astro:content';
import { disclosureSteps } from '../disclosure';
import { planByPhase, planMinutes } from '../lesson-plan';
import { fill } from '../placeholders';
import { lessonFacts, lessonGuideTitle } from './lesson-guide';
import { parseMarkdown, type Run } from './markdown';
import { odtDocument, type OdtBlock, type OdtDocument } from './odt';
import type { DocumentContext } from './pdf';

type Lesson = CollectionEntry<'lessons'>['data'];
type QuizItem = Lesson['quiz'][number];

const bold = (text: string): Run => ({ text, bold: true });
const plain = (text: string): Run => ({ text, bold: false });
const heading = (level: 2 | 3, text: string): OdtBlock => ({ type: 'heading', level, runs: [plain(text)] });
const paragraph = (...runs: Run[]): OdtBlock => ({ type: 'paragraph', runs });

/**
 * The teacher guide as an editable ODT: the same sections, in the same order, as the guide PDF, so a
 * teacher can adapt the plan to the class.
 */
export function lessonGuideOdt(lesson: Lesson, body: string, context: DocumentContext): OdtDocument {
  const { t } = context;
  const quiz = (title: string, lead: string, items: QuizItem[]): OdtBlock[] => [
    heading(2, title),
    paragraph(plain(lead)),
    { type: 'list', ordered: true, items: items.map(({ question, answer }) => [bold(`${question}\n`), plain(`${t('lesson.quiz.answer')}: ${answer}`)]) },
  ];
  const blocks: OdtBlock[] = [
    { type: 'title', text: lesson.title },
    { type: 'lead', text: lesson.summary },
    ...lessonFacts(lesson, t).map(([label, value]) => paragraph(bold(`${label}: `), plain(value))),
    heading(2, t('lesson.contentNote')),
    paragraph(plain(lesson.contentNote)),
    heading(2, t('lesson.goals')),
    paragraph(plain(t('lesson.goals.lead'))),
    { type: 'list', ordered: false, items: lesson.learningGoals.map((goal) => [plain(goal)]) },
    heading(2, t('lesson.keyTerms')),
    { type: 'list', ordered: false, items: lesson.keyTerms.map(({ term, definition }) => [bold(`${term}: `), plain(definition)]) },
    ...(lesson.misconceptions.length > 0
      ? [
          heading(2, t('lesson.misconceptions')),
          {
            type: 'list',
            ordered: false,
            items: lesson.misconceptions.map(({ myth, fact }) => [bold(`${t('lesson.myth')}: `), plain(`${myth}\n`), bold(`${t('lesson.fact')}: `), plain(fact)]),
          } as OdtBlock,
        ]
      : []),
    ...parseMarkdown(body),
    heading(2, t('lesson.plan')),
    paragraph(plain(fill(t('lesson.plan.total'), { minutes: planMinutes(lesson.steps) }))),
    ...planByPhase(lesson.steps).flatMap((group) =>
      group.steps.flatMap((step): OdtBlock[] => [
        heading(3, `${t(`lesson.phase.${step.phase}`)} · ${step.title}`),
        paragraph(plain(fill(t('lesson.step.time'), { start: step.start, end: step.end }))),
        paragraph(bold(`${t('lesson.step.teacher')}: `), plain(step.teacher)),
        paragraph(bold(`${t('lesson.step.students')}: `), plain(step.students)),
      ]),
    ),
    heading(2, t('lesson.questions')),
    { type: 'list', ordered: true, items: lesson.discussionQuestions.map((q) => [plain(q)]) },
    heading(2, t('lesson.scenario')),
    heading(3, lesson.scenario.title),
    paragraph(plain(lesson.scenario.text)),
    heading(2, t('disclosure.title')),
    paragraph(plain(t('disclosure.lead'))),
    { type: 'list', ordered: false, items: disclosureSteps.map((key) => [plain(t(key))]) },
    ...quiz(t('classroom.starterQuiz'), t('classroom.starterQuiz.lead'), lesson.starterQuiz),
    ...quiz(t('lesson.quiz'), t('lesson.quiz.lead'), lesson.quiz),
  ];
  return odtDocument(context, lessonGuideTitle(lesson, t), lesson.summary, blocks);
}
