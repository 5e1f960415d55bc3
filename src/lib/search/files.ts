import type { Locale } from '../locales';

/**
 * Which files of the search bundle (`dist/pagefind/`) a first search needs, so the search page can ask for
 * them all at once instead of one after another, and the header search field can fetch them ahead.
 */

/**
 * Pagefind's WebAssembly for each language: with a stemmer for Dutch and English; Pagefind has none for
 * Ukrainian and uses its generic build. `scripts/pagefind.mjs` fails the build when the index disagrees.
 */
export const pagefindWasm: Record<Locale, string> = { nl: 'nl', en: 'en', uk: 'unknown' };

/** The title, address and type of every indexed page of a locale, by Pagefind's page id (written by `scripts/pagefind.mjs`). */
export const resultCardsFile = (locale: Locale) => `results.${locale}.json`;

/** What a result shows before its excerpt has loaded. */
export interface ResultCard {
  /** Relative to the site's base, as Pagefind stores it. */
  url: string;
  title: string;
  type?: string;
}
export type ResultCards = Record<string, ResultCard>;

/** The files with fixed names that the first search of a locale needs, relative to the bundle directory. */
export const fixedFiles = (locale: Locale) => ['pagefind.js', `wasm.${pagefindWasm[locale]}.pagefind`, resultCardsFile(locale)];

/**
 * When a language's whole word index is this small, the search page fetches all of it with the other files:
 * on a slow connection one more round trip (2 s on “Slow 3G”) costs more than these bytes, and every later
 * query then runs without the network. A larger index is fetched a chunk at a time, as Pagefind does.
 */
export const wholeIndexBytes = 128 * 1024;

/** A card's address under the site's base, joined the way Pagefind joins its result URLs. */
export const cardUrl = (base: string, url: string) => `${base}/${url}`.replace(/\/+/g, '/');

/** The cache tag of the entry file the search page preloads (`pagefind-entry.json?ts=…`), so Pagefind asks for that same URL. */
export function entryTag(preloads: readonly string[]): string | undefined {
  for (const href of preloads) {
    const url = new URL(href, 'https://x.invalid/');
    if (url.pathname.endsWith('/pagefind-entry.json')) return url.searchParams.get('ts') ?? undefined;
  }
  return undefined;
}
