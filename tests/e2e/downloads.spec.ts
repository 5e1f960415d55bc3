import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { readContentFiles } from '../../src/lib/content-files';
import { resolveTarget } from '../audit/site-audit';
import { expect, locales, prefix, test } from './fixtures';
import { base, distDir, pages } from './site';

/** The list of every generated file that the build writes next to the files (src/pages/downloads/index.json.ts). */
interface ListedFile {
  href: string;
  entry: string;
  locale: string;
  title: string;
  format: 'pdf' | 'odt' | 'pptx' | 'zip';
  filename: string;
  size: number;
  pages?: number;
  slides?: number;
  contents: string[];
}
const { files } = JSON.parse(readFileSync(`${distDir}/downloads/index.json`, 'utf8')) as { files: ListedFile[] };
const content = readContentFiles(fileURLToPath(new URL('../../src/content/', import.meta.url)));

const bytesOf = (href: string) => {
  const file = resolveTarget(distDir, base, href);
  if (!file) throw new Error(`${href} is not in dist/`);
  return new Uint8Array(readFileSync(file));
};

test('every lesson pack, signal card, toolkit, the flyer and the protocol have files in nl, en and uk', () => {
  const expected: [string, string[]][] = [
    ...content.filter((f) => f.collection === 'lessons').map((f): [string, string[]] => [`lessons/${f.locale}/${f.slug}`, ['pdf', 'odt', 'pptx', 'zip']]),
    ...content.filter((f) => f.collection === 'signals').map((f): [string, string[]] => [`signals/${f.locale}/${f.slug}`, ['pdf']]),
    ...content.filter((f) => f.collection === 'toolkits').map((f): [string, string[]] => [`toolkits/${f.locale}/${f.slug}`, ['pdf', 'zip']]),
    ...locales.map((locale): [string, string[]] => [`pages/${locale}/refugee-flyer`, ['pdf']]),
    ...locales.map((locale): [string, string[]] => [`pages/${locale}/reporting-protocol`, ['odt', 'pdf']]),
  ];
  expect(expected.length).toBeGreaterThan(30);
  for (const [entry, formats] of expected) {
    const found = [...new Set(files.filter((f) => f.entry === entry).map((f) => f.format))].sort();
    expect(found, entry).toEqual([...formats].sort());
  }
});

test('every listed file is in dist/ with the size, page count and contents the list states', async () => {
  for (const listed of files) {
    const bytes = bytesOf(listed.href);
    expect(bytes.length, listed.href).toBe(listed.size);
    if (listed.format === 'pdf') {
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(pdf.getPageCount(), listed.href).toBe(listed.pages);
      expect(pdf.getAuthor(), listed.href).toBe('Signaal');
      expect(pdf.getTitle(), listed.href).toBe(listed.title);
    } else {
      const names = Object.keys(unzipSync(bytes));
      if (listed.format === 'zip') expect(names, listed.href).toEqual(listed.contents);
      else if (listed.format === 'pptx') expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length, listed.href).toBe(listed.slides);
      else expect(names.slice(0, 3), listed.href).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml']);
    }
  }
});

test('every file in a ZIP is the same file that is offered on its own', () => {
  for (const zip of files.filter((f) => f.format === 'zip')) {
    const inside = unzipSync(bytesOf(zip.href));
    // A lesson pack's files sit in a folder beside a README that is only in the archive.
    for (const name of zip.contents.filter((n) => !n.endsWith('.txt'))) {
      const single = files.find((f) => f.filename === name.split('/').pop() && f.locale === zip.locale);
      expect(single, `${zip.href}: ${name}`).toBeDefined();
      expect(Buffer.from(inside[name]).equals(Buffer.from(bytesOf(single!.href))), `${zip.href}: ${name}`).toBe(true);
    }
  }
});

test('the refugee flyer is one page and the signal cards two, in every locale', () => {
  for (const listed of files) {
    if (listed.entry.startsWith('pages/') && listed.entry.endsWith('/refugee-flyer')) expect(listed.pages, listed.href).toBe(1);
    if (listed.entry.startsWith('signals/')) expect(listed.pages, listed.href).toBe(2);
  }
});

test('every /downloads/ link on every page resolves to a file in dist/ and states its real page count', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const link of page.doc.querySelectorAll('a[href*="/downloads/"]')) {
      const href = link.getAttribute('href') ?? '';
      if (!resolveTarget(distDir, base, href)) problems.push(`${page.path}: ${href} is not in dist/`);
      const listed = files.find((f) => f.href === href);
      if (!listed) problems.push(`${page.path}: ${href} is not in the list of downloads`);
      const stated = link.closest('[data-pages]')?.getAttribute('data-pages');
      if (listed && stated && Number(stated) !== listed.pages) problems.push(`${page.path}: ${href} says ${stated} pages, has ${listed.pages}`);
    }
  }
  expect(problems).toEqual([]);
});

test('each lesson pack unpacks into one folder named after the lesson, with a README in its language listing every file', () => {
  const lessonZips = files.filter((f) => f.format === 'zip' && f.entry.startsWith('lessons/'));
  expect(lessonZips).toHaveLength(content.filter((f) => f.collection === 'lessons').length);
  for (const zip of lessonZips) {
    const names = Object.keys(unzipSync(bytesOf(zip.href)));
    const folder = zip.filename.replace(/\.zip$/, '');
    expect(names.every((n) => n.startsWith(`${folder}/`)), zip.href).toBe(true);
    const own = files.filter((f) => f.entry === zip.entry && f.format !== 'zip');
    expect(names.filter((n) => !n.endsWith('.txt')).map((n) => n.split('/').pop()), zip.href).toEqual(own.map((f) => f.filename));
    const readme = names.find((n) => n.endsWith('.txt'));
    const text = new TextDecoder().decode(unzipSync(bytesOf(zip.href))[readme!]);
    for (const file of own) expect(text, zip.href).toContain(`${file.filename}: ${file.title}`);
  }
});

test('every file of a lesson pack is linked from its lesson page, which states its real pages or slides', () => {
  const problems: string[] = [];
  for (const entry of [...new Set(files.filter((f) => f.entry.startsWith('lessons/')).map((f) => f.entry))]) {
    const [, locale, slug] = entry.split('/');
    const path = `${locale === 'nl' ? '' : `/${locale}`}/teachers/${slug}/`;
    const page = pages.find((p) => p.path === path);
    if (!page) {
      problems.push(`${path} is not built`);
      continue;
    }
    for (const file of files.filter((f) => f.entry === entry)) {
      const item = page.doc.querySelector(`[data-download="${file.href}"]`);
      if (!item) problems.push(`${path} does not list ${file.filename}`);
      else {
        if (!item.querySelector(`a[download][href="${file.href}"]`)) problems.push(`${path}: no download link to ${file.filename}`);
        if (file.format === 'pdf' && !item.querySelector(`a[href="${file.href}"]:not([download])`)) problems.push(`${path}: ${file.filename} cannot be opened`);
        if (String(file.pages ?? '') !== (item.getAttribute('data-pages') ?? '')) problems.push(`${path}: ${file.filename} pages`);
        if (String(file.slides ?? '') !== (item.getAttribute('data-slides') ?? '')) problems.push(`${path}: ${file.filename} slides`);
      }
    }
  }
  expect(problems).toEqual([]);
});

for (const locale of locales) {
  test(`a lesson page opens a PDF in the browser and downloads the deck and the ZIP (${locale})`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/teachers/grooming/`);
    const open = page.locator('[data-download][data-format="pdf"] a[data-open]').first();
    await expect(open).not.toHaveAttribute('download');
    const href = (await open.getAttribute('href')) ?? '';
    const response = await page.request.get(href);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    // Served inline: the browser shows it instead of saving it.
    expect(response.headers()['content-disposition'] ?? '').not.toMatch(/attachment/);
    for (const format of ['pptx', 'zip']) {
      const link = page.locator(`[data-download][data-format="${format}"] a[download]`);
      await expect(link).toHaveCount(1);
      const download = page.waitForEvent('download');
      await link.click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(await link.getAttribute('download'));
      const names = Object.keys(unzipSync(new Uint8Array(readFileSync((await saved.path())!))));
      if (format === 'pptx') expect(names).toContain('ppt/presentation.xml');
      else expect(names.some((n) => n.endsWith('.pptx'))).toBe(true);
    }
  });

  test(`a lesson page offers its files for download (${locale})`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/teachers/what-is-trafficking/`);
    const link = page.locator('a[download][href*="/downloads/"]').first();
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href')) ?? '';
    const response = await page.request.get(href);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/^application\/(pdf|zip|vnd\.oasis\.opendocument\.text|vnd\.openxmlformats-officedocument\.presentationml\.presentation)/);
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe(await link.getAttribute('download'));
  });

  test(`the list of downloads is accessible (${locale})`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/teachers/what-is-trafficking/`);
    await expect(page.locator('[data-download]').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('section:has(> ul li[data-download])')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}
