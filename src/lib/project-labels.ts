import type { CollectionEntry } from 'astro:content';
import type { UIKey } from '../i18n/ui';
import { countryName, formatDate, plural } from './format';
import type { Locale } from './locales';
import { regionOf, type Facet } from './project-filters';

type Project = CollectionEntry<'projects'>['data'];
type Source = CollectionEntry<'sources'>['data'];
type T = (key: UIKey) => string;

export const statusLabel = (status: Project['status']['value']): UIKey => `projects.status.${status}`;

/**
 * Where an active status comes from, with the date of the source that reported it: “volgens de bron van
 * 18 oktober 2013”, “volgens een ongedateerde bron (pagina van 2018 of later)”. A completed project needs
 * none: its period says when it ended.
 */
export function statusSourceText(status: Project['status'], source: Pick<Source, 'published' | 'notBefore'>, locale: Locale, t: T): string | undefined {
  if (status.value !== 'active') return undefined;
  if (source.published !== 'undated') return t('projects.status.source.dated').replace('{date}', formatDate(source.published, locale));
  if (source.notBefore) return t('projects.status.source.notBefore').replace('{year}', formatDate(source.notBefore, locale));
  return t('projects.status.source.undated');
}

/** A place value as the reader names it: a country (“Moldavië”) or a region (“23 Europese landen”). */
export function placeLabel(token: string, locale: Locale, t: T): string {
  const region = regionOf(token);
  if (!region) return countryName(token.toUpperCase(), locale);
  const key = (form: 'one' | 'few' | 'many' | 'other'): UIKey => `places.${region.name}.${form}`;
  return plural(region.countryCount, locale, { one: t(key('one')), few: t(key('few')), many: t(key('many')), other: t(key('other')) });
}
export const themeLabel = (theme: Project['theme']): UIKey => `projects.theme.${theme}`;
export const facetLabel = (facet: Facet): UIKey => `projects.facet.${facet}`;

/** The reader’s name of a filter value: “Lopend”, “Moldavië”, “Re-integratie”. */
export function filterValueLabel(facet: Facet, value: string, locale: Locale, t: (key: UIKey) => string): string {
  if (facet === 'country') return placeLabel(value, locale, t);
  return t(facet === 'status' ? statusLabel(value as Project['status']['value']) : themeLabel(value as Project['theme']));
}
