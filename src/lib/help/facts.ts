import type { UIKey } from '../../i18n/ui';
import type { HelpLine } from './lines';

export interface HelpFact {
  label: UIKey;
  value: string;
  /** The sources do not give this fact; the site says so instead of guessing. */
  unchecked: boolean;
}

/** When a line is open, what it costs and whether it can be anonymous, in the reader's language. */
export function helpLineFacts(line: HelpLine, t: (key: UIKey) => string): HelpFact[] {
  const unchecked = (label: UIKey): HelpFact => ({ label, value: t('help.unchecked'), unchecked: true });
  const known = (label: UIKey, value: string): HelpFact => ({ label, value, unchecked: false });
  const { hours } = line;
  return [
    hours === null
      ? unchecked('help.fact.when')
      : known('help.fact.when', hours.kind === 'acute' ? t('help.hours.acute') : t('help.hours.weekdays').replace('{from}', hours.from).replace('{to}', hours.to)),
    line.cost === 'free' ? known('help.fact.cost', t('help.cost.free')) : unchecked('help.fact.cost'),
    line.anonymous ? known('help.fact.anonymous', t('help.anonymous.yes')) : unchecked('help.fact.anonymous'),
  ];
}
