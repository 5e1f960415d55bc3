import { parse } from 'node-html-parser';
import { ruleClasses } from '../css/rule-classes.ts';

/**
 * Characters a browser draws that no page's source contains: `hyphens: auto` breaks a word with U+2010 HYPHEN
 * when the font has it (U+002D otherwise), and spaces, plain and no-break, are laid out in the page's font.
 */
export const drawnWithoutSource = ' \u00a0-\u2010';

/** The text of every distinct character reference of an HTML text (`&nbsp;`, `&#x420;`), decoded by the HTML parser. */
export function decodedReferences(html: string): string {
  const references = new Set(html.match(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi) ?? []);
  return parse([...references].join('')).text;
}

/** The text of every escape in JavaScript source (`\u0456`, `\u{1F600}`, `\xE9`), decoded. */
export function decodedEscapes(code: string): string {
  return [...code.matchAll(/\\u\{([\da-f]+)\}|\\u([\da-f]{4})|\\x([\da-f]{2})/gi)]
    .map(([, braced, four, two]) => String.fromCodePoint(parseInt(braced ?? four ?? two, 16)))
    .join('');
}

/**
 * Where the stylesheet changes the case of text (`text-transform: uppercase`), which the browser then draws in
 * letters the source may not have («Вчитель» in capitals): the classes of rules that are a single class,
 * and whether some other rule does it, which makes every text count in both cases.
 */
export interface CaseTransforms {
  classes: ReadonlySet<string>;
  everywhere: boolean;
}

export function caseTransforms(css: string): CaseTransforms {
  const { classes, otherSelectors } = ruleClasses(css, ({ declarations = [], importantDeclarations = [] }) =>
    [...declarations, ...importantDeclarations].some((declaration) => declaration.property === 'text-transform' && declaration.value.case !== 'none'),
  );
  return { classes, everywhere: otherSelectors };
}

/** A page's text as the case transforms can draw it: the text of the elements they apply to, upper- and lowercased. */
export function transformedText(html: string, transforms: CaseTransforms): string {
  const present = [...transforms.classes].filter((name) => new RegExp(`\\sclass="(?:[^"]*\\s)?${name.replace(/[^\w-]/g, '\\$&')}[\\s"]`).test(html));
  if (!transforms.everywhere && present.length === 0) return '';
  const document = parse(html);
  const text = transforms.everywhere
    ? document.text
    : present.flatMap((name) => document.querySelectorAll(`.${name.replace(/[^\w-]/g, '\\$&')}`).map((element) => element.text)).join(' ');
  return `${text.toUpperCase()}${text.toLowerCase()}`;
}

/**
 * Every character a built page can make the browser draw: its HTML (text, attributes, and what its character
 * references stand for), the scripts it runs with their escapes decoded (they may write any string they hold,
 * search messages included) and its text in the case the stylesheet gives it. Markup and code count as well:
 * that costs a few glyphs and can never miss one. Text a reader types, or a script assembles from pieces,
 * is not known here; the browser draws what the font lacks in the next font of the stack.
 */
export function pageCharacters(html: string, scripts: readonly string[], transforms: CaseTransforms): string {
  return [html, decodedReferences(html), ...scripts, ...scripts.map(decodedEscapes), transformedText(html, transforms)].join('');
}
