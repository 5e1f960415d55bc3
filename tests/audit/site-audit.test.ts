import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { siteOf as site } from './fixture-site';
import { alternateProblems, brokenLinks, currentPageProblems, headingProblems, listPages, metadataProblems, unhashedInlineScripts, unhashedInlineStyles } from './site-audit';

const head = (lang: string, path: string, title: string) => `<html lang="${lang}"><head><title>${title}</title>
<meta name="description" content="${title} d"><link rel="canonical" href="https://s.org${path}">
<link rel="alternate" hreflang="nl" href="https://s.org${path.replace(/^\/en/, '')}">
<link rel="alternate" hreflang="en" href="https://s.org/en${path.replace(/^\/en/, '')}">
<link rel="alternate" hreflang="x-default" href="https://s.org${path.replace(/^\/en/, '')}">
<meta property="og:title" content="t"><meta property="og:description" content="d"><meta property="og:url" content="u">
<meta property="og:type" content="website"><meta property="og:locale" content="nl_NL"></head>`;

describe('site audit', () => {
  const dist = site({
    'index.html': `${head('nl', '/', 'Home')}<body><h1 id="top">Home</h1><a href="/en/">en</a><a href="/a/#x">a</a><a href="/missing/">m</a><a href="#top">t</a><a href="tel:112">112</a><a href="https://example.org/">ext</a></body></html>`,
    'en/index.html': `${head('en', '/en/', 'Home en')}<body><h1>Home</h1><h3>Skips</h3><a href="/#nope">x</a></body></html>`,
    'a/index.html': `${head('nl', '/a/', 'Home')}<body><h1 id="x">A</h1><img src="/img.png"></body></html>`,
    'pagefind/x.html': 'ignored',
  });
  const pages = listPages(dist);

  it('finds every page from the build output, but not generated indexes', () => {
    expect(pages.map((p) => p.path)).toEqual(['/a/', '/en/', '/']);
  });

  it('reports links, assets and fragments that do not resolve', () => {
    expect(brokenLinks(pages, dist, '/')).toEqual([
      '/a/: <img src="/img.png"> does not resolve',
      '/en/: fragment "/#nope" has no element with id "nope"',
      '/: <a href="/missing/"> does not resolve',
    ]);
  });

  it('reports shared titles, skipped heading levels and missing alternates', () => {
    expect(metadataProblems(pages)).toEqual([
      '/en/: <h3> “Skips” skips a level after h1',
      '/: same title as /a/: “Home”',
      '/: same description as /a/: “Home d”',
    ]);
    expect(alternateProblems(pages, 'https://s.org', '/', ['nl', 'en'])).toEqual([
      '/a/: hreflang="en" points to https://s.org/en/a/, which is not a page',
    ]);
  });

  it('reports a link marked as the current page that leads to another page', () => {
    const built = listPages(
      site({
        'p/2/index.html': '<html><body><a href="/p/" aria-current="page">All</a><a href="/p/" aria-current="true">All</a><a href="./?q=x#top" aria-current="page">2</a></body></html>',
        'p/index.html': '<html><body><a href="/p/" aria-current="page">All</a></body></html>',
      }),
    );
    expect(currentPageProblems(built, '/')).toEqual(['/p/2/: “All” is aria-current="page" but leads to /p/']);
  });

  it('counts h1 elements', () => {
    const [page] = listPages(site({ 'index.html': '<html><body><h2>x</h2></body></html>' }));
    expect(headingProblems(page)).toEqual(['/: 0 h1 elements', '/: <h2> “x” skips a level after h0']);
  });

  it('requires a hash for every inline script', () => {
    const [page] = listPages(
      site({
        'index.html': `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'"></head><body><script>alert(1)</script></body></html>`,
      }),
    );
    expect(unhashedInlineScripts(page)).toEqual([`/: inline script 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=' is not in script-src`]);
  });

  it('requires a hash for every inline style and refuses style attributes', () => {
    const css = 'p{color:red}';
    const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
    const [page] = listPages(
      site({
        'index.html': `<html><head><meta http-equiv="content-security-policy" content="style-src 'self' '${hash}'"><style>${css}</style><style>b{}</style></head><body><p style="color:blue">x</p></body></html>`,
      }),
    );
    expect(unhashedInlineStyles(page)).toEqual([
      `/: inline style 'sha256-${createHash('sha256').update('b{}').digest('base64')}' is not in style-src`,
      '/: <p style="color:blue"> is blocked by the policy',
    ]);
  });
});
