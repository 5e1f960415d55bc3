import { describe, expect, it } from 'vitest';
import { inlineScripts, inlineStyles, pageUse, scriptSources, withImports } from './page-use';

const html = [
  '<!doctype html><html><head><style>.m{fill:var(--color-ink)}</style>',
  '<script type="application/ld+json">{"@type":"Thing","name":"json-only"}</script></head>',
  '<body class="flex min-h-screen"><p class="text-sm  sm:text-base">Допомога</p>',
  '<script type="module">d.classList.toggle(`bg-exit`,true);document.createElement("mark")</script>',
  '<script type="module" src="/_astro/a.js"></script></body></html>',
].join('');

describe('pageUse', () => {
  const use = pageUse(html, ['x.className="rounded-lg border"']);

  it('has the classes of the markup and the words of every script', () => {
    for (const name of ['flex', 'min-h-screen', 'text-sm', 'sm:text-base', 'bg-exit', 'rounded-lg', 'border']) expect(use.classes.has(name), name).toBe(true);
    expect(use.classes.has('json-only')).toBe(false);
  });

  it('has the elements of the markup and those scripts may create', () => {
    for (const name of ['html', 'body', 'p', 'script', 'mark']) expect(use.elements.has(name), name).toBe(true);
    expect(use.elements.has('table')).toBe(false);
  });

  it('has the types of its <input> elements and the words of its scripts', () => {
    const fields = pageUse('<input id="q" type="search"><input data-type="file" name="n"><script>i.type="Date"</script>', []);
    expect(fields.inputTypes?.has('search')).toBe(true);
    expect(fields.inputTypes?.has('file')).toBe(false);
    expect(fields.inputTypes?.has('date')).toBe(true);
  });

  it('has the elements the HTML parser adds without a tag', () => {
    expect(pageUse('<p>a</p>', []).elements).toEqual(new Set(['p', 'html', 'head', 'body']));
    expect(pageUse('<table><tr><td>a</td></tr></table>', []).elements.has('tbody')).toBe(true);
  });

  it('has the page’s text and its own CSS', () => {
    expect(use.text).toContain('Допомога');
    expect(use.otherCss).toBe('.m{fill:var(--color-ink)}');
  });
});

describe('the inline elements of a page', () => {
  it('are its code scripts without src and its styles; its external scripts are listed apart', () => {
    expect(inlineScripts(html)).toEqual(['d.classList.toggle(`bg-exit`,true);document.createElement("mark")']);
    expect(inlineStyles(html)).toEqual(['.m{fill:var(--color-ink)}']);
    expect(scriptSources(html)).toEqual(['/_astro/a.js']);
  });
});

describe('withImports', () => {
  it('follows static and dynamic imports once each, relative to the importing file', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import{x}from"./b.js";import("./c.js")',
      '/_astro/b.js': 'import"./a.js";export const x=1',
      '/_astro/c.js': 'import"/pagefind/missing.js"',
    };
    expect(withImports(['/_astro/a.js'], (path) => files[path])).toEqual([files['/_astro/a.js'], files['/_astro/b.js'], files['/_astro/c.js']]);
  });
});
