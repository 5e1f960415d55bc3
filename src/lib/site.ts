/**
 * Where the quick exit goes: a neutral, widely used Dutch weather site that shows nothing personal.
 * Kept in one place so the tests can stub exactly this address.
 */
export const quickExitUrl = 'https://www.buienradar.nl/';

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
