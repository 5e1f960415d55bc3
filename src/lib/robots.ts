/**
 * The lines of robots.txt: every page may be indexed, and the sitemap is named when the public address is
 * known (a sitemap must be absolute). Crawlers read robots.txt only at the root of a host, so a site under
 * a base path scopes its rule and sitemap to that path; the host owner copies these lines into the host's
 * /robots.txt (README, Deploy).
 */
export function robotsTxt(site: string | URL | undefined, base: string): string {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const rules = `User-agent: *\nAllow: ${path}\n`;
  return site ? `${rules}\nSitemap: ${new URL(`${path}sitemap-index.xml`, site).href}\n` : rules;
}
