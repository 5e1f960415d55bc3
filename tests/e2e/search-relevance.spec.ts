import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locale } from '../../src/lib/locales';
import { localizedPath } from '../../src/lib/routes';
import { pagefindQuery } from '../../src/lib/search/page';
import { searchTerms } from '../../src/lib/search/terms';
import { openIndex, topUrls } from './search-index';
import { distDir } from './site';

/**
 * What readers type and the page they should find in the first three results, run in Node against the built
 * index with the search page's own options and query handling (Ukrainian endings trimmed). No browser.
 */
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : distDir;

interface Row {
  query: string;
  /** Route without the locale prefix. */
  finds: `/${string}`;
  /** The page must be the first result, not just in the first three. */
  first?: boolean;
  /** The page must rank above this one. */
  above?: `/${string}`;
  /** The Ukrainian case form of the query this row checks (its ending is trimmed before searching). */
  formOf?: string;
}

const help = (query: string): Row => ({ query, finds: '/help/', first: true });

const table: Record<Locale, Row[]> = {
  nl: [
    { query: 'loverboy', finds: '/signals/sexual/' },
    { query: 'loverboys', finds: '/signals/sexual/' },
    { query: 'pooierboy', finds: '/signals/sexual/' },
    { query: 'geldezel', finds: '/signals/criminal/' },
    { query: 'dwangarbeid', finds: '/signals/labour/' },
    { query: 'uitbuiting', finds: '/signals/labour/' },
    { query: 'Oekraïne', finds: '/refugee-flyer/', above: '/' },
    { query: 'Oekraine', finds: '/refugee-flyer/', above: '/' },
    { query: 'vluchteling', finds: '/refugee-flyer/' },
    { query: 'quick exit', finds: '/visiting-safely/' },
    { query: 'snel weg', finds: '/visiting-safely/' },
    { query: 'noodknop', finds: '/visiting-safely/' },
    { query: 'meldcode', finds: '/reporting-protocol/' },
    { query: 'grooming', finds: '/teachers/grooming/' },
    { query: 'bijbaan', finds: '/teachers/safe-work/' },
    { query: 'asielzoekers', finds: '/toolkits/asylum/' },
    help('hulp'),
    help('help'),
    help('112'),
    help('bang'),
  ],
  en: [
    { query: 'loverboy', finds: '/signals/sexual/' },
    { query: 'lover boy', finds: '/signals/sexual/' },
    { query: 'pimp', finds: '/signals/sexual/' },
    { query: 'forced labor', finds: '/signals/labour/' },
    { query: 'forced labour', finds: '/signals/labour/' },
    { query: 'labor trafficking', finds: '/signals/labour/' },
    { query: 'money mule', finds: '/signals/criminal/' },
    { query: 'county lines', finds: '/signals/criminal/' },
    { query: 'Ukraine', finds: '/refugee-flyer/', above: '/' },
    { query: 'Ukrainian', finds: '/refugee-flyer/', above: '/' },
    { query: 'refugees', finds: '/refugee-flyer/' },
    { query: 'quick exit', finds: '/visiting-safely/' },
    { query: 'leave this site', finds: '/visiting-safely/' },
    { query: 'incognito', finds: '/visiting-safely/' },
    { query: 'organ removal', finds: '/signals/organ-removal/' },
    { query: 'summer job', finds: '/teachers/safe-work/' },
    { query: 'asylum', finds: '/toolkits/asylum/' },
    help('help'),
    help('scared'),
    help('112'),
    help('emergency'),
  ],
  uk: [
    { query: 'лавербой', finds: '/signals/sexual/' },
    { query: 'дроп', finds: '/signals/criminal/' },
    { query: 'дропи', finds: '/signals/criminal/' },
    { query: 'дропами', finds: '/signals/criminal/', formOf: 'дропи' },
    { query: 'грошовий мул', finds: '/signals/criminal/' },
    { query: 'примусова праця', finds: '/signals/labour/' },
    { query: 'Україна', finds: '/refugee-flyer/', above: '/' },
    { query: 'України', finds: '/refugee-flyer/', above: '/', formOf: 'Україна' },
    { query: 'біженці', finds: '/refugee-flyer/' },
    { query: 'біженцям', finds: '/refugee-flyer/', formOf: 'біженці' },
    { query: 'листівка', finds: '/refugee-flyer/' },
    { query: 'листівки', finds: '/refugee-flyer/', formOf: 'листівка' },
    { query: 'робота', finds: '/refugee-flyer/' },
    { query: 'роботою', finds: '/refugee-flyer/', formOf: 'робота' },
    { query: 'допомога', finds: '/refugee-flyer/' },
    { query: 'допомогу', finds: '/refugee-flyer/', formOf: 'допомога' },
    { query: 'швидкий вихід', finds: '/visiting-safely/' },
    { query: 'інкогніто', finds: '/visiting-safely/' },
    { query: 'експлуатації', finds: '/signals/labour/', formOf: 'експлуатація' },
    { query: 'торгівлею людьми', finds: '/what-is-trafficking/', formOf: 'торгівля людьми' },
    { query: 'грумінг', finds: '/teachers/grooming/' },
    help('допомога'),
    help('112'),
    help('страшно'),
  ],
};

const indexes = new Map<Locale, ReturnType<typeof openIndex>>();
const indexOf = (locale: Locale) => {
  if (!indexes.has(locale)) indexes.set(locale, openIndex(dist, locale));
  return indexes.get(locale)!;
};

for (const [locale, rows] of Object.entries(table) as [Locale, Row[]][]) {
  test(`${locale}: the relevance table has at least 15 queries besides the help rows`, () => {
    expect(rows.filter((row) => row.finds !== '/help/').length).toBeGreaterThanOrEqual(15);
  });

  for (const row of rows) {
    const where = row.first ? 'first' : 'in the top 3';
    const form = row.formOf ? ` (a case form of “${row.formOf}”)` : '';
    const order = row.above ? `, above ${row.above}` : '';
    const name = `${locale}: “${row.query}”${form} finds ${row.finds} ${where}${order}`;
    test(name, async () => {
      const urls = await topUrls(await indexOf(locale), pagefindQuery(row.query, locale), 10);
      const rank = (route: string) => urls.indexOf(localizedPath(locale, route));
      const found = rank(row.finds);
      expect(found, `results: ${urls.slice(0, 5).join(' ')}`).toBeGreaterThanOrEqual(0);
      expect(found, `results: ${urls.slice(0, 5).join(' ')}`).toBeLessThan(row.first ? 1 : 3);
      if (row.above && rank(row.above) >= 0) expect(found, `results: ${urls.slice(0, 5).join(' ')}`).toBeLessThan(rank(row.above));
    });
  }

  for (const route of Object.keys(searchTerms[locale])) {
    test(`${locale}: the search terms for ${route} belong to a built page`, () => {
      const prefix = locale === 'nl' ? '' : locale;
      expect(existsSync(join(dist, prefix, route, 'index.html')), `${locale}${route}`).toBe(true);
    });
  }
}
