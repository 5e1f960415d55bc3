import { cspHash, policyWithHashes } from './csp.ts';
import { inlineScripts, inlineStyles } from './page-use.ts';

/** The stylesheet links Astro writes into a page's head. */
const stylesheetLink = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;
const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;

/** The site paths of the stylesheets a page links. */
export const linkedStylesheets = (html: string) => [...html.matchAll(stylesheetLink)].map(([, href]) => href);

/**
 * The page with each linked stylesheet replaced by a `<style>` holding `css(href)` (the part of that sheet the
 * page needs), and its Content-Security-Policy listing exactly the hashes of the inline scripts and styles the
 * page now has, so none is blocked and no hash of another page's script is allowed here.
 */
export function inlineStylesheets(html: string, css: (href: string) => string): string {
  const inlined = html.replace(stylesheetLink, (_, href: string) => {
    const text = css(href);
    if (/<\/style/i.test(text)) throw new Error(`${href} contains "</style", which would end the inline <style> early`);
    return `<style>${text}</style>`;
  });
  return withExactHashes(inlined);
}

/** The page with the hashes of its CSP `<meta>` recomputed from its inline `<script>` and `<style>` elements. */
export function withExactHashes(html: string): string {
  const scripts = inlineScripts(html).map(cspHash);
  const styles = inlineStyles(html).map(cspHash);
  if (!policyMeta.test(html)) throw new Error('The page has no Content-Security-Policy <meta>');
  return html.replace(policyMeta, (_, open: string, policy: string, close: string) => `${open}${policyWithHashes(policy, { 'script-src': scripts, 'style-src': styles })}${close}`);
}
