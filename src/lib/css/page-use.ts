import type { PageUse } from './prune.ts';

/** An element of built HTML with its attributes and text: `<script …>…</script>`, `<style …>…</style>`. */
const elementsNamed = (html: string, name: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'gi'))].map(([, attributes, text]) => ({ attributes, text }));

/** Script types that are data, not code: they neither run nor carry a hash in the policy. */
const isCode = (attributes: string) => !/\btype="application\/(ld\+)?json"/.test(attributes);

/** The texts of a page's inline scripts (code, not data), as a browser hashes them. */
export const inlineScripts = (html: string) =>
  elementsNamed(html, 'script')
    .filter(({ attributes }) => !/\bsrc=/.test(attributes) && isCode(attributes))
    .map(({ text }) => text);

/** The texts of a page's `<style>` elements. */
export const inlineStyles = (html: string) => elementsNamed(html, 'style').map(({ text }) => text);

/** The external scripts a page loads: the `src` of its `<script>` elements, in order. */
export const scriptSources = (html: string) =>
  elementsNamed(html, 'script').flatMap(({ attributes }) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? []);

/** The pieces of a script that can be a class or element name: what lies between quotes and spaces. */
const scriptWords = (code: string) => code.split(/[\s"'`]+/).filter(Boolean);

/**
 * What a built page can use of the site stylesheet: the classes and elements of its markup, and every word of
 * the scripts it runs (inline, and the text of its external scripts with what they import, given as
 * `scripts`), since a script may add a class (`classList.toggle('bg-exit')`) or create an element (`mark`).
 * Like Tailwind's own scan, a class assembled from pieces at run time is not seen. Astro writes every
 * attribute in double quotes, which the scan relies on.
 */
export function pageUse(html: string, scripts: readonly string[]): PageUse {
  const words = [...inlineScripts(html), ...scripts].flatMap(scriptWords);
  const classes = [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, list]) => list.split(/\s+/).filter(Boolean));
  const elements = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map(([, name]) => name.toLowerCase());
  // Elements the HTML parser adds without a tag: the document's own, and a table's body.
  elements.push('html', 'head', 'body', ...(elements.includes('table') ? ['tbody'] : []));
  // An `<input>` without a type is a text field; a script's words may name the type it sets.
  const inputTypes = [...html.matchAll(/<input\b[^>]*?\stype="([^"]*)"/gi)].map(([, type]) => type.toLowerCase());
  const lowerWords = words.map((word) => word.toLowerCase());
  return {
    classes: new Set([...classes, ...words]),
    elements: new Set([...elements, ...lowerWords]),
    inputTypes: new Set([...inputTypes, ...lowerWords]),
    text: [html, ...scripts].join('\n'),
    otherCss: inlineStyles(html).join('\n'),
  };
}

/**
 * A set of module scripts with every module they import, followed import by import through the built files:
 * `read(path)` gives the text of a site path such as `/_astro/x.js`, or undefined when there is none.
 */
export function withImports(entries: readonly string[], read: (path: string) => string | undefined): string[] {
  const texts = new Map<string, string>();
  const visit = (path: string) => {
    if (texts.has(path)) return;
    const code = read(path);
    if (code === undefined) return;
    texts.set(path, code);
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
      visit(new URL(specifier, new URL(path, 'http://site.local')).pathname);
    }
  };
  entries.forEach(visit);
  return [...texts.values()];
}
