import type { Locale } from '../locales';
import { helpLine, type HelpLineId } from '../help/lines';

/** The lines every pupil's sheet and slide names: 112 first, then the lines for young people. */
export const pupilLines: readonly HelpLineId[] = ['emergency', 'kindertelefoon', 'anonymous'];
/** The lines the letter to parents names: advice on child abuse and the police besides. */
export const parentLines: readonly HelpLineId[] = ['emergency', 'veilig-thuis', 'kindertelefoon', 'anonymous', 'police'];

export interface PrintedHelpLine {
  number: string;
  name: string;
  note: string;
}

/** The help lines with their names and who they are for, in the document's language, from the help data. */
export function helpLines(lines: readonly HelpLineId[], locale: Locale): PrintedHelpLine[] {
  return lines.map((id) => {
    const line = helpLine(id);
    return { number: line.number, name: line.name[locale], note: line.who[locale] };
  });
}
