import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/ui';
import { fileInfo, formatFileSize, pagesLabel, pdfPageCount } from './file-info';
import { PdfLayout } from './pdf';

const footer = { sources: ['Bron'], url: 'https://signaal.example.org/', sourcesLabel: 'Bronnen', licence: 'CC BY-SA 4.0 Signaal', pageOf: '{n}/{total}' };

describe('file info', { timeout: 60_000 }, () => {
  it('counts the pages of a PDF from its bytes', async () => {
    const layout = new PdfLayout({ locale: 'nl', title: 'Test', subject: 'Test', size: 'A5', footer });
    layout.paragraph('Een');
    layout.newPage();
    layout.paragraph('Twee');
    const bytes = await layout.finish();
    expect(await pdfPageCount(bytes)).toBe(2);
    expect(await fileInfo(bytes, 'pdf')).toEqual({ size: bytes.length, pages: 2 });
    expect(await fileInfo(new Uint8Array(10), 'zip')).toEqual({ size: 10 });
  });

  it('counts the pages of a PDF from another tool too', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 3; i++) pdf.addPage();
    expect(await pdfPageCount(await pdf.save({ useObjectStreams: true }))).toBe(3);
  });

  it('writes sizes the way each language does', () => {
    expect(formatFileSize(245_300, 'nl')).toBe('245 kB');
    expect(formatFileSize(245_300, 'en')).toBe('245 kB');
    expect(formatFileSize(245_300, 'uk')).toBe('245 кБ');
    expect(formatFileSize(1_250_000, 'nl')).toBe('1,3 MB');
    expect(formatFileSize(1_250_000, 'en')).toBe('1.3 MB');
    expect(formatFileSize(120, 'en')).toBe('1 kB');
  });

  it('counts pages with the plural forms of each language', () => {
    expect(pagesLabel(1, 'nl', useTranslations('nl'))).toBe('1 pagina');
    expect(pagesLabel(3, 'nl', useTranslations('nl'))).toBe('3 pagina’s');
    expect(pagesLabel(1, 'en', useTranslations('en'))).toBe('1 page');
    expect(pagesLabel(2, 'uk', useTranslations('uk'))).toBe('2 сторінки');
    expect(pagesLabel(5, 'uk', useTranslations('uk'))).toBe('5 сторінок');
    expect(pagesLabel(21, 'uk', useTranslations('uk'))).toBe('21 сторінка');
  });
});
