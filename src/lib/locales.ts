export const locales = ['nl', 'en', 'uk'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale part of a per-locale entry id such as `nl/groningen`. */
export function localeOfId(id: string): Locale {
  const [head] = id.split('/');
  if (!isLocale(head)) throw new Error(`Entry id "${id}" does not start with a locale folder (${locales.join(', ')}).`);
  return head;
}

/** The entry id without its locale folder: `nl/groningen` → `groningen`. */
export function slugOfId(id: string): string {
  localeOfId(id);
  return id.slice(id.indexOf('/') + 1);
}

/** The script each locale is written in: a page loads the web-font file of its own script only. */
export const localeScripts: Record<Locale, 'Latn' | 'Cyrl'> = { nl: 'Latn', en: 'Latn', uk: 'Cyrl' };
