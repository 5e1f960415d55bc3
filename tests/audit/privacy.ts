/**
 * Privacy of the markup, checked on every page without a browser: nothing in a page makes the browser
 * contact another host, and no page or script of the build sets cookies or uses web storage. The browser
 * audit confirms the same on the loaded pages; this check sees markup a browser run would only meet by
 * chance (a hover, a click, a preload).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from './site-audit';

/** Link relations that fetch their target; `alternate`, `canonical` and plain links do not. */
const fetchingRels = new Set(['stylesheet', 'preload', 'prefetch', 'modulepreload', 'preconnect', 'dns-prefetch', 'prerender', 'icon', 'apple-touch-icon', 'manifest', 'mask-icon']);

/** Attributes that make the browser request a URL on load or on use (a form sends what the reader typed). */
const requestingAttributes: [string, string][] = [
  ['script', 'src'], ['img', 'src'], ['img', 'srcset'], ['source', 'src'], ['source', 'srcset'], ['video', 'src'], ['video', 'poster'],
  ['audio', 'src'], ['track', 'src'], ['iframe', 'src'], ['embed', 'src'], ['object', 'data'], ['input', 'src'], ['form', 'action'],
  ['image', 'href'], ['use', 'href'], ['button', 'formaction'], ['input', 'formaction'], ['a', 'ping'], ['area', 'ping'],
];

const cssUrls = (css: string) => [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4]);

/** Every URL in a value that may list several (`srcset`, `ping`). */
function urlsIn(attribute: string, value: string): string[] {
  if (attribute === 'srcset') return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
  if (attribute === 'ping') return value.split(/\s+/).filter(Boolean);
  return [value];
}

/** Whether a URL leaves the site; a `javascript:` URL counts (it is no address of this site either). */
function isOtherHost(value: string, origin: URL): boolean {
  if (/^(data|blob):/i.test(value.trim())) return false;
  try {
    return new URL(value.trim(), origin).origin !== origin.origin;
  } catch {
    return true;
  }
}

/** URLs in a page's markup that the browser would fetch from, or send to, another host. */
export function thirdPartyRequests(page: BuiltPage): string[] {
  const origin = new URL(page.path, 'http://site.local');
  const found: string[] = [];
  const report = (what: string, value: string) => {
    if (isOtherHost(value, origin)) found.push(`${page.path}: ${what} requests ${value}`);
  };
  for (const [tag, attribute] of requestingAttributes) {
    for (const element of page.doc.querySelectorAll(`${tag}[${attribute}]`)) {
      for (const url of urlsIn(attribute, element.getAttribute(attribute) ?? '')) report(`<${tag} ${attribute}>`, url);
    }
  }
  for (const link of page.doc.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.some((rel) => fetchingRels.has(rel))) report(`<link rel="${link.getAttribute('rel')}">`, link.getAttribute('href') ?? '');
  }
  for (const style of page.doc.querySelectorAll('style')) for (const url of cssUrls(style.rawText)) report('<style>', url);
  for (const element of page.doc.querySelectorAll('[style]')) for (const url of cssUrls(element.getAttribute('style') ?? '')) report('style attribute', url);
  for (const meta of page.doc.querySelectorAll('meta[http-equiv]')) {
    const equiv = (meta.getAttribute('http-equiv') ?? '').toLowerCase();
    const content = meta.getAttribute('content') ?? '';
    // A refresh is a navigation no Content-Security-Policy stops; a page of this site never needs one.
    if (equiv === 'refresh') found.push(`${page.path}: <meta http-equiv="refresh" content="${content}">`);
    if (equiv === 'set-cookie') found.push(`${page.path}: <meta http-equiv="set-cookie"> sets a cookie`);
  }
  return found;
}

/** Browser APIs that keep something about a visit on the device. */
const storageApis = /\bdocument\s*\.\s*cookie\b|\b(localStorage|sessionStorage|indexedDB|cookieStore|caches)\s*[.[]|\bnavigator\s*\.\s*serviceWorker\b/g;

export function storageUse(where: string, script: string): string[] {
  return [...new Set([...script.matchAll(storageApis)].map((m) => m[0].replace(/\s+/g, '').replace(/[.[]$/, '')))].map((api) => `${where}: uses ${api}`);
}

/** Every script file and stylesheet of the build: what any page can load, found by walking `dist/`. */
export function assetsOf(distDir: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.m?js$/.test(name)) scripts.push(full);
      else if (name.endsWith('.css')) styles.push(full);
    }
  };
  walk(distDir);
  return { scripts: scripts.sort(), styles: styles.sort() };
}

/** Scripts of the build and inline scripts of the pages that use cookies or storage; stylesheets that load from another host. */
export function buildPrivacyProblems(pages: BuiltPage[], distDir: string): string[] {
  const { scripts, styles } = assetsOf(distDir);
  const name = (file: string) => `/${relative(distDir, file).split(sep).join('/')}`;
  const origin = new URL('http://site.local/');
  return [
    ...scripts.flatMap((file) => storageUse(name(file), readFileSync(file, 'utf8'))),
    ...pages.flatMap((page) => page.doc.querySelectorAll('script:not([src])').flatMap((script) => storageUse(`${page.path} inline script`, script.rawText))),
    ...styles.flatMap((file) => cssUrls(readFileSync(file, 'utf8')).filter((url) => isOtherHost(url, origin)).map((url) => `${name(file)}: loads ${url}`)),
  ];
}
