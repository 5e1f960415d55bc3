/**
 * The sample for the browser checks that cannot run on every page in reasonable time (axe at the narrow
 * width, a load without JavaScript): one page of every page type in every locale, so every template is
 * seen in every language. The static checks still read every page.
 */
import { pageType } from '../../src/lib/page-types.ts';
import { parsePath } from '../../src/lib/routes.ts';

export interface Sampled<P> {
  type: string;
  locale: string;
  page: P;
}

/**
 * Per page type and locale the largest page (by HTML): the one with most to lay out at 375 px and most
 * that could depend on a script. Ties go to the first path, so the sample is the same on every run.
 */
export function onePerTypeAndLocale<P extends { path: string; html: string }>(pages: P[]): Sampled<P>[] {
  const chosen = new Map<string, Sampled<P>>();
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const type = pageType(page.path);
    const { locale } = parsePath(page.path);
    const key = `${type}\0${locale}`;
    const current = chosen.get(key);
    if (!current || page.html.length > current.page.html.length) chosen.set(key, { type, locale, page });
  }
  return [...chosen.values()].sort((a, b) => (a.type === b.type ? a.locale.localeCompare(b.locale) : a.type.localeCompare(b.type)));
}
