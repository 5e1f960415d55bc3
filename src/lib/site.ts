/**
 * Where the quick exit goes: a neutral, widely used Dutch weather site that shows nothing personal.
 * Kept in one place so the tests can stub exactly this address.
 */
export const quickExitUrl = 'https://www.buienradar.nl/';

/**
 * With JavaScript, a visit of any length is one entry in the tab's history: moving between Signaal pages
 * replaces the current entry instead of adding one, so the quick exit (which replaces that entry too) leaves
 * nothing of Signaal to go Back or Forward to. The cost: the browser's Back button leaves the site instead of
 * returning to the previous Signaal page (every page has a breadcrumb for that). README.md, “Quick exit and
 * history”, says what changes when this is off.
 */
export const oneHistoryEntryPerVisit = true;

/**
 * The site's address when the build is not given one (`SITE_URL`). Canonical, hreflang and sitemap links
 * must be absolute, so Astro's `site` falls back to this reserved example domain; downloads never print it.
 */
export const placeholderSite = 'https://signaal.example.org';

/** The public address to print in files: Astro's `site` unless it is the placeholder, else none. */
export function publicAddress(site: string | URL | undefined): string | undefined {
  if (!site) return undefined;
  const href = new URL(site).href;
  return href === new URL(placeholderSite).href ? undefined : href;
}
