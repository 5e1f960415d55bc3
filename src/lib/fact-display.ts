import type { CollectionEntry } from 'astro:content';
import type { UIKey } from '../i18n/ui';
import { formatDate, formatNumber } from './format';
import type { Locale } from './locales';

type Fact = CollectionEntry<'facts'>['data'];
type Source = CollectionEntry<'sources'>['data'];

/** A key figure split for display: an optional qualifier word (“about”) above the large number. */
export interface FigureParts {
  qualifier?: string;
  number: string;
}

const qualifierKeys: Record<Exclude<Fact['qualifier'], 'exact'>, UIKey> = {
  about: 'figures.qualifier.about',
  'at-least': 'figures.qualifier.at-least',
  'more-than': 'figures.qualifier.more-than',
};

/** The number of a fact as the reader of `locale` writes it: “12.000”, “40,3 miljoen”, “4 op de 10”. */
export function figureParts(fact: Pick<Fact, 'value' | 'display' | 'qualifier'>, locale: Locale, t: (key: UIKey) => string): FigureParts {
  const number =
    fact.display === 'ratio-of-10'
      ? t('figures.ratio').replace('{n}', formatNumber(fact.value, locale))
      : formatNumber(fact.value, locale, fact.display === 'compact' ? 'compact' : 'number');
  return fact.qualifier === 'exact' ? { number } : { qualifier: t(qualifierKeys[fact.qualifier]), number };
}

/** The first `count` facts by their `order`, then by id. */
export function topFacts<T extends { id: string; data: Pick<Fact, 'order'> }>(facts: T[], count = 6): T[] {
  return [...facts].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)).slice(0, count);
}

/**
 * The date of a source as a figure shows it: “18 oktober 2013”, or “ongedateerd (pagina van 2022 of
 * later)” for a page that carries no date, never a year the source does not give.
 */
export function sourceDateText(source: Pick<Source, 'published' | 'notBefore'>, locale: Locale, t: (key: UIKey) => string): string {
  if (source.published !== 'undated') return formatDate(source.published, locale);
  return source.notBefore ? t('sources.undated.notBefore').replace('{year}', formatDate(source.notBefore, locale)) : t('sources.undated');
}

/** Who published a source, by name, or what kind of page it is when it names no publisher. */
export function publisherName(source: Pick<Source, 'publisher'>, organisationName: (id: string) => string | undefined, locale: Locale): string {
  return 'unnamed' in source.publisher ? source.publisher.unnamed[locale] : (organisationName(source.publisher.id) ?? source.publisher.id);
}
