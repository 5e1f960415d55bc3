import type { CollectionEntry } from 'astro:content';
import { helpLine, helpLineSummary } from '../help/lines';
import type { Run } from './markdown';
import { documentOptions, fitScale, PdfLayout, type DocumentContext } from './pdf';

type Signal = CollectionEntry<'signals'>['data'];

export interface HelpOrganisation {
  name: string;
  url?: string;
}

export function signalCardTitle(signal: Signal, t: DocumentContext['t']): string {
  return `${t('school.material.signal-card')} – ${signal.title}`;
}

/**
 * A printable signal card (A5, double-sided). The front lists the signs by group; the back says what you
 * can do and where to get help, with only the phone numbers of src/lib/help/lines.ts. Each side is scaled
 * down until it fits on one page.
 */
export async function buildSignalCard(signal: Signal, organisations: HelpOrganisation[], context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const options = { ...documentOptions(context, signalCardTitle(signal, t), signal.summary, 'A5'), compact: true };

  const front = (layout: PdfLayout) => {
    layout.eyebrow(t('school.material.signal-card'));
    layout.title(signal.title);
    layout.lead(signal.summary);
    for (const group of signal.groups) {
      layout.heading(2, t(`signals.group.${group.group}`));
      layout.list(group.signals, { fontSize: 10 });
    }
    layout.paragraph(t('downloads.card.note'), { italic: true, fontSize: 9.5 });
  };

  const back = (layout: PdfLayout) => {
    layout.eyebrow(`${t('school.material.signal-card')} · ${signal.title}`);
    layout.heading(2, t('signals.whatYouCanDo'));
    layout.list(signal.whatYouCanDo, { fontSize: 10 });
    layout.heading(2, t('help.title'));
    layout.list(
      signal.help.map((line): Run[] => [
        { text: `${helpLine(line).number}  `, bold: true },
        { text: helpLineSummary(line, context.locale), bold: false },
      ]),
      { fontSize: 10 },
    );
    if (organisations.length > 0) {
      layout.heading(2, t('school.organisationsHelp'));
      layout.list(organisations.map(({ name, url }) => (url ? `${name} – ${url.replace(/^https:\/\//, '').replace(/\/$/, '')}` : name)), { fontSize: 10 });
    }
  };

  const frontScale = fitScale(options, front);
  const backScale = fitScale(options, back);
  const layout = new PdfLayout({ ...options, scale: frontScale });
  front(layout);
  layout.newPage();
  layout.scale = backScale;
  back(layout);
  return layout.finish();
}
