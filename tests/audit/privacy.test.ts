import { describe, expect, it } from 'vitest';
import { siteOf } from './fixture-site';
import { buildPrivacyProblems, storageUse, thirdPartyRequests } from './privacy';
import { listPages } from './site-audit';

describe('privacy of the markup', () => {
  it('reports every kind of markup that fetches from or sends to another host', () => {
    const [page] = listPages(
      siteOf({
        'index.html': `<html><head>
<link rel="stylesheet" href="https://cdn.example/a.css"><link rel="preconnect" href="https://fonts.example">
<link rel="alternate" hreflang="en" href="https://signaal.example.org/en/"><link rel="canonical" href="https://signaal.example.org/">
<link rel="icon" href="/favicon.svg"><script src="//cdn.example/x.js"></script><meta http-equiv="refresh" content="2;url=https://evil.example/">
<style>body{background:url("https://img.example/b.png")}</style></head>
<body><img src="/local.png" srcset="/a.png 1x, https://img.example/c.png 2x"><img src="data:image/png;base64,AA==">
<a href="https://www.buienradar.nl/">outside link</a><a href="/x/" ping="https://track.example/p">x</a>
<form action="https://forms.example/send"></form><iframe src="https://video.example/e"></iframe>
<p style="background:url(//img.example/d.png)">x</p></body></html>`,
      }),
    );
    expect(thirdPartyRequests(page)).toEqual([
      '/: <script src> requests //cdn.example/x.js',
      '/: <img srcset> requests https://img.example/c.png',
      '/: <iframe src> requests https://video.example/e',
      '/: <form action> requests https://forms.example/send',
      '/: <a ping> requests https://track.example/p',
      '/: <link rel="stylesheet"> requests https://cdn.example/a.css',
      '/: <link rel="preconnect"> requests https://fonts.example',
      '/: <style> requests https://img.example/b.png',
      '/: style attribute requests //img.example/d.png',
      '/: <meta http-equiv="refresh" content="2;url=https://evil.example/">',
    ]);
  });

  it('finds cookies and storage in script text, however it is spaced', () => {
    expect(storageUse('a.js', 'document .cookie="x=1"; window.localStorage.setItem("a",1); sessionStorage["b"]=2')).toEqual([
      'a.js: uses document.cookie',
      'a.js: uses localStorage',
      'a.js: uses sessionStorage',
    ]);
    expect(storageUse('b.js', 'const cookieless = true; history.replaceState(null, "", location.href)')).toEqual([]);
  });

  it('reads every script and stylesheet of the build and the inline scripts of the pages', () => {
    const dist = siteOf({
      'index.html': '<html><body><script>indexedDB.open("x")</script></body></html>',
      '_astro/app.js': 'export const x = 1;',
      'pagefind/pagefind.js': 'localStorage.getItem("p")',
      '_astro/site.css': '@font-face{src:url(/f.woff2)} @import "https://fonts.example/css";',
    });
    expect(buildPrivacyProblems(listPages(dist), dist)).toEqual([
      '/pagefind/pagefind.js: uses localStorage',
      '/ inline script: uses indexedDB',
      '/_astro/site.css: loads https://fonts.example/css',
    ]);
  });
});
