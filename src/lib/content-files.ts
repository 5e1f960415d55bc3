import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locales, type Locale } from './locales';

/** Collections with one MDX file per locale under `<collection>/<locale>/<slug>.mdx`. */
export const perLocaleCollections = ['projects', 'lessons', 'toolkits', 'signals', 'news', 'pages', 'students'] as const;

export interface ContentFile {
  collection: string;
  locale: Locale;
  slug: string;
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Reads the per-locale content files straight from disk, for checks that run without Astro. */
export function readContentFiles(contentDir: string): ContentFile[] {
  return perLocaleCollections.flatMap((collection) =>
    locales.flatMap((locale) => {
      const dir = join(contentDir, collection, locale);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
      } catch {
        return [];
      }
      return names.map((name) => {
        const path = join(dir, name);
        const text = readFileSync(path, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        return {
          collection,
          locale,
          slug: name.replace(/\.mdx$/, ''),
          path,
          frontmatter: (match ? parse(match[1]) : {}) ?? {},
          body: match ? match[2] : text,
        };
      });
    }),
  );
}

/** Slugs that exist in some locale of a collection but are missing in another. */
export function missingTranslations(files: ContentFile[]): string[] {
  const problems: string[] = [];
  for (const collection of perLocaleCollections) {
    const slugs = new Set(files.filter((f) => f.collection === collection).map((f) => f.slug));
    for (const slug of slugs) {
      for (const locale of locales) {
        if (!files.some((f) => f.collection === collection && f.slug === slug && f.locale === locale)) {
          problems.push(`${collection}/${locale}/${slug}.mdx is missing (it exists in another locale)`);
        }
      }
    }
  }
  return problems;
}

/** Every string value in the front matter that looks like a per-locale reference, e.g. `en/sexual`. */
function localeReferences(value: unknown): string[] {
  if (typeof value === 'string') return /^(nl|en|uk)\/[a-z0-9-]+$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(localeReferences);
  if (value && typeof value === 'object') return Object.values(value).flatMap(localeReferences);
  return [];
}

/** References from an entry in one locale to an entry in another. */
export function crossLocaleReferences(files: ContentFile[]): string[] {
  return files.flatMap((f) =>
    localeReferences(f.frontmatter)
      .filter((ref) => !ref.startsWith(`${f.locale}/`))
      .map((ref) => `${f.collection}/${f.locale}/${f.slug}.mdx refers to ${ref}`),
  );
}
