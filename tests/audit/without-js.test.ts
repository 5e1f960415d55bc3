import { expect, it } from 'vitest';
import { siteOf } from './fixture-site';
import { listPages } from './site-audit';
import { withoutJavaScriptProblems } from './without-js';

const page = (body: string) => listPages(siteOf({ 'index.html': `<html><body>${body}</body></html>` }))[0];
const navs = '<header><nav><a href="/">Home</a></nav></header><footer><nav><a href="/about/">About</a></nav></footer>';

it('accepts content, navigation and controls that work without a script', () => {
  const good = page(`${navs}<main><h1>Title</h1><p>Text</p>
<form action="/search/"><input name="q"><button>Search</button></form>
<details><summary>More</summary>x</details>
<div hidden><button type="button">Filter</button><form><select></select></form></div></main>`);
  expect(withoutJavaScriptProblems(good)).toEqual([]);
});

it('reports an empty main, missing navigation and controls that need a script', () => {
  const bad = page(`<header><nav hidden><a href="/">Home</a></nav></header><main><div hidden><p>Only shown by a script</p></div><script>x()</script>
<button type="button">Print</button><form><select name="status"></select></form>
<form action="/search/"><button type="button" aria-label="Clear">×</button></form></main>`);
  expect(withoutJavaScriptProblems(bad)).toEqual([
    '/: <main> has no text without JavaScript',
    '/: no header nav link without JavaScript',
    '/: no footer nav link without JavaScript',
    '/: a <form> with no action is shown; without JavaScript it only reloads the page',
    '/: <button> “Print” needs JavaScript but is shown without it (put it under [hidden] until the script runs)',
    '/: <select> “status” needs JavaScript but is shown without it (put it under [hidden] until the script runs)',
    '/: <button> “Clear” needs JavaScript but is shown without it (put it under [hidden] until the script runs)',
  ]);
});
