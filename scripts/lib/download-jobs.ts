// The download jobs of the real content, made without Astro from the content files as the unit tests read
// them (tests/fixtures/downloads.ts): every lesson, signal card, toolkit and printable page in every locale,
// and the ZIPs the build packs from them. The content of the files is the site's; their contexts (page
// address, source names) are the tests'.
import { locales } from '../../src/lib/locales.ts';
import type { Job, JobContext } from '../../src/lib/downloads/jobs.ts';
import type { OdtBlock } from '../../src/lib/downloads/odt.ts';
import { parseMarkdown } from '../../src/lib/downloads/markdown.ts';
import { context, lesson, organisations, page, signal, slugsOf, toolkit } from '../../tests/fixtures/downloads.ts';

/** A file to make: its job, and a name for an error message (`lessons/nl/grooming-synthetic-1 deck`). */
export interface ContentFile {
  name: string;
  job: Job;
}

export interface ContentDownloads {
  files: ContentFile[];
  /** Each ZIP the build packs, as the indices in `files` of the files in it: a lesson pack, a toolkit's ZIP. */
  zips: number[][];
}

/**
 * `copies` renamed copies of each lesson come after it, titled as scripts/synthetic-site.ts titles them
 * (` 1`, ` 2`, … after the title), so the shared word cache sees new titles, as on a larger site.
 */
export function contentDownloads(copies = 0): ContentDownloads {
  const files: ContentFile[] = [];
  const zips: number[][] = [];
  /** Adds the jobs of one entry and gives their indices. */
  const add = (entry: string, jobs: Job[]) => jobs.map((job) => files.push({ name: `${entry} ${job.builder}`, job }) - 1);
  for (const locale of locales) {
    const { t, ...jobContext } = context(locale);
    const of = (builder: string, format: string, args: unknown[]) => ({ builder, format, context: jobContext as JobContext, args }) as Job;
    for (const slug of slugsOf('lessons')) {
      const { data: original, body } = lesson(locale, slug);
      for (let copy = 0; copy <= copies; copy++) {
        const data = copy === 0 ? original : { ...original, title: `${original.title} ${copy}` };
        const jobs = [of('deck', 'pptx', [data]), of('guide-pdf', 'pdf', [data, body]), of('guide-odt', 'odt', [data, body])];
        for (const kind of ['handout', 'quiz', 'letter']) jobs.push(of(`${kind}-pdf`, 'pdf', [data]), of(`${kind}-odt`, 'odt', [data]));
        for (const worksheet of data.worksheets) jobs.push(of('worksheet-pdf', 'pdf', [worksheet, data.title]), of('worksheet-odt', 'odt', [worksheet, data.title]));
        zips.push(add(`lessons/${locale}/${slug}${copy === 0 ? '' : `-synthetic-${copy}`}`, jobs));
      }
    }
    const cards = new Map<string, number>();
    for (const slug of slugsOf('signals')) {
      const data = signal(locale, slug);
      const helpers = data.helpOrganisations.map(({ id }) => organisations.find((organisation) => organisation.id === id)!).map(({ name, url }) => ({ name, url }));
      cards.set(slug, add(`signals/${locale}/${slug}`, [of('signal-card', 'pdf', [data, helpers])])[0]);
    }
    for (const slug of slugsOf('toolkits')) {
      const { data, body } = toolkit(locale, slug);
      const slugs = data.signals.map(({ id }) => id.split('/')[1]);
      const partners = data.partners.map(({ id }) => organisations.find((organisation) => organisation.id === id)!.name);
      const [pdf] = add(`toolkits/${locale}/${slug}`, [of('toolkit', 'pdf', [data, body, slugs.map((card) => signal(locale, card)), partners])]);
      zips.push([pdf, ...slugs.map((card) => cards.get(card)!)]);
    }
    const flyer = page(locale, 'refugee-flyer');
    add(`pages/${locale}/refugee-flyer`, [of('page-pdf', 'pdf', [flyer, t('school.material.flyer'), { onePage: true }])]);
    const protocol = page(locale, 'reporting-protocol');
    const blocks: OdtBlock[] = [{ type: 'title', text: protocol.title }, { type: 'lead', text: protocol.description }, ...parseMarkdown(protocol.body)];
    add(`pages/${locale}/reporting-protocol`, [of('page-pdf', 'pdf', [protocol, t('school.material.template'), {}]), of('page-odt', 'odt', [protocol.title, protocol.description, blocks])]);
  }
  return { files, zips };
}
