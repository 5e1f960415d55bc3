import { useTranslations } from '../../i18n/ui';
import type { Locale } from '../locales';
import { helpLineFacts } from './facts';
import { helpLine } from './lines';
import { helpOrganisation, type PageHelp } from './situations';

export interface OrganisationInfo {
  id: string;
  name: string;
  url?: string;
}

/**
 * A page's help as a Markdown section, for its printable download (which lays out Markdown, not
 * components): each number in bold, who it is for, and the facts the sources give; the safety note last.
 * A printed sheet leaves out "not checked by us", since there is nothing to tap and no room to spare.
 */
export function helpMarkdown(help: PageHelp, locale: Locale, organisations: OrganisationInfo[]): string {
  const t = useTranslations(locale);
  const lines = help.lines.map((id) => {
    const line = helpLine(id);
    const facts = helpLineFacts(line, t)
      .filter((fact) => !fact.unchecked)
      .map((fact) => `${t(fact.label)}: ${fact.value}.`);
    return `- **${line.number}** – ${line.name[locale]}. ${[line.who[locale], ...facts].join(' ')}`;
  });
  const others = help.organisations.map((id) => {
    const organisation = helpOrganisation(id);
    const info = organisations.find((o) => o.id === id);
    if (!info) throw new Error(`Help organisation "${id}" is not in the organisations collection`);
    const who = 'who' in organisation ? organisation.who[locale] : helpLine(organisation.line).who[locale];
    const address = info.url ? ` ${info.url.replace(/^https:\/\//, '').replace(/\/$/, '')}` : '';
    return `- **${info.name}** – ${who}${address}`;
  });
  return `${[`## ${t('help.where')}`, '', ...lines, ...others, '', t('help.safety.text')].join('\n')}\n\n`;
}

/** The body of a page's printable download: its help section (if it opens with help), then its Markdown. */
export function bodyWithHelp(help: PageHelp | undefined, body: string, locale: Locale, organisations: OrganisationInfo[]): string {
  return help ? `${helpMarkdown(help, locale, organisations)}${body}` : body;
}
