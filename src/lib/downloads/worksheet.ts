import type { CollectionEntry } from 'astro:content';
import { odtDocument, type OdtBlock, type OdtDocument } from './odt';
import { documentOptions, PdfLayout, type DocumentContext } from './pdf';
import { pupilHelp, pupilHelpBlocks, pupilSheetHeader } from './handouts';

type Lesson = CollectionEntry<'lessons'>['data'];
export type Worksheet = Lesson['worksheets'][number];

/** Lines to write on after each task, and the space between them. */
const linesPerTask = 5;
const lineSpacing = 24;

export function worksheetTitle(worksheet: Worksheet, t: DocumentContext['t']): string {
  return `${t('school.material.worksheet')} – ${worksheet.title}`;
}

/**
 * One worksheet of a lesson pack (A4), for students: name and class, the title, the introduction and each
 * task with ruled lines to write the answer on, and where to get help.
 */
export async function buildWorksheet(worksheet: Worksheet, lessonTitle: string, context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const layout = new PdfLayout(documentOptions(context, worksheetTitle(worksheet, t), lessonTitle));

  pupilSheetHeader(layout, t, { eyebrow: `${t('school.material.worksheet')} · ${lessonTitle}`, title: worksheet.title, lead: worksheet.intro });

  worksheet.tasks.forEach((task, index) => {
    // Keep a task's heading, its text and its first lines on one page.
    const textHeight = layout.heightOf(task, 'regular', 10.5, { width: layout.width, lineGap: 3 });
    layout.keepSpace(textHeight + 50 + 3 * lineSpacing);
    layout.heading(2, t('lesson.worksheet.task').replace('{number}', String(index + 1)));
    layout.paragraph(task);
    layout.writingLines(linesPerTask, lineSpacing);
  });
  pupilHelp(layout, context);

  return layout.finish();
}

/** The same worksheet as an editable ODT, with empty ruled lines under each task. */
export function worksheetOdt(worksheet: Worksheet, lessonTitle: string, context: DocumentContext): OdtDocument {
  const { t } = context;
  const blocks: OdtBlock[] = [
    { type: 'paragraph', runs: [{ text: `${t('lesson.worksheet.name')}: ______________________________   ${t('lesson.worksheet.class')}: __________`, bold: false }] },
    { type: 'title', text: worksheet.title },
    { type: 'lead', text: worksheet.intro },
    ...worksheet.tasks.flatMap((task, index): OdtBlock[] => [
      { type: 'heading', level: 2, runs: [{ text: t('lesson.worksheet.task').replace('{number}', String(index + 1)), bold: false }] },
      { type: 'paragraph', runs: [{ text: task, bold: false }] },
      { type: 'answer', lines: linesPerTask },
    ]),
    ...pupilHelpBlocks(context),
  ];
  return odtDocument(context, worksheetTitle(worksheet, t), lessonTitle, blocks);
}
