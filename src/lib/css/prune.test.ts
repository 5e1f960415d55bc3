import { describe, expect, it } from 'vitest';
import { customPropertiesRead, pruneStylesheet, stylesheetPruner, type PageUse } from './prune';

const use = (classes: string[], elements: string[], text = 'abc', otherCss = ''): PageUse => ({
  classes: new Set(classes),
  elements: new Set(elements),
  text,
  otherCss,
});

const sheet = [
  ':root{--spacing:.25rem;--color-ink:#111;--color-unused:#222;--pad:calc(var(--spacing) * 2)}',
  '@property --tw-shadow{syntax:"*";inherits:false}',
  '.flex{display:flex}.grid{display:grid}',
  '.p-2{padding:var(--pad)}',
  '.shadow{--tw-shadow:0 1px #000;box-shadow:var(--tw-shadow)}',
  'sub,sup{font-size:75%}',
  'table{border-collapse:collapse}',
  ':where(.space-y-2>:not(:last-child)){margin-top:1rem}',
  '@media (width>=40rem){.sm\\:grid{display:grid}}',
  '@media print{.no-print{display:none!important}}',
  '.menu::details-content{content-visibility:visible;display:block}',
  '.a:not(.b){color:red}',
  '@font-face{font-family:F;src:url(/l.woff2);unicode-range:U+0-FF}',
  '@font-face{font-family:F;src:url(/c.woff2);unicode-range:U+400-45F}',
].join('');

describe('pruneStylesheet', () => {
  it('keeps the rules of the classes and elements a page has, with their media and print rules', () => {
    const css = pruneStylesheet(sheet, use(['flex', 'sm:grid', 'no-print', 'menu'], ['sub', 'div']));
    expect(css).toContain('.flex{display:flex}');
    expect(css).not.toContain('.grid{');
    expect(css).toContain('.sm\\:grid{display:grid}');
    expect(css).toContain('@media print{.no-print{display:none!important}}');
    expect(css).toContain('sub,sup{font-size:75%}');
    expect(css).not.toContain('table{');
    expect(css).not.toContain('space-y-2');
  });

  it('keeps properties lightningcss does not know, and the classes inside :not()', () => {
    const css = pruneStylesheet(sheet, use(['menu', 'a'], []));
    expect(css).toContain('.menu::details-content{content-visibility:visible;display:block}');
    expect(css).toContain('.a:not(.b){color:red}');
  });

  it('keeps a :where() whose class the page has', () => {
    expect(pruneStylesheet(sheet, use(['space-y-2'], []))).toContain(':where(.space-y-2>:not(:last-child))');
  });

  it('drops custom properties nothing reads any more, following what reads what', () => {
    const without = pruneStylesheet(sheet, use(['flex'], []));
    expect(without).not.toContain('--spacing');
    expect(without).not.toContain('--tw-shadow');
    const padded = pruneStylesheet(sheet, use(['p-2', 'shadow'], []));
    expect(padded).toContain('--pad:calc(var(--spacing) * 2)');
    expect(padded).toContain('--spacing:.25rem');
    expect(padded).toContain('@property --tw-shadow');
    expect(padded).not.toContain('--color-unused');
  });

  it('keeps the custom properties the page’s own CSS reads', () => {
    expect(pruneStylesheet(sheet, use([], [], 'a', '.map{fill:var(--color-ink)}'))).toContain('--color-ink:#111');
  });

  it('keeps only the @font-face rules whose characters the page has', () => {
    expect(pruneStylesheet(sheet, use([], [], 'Signaal'))).toContain('/l.woff2');
    expect(pruneStylesheet(sheet, use([], [], 'Signaal'))).not.toContain('/c.woff2');
    expect(pruneStylesheet(sheet, use([], [], 'Допомога'))).toContain('/c.woff2');
  });
});

describe('the parts only some <input> types draw', () => {
  const controls = '::file-selector-button{margin:0}::-webkit-datetime-edit{padding:0}::-webkit-inner-spin-button{height:auto}::-webkit-search-decoration{appearance:none}::placeholder{opacity:1}';
  const withInputs = (...types: string[]) => ({ ...use([], ['input']), inputTypes: new Set(types) });

  it('keeps them only for a page with an <input> of a type that draws them', () => {
    const search = pruneStylesheet(controls, withInputs('search'));
    expect(search).toContain('::-webkit-search-decoration');
    expect(search).toContain('::placeholder');
    for (const part of ['file-selector-button', 'datetime-edit', 'spin-button']) expect(search).not.toContain(part);
    expect(pruneStylesheet(controls, withInputs('file'))).toContain('::file-selector-button');
    const date = pruneStylesheet(controls, withInputs('date'));
    expect(date).toContain('::-webkit-datetime-edit');
    expect(date).toContain('::-webkit-inner-spin-button');
    expect(pruneStylesheet(controls, withInputs('number'))).not.toContain('datetime-edit');
  });

  it('keeps them all when the page’s input types are not known', () => {
    expect(pruneStylesheet(controls, use([], ['input']))).toBe(pruneStylesheet(controls, withInputs('file', 'date', 'search')));
  });

  it('are told apart by stylesheetPruner', () => {
    const prune = stylesheetPruner(controls);
    for (const page of [withInputs('search'), withInputs('date'), use([], ['input'])]) expect(prune(page)).toBe(pruneStylesheet(controls, page));
  });
});

describe('stylesheetPruner', () => {
  it('gives what pruneStylesheet gives, for pages that use the same and for pages that do not', () => {
    const prune = stylesheetPruner(sheet);
    const pages = [use(['flex', 'not-in-sheet'], ['div']), use(['flex'], ['div', 'span']), use(['grid'], ['table'], 'Допомога')];
    for (const page of pages) expect(prune(page)).toBe(pruneStylesheet(sheet, page));
    expect(prune(pages[0])).not.toBe(prune(pages[2]));
  });
});

describe('customPropertiesRead', () => {
  it('finds every var(), also with a fallback and inside another', () => {
    expect([...customPropertiesRead('a{b:var(--x, var(--y));c:var( --z)}')]).toEqual(['--x', '--y', '--z']);
  });
});
