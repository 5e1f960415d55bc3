import { defaultLocale, localeOfId, locales, slugOfId, type Locale } from './locales.ts';

/** The default locale lives at the site root; the others under their code: `/`, `/en/`, `/uk/`. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** Joins base, locale prefix and a route such as `/projects/` into a path with one slash between parts. */
export function localizedPath(locale: Locale, route: string, base = '/'): string {
  const parts = [base, localePrefix(locale), route].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  const path = `/${parts.join('/')}`;
  return path === '/' || /\.[a-z0-9]+$/i.test(path) || path.includes('#') ? path : `${path}/`;
}

/** Splits a pathname into its locale and the route below it: `/base/en/projects/` → en, `/projects/`. */
export function parsePath(pathname: string, base = '/'): { locale: Locale; route: string } {
  const baseTrimmed = base.replace(/\/+$/, '');
  let rest = baseTrimmed && pathname.startsWith(baseTrimmed) ? pathname.slice(baseTrimmed.length) : pathname;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const [, first] = rest.split('/');
  const locale = locales.find((l) => l !== defaultLocale && l === first);
  if (!locale) return { locale: defaultLocale, route: rest };
  const route = rest.slice(locale.length + 1) || '/';
  return { locale, route };
}

/** The value of a `[...locale]` route parameter: `undefined` puts the default locale at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** One `getStaticPaths` entry per locale, for routes that exist once in each language. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/**
 * One `getStaticPaths` entry per content entry, at the locale and slug of its id (`<locale>/<slug>`). With
 * `cacheKeys` (by entry id, see src/lib/page-keys/), each page carries its `cacheKey`, so that the incremental
 * build copies it from the previous build while neither its key nor its code changed.
 */
export function entryStaticPaths<Entry extends { id: string }>(entries: Entry[], cacheKeys?: Map<string, string>) {
  return entries.map((entry) => {
    const locale = localeOfId(entry.id);
    const cacheKey = cacheKeys?.get(entry.id);
    return { params: { locale: localeParam(locale), slug: slugOfId(entry.id) }, props: { entry, locale }, ...(cacheKey && { cacheKey }) };
  });
}
