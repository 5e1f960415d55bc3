import type { UIKey } from '../../i18n/ui';
import { compareText, formatNumber } from '../format';
import type { Locale } from '../locales';
import { mainNav, type NavItem } from '../navigation';
import { filterKeys, type FilterKey } from '../search-meta';
import type { searchOptions } from './options';

/**
 * The search page's logic without the DOM: reading and writing `?q=…&type=…` in the address, turning the
 * chosen filters into a Pagefind filter object, ordering the filter groups and wording the result count.
 */

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) that the search page uses. */
export interface Pagefind {
  options(options: typeof searchOptions & { basePath: string; baseUrl: string; metaCacheTag?: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<SearchResponse>;
  preload(term: string): Promise<void>;
}

/** Filter → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;
/** Values within one filter are alternatives (any); different filters must all match. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

export interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface ResultData {
  url: string;
  /** Plain text with the matched words wrapped in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** Chosen filter values per filter. */
export type Selection = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  selection: Selection;
}

/** How many results the page shows at first and adds with “show more”. */
export const pageSize = 10;

/** Reads `?q=uitbuiting&type=Lespakket&type=Project` into a query and the chosen filters. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) selection[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), selection };
}

/** The address query for a state, `?q=…&type=…`, or an empty string when nothing is searched. */
export function writeState({ query, selection }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const key of filterKeys) for (const value of selection[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function countChosen(selection: Selection): number {
  return filterKeys.reduce((sum, key) => sum + (selection[key]?.length ?? 0), 0);
}

/** Whether there is anything to search for: words, filters or both. */
export function isSearch({ query, selection }: SearchState): boolean {
  return query.trim() !== '' || countChosen(selection) > 0;
}

/**
 * Pagefind stems Dutch and English but has no stemmer for Ukrainian. It does match every search word as the
 * start of a word, so for Ukrainian we cut one common case or plural ending off each longer word:
 * “експлуатація” → “експлуатац” also finds “експлуатації”, “торгівля” → “торгівл” also finds “торгівлі”.
 */
const ukrainianEndings = [
  'ями', 'ами', 'ові', 'еві', 'ого', 'ому', 'ими', 'іми', 'ою', 'ею', 'єю', 'ям', 'ах', 'ях', 'ів', 'їв', 'ей',
  'ий', 'ій', 'ої', 'ія', 'ії', 'ію', 'а', 'я', 'о', 'е', 'є', 'у', 'ю', 'і', 'ї', 'и', 'ь', 'й',
].sort((a, b) => b.length - a.length);

function ukrainianStem(word: string): string {
  const ending = ukrainianEndings.find((e) => word.toLowerCase().endsWith(e) && word.length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}

/** The words to give Pagefind for what the reader typed. */
export function pagefindQuery(query: string, locale: Locale): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  return (locale === 'uk' ? words.map(ukrainianStem) : words).join(' ');
}

export function pagefindFilters(selection: Selection): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of filterKeys) {
    const values = selection[key] ?? [];
    if (values.length > 0) filters[key] = { any: values };
  }
  return filters;
}

export interface FilterGroup {
  key: FilterKey;
  values: { value: string; count: number }[];
}

/** The filters the page offers, in `filterKeys` order, each with its values sorted for the locale. */
export function filterGroups(counts: FilterCounts, locale: Locale): FilterGroup[] {
  const compare = compareText(locale);
  return filterKeys
    .map((key) => ({
      key,
      values: Object.entries(counts[key] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => compare(a.value, b.value)),
    }))
    .filter((group) => group.values.length > 0);
}

/** The dictionary keys the search page's script needs; their texts travel to the browser with the page. */
export const clientKeys = [
  'search.loading',
  'search.results.one',
  'search.results.few',
  'search.results.many',
  'search.results.other',
  'search.for',
  'search.noResults',
  'search.filtersChosen',
  'search.filter.type',
  'search.filter.audience',
  'search.filter.form',
  'search.filter.age',
  'search.filter.level',
] as const satisfies readonly UIKey[];
export type ClientKey = (typeof clientKeys)[number];
export type ClientStrings = Record<ClientKey, string>;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The result count as read out after each search: “3 resultaten voor „uitbuiting””, “Geen resultaten”. */
export function statusText(count: number, query: string, locale: Locale, strings: ClientStrings): string {
  const plural = new Intl.PluralRules(locale).select(count);
  const key: ClientKey = `search.results.${plural === 'one' || plural === 'few' || plural === 'many' ? plural : 'other'}`;
  const amount = count === 0 ? strings['search.noResults'] : fill(strings[key], { count: formatNumber(count, locale) });
  const words = query.trim();
  return words ? `${amount} ${fill(strings['search.for'], { query: words })}` : amount;
}

/** “2 gekozen” beside the filter heading, or nothing when no filter is chosen. */
export function chosenText(selection: Selection, locale: Locale, strings: ClientStrings): string {
  const count = countChosen(selection);
  return count > 0 ? fill(strings['search.filtersChosen'], { count: formatNumber(count, locale) }) : '';
}

/** Where to go on when search finds nothing or cannot run: the section overviews and the sitemap. */
export const waysOn: NavItem[] = [...mainNav, { route: '/sitemap/', label: 'footer.sitemap' }];

/** The legend of a filter's fieldset. */
export function filterLegend(key: FilterKey, strings: ClientStrings): string {
  return strings[`search.filter.${key}`];
}
