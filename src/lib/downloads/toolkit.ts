import type { CollectionEntry } from 'astro:content';
import { helpLine, helpLineSummary } from '../help/lines';
import { helplines } from '../schemas';
import { parseMarkdown, type Run } from './markdown';
import { colours, documentOptions, PdfLayout, type DocumentContext } from './pdf';

type Toolkit = CollectionEntry<'toolkits'>['data'];
type Signal = CollectionEntry<'signals'>['data'];

/**
 * A toolkit for professionals (A4): key messages, the background from the MDX body, its signal cards,
 * the follow-up checklist (ask, record, involve), the support available and the partners.
 */
export async function buildToolkit(toolkit: Toolkit, body: string, signals: Signal[], partners: string[], context: DocumentContext): Promise<Uint8Array> {
  const { t } = context;
  const layout = new PdfLayout(documentOptions(context, toolkit.title, toolkit.summary));

  layout.eyebrow(t('school.material.toolkit'));
  layout.title(toolkit.title);
  layout.lead(toolkit.summary);
  layout.facts([[t('toolkits.audience'), t(`toolkits.audience.${toolkit.audience}`)]]);

  layout.heading(2, t('toolkits.keyMessages'));
  layout.list(toolkit.keyMessages);

  layout.markdown(parseMarkdown(body));

  layout.heading(2, t('toolkits.signals'));
  for (const signal of signals) {
    layout.heading(3, signal.title);
    layout.paragraph(signal.summary, { colour: colours.muted });
    for (const group of signal.groups) {
      layout.paragraph(t(`signals.group.${group.group}`), { fontSize: 10, bold: true });
      layout.list(group.signals, { fontSize: 10 });
    }
  }
  layout.paragraph(t('downloads.card.note'), { italic: true });

  layout.heading(2, t('toolkits.checklist'));
  layout.paragraph(t('toolkits.checklist.lead'));
  for (const step of ['ask', 'record', 'involve'] as const) {
    layout.heading(3, t(`toolkits.checklist.${step}`));
    layout.paragraph(t(`toolkits.checklist.${step}.lead`));
    layout.list(toolkit.checklist[step]);
  }

  if (toolkit.support.length > 0) {
    layout.heading(2, t('toolkits.support'));
    layout.list(toolkit.support);
  }

  if (partners.length > 0) {
    layout.heading(2, t('school.partners'));
    layout.list(partners);
  }

  // The help lines of the toolkit's signal cards, in the usual order.
  const help = helplines.filter((line) => signals.some((signal) => signal.help.includes(line)));
  layout.note(t('help.title'), (note) =>
    note.list(
      help.map((line): Run[] => [
        { text: `${helpLine(line).number}  `, bold: true },
        { text: helpLineSummary(line, context.locale), bold: false },
      ]),
      { fontSize: 10 },
    ),
  );

  return layout.finish();
}
