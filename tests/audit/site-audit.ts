import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** One built HTML page: its URL path below the base, and its parsed document. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

const skippedDirs = new Set(['pagefind', '_astro', 'downloads']);

/** Every HTML page in the build output, found by walking it (no hand-kept list). */
export function listPages(distDir: string): BuiltPage[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!(dir === distDir && skippedDirs.has(name))) walk(full);
      } else if (name.endsWith('.html')) files.push(full);
    }
  };
  walk(distDir);
  return files.sort().map((file) => {
    const rel = relative(distDir, file).split(sep).join('/');
    const path = `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
    const html = readFileSync(file, 'utf8');
    return { path, file, html, doc: parse(html) };
  });
}

export const isNotFoundPage = (page: BuiltPage) => /(^|\/)404\.html$/.test(page.path);

/** The dist file a site path points to, or undefined. Paths carry the base; fragments are ignored. */
export function resolveTarget(distDir: string, base: string, target: string): string | undefined {
  const pathname = decodeURIComponent(target.split('#')[0].split('?')[0]);
  const baseNoSlash = base.replace(/\/$/, '');
  if (!pathname.startsWith(`${baseNoSlash}/`)) return undefined;
  const below = pathname.slice(baseNoSlash.length);
  const candidate = join(distDir, below);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return below.endsWith('/') && existsSync(index) ? index : undefined;
}

const linkAttributes: [string, string][] = [
  ['a', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src'], ['source', 'src'], ['use', 'href'], ['form', 'action'],
];

/** Internal links, assets, downloads and fragments that do not resolve. */
export function brokenLinks(pages: BuiltPage[], distDir: string, base: string): string[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const problems: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, 'http://site.local');
    for (const [tag, attribute] of linkAttributes) {
      for (const element of page.doc.querySelectorAll(`${tag}[${attribute}]`)) {
        const value = element.getAttribute(attribute) ?? '';
        if (/^(https?:)?\/\//.test(value) && !value.startsWith('http://site.local')) continue;
        if (/^(tel|mailto|data):/.test(value)) continue;
        const url = new URL(value, pageUrl);
        if (url.origin !== pageUrl.origin) continue;
        const file = url.pathname === pageUrl.pathname ? page.file : resolveTarget(distDir, base, url.pathname);
        if (!file) {
          problems.push(`${page.path}: <${tag} ${attribute}="${value}"> does not resolve`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html')) {
          const target = byFile.get(file);
          if (target && !target.doc.querySelector(`[id="${fragment}"], a[name="${fragment}"]`)) {
            problems.push(`${page.path}: fragment "${value}" has no element with id "${fragment}"`);
          }
        }
      }
    }
  }
  return problems;
}

/**
 * Links marked `aria-current="page"` that lead to another page (query and fragment aside): a screen reader
 * announces such a link as the current page, so it must be this one.
 */
export function currentPageProblems(pages: BuiltPage[], base: string): string[] {
  return pages.flatMap((page) => {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, 'http://site.local');
    return page.doc
      .querySelectorAll('a[aria-current="page"]')
      .filter((link) => new URL(link.getAttribute('href') ?? '', pageUrl).pathname !== pageUrl.pathname)
      .map((link) => `${page.path}: “${link.textContent.trim()}” is aria-current="page" but leads to ${link.getAttribute('href')}`);
  });
}

/** hreflang alternates that are missing, point nowhere, or are not returned; canonicals that are wrong. */
export function alternateProblems(pages: BuiltPage[], site: string, base: string, locales: readonly string[]): string[] {
  const problems: string[] = [];
  const indexed = pages.filter((p) => !isNotFoundPage(p));
  const urlOf = (p: BuiltPage) => new URL(`${base.replace(/\/$/, '')}${p.path}`, site).href;
  const byUrl = new Map(indexed.map((p) => [urlOf(p), p]));
  const alternatesOf = (p: BuiltPage) =>
    new Map(p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']));
  for (const page of indexed) {
    const self = urlOf(page);
    const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical !== self) problems.push(`${page.path}: canonical is ${canonical ?? 'missing'}, expected ${self}`);
    const alternates = alternatesOf(page);
    for (const locale of [...locales, 'x-default']) {
      const href = alternates.get(locale);
      if (!href) {
        problems.push(`${page.path}: no hreflang="${locale}" alternate`);
        continue;
      }
      const target = byUrl.get(href);
      if (!target) problems.push(`${page.path}: hreflang="${locale}" points to ${href}, which is not a page`);
      else if (locale !== 'x-default' && !alternatesOf(target).has(page.doc.querySelector('html')?.getAttribute('lang') ?? '')) {
        problems.push(`${page.path}: ${href} does not link back`);
      } else if (locale !== 'x-default' && [...alternatesOf(target).values()].every((h) => h !== self)) {
        problems.push(`${page.path}: ${href} does not link back to ${self}`);
      }
    }
  }
  return problems;
}

/** Titles and descriptions missing or shared within a language; Open Graph tags; one h1; no skipped heading level. */
export function metadataProblems(pages: BuiltPage[]): string[] {
  const problems: string[] = [];
  const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
  for (const page of pages) {
    const lang = page.doc.querySelector('html')?.getAttribute('lang') ?? '';
    const title = page.doc.querySelector('title')?.text.trim() ?? '';
    const description = page.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
    for (const [kind, value] of [['title', title], ['description', description]] as const) {
      if (!value) problems.push(`${page.path}: no ${kind}`);
      else if (seen[kind].has(`${lang}:${value}`)) problems.push(`${page.path}: same ${kind} as ${seen[kind].get(`${lang}:${value}`)}: “${value}”`);
      else seen[kind].set(`${lang}:${value}`, page.path);
    }
    if (!isNotFoundPage(page)) {
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        if (!page.doc.querySelector(`meta[property="${property}"]`)) problems.push(`${page.path}: no ${property}`);
      }
    }
    problems.push(...headingProblems(page));
  }
  return problems;
}

export function headingProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  const headings = page.doc.querySelectorAll('h1, h2, h3, h4, h5, h6').filter((h) => !h.closest('[hidden]'));
  const h1s = headings.filter((h) => h.tagName === 'H1').length;
  if (h1s !== 1) problems.push(`${page.path}: ${h1s} h1 elements`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName[1]);
    if (level > previous + 1) problems.push(`${page.path}: <${heading.tagName.toLowerCase()}> “${heading.text.trim()}” skips a level after h${previous}`);
    previous = level;
  }
  return problems;
}

const directiveOf = (page: BuiltPage, name: string) =>
  (page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Inline scripts whose hash the page's Content-Security-Policy does not list. */
export function unhashedInlineScripts(page: BuiltPage): string[] {
  const scriptSrc = directiveOf(page, 'script-src');
  if (!scriptSrc) return [`${page.path}: no script-src in the Content-Security-Policy`];
  if (/'unsafe-inline'/.test(scriptSrc)) return [`${page.path}: script-src allows 'unsafe-inline'`];
  return page.doc
    .querySelectorAll('script:not([src])')
    .filter((s) => !['application/json', 'application/ld+json'].includes(s.getAttribute('type') ?? ''))
    .map((s) => sha256(s.rawText))
    .filter((hash) => !scriptSrc.includes(hash))
    .map((hash) => `${page.path}: inline script ${hash} is not in script-src`);
}

/**
 * Inline styles the policy would block: a `<style>` whose hash style-src does not list, and any `style`
 * attribute (hashes never cover attributes, and the policy allows no 'unsafe-inline').
 */
export function unhashedInlineStyles(page: BuiltPage): string[] {
  const styleSrc = directiveOf(page, 'style-src');
  if (!styleSrc) return [`${page.path}: no style-src in the Content-Security-Policy`];
  if (/'unsafe-inline'/.test(styleSrc)) return [`${page.path}: style-src allows 'unsafe-inline'`];
  return [
    ...page.doc
      .querySelectorAll('style')
      .map((s) => sha256(s.rawText))
      .filter((hash) => !styleSrc.includes(hash))
      .map((hash) => `${page.path}: inline style ${hash} is not in style-src`),
    ...page.doc.querySelectorAll('[style]').map((e) => `${page.path}: <${e.tagName.toLowerCase()} style="${e.getAttribute('style')}"> is blocked by the policy`),
  ];
}

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  cssBytes: number;
  cssGzip: number;
  jsBytes: number;
  jsGzip: number;
  requests: number;
  renderBlockingScripts: number;
}

/** What a page needs to render: its HTML, stylesheets and scripts (fonts and images load later). */
export function pageWeight(page: BuiltPage, distDir: string, base: string): PageWeight {
  const read = (href: string) => {
    const file = resolveTarget(distDir, base, href);
    return file ? readFileSync(file) : Buffer.alloc(0);
  };
  const styles = page.doc.querySelectorAll('link[rel="stylesheet"][href]').map((l) => read(l.getAttribute('href') ?? ''));
  const inlineStyles = page.doc.querySelectorAll('style').map((s) => Buffer.from(s.rawText));
  const external = page.doc.querySelectorAll('script[src]').map((s) => read(s.getAttribute('src') ?? ''));
  const inline = page.doc.querySelectorAll('script:not([src])').map((s) => Buffer.from(s.rawText));
  const css = Buffer.concat(styles);
  const js = Buffer.concat([...external, ...inline]);
  const html = Buffer.from(page.html);
  return {
    path: page.path,
    htmlBytes: html.length,
    htmlGzip: gzipSync(html).length,
    cssBytes: css.length + Buffer.concat(inlineStyles).length,
    cssGzip: css.length ? gzipSync(css).length : 0,
    jsBytes: js.length,
    jsGzip: js.length ? gzipSync(js).length : 0,
    requests: 1 + styles.length + external.length,
    renderBlockingScripts: page.doc
      .querySelectorAll('head script')
      .filter((s) => !s.hasAttribute('async') && !s.hasAttribute('defer') && s.getAttribute('type') !== 'module' && s.hasAttribute('src')).length,
  };
}
