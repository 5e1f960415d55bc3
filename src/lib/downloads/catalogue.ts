import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../../i18n/ui';
import { cacheFolder } from '../build-cache';
import { entryRoute } from '../entry-routes';
import { bodyWithHelp } from '../help/markdown';
import { localeOfId, slugOfId, type Locale } from '../locales';
import { handoutTitle, pupilQuizTitle } from './handouts';
import { publicAddress } from '../site';
import { codeVersion, DownloadCache, fileKey, type CacheHit } from './cache';
import { fileInfo, type FileInfo } from './file-info';
import { fontFiles } from './fonts';
import { runJob, type Job, type JobContext, type Made } from './jobs';
import { lessonGuideTitle } from './lesson-guide';
import { buildPackZip, type PackArchive } from './lesson-pack';
import { DownloadMaker } from './maker';
import { parseMarkdown } from './markdown';
import { pagePdfTitle } from './page-pdf';
import { parentLetterTitle } from './parent-letter';
import { downloadHref, downloadKey, fileName, pageAddress, type DownloadFormat, type DownloadSection } from './paths';
import { buildDate, type DocumentContext } from './pdf';
import { signalCardTitle } from './signal-card';
import { deckTitle } from './slides';
import { worksheetTitle } from './worksheet';
import { zipFiles } from './zip';

/**
 * Every downloadable file of the site, per locale and entry, made from the same content as the pages.
 * Each file is made once per build, before any page needs it (the download endpoints and the pages that
 * list the files share the same bytes and facts), and reused across builds from a cache keyed by what it
 * is made from (see cache.ts), so a content edit remakes only the files of the edited entry.
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
  /** For a lesson pack's ZIP: the folder its files sit in and the README beside them. */
  archive?: PackArchive;
  /**
   * The file's key in the downloads cache (see cache.ts), none when the cache is off: the same key means the
   * same bytes, so the incremental build may copy the file's endpoint from the previous build.
   */
  cacheKey?: string;
  bytes: () => Promise<Uint8Array>;
  /** Size and, for a PDF, page count, without reading the file again. */
  info: () => Promise<FileInfo>;
}

/** Pages of the `pages` collection that have files, and what kind of file. */
const pageDownloads: Record<string, 'flyer' | 'template'> = {
  'refugee-flyer': 'flyer',
  'reporting-protocol': 'template',
};

const base = import.meta.env.BASE_URL;
/** The public address of the site (SITE_URL): each file names the address of its page, if there is one. */
const site = publicAddress(import.meta.env.SITE);

/**
 * Where generated files are kept between builds: `DOWNLOADS_CACHE=off` makes every file anew, a path puts
 * the cache there. The cache needs the sources (for its key), so a build run from another folder has none.
 */
function openCache(): { cache?: DownloadCache; version?: string; note: string } {
  const root = process.cwd();
  const dir = cacheFolder(root, 'signaal-downloads', process.env.DOWNLOADS_CACHE);
  if (!dir) return { note: 'cache off (DOWNLOADS_CACHE=off)' };
  try {
    const version = codeVersion(root, fontFiles(), buildDate());
    return { cache: new DownloadCache(dir), version, note: `cache ${dir}` };
  } catch (error) {
    return { note: `no cache: ${(error as Error).message}` };
  }
}

interface Maker {
  make: (job: Job, name: string) => Promise<Made>;
  stop: () => Promise<void>;
  readonly cpuSeconds: number;
}

/**
 * Where files are made: in the downloads workers (worker.ts), away from the renderer's heap, when the build
 * runs from the project folder on a Node that runs TypeScript and has module hooks (22.18 or newer; the
 * project's own Node 24 does); else in the build's own thread.
 */
function openMaker(): Maker {
  const entry = join(process.cwd(), 'src/lib/downloads/worker.ts');
  if (existsSync(entry) && process.features.typescript && 'registerHooks' in nodeModule) return new DownloadMaker(entry);
  return {
    make: (job, name) => runJob(job).catch((error: Error) => Promise.reject(new Error(`${name}: ${error.stack ?? error.message}`))),
    stop: async () => {},
    cpuSeconds: 0,
  };
}

/** Counts for the one line the build prints about the downloads. */
const made = { fresh: 0, cached: 0 };

/** A file's facts and bytes: from the cache when its key is there, else made (once) and stored. */
function producer(cacheKey: string | undefined, cache: DownloadCache | undefined, make: () => Promise<Made>): () => Promise<CacheHit> {
  let result: Promise<CacheHit> | undefined;
  return () =>
    (result ??= (async () => {
      const cached = cacheKey && cache?.read(cacheKey);
      if (cached) {
        made.cached++;
        return cached;
      }
      const produced = await make();
      if (cacheKey) cache?.write(cacheKey, produced);
      made.fresh++;
      return { info: produced.info, bytes: () => produced.bytes };
    })());
}

/** A ZIP of items, each under its own file name. */
function zipOf(items: DownloadItem[]): () => Promise<Uint8Array> {
  return async () => zipFiles(await Promise.all(items.map(async (item) => ({ name: item.filename, bytes: await item.bytes() }))));
}

interface Owner {
  collection: DownloadSection;
  id: string;
  /** The content file, for error messages: `src/content/lessons/nl/grooming.mdx`. */
  source: string | undefined;
  /** Everything the entry's files are made from besides the code (JSON-serialisable): part of each key. */
  inputs: unknown;
}

interface Store extends ReturnType<typeof openCache> {
  maker: ReturnType<typeof openMaker>;
}

/**
 * Makes a function that describes the files of one entry: each is made by a job in the worker, or, for a
 * ZIP, packed here from files the build already holds.
 */
function filesOf({ collection, id, source, inputs }: Owner, store: Store) {
  const locale = localeOfId(id);
  const slug = slugOfId(id);
  return (parts: (string | number)[], format: DownloadFormat, title: string, job: Job | (() => Promise<Uint8Array>), contents: DownloadItem[] = []): DownloadItem => {
    const filename = fileName(parts, format);
    const key = downloadKey(locale, collection, slug, filename);
    // A ZIP is made from its files: its key is made from theirs.
    const madeFrom = contents.length > 0 ? contents.map((item) => item.cacheKey ?? null) : inputs;
    const cacheKey = store.version ? fileKey(store.version, key, madeFrom) : undefined;
    const name = `/downloads/${key} (made from ${source ?? `${collection}/${id}`})`;
    const make =
      typeof job === 'function'
        ? async () => {
            const bytes = await job();
            return { bytes, info: await fileInfo(bytes, format) };
          }
        : () => store.maker.make(job, name);
    const produce = producer(cacheKey, store.cache, make);
    const item: DownloadItem = {
      key,
      entry: `${collection}/${id}`,
      locale,
      title,
      format,
      filename,
      href: downloadHref(key, base),
      contents,
      cacheKey,
      bytes: async () => (await produce()).bytes(),
      info: async () => (await produce()).info,
    };
    return item;
  };
}

async function contextOf(id: string, route: string, sources: CollectionEntry<'pages'>['data']['sources']): Promise<DocumentContext> {
  const locale = localeOfId(id);
  const entries = await getEntries(sources);
  const url = site ? pageAddress(site, locale, route, base) : undefined;
  return { locale, t: useTranslations(locale), url, sources: entries.map((source) => source.data.title) };
}

/** What of a context goes into a file and a job (its strings come from the code, which is part of every key). */
const contextInputs = ({ locale, url, sources }: DocumentContext): JobContext => ({ locale, url, sources });

async function lessonFiles(entry: CollectionEntry<'lessons'>, store: Store): Promise<DownloadItem[]> {
  const lesson = entry.data;
  const body = entry.body ?? '';
  const context = await contextOf(entry.id, entryRoute('lessons', slugOfId(entry.id)), lesson.sources);
  const { t } = context;
  const slug = slugOfId(entry.id);
  const jobContext = contextInputs(context);
  const file = filesOf({ collection: 'lessons', id: entry.id, source: entry.filePath, inputs: { lesson, body, context: jobContext } }, store);
  const guideParts = [slug, t('downloads.file.teacher-guide')];
  const guideTitle = lessonGuideTitle(lesson, t);
  const handoutParts = [slug, t('downloads.file.handout')];
  const quizParts = [slug, t('downloads.file.pupil-quiz')];
  const letterParts = [slug, t('downloads.file.parent-letter')];
  const worksheets = lesson.worksheets.flatMap((worksheet, index) => {
    const parts = [slug, t('downloads.file.worksheet'), index + 1];
    const title = worksheetTitle(worksheet, t);
    return [
      file(parts, 'pdf', title, { builder: 'worksheet-pdf', format: 'pdf', context: jobContext, args: [worksheet, lesson.title] }),
      file(parts, 'odt', title, { builder: 'worksheet-odt', format: 'odt', context: jobContext, args: [worksheet, lesson.title] }),
    ];
  });
  // In teaching order: the deck and guide for the teacher, then what pupils get, then the letter home.
  const files = [
    file([slug, t('downloads.file.slides')], 'pptx', deckTitle(lesson, t), { builder: 'deck', format: 'pptx', context: jobContext, args: [lesson] }),
    file(guideParts, 'pdf', guideTitle, { builder: 'guide-pdf', format: 'pdf', context: jobContext, args: [lesson, body] }),
    file(guideParts, 'odt', guideTitle, { builder: 'guide-odt', format: 'odt', context: jobContext, args: [lesson, body] }),
    file(handoutParts, 'pdf', handoutTitle(lesson, t), { builder: 'handout-pdf', format: 'pdf', context: jobContext, args: [lesson] }),
    file(handoutParts, 'odt', handoutTitle(lesson, t), { builder: 'handout-odt', format: 'odt', context: jobContext, args: [lesson] }),
    file(quizParts, 'pdf', pupilQuizTitle(lesson, t), { builder: 'quiz-pdf', format: 'pdf', context: jobContext, args: [lesson] }),
    file(quizParts, 'odt', pupilQuizTitle(lesson, t), { builder: 'quiz-odt', format: 'odt', context: jobContext, args: [lesson] }),
    ...worksheets,
    file(letterParts, 'pdf', parentLetterTitle(lesson, t), { builder: 'letter-pdf', format: 'pdf', context: jobContext, args: [lesson] }),
    file(letterParts, 'odt', parentLetterTitle(lesson, t), { builder: 'letter-odt', format: 'odt', context: jobContext, args: [lesson] }),
  ];
  const packParts = [slug, t('downloads.file.lesson-pack')];
  const archive: PackArchive = { folder: fileName(packParts, 'zip').replace(/\.zip$/, ''), readme: `${t('downloads.file.readme')}.txt` };
  const zip = file(packParts, 'zip', t('downloads.all'), () => buildPackZip(archive, lesson.title, files, context), files);
  return [...files, { ...zip, archive }];
}

async function signalFiles(entry: CollectionEntry<'signals'>, store: Store): Promise<DownloadItem[]> {
  const signal = entry.data;
  const slug = slugOfId(entry.id);
  const context = await contextOf(entry.id, entryRoute('signals', slug), signal.sources);
  const organisations = (await getEntries(signal.helpOrganisations)).map(({ data }) => ({ name: data.name, url: data.url }));
  const jobContext = contextInputs(context);
  const file = filesOf({ collection: 'signals', id: entry.id, source: entry.filePath, inputs: { signal, organisations, context: jobContext } }, store);
  return [
    file([slug, context.t('downloads.file.signal-card')], 'pdf', signalCardTitle(signal, context.t), {
      builder: 'signal-card',
      format: 'pdf',
      context: jobContext,
      args: [signal, organisations],
    }),
  ];
}

async function toolkitFiles(entry: CollectionEntry<'toolkits'>, cards: Map<string, DownloadItem>, store: Store): Promise<DownloadItem[]> {
  const toolkit = entry.data;
  const body = entry.body ?? '';
  const slug = slugOfId(entry.id);
  const context = await contextOf(entry.id, entryRoute('toolkits', slug), toolkit.sources);
  const { t } = context;
  const signals = await getEntries(toolkit.signals);
  const partners = (await getEntries(toolkit.partners)).map(({ data }) => data.name);
  const jobContext = contextInputs(context);
  const inputs = { toolkit, body: entry.body, signals: signals.map(({ data }) => data), partners, context: jobContext };
  const file = filesOf({ collection: 'toolkits', id: entry.id, source: entry.filePath, inputs }, store);
  const pdf = file([slug, t('downloads.file.toolkit')], 'pdf', toolkit.title, {
    builder: 'toolkit',
    format: 'pdf',
    context: jobContext,
    args: [toolkit, body, signals.map(({ data }) => data), partners],
  });
  const contents = [pdf, ...signals.map(({ id }) => cards.get(id)).filter((card): card is DownloadItem => Boolean(card))];
  return [pdf, file([slug, t('downloads.file.toolkit')], 'zip', t('downloads.all'), zipOf(contents), contents)];
}

/** Names and home pages of the organisations, for the help section of a printed page. */
async function organisationInfo() {
  return (await getCollection('organisations')).map(({ id, data }) => ({ id, name: data.name, url: data.url }));
}

async function pageFiles(entry: CollectionEntry<'pages'>, store: Store): Promise<DownloadItem[]> {
  const kind = pageDownloads[slugOfId(entry.id)];
  if (!kind) return [];
  // A page that opens with help (the refugee flyer) prints it first too, from the same help data.
  const body = bodyWithHelp(entry.data.help, entry.body ?? '', localeOfId(entry.id), await organisationInfo());
  const page = { title: entry.data.title, description: entry.data.description, body };
  const context = await contextOf(entry.id, entryRoute('pages', slugOfId(entry.id)), entry.data.sources);
  const { t } = context;
  const label = t(`school.material.${kind}`);
  const title = pagePdfTitle(page, label);
  const jobContext = contextInputs(context);
  const file = filesOf({ collection: 'pages', id: entry.id, source: entry.filePath, inputs: { kind, page, context: jobContext } }, store);
  const parts = [t(`downloads.file.${kind}`)];
  if (kind === 'flyer') return [file(parts, 'pdf', title, { builder: 'page-pdf', format: 'pdf', context: jobContext, args: [page, label, { onePage: true }] })];
  const blocks = [{ type: 'title' as const, text: page.title }, { type: 'lead' as const, text: page.description }, ...parseMarkdown(page.body)];
  return [
    file(parts, 'odt', title, { builder: 'page-odt', format: 'odt', context: jobContext, args: [title, page.description, blocks] }),
    file(parts, 'pdf', title, { builder: 'page-pdf', format: 'pdf', context: jobContext, args: [page, label, {}] }),
  ];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function loadCatalogue(): Promise<DownloadItem[]> {
  const started = performance.now();
  const cpu = process.threadCpuUsage();
  const store = { ...openCache(), maker: openMaker() };
  try {
    const [lessons, signals, toolkits, pages] = await Promise.all([
      getCollection('lessons'),
      getCollection('signals'),
      getCollection('toolkits'),
      getCollection('pages'),
    ]);
    const signalItems = (await Promise.all(signals.sort(byId).map((entry) => signalFiles(entry, store)))).flat();
    const cards = new Map(signalItems.map((item) => [item.entry.slice('signals/'.length), item]));
    const groups = await Promise.all([
      ...lessons.sort(byId).map((entry) => lessonFiles(entry, store)),
      ...toolkits.sort(byId).map((entry) => toolkitFiles(entry, cards, store)),
      ...pages.sort(byId).map((entry) => pageFiles(entry, store)),
    ]);
    const items = [...signalItems, ...groups.flat()];
    // The worker makes its files one after another, in this order, while this thread packs the ZIPs.
    await Promise.all(items.map((item) => item.info()));
    store.cache?.prune();
    // CPU time too: on a busy machine the wall time says more about the machine than about the work.
    const used = process.threadCpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    const ownSeconds = (used.user + used.system) / 1e6;
    const workerSeconds = store.maker.cpuSeconds;
    console.info(
      `[signaal:downloads] ${items.length} files in ${seconds.toFixed(2)} s (${(ownSeconds + workerSeconds).toFixed(2)} s CPU: ${ownSeconds.toFixed(2)} s in the build's thread, ${workerSeconds.toFixed(2)} s in the downloads workers): ${made.fresh} made, ${made.cached} from the cache (${store.note})`,
    );
    return items;
  } finally {
    await store.maker.stop();
  }
}

let catalogue: Promise<DownloadItem[]> | undefined;

/** Every downloadable file, made (or read from the cache) once per build. */
export function downloadCatalogue(): Promise<DownloadItem[]> {
  return (catalogue ??= loadCatalogue());
}

/** The files of one entry, for its page: `await downloadsOf('lessons', entry.id)`. */
export async function downloadsOf(collection: DownloadSection, id: string): Promise<DownloadItem[]> {
  return (await downloadCatalogue()).filter((item) => item.entry === `${collection}/${id}`);
}
