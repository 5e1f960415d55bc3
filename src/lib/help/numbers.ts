import { helpLines, telHref, type HelpLineId } from './lines';

/** The numbers as the content guide writes them: the only phone numbers the site may show. */
export const allowedNumbers: readonly string[] = helpLines.map((line) => line.number);

/**
 * Editors write a number with spaces, hyphens or neither ("0800-7000", "0800 7000", "08007000"); any of
 * these is the same line. 112 is matched only as written, since "1 12" is not a way anyone writes it.
 * A digit, or a decimal mark followed by a digit, on either side means the match is part of a longer
 * number (a year, a figure) and is not a help line; so does a unit after it ("112 kB", a file size).
 */
const separator = '[\\s\\u00a0\\u2011-]?';
const alternatives = [...helpLines]
  .sort((a, b) => b.number.length - a.number.length)
  .map((line) => {
    const digits = line.number.replace(/\D/g, '');
    return digits.length <= 3 ? digits : digits.split('').join(separator);
  });
const unit = '\\s?(?:[kMG]B|кБ|МБ|ГБ|%)';
const pattern = `(?<![\\d.,])(?:${alternatives.join('|')})(?![\\d]|[.,]\\d|${unit})`;

/** A fresh global pattern (a shared one would carry `lastIndex` between callers). */
export function helpNumberPattern(): RegExp {
  return new RegExp(pattern, 'g');
}

const byDigits = new Map(helpLines.map((line) => [line.number.replace(/\D/g, ''), line]));

export type TextPart = { kind: 'text'; text: string } | { kind: 'number'; text: string; href: string; line: HelpLineId };

/** Splits text into plain runs and help numbers (as written), each number with its `tel:` address. */
export function splitHelpNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(helpNumberPattern())) {
    const line = byDigits.get(match[0].replace(/\D/g, ''))!;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'number', text: match[0], href: telHref(line.number), line: line.id });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
