import { parse } from 'node-html-parser';
import { ruleClasses } from '../css/rule-classes.ts';
import { codePointsOf } from './code-ranges.ts';
import type { Subset } from './faces.ts';

/**
 * The classes of the stylesheet's single-class rules that set text in another font than `family` (a language
 * name in the system font): text inside them needs no file of `family`.
 */
export function otherFontClasses(css: string, family: string): Set<string> {
  return ruleClasses(css, ({ declarations = [] }) => declarations.some((declaration) => declaration.property === 'font-family' && declaration.value[0] !== family)).classes;
}

/** The text a page shows in its markup in the site's font: the body's text, without scripts and styles or what `otherFont` classes set. */
export function shownText(html: string, otherFont: ReadonlySet<string>): string {
  const body = parse(html).querySelector('body');
  if (!body) return '';
  for (const element of body.querySelectorAll('script, style, template, [hidden]')) element.remove();
  for (const element of body.querySelectorAll('[class]')) {
    if (element.classList.value.some((name) => otherFont.has(name))) element.remove();
  }
  return body.text;
}

/**
 * Preload links for the subsets whose characters the page shows in its markup, so the browser fetches them
 * while it reads the HTML instead of after its first layout: the text then mostly paints in the web font
 * at once instead of moving when the font swaps in. A file only text a script writes needs is left to the
 * browser, which fetches it when that text appears.
 */
export function preloadLinks(text: string, subsets: readonly Subset[]): string {
  const points = new Set(codePointsOf(text));
  return subsets
    .filter((subset) => subset.points.some((point) => points.has(point)))
    .map((subset) => `<link rel="preload" href="${subset.url}" as="font" type="font/woff2" crossorigin>`)
    .join('');
}
