import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { locales } from '../../src/lib/locales';
import { parsePath } from '../../src/lib/routes';
import { buildPrivacyProblems, thirdPartyRequests } from '../audit/privacy';
import { alternateProblems, brokenLinks, currentPageProblems, isNotFoundPage, metadataProblems, pageWeight, unhashedInlineScripts, unhashedInlineStyles } from '../audit/site-audit';
import { withoutJavaScriptProblems } from '../audit/without-js';
import { base, budget, distDir, limitFor, pages, site } from './site';

// Every page of the build, read in Node: no browser, so each check costs milliseconds a page.

test('the build has pages in every locale', () => {
  for (const locale of locales) {
    const prefix = locale === 'nl' ? /^\/(?!en\/|uk\/)/ : new RegExp(`^/${locale}/`);
    expect(pages.filter((p) => prefix.test(p.path)).length, locale).toBeGreaterThan(10);
  }
});

test('every page declares the language of its address in <html lang>', () => {
  const wrong = pages
    .map((page) => ({ path: page.path, expected: parsePath(page.path).locale, lang: page.doc.querySelector('html')?.getAttribute('lang') }))
    .filter((page) => page.lang !== page.expected);
  expect(wrong).toEqual([]);
});

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean and void elements its own way; these are style, not validity.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-empty-style': 'off',
    'no-inline-style': 'off',
    // Pagefind filters are hidden spans, on purpose.
    'empty-heading': 'error',
    'long-title': 'off',
    // The project filter acts on change and announces the count; it has nothing to submit.
    'wcag/h32': 'off',
  },
});

// Validation is the slow static check: groups of pages let the workers share it as the site grows.
const perGroup = 50;
for (let start = 0; start < pages.length; start += perGroup) {
  const group = pages.slice(start, start + perGroup);
  test(`pages ${start + 1}–${start + group.length} of ${pages.length} are valid HTML (${group[0].path} … ${group.at(-1)!.path})`, async () => {
    const problems: string[] = [];
    for (const page of group) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('every internal link, asset, download and fragment resolves', () => {
  expect(brokenLinks(pages, distDir, base)).toEqual([]);
});

test('a link marked as the current page leads to that page', () => {
  expect(currentPageProblems(pages, base)).toEqual([]);
});

test('hreflang alternates are reciprocal and canonicals are absolute and right', () => {
  expect(alternateProblems(pages, site, base, locales)).toEqual([]);
});

test('every page has a unique title and description, Open Graph tags, one h1 and no skipped heading level', () => {
  expect(metadataProblems(pages)).toEqual([]);
});

test('every inline script and style is covered by a hash in the Content-Security-Policy', () => {
  expect(pages.flatMap(unhashedInlineScripts)).toEqual([]);
  expect(pages.flatMap(unhashedInlineStyles)).toEqual([]);
  for (const page of pages) {
    const policy = page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(policy, page.path).toMatch(/default-src 'self'/);
    expect(policy, page.path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test('no page has markup that contacts another host, and no script of the build sets cookies or uses storage', () => {
  expect(pages.flatMap(thirdPartyRequests)).toEqual([]);
  expect(buildPrivacyProblems(pages, distDir)).toEqual([]);
});

test('every page has its content and navigation in the HTML, and no control that needs JavaScript is shown without it', () => {
  expect(pages.flatMap(withoutJavaScriptProblems)).toEqual([]);
});

test('every page keeps to the performance budget', () => {
  const problems = pages.flatMap((page) => {
    const weight = pageWeight(page, distDir, base);
    const firstRender = weight.htmlGzip + weight.cssGzip;
    const found: string[] = [];
    if (!isNotFoundPage(page) && firstRender > limitFor(budget.firstRender, page.path)) {
      found.push(`${page.path}: ${firstRender} B of gzip HTML+CSS for first render (limit ${limitFor(budget.firstRender, page.path)})`);
    }
    if (weight.jsGzip > limitFor(budget.script, page.path)) {
      found.push(`${page.path}: ${weight.jsGzip} B of gzip JavaScript (limit ${limitFor(budget.script, page.path)})`);
    }
    if (weight.renderBlockingScripts > budget.renderBlockingScripts) found.push(`${page.path}: ${weight.renderBlockingScripts} render-blocking scripts`);
    return found;
  });
  expect(problems).toEqual([]);
});
