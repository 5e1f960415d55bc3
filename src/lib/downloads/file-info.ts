import { unzipSync } from 'fflate';
import type { Locale } from '../locales';
import type { DownloadFormat } from './paths';

const pagesType = '/Type /Pages';

/**
 * The number of pages of a PDF, read from its bytes. PDFKit writes a single page tree as plain text, so its
 * `/Count` is read directly (parsing a whole PDF for it cost more than a tenth of making the downloads);
 * any other PDF is parsed.
 */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  // Searched in the bytes, not in a copy of the whole file as text.
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counts: string[] = [];
  for (let at = file.indexOf(pagesType); at !== -1; at = file.indexOf(pagesType, at + pagesType.length)) {
    const count = /^\s*\/Count (\d+)/.exec(file.toString('latin1', at + pagesType.length, at + pagesType.length + 32));
    if (count) counts.push(count[1]);
  }
  if (counts.length === 1) return Number(counts[0]);
  // Loaded only here: the downloads worker, which never needs it, no longer pays for loading it (about 0.1 s).
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPageCount();
}

/** The number of slides of a PPTX: its slide parts, counted by name from the archive's directory, none unpacked. */
export function pptxSlideCount(bytes: Uint8Array): number {
  let slides = 0;
  unzipSync(bytes, {
    filter: (file) => {
      if (/^ppt\/slides\/slide\d+\.xml$/.test(file.name)) slides++;
      return false;
    },
  });
  return slides;
}

export interface FileInfo {
  size: number;
  /** Pages, for PDFs. */
  pages?: number;
  /** Slides, for decks. */
  slides?: number;
}

export async function fileInfo(bytes: Uint8Array, format: DownloadFormat): Promise<FileInfo> {
  if (format === 'pdf') return { size: bytes.length, pages: await pdfPageCount(bytes) };
  if (format === 'pptx') return { size: bytes.length, slides: pptxSlideCount(bytes) };
  return { size: bytes.length };
}

/** A file size as readers of the locale write it: “245 kB”, “1,2 MB”, “245 кБ”. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 1), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}

const pageForms = ['one', 'few', 'many', 'other'] as const;
type PluralForm = (typeof pageForms)[number];

/** “1 pagina”, “3 pagina’s”, “5 сторінок”: the dictionary's plural form for the count. */
export function pagesLabel(count: number, locale: Locale, t: (key: `downloads.pages.${PluralForm}`) => string): string {
  const rule = new Intl.PluralRules(locale).select(count);
  const form = pageForms.find((f) => f === rule) ?? 'other';
  return t(`downloads.pages.${form}`).replace('{count}', String(count));
}

/** “12 dia’s”, “12 slides”, “12 слайдів”. */
export function slidesLabel(count: number, locale: Locale, t: (key: `downloads.slides.${PluralForm}`) => string): string {
  const rule = new Intl.PluralRules(locale).select(count);
  const form = pageForms.find((f) => f === rule) ?? 'other';
  return t(`downloads.slides.${form}`).replace('{count}', String(count));
}
