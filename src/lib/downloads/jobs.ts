import type { CollectionEntry } from 'astro:content';
import { useTranslations } from '../../i18n/ui';
import type { Locale } from '../locales';
import { fileInfo, type FileInfo } from './file-info';
import { buildHandout, buildPupilQuiz, handoutOdt, pupilQuizOdt } from './handouts';
import { buildLessonGuide } from './lesson-guide';
import { lessonGuideOdt } from './lesson-guide-odt';
import { buildOdt, odtDocument, type OdtBlock } from './odt';
import { buildPagePdf, type PageContent } from './page-pdf';
import { buildParentLetter, parentLetterOdt } from './parent-letter';
import type { DownloadFormat } from './paths';
import type { DocumentContext } from './pdf';
import { buildSignalCard, type HelpOrganisation } from './signal-card';
import { buildDeck } from './slides';
import { buildToolkit } from './toolkit';
import { buildWorksheet, worksheetOdt, type Worksheet } from './worksheet';

/**
 * Every kind of file the build makes from an entry, as a job that holds only data (a copy of the entry's
 * data and what it references), so that the downloads worker (worker.ts) can make it in a thread and a heap
 * of its own. A ZIP is not a job: it is packed from files the build already holds.
 */

type Lesson = CollectionEntry<'lessons'>['data'];
type Signal = CollectionEntry<'signals'>['data'];
type Toolkit = CollectionEntry<'toolkits'>['data'];

/** A document's context without its UI strings, which the worker takes from the dictionaries. */
export interface JobContext {
  locale: Locale;
  url?: string;
  sources: string[];
}

const builders = {
  deck: (context, lesson: Lesson) => buildDeck(lesson, context),
  'guide-pdf': (context, lesson: Lesson, body: string) => buildLessonGuide(lesson, body, context),
  'guide-odt': (context, lesson: Lesson, body: string) => buildOdt(lessonGuideOdt(lesson, body, context)),
  'handout-pdf': (context, lesson: Lesson) => buildHandout(lesson, context),
  'handout-odt': (context, lesson: Lesson) => buildOdt(handoutOdt(lesson, context)),
  'quiz-pdf': (context, lesson: Lesson) => buildPupilQuiz(lesson, context),
  'quiz-odt': (context, lesson: Lesson) => buildOdt(pupilQuizOdt(lesson, context)),
  'worksheet-pdf': (context, worksheet: Worksheet, lessonTitle: string) => buildWorksheet(worksheet, lessonTitle, context),
  'worksheet-odt': (context, worksheet: Worksheet, lessonTitle: string) => buildOdt(worksheetOdt(worksheet, lessonTitle, context)),
  'letter-pdf': (context, lesson: Lesson) => buildParentLetter(lesson, context),
  'letter-odt': (context, lesson: Lesson) => buildOdt(parentLetterOdt(lesson, context)),
  'signal-card': (context, signal: Signal, organisations: HelpOrganisation[]) => buildSignalCard(signal, organisations, context),
  toolkit: (context, toolkit: Toolkit, body: string, signals: Signal[], partners: string[]) => buildToolkit(toolkit, body, signals, partners, context),
  'page-pdf': (context, page: PageContent, label: string, options: { onePage?: boolean }) => buildPagePdf(page, label, context, options),
  'page-odt': (context, title: string, description: string, blocks: OdtBlock[]) => buildOdt(odtDocument(context, title, description, blocks)),
} satisfies Record<string, (context: DocumentContext, ...args: never[]) => Uint8Array | Promise<Uint8Array>>;

type Builders = typeof builders;
type ArgumentsOf<F> = F extends (context: DocumentContext, ...args: infer A) => unknown ? A : never;

/** One file to make: which builder, the document's context and the builder's other arguments. */
export type Job = { [K in keyof Builders]: { builder: K; format: DownloadFormat; context: JobContext; args: ArgumentsOf<Builders[K]> } }[keyof Builders];

export interface Made {
  bytes: Uint8Array;
  info: FileInfo;
}

/** Makes the file of a job and reads its size and pages. */
export async function runJob(job: Job): Promise<Made> {
  const context: DocumentContext = { ...job.context, t: useTranslations(job.context.locale) };
  const build = builders[job.builder] as (context: DocumentContext, ...args: unknown[]) => Uint8Array | Promise<Uint8Array>;
  const bytes = await build(context, ...job.args);
  return { bytes, info: await fileInfo(bytes, job.format) };
}
