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

/** Ukrainian letters in the national Latin transliteration (2010); the second form starts a word. */
const ukrainian: Record<string, string | [string, string]> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: ['ie', 'ye'], ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: ['i', 'yi'], й: ['i', 'y'], к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: ['iu', 'yu'], я: ['ia', 'ya'], "'": '', '’': '', ʼ: '',
};

function transliterate(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(/\p{L}|['’ʼ]/gu, (letter, offset: number) => {
    const latin = ukrainian[letter];
    if (latin === undefined) return letter;
    if (typeof latin === 'string') return latin;
    return offset === 0 || !/\p{L}/u.test(lower[offset - 1]) ? latin[1] : latin[0];
  });
}

/**
 * A file name such as `signaal-grooming-docentenhandleiding.pdf`: lower case ASCII letters, digits and
 * hyphens only, so it is the same on every system and safe in a ZIP or a URL, whatever the title it is
 * made from (Ukrainian is transliterated, accents dropped, anything else becomes a hyphen).
 */
export function fileName(parts: (string | number)[], format: DownloadFormat): string {
  const stem = ['signaal', ...parts]
    .map((part) => transliterate(String(part)).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
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
