/**
 * Helpers for the unit tests of the download builders: real entries from src/content, validated by the
 * same schemas as the build (with a stand-in for Astro's reference()), and readers for the files made.
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractText, getDocumentProxy } from 'unpdf';
import { useTranslations } from '../../i18n/ui';
import { readContentFiles } from '../content-files';
import { bodyWithHelp } from '../help/markdown';
import type { Locale } from '../locales';
import { makeSchemas, type Ref } from '../schemas';
import type { DocumentContext } from './pdf';

const ref: Ref = (collection) => z.string().transform((id) => ({ collection, id }));
const schemas = makeSchemas(ref);
const files = readContentFiles(fileURLToPath(new URL('../../content/', import.meta.url)));
const organisationsDir = fileURLToPath(new URL('../../content/organisations/', import.meta.url));
const organisations = readdirSync(organisationsDir).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(`${organisationsDir}${name}`, 'utf8')) as { name: string; url?: string }),
}));

function entry(collection: 'lessons' | 'signals' | 'toolkits' | 'pages', locale: Locale, slug: string) {
  const file = files.find((f) => f.collection === collection && f.locale === locale && f.slug === slug);
  if (!file) throw new Error(`No ${collection}/${locale}/${slug}.mdx`);
  return { data: schemas[collection].parse(file.frontmatter), body: file.body };
}

export const lesson = (locale: Locale, slug = 'what-is-trafficking') => {
  const { data, body } = entry('lessons', locale, slug);
  return { data: data as CollectionEntry<'lessons'>['data'], body };
};
export const signal = (locale: Locale, slug = 'labour') => entry('signals', locale, slug).data as CollectionEntry<'signals'>['data'];
export const toolkit = (locale: Locale, slug = 'schools') => {
  const { data, body } = entry('toolkits', locale, slug);
  return { data: data as CollectionEntry<'toolkits'>['data'], body };
};
export const page = (locale: Locale, slug: string) => {
  const { data, body } = entry('pages', locale, slug);
  const { title, description, help } = data as CollectionEntry<'pages'>['data'];
  return { title, description, body: bodyWithHelp(help, body, locale, organisations) };
};

/** Every slug of a collection (the same in each locale). */
export const slugsOf = (collection: 'lessons' | 'signals' | 'toolkits') =>
  [...new Set(files.filter((f) => f.collection === collection).map((f) => f.slug))].sort();

export function context(locale: Locale): DocumentContext {
  return {
    locale,
    t: useTranslations(locale),
    url: `https://signaal.example.org/${locale}/teachers/what-is-trafficking/`,
    sources: ['Mensenhandel (niet) op school', 'Gezamenlijke aanpak Leger des Heils tegen human trafficking in 23 Europese landen'],
  };
}

/** The text layer of a PDF, as a reader that copies text would get it, with line breaks as spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

export async function pdfInfo(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = pdf.catalog.get(PDFName.of('Lang'));
  const marked = pdf.catalog.get(PDFName.of('StructTreeRoot')) !== undefined;
  const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
  return {
    pages: pdf.getPageCount(),
    title: pdf.getTitle(),
    author: pdf.getAuthor(),
    subject: pdf.getSubject(),
    lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
    tagged: marked,
    size: [Math.round(width), Math.round(height)],
  };
}
