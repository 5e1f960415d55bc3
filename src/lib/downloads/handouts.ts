import type { CollectionEntry } from 'astro:content';
import { helpLines, pupilLines } from './help-lines';
import type { Run } from './markdown';
import { odtDocument, type OdtBlock, type OdtDocument } from './odt';
import { documentOptions, PdfLayout, type DocumentContext } from './pdf';

type Lesson = CollectionEntry<'lessons'>['data'];
type QuizItem = Lesson['quiz'][number];

/**
 * What pupils hold in their hands (A4, PDF and ODT): the handout with the case, the material the worksheets
 * use and the key terms, so every worksheet can be done from paper alone; and the quiz sheet with the
 * starter and exit questions and room to write, without answers. Each names 112 and the lines for young people.
 */

const linesPerQuestion = 3;
const lineSpacing = 24;

const bold = (text: string): Run => ({ text, bold: true });
const plain = (text: string): Run => ({ text, bold: false });

/** The top of every pupil sheet: what it is, fields for name and class, its title and what to do. */
export function pupilSheetHeader(layout: PdfLayout, t: DocumentContext['t'], heading: { eyebrow: string; title: string; lead: string }): void {
  layout.eyebrow(heading.eyebrow);
  layout.gap(6);
  layout.fillInFields([
    { label: t('lesson.worksheet.name'), share: 0.65 },
    { label: t('lesson.worksheet.class'), share: 0.35 },
  ]);
  layout.gap(8);
  layout.title(heading.title);
  layout.lead(heading.lead);
}

/** The help box at the end of every pupil sheet: 112, De Kindertelefoon, Meld Misdaad Anoniem, and school. */
export function pupilHelp(layout: PdfLayout, { t, locale }: DocumentContext): void {
  layout.note(t('help.title'), (note) => {
    note.paragraph(t('classroom.help.lead'), { fontSize: 10 });
    note.list(helpLines(pupilLines, locale).map((line): Run[] => [bold(`${line.number} ${line.name}: `), plain(line.note)]), { fontSize: 10 });
    note.paragraph(t('classroom.deck.helpSchool'), { fontSize: 10 });
  }, 'accent');
}

/** The same help box as ODT blocks. */
export function pupilHelpBlocks({ t, locale }: DocumentContext): OdtBlock[] {
  return [
    { type: 'heading', level: 2, runs: [plain(t('help.title'))] },
    { type: 'paragraph', runs: [plain(t('classroom.help.lead'))] },
    { type: 'list', ordered: false, items: helpLines(pupilLines, locale).map((line) => [bold(`${line.number} ${line.name}: `), plain(line.note)]) },
    { type: 'paragraph', runs: [plain(t('classroom.deck.helpSchool'))] },
  ];
}

export function handoutTitle(lesson: Lesson, t: DocumentContext['t']): string {
  return `${t('school.material.handout')} – ${lesson.title}`;
}

export function pupilQuizTitle(lesson: Lesson, t: DocumentContext['t']): string {
  return `${t('school.material.pupil-quiz')} – ${lesson.title}`;
}

export async function buildHandout(lesson: Lesson, context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const layout = new PdfLayout(documentOptions(context, handoutTitle(lesson, t), lesson.title));
  layout.eyebrow(`${t('school.material.handout')} · ${lesson.title}`);
  layout.title(`${t('lesson.scenario')}: ${lesson.scenario.title}`);
  layout.lead(t('classroom.handout.lead'));
  layout.paragraph(lesson.scenario.text);
  for (const material of lesson.pupilMaterial) {
    layout.heading(2, material.title);
    layout.list(material.items);
  }
  layout.heading(2, t('lesson.keyTerms'));
  layout.list(lesson.keyTerms.map(({ term, definition }): Run[] => [bold(`${term}: `), plain(definition)]));
  pupilHelp(layout, context);
  return layout.finish();
}

export function handoutOdt(lesson: Lesson, context: DocumentContext): OdtDocument {
  const { t } = context;
  const blocks: OdtBlock[] = [
    { type: 'title', text: `${t('lesson.scenario')}: ${lesson.scenario.title}` },
    { type: 'lead', text: t('classroom.handout.lead') },
    { type: 'paragraph', runs: [plain(lesson.scenario.text)] },
    ...lesson.pupilMaterial.flatMap((material): OdtBlock[] => [
      { type: 'heading', level: 2, runs: [plain(material.title)] },
      { type: 'list', ordered: false, items: material.items.map((item) => [plain(item)]) },
    ]),
    { type: 'heading', level: 2, runs: [plain(t('lesson.keyTerms'))] },
    { type: 'list', ordered: false, items: lesson.keyTerms.map(({ term, definition }) => [bold(`${term}: `), plain(definition)]) },
    ...pupilHelpBlocks(context),
  ];
  return odtDocument(context, handoutTitle(lesson, t), lesson.title, blocks);
}

function questions(layout: PdfLayout, heading: string, items: QuizItem[]): void {
  layout.keepSpace(120);
  layout.heading(2, heading);
  items.forEach((item, index) => {
    const height = layout.heightOf(item.question, 'bold', 10.5, { width: layout.width, lineGap: 3 });
    // A question and its writing lines stay on one page.
    layout.keepSpace(height + 10 + linesPerQuestion * lineSpacing + 6);
    layout.paragraph(`${index + 1}. ${item.question}`, { bold: true });
    layout.writingLines(linesPerQuestion, lineSpacing);
  });
}

export async function buildPupilQuiz(lesson: Lesson, context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const layout = new PdfLayout(documentOptions(context, pupilQuizTitle(lesson, t), lesson.title));
  pupilSheetHeader(layout, t, { eyebrow: `${t('school.material.pupil-quiz')} · ${lesson.title}`, title: lesson.title, lead: t('classroom.quiz.lead') });
  questions(layout, t('classroom.starterQuiz'), lesson.starterQuiz);
  questions(layout, t('classroom.exitQuiz'), lesson.quiz);
  pupilHelp(layout, context);
  return layout.finish();
}

export function pupilQuizOdt(lesson: Lesson, context: DocumentContext): OdtDocument {
  const { t } = context;
  const section = (heading: string, items: QuizItem[]): OdtBlock[] => [
    { type: 'heading', level: 2, runs: [plain(heading)] },
    ...items.flatMap((item, index): OdtBlock[] => [
      { type: 'paragraph', runs: [bold(`${index + 1}. ${item.question}`)] },
      { type: 'answer', lines: linesPerQuestion },
    ]),
  ];
  const blocks: OdtBlock[] = [
    { type: 'paragraph', runs: [plain(`${t('lesson.worksheet.name')}: ______________________________   ${t('lesson.worksheet.class')}: __________`)] },
    { type: 'title', text: lesson.title },
    { type: 'lead', text: t('classroom.quiz.lead') },
    ...section(t('classroom.starterQuiz'), lesson.starterQuiz),
    ...section(t('classroom.exitQuiz'), lesson.quiz),
    ...pupilHelpBlocks(context),
  ];
  return odtDocument(context, pupilQuizTitle(lesson, t), lesson.title, blocks);
}
