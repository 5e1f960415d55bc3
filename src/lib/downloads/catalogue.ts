import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../../i18n/ui';
import { entryRoute } from '../entry-routes';
import { localeOfId, slugOfId, type Locale } from '../locales';
import { buildLessonGuide, lessonGuideTitle } from './lesson-guide';
import { parseMarkdown } from './markdown';
import { buildOdt, odtDocument } from './odt';
import { buildPagePdf, pagePdfTitle } from './page-pdf';
import { downloadHref, downloadKey, fileName, pageAddress, type DownloadFormat, type DownloadSection } from './paths';
import type { DocumentContext } from './pdf';
import { buildSignalCard, signalCardTitle } from './signal-card';
import { buildToolkit } from './toolkit';
import { buildWorksheet, worksheetOdt, worksheetTitle } from './worksheet';
import { zipFiles } from './zip';

/**
 * Every downloadable file of the site, per locale and entry, made from the same content as the pages.
 * Each file is generated at most once per build: the download endpoint and the pages that list the files
 * (page count, size) share the same bytes.
 */
export interface DownloadItem {
  /** The path below `/downloads/`, e.g. `nl/lessons/grooming/signaal-grooming-docentenhandleiding.pdf`. */
  key: string;
  /** The entry the file belongs to, as `<collection>/<entry id>`: `lessons/nl/grooming`. */
  entry: string;
  locale: Locale;
  title: string;
  format: DownloadFormat;
  filename: string;
  /** The link to the file, with the base path. */
  href: string;
  /** For a ZIP: the files in it, in order. */
  contents: DownloadItem[];
  bytes: () => Promise<Uint8Array>;
}

/** Pages of the `pages` collection that have files, and what kind of file. */
const pageDownloads: Record<string, 'flyer' | 'template'> = {
  'refugee-flyer': 'flyer',
  'reporting-protocol': 'template',
};

const base = import.meta.env.BASE_URL;
/** The `site` of astro.config.mjs: each file names the absolute address of the page it comes from. */
const site = import.meta.env.SITE;

/**
 * `DOWNLOADS_FROM=<the downloads folder of an earlier build>` takes every file from there instead of making
 * it again: for a second build that checks pages and links, not files (the base-path test). Those files
 * name the addresses of the earlier build.
 */
const reuseFrom = process.env.DOWNLOADS_FROM;

function builtFile(dir: string, key: string): () => Promise<Uint8Array> {
  return async () => {
    try {
      return new Uint8Array(await readFile(join(dir, key)));
    } catch {
      throw new Error(`DOWNLOADS_FROM=${dir} has no ${key}: build without DOWNLOADS_FROM first.`);
    }
  };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= make());
}

/** A ZIP of items, each under its own file name. */
function zipOf(items: DownloadItem[]): () => Promise<Uint8Array> {
  return async () => zipFiles(await Promise.all(items.map(async (item) => ({ name: item.filename, bytes: await item.bytes() }))));
}

interface Owner {
  collection: DownloadSection;
  id: string;
}

/** Makes a function that describes the files of one entry. */
function filesOf({ collection, id }: Owner) {
  const locale = localeOfId(id);
  const slug = slugOfId(id);
  return (parts: (string | number)[], format: DownloadFormat, title: string, make: () => Promise<Uint8Array>, contents: DownloadItem[] = []): DownloadItem => {
    const filename = fileName(parts, format);
    const key = downloadKey(locale, collection, slug, filename);
    const bytes = once(reuseFrom ? builtFile(reuseFrom, key) : make);
    return { key, entry: `${collection}/${id}`, locale, title, format, filename, href: downloadHref(key, base), contents, bytes };
  };
}

async function contextOf(id: string, route: string, sources: CollectionEntry<'pages'>['data']['sources']): Promise<DocumentContext> {
  const locale = localeOfId(id);
  if (!site) throw new Error('Set `site` in astro.config.mjs: every download names the address of its page.');
  const entries = await getEntries(sources);
  return { locale, t: useTranslations(locale), url: pageAddress(site, locale, route, base), sources: entries.map((source) => source.data.title) };
}

async function lessonFiles(entry: CollectionEntry<'lessons'>): Promise<DownloadItem[]> {
  const lesson = entry.data;
  const context = await contextOf(entry.id, entryRoute('lessons', slugOfId(entry.id)), lesson.sources);
  const { t } = context;
  const slug = slugOfId(entry.id);
  const file = filesOf({ collection: 'lessons', id: entry.id });
  const guide = file([slug, t('downloads.file.teacher-guide')], 'pdf', lessonGuideTitle(lesson, t), () => buildLessonGuide(lesson, entry.body ?? '', context));
  const worksheets = lesson.worksheets.flatMap((worksheet, index) => {
    const parts = [slug, t('downloads.file.worksheet'), index + 1];
    const title = worksheetTitle(worksheet, t);
    return [
      file(parts, 'pdf', title, () => buildWorksheet(worksheet, lesson.title, context)),
      file(parts, 'odt', title, async () => buildOdt(worksheetOdt(worksheet, lesson.title, context))),
    ];
  });
  const files = [guide, ...worksheets];
  return [...files, file([slug, t('downloads.file.lesson-pack')], 'zip', t('downloads.all'), zipOf(files), files)];
}

async function signalFiles(entry: CollectionEntry<'signals'>): Promise<DownloadItem[]> {
  const signal = entry.data;
  const slug = slugOfId(entry.id);
  const context = await contextOf(entry.id, entryRoute('signals', slug), signal.sources);
  const organisations = (await getEntries(signal.helpOrganisations)).map(({ data }) => ({ name: data.name, url: data.url }));
  const file = filesOf({ collection: 'signals', id: entry.id });
  return [file([slug, context.t('downloads.file.signal-card')], 'pdf', signalCardTitle(signal, context.t), () => buildSignalCard(signal, organisations, context))];
}

async function toolkitFiles(entry: CollectionEntry<'toolkits'>, cards: Map<string, DownloadItem>): Promise<DownloadItem[]> {
  const toolkit = entry.data;
  const slug = slugOfId(entry.id);
  const context = await contextOf(entry.id, entryRoute('toolkits', slug), toolkit.sources);
  const { t } = context;
  const signals = await getEntries(toolkit.signals);
  const partners = (await getEntries(toolkit.partners)).map(({ data }) => data.name);
  const file = filesOf({ collection: 'toolkits', id: entry.id });
  const pdf = file([slug, t('downloads.file.toolkit')], 'pdf', toolkit.title, () =>
    buildToolkit(toolkit, entry.body ?? '', signals.map(({ data }) => data), partners, context),
  );
  const contents = [pdf, ...signals.map(({ id }) => cards.get(id)).filter((card): card is DownloadItem => Boolean(card))];
  return [pdf, file([slug, t('downloads.file.toolkit')], 'zip', t('downloads.all'), zipOf(contents), contents)];
}

async function pageFiles(entry: CollectionEntry<'pages'>): Promise<DownloadItem[]> {
  const kind = pageDownloads[slugOfId(entry.id)];
  if (!kind) return [];
  const page = { title: entry.data.title, description: entry.data.description, body: entry.body ?? '' };
  const context = await contextOf(entry.id, entryRoute('pages', slugOfId(entry.id)), entry.data.sources);
  const { t } = context;
  const label = t(`school.material.${kind}`);
  const title = pagePdfTitle(page, label);
  const file = filesOf({ collection: 'pages', id: entry.id });
  const parts = [t(`downloads.file.${kind}`)];
  if (kind === 'flyer') return [file(parts, 'pdf', title, () => buildPagePdf(page, label, context, { onePage: true }))];
  const blocks = [{ type: 'title' as const, text: page.title }, { type: 'lead' as const, text: page.description }, ...parseMarkdown(page.body)];
  return [
    file(parts, 'odt', title, async () => buildOdt(odtDocument(context, title, page.description, blocks))),
    file(parts, 'pdf', title, () => buildPagePdf(page, label, context)),
  ];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function loadCatalogue(): Promise<DownloadItem[]> {
  const [lessons, signals, toolkits, pages] = await Promise.all([
    getCollection('lessons'),
    getCollection('signals'),
    getCollection('toolkits'),
    getCollection('pages'),
  ]);
  const signalItems = (await Promise.all(signals.sort(byId).map(signalFiles))).flat();
  const cards = new Map(signalItems.map((item) => [item.entry.slice('signals/'.length), item]));
  const groups = await Promise.all([
    ...lessons.sort(byId).map(lessonFiles),
    ...toolkits.sort(byId).map((entry) => toolkitFiles(entry, cards)),
    ...pages.sort(byId).map(pageFiles),
  ]);
  return [...signalItems, ...groups.flat()];
}

let catalogue: Promise<DownloadItem[]> | undefined;

/** Every downloadable file, loaded once per build. */
export function downloadCatalogue(): Promise<DownloadItem[]> {
  return (catalogue ??= loadCatalogue());
}

/** The files of one entry, for its page: `await downloadsOf('lessons', entry.id)`. */
export async function downloadsOf(collection: DownloadSection, id: string): Promise<DownloadItem[]> {
  return (await downloadCatalogue()).filter((item) => item.entry === `${collection}/${id}`);
}
