import type { CollectionEntry } from 'astro:content';
import type { UIKey } from '../i18n/ui';
import { countryName } from './format';
import type { Locale } from './locales';
import type { Facet } from './project-filters';

type Project = CollectionEntry<'projects'>['data'];

export const statusLabel = (status: Project['status']): UIKey => `projects.status.${status}`;
export const themeLabel = (theme: Project['theme']): UIKey => `projects.theme.${theme}`;
export const facetLabel = (facet: Facet): UIKey => `projects.facet.${facet}`;

/** The reader’s name of a filter value: “Lopend”, “Moldavië”, “Re-integratie”. */
export function filterValueLabel(facet: Facet, value: string, locale: Locale, t: (key: UIKey) => string): string {
  if (facet === 'country') return countryName(value.toUpperCase(), locale);
  return t(facet === 'status' ? statusLabel(value as Project['status']) : themeLabel(value as Project['theme']));
}
