import type { CollectionEntry } from 'astro:content';
import { fill } from '../placeholders';
import { helpLines, parentLines } from './help-lines';
import type { Run } from './markdown';
import { odtDocument, type OdtBlock, type OdtDocument } from './odt';
import { documentOptions, fitScale, PdfLayout, type DocumentContext } from './pdf';

type Lesson = CollectionEntry<'lessons'>['data'];

/**
 * The letter a school sends home before the lesson (A4, PDF to print and ODT to adapt): what the lesson is
 * about and why, how to talk about it at home, the signs to watch for and where to get help. The school's
 * name, the contact person and the date are left to fill in: lines in the PDF, highlighted fields in the ODT.
 */

const bold = (text: string): Run => ({ text, bold: true });
const plain = (text: string): Run => ({ text, bold: false });

export function parentLetterTitle(lesson: Lesson, t: DocumentContext['t']): string {
  return `${t('school.material.parent-letter')} – ${lesson.title}`;
}

/** The letter's text in order, shared by the PDF and the ODT. */
function sections(lesson: Lesson, { t, locale }: DocumentContext) {
  const letter = lesson.parentLetter;
  return {
    intro: fill(t('classroom.letter.intro'), { title: lesson.title }),
    parts: [
      { heading: t('classroom.letter.about'), paragraphs: [lesson.summary], list: [] as Run[][] },
      { heading: t('classroom.letter.why'), paragraphs: [letter.why], list: [] as Run[][] },
      { heading: t('classroom.letter.talk'), paragraphs: [], list: letter.talk.map((tip) => [plain(tip)]) },
      { heading: t('classroom.letter.signs'), paragraphs: [t('classroom.letter.signs.note')], list: letter.signs.map((sign) => [plain(sign)]) },
      {
        heading: t('classroom.letter.help'),
        paragraphs: [],
        list: helpLines(parentLines, locale).map((line) => [bold(`${line.number} ${line.name}: `), plain(line.note)]),
      },
    ],
  };
}

/** A letter is easiest to read on one page: it is set smaller to fit, but never below this scale; else it takes two. */
const smallestScale = 0.8;

export async function buildParentLetter(lesson: Lesson, context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const { intro, parts } = sections(lesson, context);
  const draw = (layout: PdfLayout) => {
    layout.fillInFields([
      { label: t('classroom.letter.school'), share: 0.6 },
      { label: t('classroom.letter.date'), share: 0.4 },
    ]);
    layout.gap(4);
    layout.fillInFields([{ label: t('classroom.letter.contact'), share: 1 }]);
    layout.gap(8);
    layout.eyebrow(t('school.material.parent-letter'));
    layout.title(lesson.title);
    layout.paragraph(t('classroom.letter.greeting'));
    layout.paragraph(intro);
    for (const part of parts) {
      layout.heading(2, part.heading);
      for (const paragraph of part.paragraphs) layout.paragraph(paragraph);
      if (part.list.length > 0) layout.list(part.list);
    }
    layout.gap(6);
    // On paper the school and contact person are written on the lines at the top.
    layout.paragraph(t('classroom.letter.questions.print'));
    layout.gap(4);
    layout.paragraph(t('classroom.letter.closing'));
    layout.writingLines(2, 22);
  };
  const options = documentOptions(context, parentLetterTitle(lesson, t), lesson.summary);
  const scale = fitScale(options, draw, 1);
  const layout = new PdfLayout({ ...options, scale: scale >= smallestScale ? scale : 1 });
  draw(layout);
  return layout.finish();
}

export function parentLetterOdt(lesson: Lesson, context: DocumentContext): OdtDocument {
  const { t } = context;
  const { intro, parts } = sections(lesson, context);
  const blocks: OdtBlock[] = [
    { type: 'paragraph', runs: [bold(`${t('classroom.letter.school')}: `), plain(`[${t('classroom.letter.school')}]`)] },
    { type: 'paragraph', runs: [bold(`${t('classroom.letter.contact')}: `), plain(`[${t('classroom.letter.contact')}]`)] },
    { type: 'paragraph', runs: [bold(`${t('classroom.letter.date')}: `), plain(`[${t('classroom.letter.date')}]`)] },
    { type: 'title', text: lesson.title },
    { type: 'paragraph', runs: [plain(t('classroom.letter.greeting'))] },
    { type: 'paragraph', runs: [plain(intro)] },
    ...parts.flatMap((part): OdtBlock[] => [
      { type: 'heading', level: 2, runs: [plain(part.heading)] },
      ...part.paragraphs.map((text): OdtBlock => ({ type: 'paragraph', runs: [plain(text)] })),
      ...(part.list.length > 0 ? [{ type: 'list', ordered: false, items: part.list } as OdtBlock] : []),
    ]),
    { type: 'paragraph', runs: [plain(t('classroom.letter.questions'))] },
    { type: 'paragraph', runs: [plain(t('classroom.letter.closing'))] },
    { type: 'paragraph', runs: [plain(`[${t('classroom.letter.contact')}]`)] },
  ];
  return odtDocument(context, parentLetterTitle(lesson, t), lesson.summary, blocks);
}
