import type { CollectionEntry } from 'astro:content';
import PptxGenJS from 'pptxgenjs';
import { strFromU8, strToU8 } from 'fflate';
import JSZip from 'jszip';
import { disclosureSteps } from '../disclosure';
import { fill } from '../placeholders';
import { planByPhase, planMinutes, type Phase } from '../lesson-plan';
import { helpLines, pupilLines } from './help-lines';
import { lessonFacts } from './lesson-guide';
import { buildDate, colours as pdfColours, pdfLanguage, type DocumentContext } from './pdf';
import { fitSize, type FitParagraph } from './text-fit';
import { zipFiles } from './zip';

type Lesson = CollectionEntry<'lessons'>['data'];
type QuizItem = Lesson['quiz'][number];

/**
 * The slide deck of a lesson pack (PPTX, 16:9), to teach from: the title with age range and duration, the
 * goals, the key terms, the starter quiz, the case, the pupils' material, the discussion questions, the exit
 * quiz, where to get help and the licence. Quiz answers, the timed plan and the teacher's notes are in the
 * speaker notes only, so the class never sees them. Two builds give the same bytes.
 */

/** Key terms per slide: two, so a definition stays readable at the back of the room. */
export const termsPerSlide = 2;

export type SlideKind = 'title' | 'goals' | 'terms' | 'starter' | 'case' | 'material' | 'discussion' | 'exit' | 'help' | 'licence';

/** One slide: its kind, heading, paragraphs and speaker notes. */
export interface SlideSpec {
  kind: SlideKind;
  title: string;
  paragraphs: FitParagraph[];
  /** How the paragraphs are shown: a bulleted or numbered list, or plain text. */
  list?: 'bullet' | 'number';
  notes: string[];
}

const font = 'Noto Sans';
/** The site's colours (global.css): the PDF palette plus the dark brand and the exit red of the help slide. */
const colours = { ...pdfColours, brandDark: '#073b45', exit: '#b42318' };
/** Hanging indents of list items, in ems: room for a bullet, or for a number and its full stop. */
const bulletIndent = 1.1;
const numberIndent = 1.6;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** The slide size (LAYOUT_WIDE, 13.33 × 7.5 inches) and the content box, in inches. */
const slide = { width: 13.333, height: 7.5 };
const box = { x: 0.7, y: 1.6, w: 11.93, h: 5.0 };
/** PowerPoint's default inner margin of a text box: 0.1 inch on each side. */
const inset = 0.1;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
}

/** The notes that give the timed steps of one phase, as a teacher reads them while teaching. */
function stepNotes(lesson: Lesson, phase: Phase, t: DocumentContext['t']): string[] {
  return planByPhase(lesson.steps)
    .filter((group) => group.phase === phase)
    .flatMap((group) =>
      group.steps.flatMap((step) => [
        `${fill(t('lesson.step.time'), { start: step.start, end: step.end })} · ${t(`lesson.phase.${step.phase}`)} · ${step.title}`,
        `${t('lesson.step.teacher')}: ${step.teacher}`,
        `${t('lesson.step.students')}: ${step.students}`,
      ]),
    );
}

function answerNotes(items: QuizItem[], t: DocumentContext['t']): string[] {
  return [`${t('classroom.answers')}:`, ...items.map((item, index) => `${index + 1}. ${item.question} – ${item.answer}`)];
}

/** What the deck shows, slide by slide; `buildDeck` lays it out. */
export function deckSlides(lesson: Lesson, context: DocumentContext): SlideSpec[] {
  const { t, locale } = context;
  const plan = [
    `${t('classroom.notes.plan')} – ${fill(t('lesson.plan.total'), { minutes: planMinutes(lesson.steps) })}`,
    ...planByPhase(lesson.steps).flatMap((group) =>
      group.steps.map((step) => `${fill(t('lesson.step.time'), { start: step.start, end: step.end })} · ${t(`lesson.phase.${step.phase}`)} · ${step.title}`),
    ),
  ];
  // The title slide names age range, duration and place in the series; the levels are on the lesson page.
  const facts = lessonFacts(lesson, t)
    .filter(([label]) => label !== t('school.levels'))
    .map(([label, value]) => `${label}: ${value}`);
  const item = (text: string, indent = 0): FitParagraph => ({ text, indent });
  return [
    {
      kind: 'title',
      title: lesson.title,
      paragraphs: [item(lesson.summary), ...facts.map((f) => item(f))],
      notes: [t('classroom.notes.title'), `${t('lesson.contentNote')}: ${lesson.contentNote}`, '', ...plan],
    },
    {
      kind: 'goals',
      title: t('lesson.goals'),
      paragraphs: [item(t('lesson.goals.lead')), ...lesson.learningGoals.map((goal) => item(goal, bulletIndent))],
      list: 'bullet',
      notes: [t('classroom.notes.goals')],
    },
    ...chunks(lesson.keyTerms, termsPerSlide).map(
      (terms): SlideSpec => ({
        kind: 'terms',
        title: t('lesson.keyTerms'),
        paragraphs: terms.flatMap(({ term, definition }) => [
          { text: term, font: 'bold' as const, relative: 1.1 },
          item(definition),
        ]),
        notes: [t('classroom.notes.terms')],
      }),
    ),
    {
      kind: 'starter',
      title: t('classroom.starterQuiz'),
      paragraphs: lesson.starterQuiz.map((q) => item(q.question, numberIndent)),
      list: 'number',
      notes: [t('classroom.notes.starter'), ...answerNotes(lesson.starterQuiz, t), '', ...stepNotes(lesson, 'starter', t)],
    },
    {
      kind: 'case',
      title: `${t('lesson.scenario')}: ${lesson.scenario.title}`,
      paragraphs: [item(lesson.scenario.text)],
      notes: [t('classroom.notes.case'), '', ...stepNotes(lesson, 'main', t)],
    },
    ...lesson.pupilMaterial.map(
      (material): SlideSpec => ({
        kind: 'material',
        title: material.title,
        paragraphs: material.items.map((text) => item(text, bulletIndent)),
        list: 'bullet',
        notes: [t('classroom.notes.case')],
      }),
    ),
    {
      kind: 'discussion',
      title: t('lesson.questions'),
      paragraphs: lesson.discussionQuestions.map((q) => item(q, numberIndent)),
      list: 'number',
      notes: [t('classroom.notes.discussion')],
    },
    {
      kind: 'exit',
      title: t('classroom.exitQuiz'),
      paragraphs: lesson.quiz.map((q) => item(q.question, numberIndent)),
      list: 'number',
      notes: [t('classroom.notes.exit'), ...answerNotes(lesson.quiz, t), '', ...stepNotes(lesson, 'closing', t)],
    },
    {
      kind: 'help',
      title: t('help.title'),
      paragraphs: [
        ...helpLines(pupilLines, locale).flatMap((line): FitParagraph[] => [
          { text: `${line.number}  ${line.name}`, font: 'bold', relative: 1.15 },
          item(line.note),
        ]),
        item(t('classroom.deck.helpSchool')),
      ],
      notes: [t('classroom.notes.help'), '', t('disclosure.title'), t('disclosure.lead'), ...disclosureSteps.map((key) => `– ${t(key)}`)],
    },
    {
      kind: 'licence',
      title: t('classroom.deck.licence'),
      paragraphs: [
        item(t('lesson.licence')),
        item(`${t('downloads.footer.sources')}: ${context.sources.join('; ')}`),
        item(`${t('classroom.deck.page')}: ${context.url}`),
      ],
      notes: [t('classroom.notes.licence')],
    },
  ];
}

/** Sizes per kind of slide: the largest base size tried, and the smallest allowed. */
const sizes: Record<SlideKind, { max: number; min: number }> = {
  title: { max: 24, min: 16 },
  goals: { max: 28, min: 18 },
  terms: { max: 28, min: 18 },
  starter: { max: 32, min: 20 },
  case: { max: 26, min: 16 },
  material: { max: 26, min: 14 },
  discussion: { max: 30, min: 18 },
  exit: { max: 30, min: 18 },
  help: { max: 26, min: 16 },
  licence: { max: 22, min: 14 },
};

function addContentSlide(pptx: PptxGenJS, spec: SlideSpec, number: number, footer: string, lang: string): void {
  const s = pptx.addSlide();
  s.background = { color: 'FFFFFF' };
  const accent = spec.kind === 'help' ? colours.exit : colours.brand;
  s.addShape('rect', { x: 0, y: 0, w: 0.28, h: slide.height, fill: { color: hex(accent) }, line: { color: hex(accent) } });
  s.addText(spec.title, {
    x: box.x, y: 0.45, w: box.w, h: 1.0, fontFace: font, fontSize: 34, bold: true, color: hex(accent), valign: 'top', fit: 'shrink', lang,
  });
  // A long list of short items (the eleven ILO indicators) reads better, and larger, in two columns.
  const columns = spec.kind === 'material' && spec.paragraphs.length > 6 ? 2 : 1;
  const gutter = 0.4;
  const columnWidth = (box.w - gutter * (columns - 1)) / columns;
  const perColumn = Math.ceil(spec.paragraphs.length / columns);
  const parts = chunks(spec.paragraphs, perColumn);
  const size = Math.min(
    ...parts.map((part) => fitSize(part, { width: (columnWidth - 2 * inset) * 72, height: (box.h - 2 * inset) * 72, ...sizes[spec.kind] })),
  );
  const numbered = spec.list === 'number';
  parts.forEach((part, column) => {
    const runs = part.map((p, index) => {
      // A list's lead line (the goals' “After this lesson…”) has no indent and no bullet.
      const listed = spec.list && (p.indent ?? 0) > 0;
      return {
        text: p.text,
        options: {
          breakLine: index < part.length - 1,
          bold: p.font === 'bold',
          fontSize: Math.round(size * (p.relative ?? 1)),
          color: hex(p.font === 'bold' ? colours.brand : colours.ink),
          paraSpaceAfter: Math.round(size * 0.45),
          // The hanging indent grows with the type, so a number never touches its text.
          bullet: listed
            ? numbered
              ? { type: 'number' as const, numberStartAt: column * perColumn + 1, indent: Math.round(size * numberIndent) }
              : { code: '2022', indent: Math.round(size * bulletIndent) }
            : false,
        },
      };
    });
    s.addText(runs, { x: box.x + column * (columnWidth + gutter), y: box.y, w: columnWidth, h: box.h, fontFace: font, valign: 'top', lineSpacingMultiple: 1.0, lang });
  });
  s.addText(footer, { x: box.x, y: 6.85, w: box.w - 1, h: 0.4, fontFace: font, fontSize: 12, color: hex(colours.muted), lang });
  s.addText(String(number), { x: slide.width - 1.4, y: 6.85, w: 0.8, h: 0.4, fontFace: font, fontSize: 12, color: hex(colours.muted), align: 'right', lang });
  s.addNotes(spec.notes.join('\n'));
}

function addTitleSlide(pptx: PptxGenJS, spec: SlideSpec, eyebrow: string, lang: string): void {
  const s = pptx.addSlide();
  s.background = { color: hex(colours.brand) };
  s.addText(eyebrow, { x: 0.8, y: 0.7, w: 11.7, h: 0.5, fontFace: font, fontSize: 20, bold: true, color: hex(colours.brandLight), lang });
  s.addText(spec.title, { x: 0.8, y: 1.3, w: 11.7, h: 1.9, fontFace: font, fontSize: 44, bold: true, color: 'FFFFFF', valign: 'top', fit: 'shrink', lang });
  const [summary, ...facts] = spec.paragraphs;
  const size = fitSize([summary], { width: (11.7 - 2 * inset) * 72, height: (2.0 - 2 * inset) * 72, ...sizes.title });
  s.addText(summary.text, { x: 0.8, y: 3.3, w: 11.7, h: 2.0, fontFace: font, fontSize: size, color: 'FFFFFF', valign: 'top', lang });
  s.addShape('rect', { x: 0.8, y: 5.55, w: 11.7, h: 1.25, fill: { color: hex(colours.brandLight) }, line: { color: hex(colours.brandLight) } });
  s.addText(facts.map((f) => f.text).join('   ·   '), {
    x: 1.0, y: 5.6, w: 11.3, h: 1.15, fontFace: font, fontSize: 20, bold: true, color: hex(colours.brandDark), valign: 'middle', fit: 'shrink', lang,
  });
  s.addNotes(spec.notes.join('\n'));
}

/** What pptxgenjs hands JSZip, as far as taking the parts needs it (JSZip's public `files` and `async`). */
interface ZipFolder {
  files: Record<string, { name: string; dir: boolean; async: (type: 'uint8array') => Promise<Uint8Array> }>;
}

/** The deck being written, if any: JSZip's method is replaced for one `write` at a time. */
let writing: Promise<unknown> = Promise.resolve();

/**
 * The parts of the deck by name, in the order pptxgenjs adds them. pptxgenjs packs them with JSZip, in
 * JavaScript (CRC-32 included), and `normalise` unpacked them again to write the archive itself: about half
 * the cost of a deck. So while pptxgenjs writes the deck, JSZip's `generateAsync` gives back the parts of
 * the archive asked for as bytes (the deck; a chart's workbook, asked for in base64, would still be packed)
 * instead of packing them. Decks made at the same time (outside the worker) take turns.
 */
function deckParts(pptx: PptxGenJS): Promise<Map<string, Uint8Array>> {
  const turn = writing.then(async () => {
    const generate = JSZip.prototype.generateAsync;
    let parts: Promise<Map<string, Uint8Array>> | undefined;
    JSZip.prototype.generateAsync = function (this: JSZip & ZipFolder, options) {
      if (options?.type !== 'uint8array') return generate.call(this, options);
      const files = Object.values(this.files).filter((file) => !file.dir);
      parts = Promise.all(files.map(async (file) => [file.name, await file.async('uint8array')] as const)).then((entries) => new Map(entries));
      return parts as never;
    } as typeof generate;
    try {
      await pptx.write({ outputType: 'uint8array' });
    } finally {
      JSZip.prototype.generateAsync = generate;
    }
    if (!parts) throw new Error('pptxgenjs wrote the deck without JSZip: see deckParts in slides.ts');
    return parts;
  });
  writing = turn.catch(() => undefined);
  return turn;
}

/**
 * The PPTX as pptxgenjs makes it has the time of the build in `docProps/core.xml` and one text run per
 * note; here the dates become the fixed build date, each note line its own paragraph in the slide's
 * language, and the archive is written with fixed entry dates, so the bytes depend on the lesson only.
 */
function normalise(parts: Map<string, Uint8Array>, lang: string): Uint8Array {
  const date = buildDate().toISOString().replace(/\.\d+Z$/, 'Z');
  const names = [...parts.keys()];
  // The content types first, as Office writes them; then the parts in the order pptxgenjs wrote them.
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  return zipFiles(
    names.map((name) => {
      let xml = parts.get(name)!;
      if (name === 'docProps/core.xml') {
        xml = strToU8(strFromU8(xml).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}`));
      } else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
        xml = strToU8(
          strFromU8(xml).replace(
            /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/,
            (_, text: string) =>
              text
                .split('\n')
                .map((line) => (line ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`))
                .join(''),
          ),
        );
      }
      return { name, bytes: xml };
    }),
  );
}

export function deckTitle(lesson: Lesson, t: DocumentContext['t']): string {
  return `${t('school.material.slides')} – ${lesson.title}`;
}

export async function buildDeck(lesson: Lesson, context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const lang = pdfLanguage[context.locale];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deckTitle(lesson, t);
  pptx.subject = lesson.summary;
  pptx.author = 'Signaal';
  pptx.company = 'Signaal';
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const specs = deckSlides(lesson, context);
  const series = lesson.series ? ` · ${fill(t('school.lessonOf'), { number: lesson.series.number, of: lesson.series.of })}` : '';
  const footer = `Signaal · ${lesson.title}`;
  specs.forEach((spec, index) => {
    if (spec.kind === 'title') addTitleSlide(pptx, spec, `Signaal · ${t('school.material.slides')}${series}`, lang);
    else addContentSlide(pptx, spec, index + 1, footer, lang);
  });
  return normalise(await deckParts(pptx), lang);
}

