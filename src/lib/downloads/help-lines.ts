import type { UIKey } from '../../i18n/ui';
import { helplineNumbers } from '../helplines';
import type { helplines } from '../schemas';

type Line = (typeof helplines)[number];

/** The lines every pupil's sheet and slide names: 112 first, then the lines for young people. */
export const pupilLines: readonly Line[] = ['emergency', 'kindertelefoon', 'anonymous'];
/** The lines the letter to parents names: advice on child abuse and the police besides. */
export const parentLines: readonly Line[] = ['emergency', 'veilig-thuis', 'kindertelefoon', 'anonymous', 'police'];

export interface HelpLine {
  number: string;
  name: string;
  note: string;
}

/** The help lines with their names and who they are for, in the document's language. */
export function helpLines(lines: readonly Line[], t: (key: UIKey) => string): HelpLine[] {
  return lines.map((line) => ({ number: helplineNumbers[line], name: t(`help.${line}.name`), note: t(`help.${line}.note`) }));
}
