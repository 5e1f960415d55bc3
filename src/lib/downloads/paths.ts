import type { Locale } from '../locales';
import { localizedPath } from '../routes';

export const downloadFormats = ['pdf', 'odt', 'pptx', 'zip'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

export const mediaTypes: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

/** The collections whose entries have downloads; they name the folder below the locale. */
export type DownloadSection = 'lessons' | 'signals' | 'toolkits' | 'pages';

/** A file name such as `signaal-grooming-docentenhandleiding.pdf`: lower case, ASCII, hyphens. */
export function fileName(parts: (string | number)[], format: DownloadFormat): string {
  const stem = ['signaal', ...parts]
    .map((part) => String(part).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-');
  return `${stem}.${format}`;
}

/** Where a file lives below `/downloads/`: `nl/lessons/grooming/signaal-grooming-docentenhandleiding.pdf`. */
export function downloadKey(locale: Locale, section: DownloadSection, slug: string, file: string): string {
  return `${locale}/${section}/${slug}/${file}`;
}

/** The link to a file on the site, below the base path. Downloads sit outside the locale prefixes. */
export function downloadHref(key: string, base = '/'): string {
  return `${base.replace(/\/+$/, '')}/downloads/${key}`;
}

/** The absolute address of the page a file comes from, for the file's footer. */
export function pageAddress(site: string, locale: Locale, route: string, base = '/'): string {
  return new URL(localizedPath(locale, route, base), site).href;
}
