import { describe, expect, it } from 'vitest';
import { cspHash } from './csp';
import { inlineStylesheets, linkedStylesheets, withExactHashes } from './inline-page';

const policy = "default-src 'self'; script-src 'self' 'sha256-fromAnotherPage='; style-src 'self'";
const page = (head: string, body = '<script type="module">go()</script>') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('inlineStylesheets', () => {
  it('puts each linked sheet into a <style> and lists exactly the page’s hashes in its policy', () => {
    const html = inlineStylesheets(page('<link rel="stylesheet" href="/_astro/site.css">'), (href) => `/*${href}*/a{color:red}`);
    expect(linkedStylesheets(html)).toEqual([]);
    expect(html).toContain('<style>/*/_astro/site.css*/a{color:red}</style>');
    expect(html).toContain(`script-src 'self' ${cspHash('go()')}; style-src 'self' ${cspHash('/*/_astro/site.css*/a{color:red}')}"`);
    expect(html).not.toContain('fromAnotherPage');
  });

  it('refuses CSS that would end the <style> early', () => {
    expect(() => inlineStylesheets(page('<link rel="stylesheet" href="/x.css">'), () => 'a{content:"</style>"}')).toThrow(/<\/style/);
  });
});

describe('withExactHashes', () => {
  it('counts the styles and scripts a page already has inline', () => {
    const html = withExactHashes(page('<style>b{}</style>', '<script>one()</script><script type="module" src="/a.js"></script>'));
    expect(html).toContain(`script-src 'self' ${cspHash('one()')}; style-src 'self' ${cspHash('b{}')}"`);
  });

  it('refuses a page without a policy', () => {
    expect(() => withExactHashes('<html><head></head></html>')).toThrow(/Content-Security-Policy/);
  });
});

describe('linkedStylesheets', () => {
  it('lists the stylesheets Astro links', () => {
    expect(linkedStylesheets('<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.svg"><link rel="stylesheet" href="/b.css">')).toEqual(['/a.css', '/b.css']);
  });
});
