// The download jobs of the real content, made without Astro from the content files as the unit tests read
// them (tests/fixtures/downloads.ts): every lesson, signal card, toolkit and printable page in every locale.
// The content of the files is the site's; their contexts (page address, source names) are the tests'.
import { locales } from '../../src/lib/locales.ts';
import type { Job, JobContext } from '../../src/lib/downloads/jobs.ts';
import type { OdtBlock } from '../../src/lib/downloads/odt.ts';
import { parseMarkdown } from '../../src/lib/downloads/markdown.ts';
import { context, lesson, organisations, page, signal, slugsOf, toolkit } from '../../tests/fixtures/downloads.ts';

export function jobsOfContent(): Job[] {
  const jobs: Job[] = [];
  for (const locale of locales) {
    const { t, ...jobContext } = context(locale);
    const of = (builder: string, format: string, args: unknown[]) => ({ builder, format, context: jobContext as JobContext, args }) as Job;
    for (const slug of slugsOf('lessons')) {
      const { data, body } = lesson(locale, slug);
      jobs.push(of('deck', 'pptx', [data]), of('guide-pdf', 'pdf', [data, body]), of('guide-odt', 'odt', [data, body]));
      for (const kind of ['handout', 'quiz', 'letter']) jobs.push(of(`${kind}-pdf`, 'pdf', [data]), of(`${kind}-odt`, 'odt', [data]));
      for (const worksheet of data.worksheets) jobs.push(of('worksheet-pdf', 'pdf', [worksheet, data.title]), of('worksheet-odt', 'odt', [worksheet, data.title]));
    }
    for (const slug of slugsOf('signals')) {
      const data = signal(locale, slug);
      const helpers = data.helpOrganisations.map(({ id }) => organisations.find((organisation) => organisation.id === id)!).map(({ name, url }) => ({ name, url }));
      jobs.push(of('signal-card', 'pdf', [data, helpers]));
    }
    for (const slug of slugsOf('toolkits')) {
      const { data, body } = toolkit(locale, slug);
      const signals = data.signals.map(({ id }) => signal(locale, id.split('/')[1]));
      const partners = data.partners.map(({ id }) => organisations.find((organisation) => organisation.id === id)!.name);
      jobs.push(of('toolkit', 'pdf', [data, body, signals, partners]));
    }
    const flyer = page(locale, 'refugee-flyer');
    jobs.push(of('page-pdf', 'pdf', [flyer, t('school.material.flyer'), { onePage: true }]));
    const protocol = page(locale, 'reporting-protocol');
    const blocks: OdtBlock[] = [{ type: 'title', text: protocol.title }, { type: 'lead', text: protocol.description }, ...parseMarkdown(protocol.body)];
    jobs.push(of('page-pdf', 'pdf', [protocol, t('school.material.template'), {}]), of('page-odt', 'odt', [protocol.title, protocol.description, blocks]));
  }
  return jobs;
}
