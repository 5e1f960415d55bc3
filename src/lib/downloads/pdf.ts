import PDFDocument from 'pdfkit';
import type { UIKey } from '../../i18n/ui';
import type { Locale } from '../locales';
import { documentFont, fontNames, layoutCache, type FontName } from './fonts';
import { parseInline, type Block, type Run } from './markdown';
import { TextFlow, widthOf, type FlowDocument, type FlowOptions } from './text-flow';
import { escapeXml } from './xml';

/**
 * The shared layout of every PDF: Noto Sans with Latin and Cyrillic, the site's colours, a clear heading
 * hierarchy and a footer on every page with the sources, the licence, the page's address and the page
 * number. Documents are tagged (headings, paragraphs, lists), carry their language, title, author and
 * subject, and come out byte-identical on every build.
 */

/** What PDFKit reads of a shaped glyph when it writes text: its id, width and characters. */
interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** PDFKit's font object, as far as sharing its word cache needs it. */
interface OpenedFont {
  layoutCache?: Record<string, unknown>;
  layoutRun: (text: string, features?: unknown) => { glyphs: ShapedGlyph[] };
}

/**
 * Makes every font the document opens use the build's shared word cache (see `layoutCache` in fonts.ts).
 * PDFKit opens a registered font on first use, so the cache is attached when `font()` is called; fonts a
 * document never uses are never opened or embedded. A fontkit glyph holds its whole font (every table and
 * glyph it decoded), so a shaped word keeps only the glyphs' id, width and characters: with the glyphs
 * themselves, the cache kept alive the font of every document that shaped a new word, the heap grew with the
 * number of documents (2.5 GB for 4,254 files) and garbage collection made each file slower the larger the
 * site was.
 */
function shareLayouts(doc: PDFKit.PDFDocument): void {
  const open = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  const fonts = new Set<string>(fontNames);
  doc.font = ((src: unknown, ...rest: unknown[]) => {
    open(src, ...rest);
    const opened = (doc as unknown as { _font: OpenedFont })._font;
    if (typeof src !== 'string' || !fonts.has(src) || !opened.layoutCache) return doc;
    const shared = layoutCache(src as FontName);
    if (opened.layoutCache === shared) return doc;
    opened.layoutCache = shared;
    const shape = opened.layoutRun.bind(opened);
    opened.layoutRun = (text, features) => {
      const run = shape(text, features);
      run.glyphs = run.glyphs.map(({ id, advanceWidth, codePoints }) => ({ id, advanceWidth, codePoints }));
      return run;
    };
    return doc;
  }) as PDFKit.PDFDocument['font'];
}

/**
 * PDFKit copies the document info into the XMP metadata packet without escaping it, so a `&` or `<` in a
 * title made the packet invalid XML. The info dictionary itself (a PDF string) is written before the
 * packet and needs no XML escaping, so the packet alone gets escaped copies.
 */
function escapeMetadata(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { info: Record<string, unknown>; endMetadata: () => void };
  const end = target.endMetadata.bind(target);
  target.endMetadata = () => {
    const info = target.info;
    target.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      end();
    } finally {
      target.info = info;
    }
  };
}

export const colours = {
  ink: '#1b1f24',
  muted: '#4a5360',
  line: '#d3d8de',
  wash: '#f3f6f8',
  brand: '#0b5563',
  brandLight: '#e3f0f2',
  accent: '#7a3e00',
  accentLight: '#fdf1e3',
} as const;

/**
 * The date written into every file (PDF CreationDate/ModDate, ZIP and ODT entries), so two builds give
 * identical bytes. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) overrides it.
 */
export function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2026-01-01T00:00:00Z');
}

export const pdfLanguage: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' };

export interface Footer {
  /** The names of the sources the content comes from. */
  sources: string[];
  /** The absolute address of the page the document is made from; none when the build has no public address. */
  url?: string;
  /** Labels, already translated: “Bronnen”, “CC BY-SA 4.0 Signaal”, “Pagina {n} van {total}”. */
  sourcesLabel: string;
  licence: string;
  pageOf: string;
}

/** What every builder gets besides the entry itself: its language, UI strings, address and sources. */
export interface DocumentContext {
  locale: Locale;
  t: (key: UIKey) => string;
  /** The absolute address of the page the document belongs to; none when the build has no public address (SITE_URL). */
  url?: string;
  /** The titles of the entry's sources. */
  sources: string[];
}

export function footerFor(context: DocumentContext): Footer {
  const { t } = context;
  return {
    sources: context.sources,
    url: context.url,
    sourcesLabel: t('downloads.footer.sources'),
    licence: t('downloads.footer.licence'),
    pageOf: t('downloads.footer.page'),
  };
}

/** The footer's second line: the licence, and the page's address when there is one. */
export function footerLine(footer: Footer): string {
  return footer.url ? `${footer.licence} · ${footer.url}` : footer.licence;
}

/** Options for a document made from an entry: the layout options minus what the context gives. */
export function documentOptions(context: DocumentContext, title: string, subject: string, size: 'A4' | 'A5' = 'A4'): PdfOptions {
  return { locale: context.locale, title, subject, size, footer: footerFor(context) };
}

export interface PdfOptions {
  locale: Locale;
  title: string;
  subject: string;
  size: 'A4' | 'A5';
  footer: Footer;
  /** Shrinks every font size and gap, to fit a flyer on one page or a card side on one side. */
  scale?: number;
  /** Smaller headings and half the space between blocks, for a card or a one-page flyer. */
  compact?: boolean;
  /**
   * A scratch layout, only measured (a trial scale of `fitScale`, the height of a `note`) and never
   * finished: it places every line as a real one would, but writes no glyphs into its pages, which was
   * about a third of the cost of a layout.
   */
  measureOnly?: boolean;
}

type Struct = PDFKit.PDFStructureElement;

const sizes = { A4: { margin: 56 }, A5: { margin: 34 } } as const;

export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  scale: number;
  private readonly options: PdfOptions;
  private readonly pageOptions: PDFKit.PDFDocumentOptions;
  private readonly root: Struct;
  private readonly footer: Footer;
  private readonly footerHeight: number;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Uint8Array>;
  /** Wrapped text, set as PDFKit's `text()` would set it (see text-flow.ts). */
  private readonly flow: TextFlow;
  /** The scratch document the notes are measured in, made on the first note. */
  private scratch?: (scale: number) => PdfLayout;

  constructor(options: PdfOptions) {
    const date = buildDate();
    const doc = new PDFDocument({
      size: options.size,
      autoFirstPage: false,
      bufferPages: true,
      tagged: true,
      pdfVersion: '1.7',
      lang: pdfLanguage[options.locale],
      displayTitle: true,
      // No standard PDF font (Helvetica): every text is set in the embedded Noto Sans.
      font: null as unknown as string,
      info: {
        Title: options.title,
        Author: 'Signaal',
        Subject: options.subject,
        Creator: 'Signaal',
        CreationDate: date,
        ModDate: date,
      },
    });
    this.doc = doc;
    this.flow = new TextFlow(doc as unknown as FlowDocument, !options.measureOnly);
    this.options = options;
    for (const name of fontNames) doc.registerFont(name, documentFont(name) as unknown as PDFKit.Mixins.PDFFontSource);
    shareLayouts(doc);
    escapeMetadata(doc);
    // PDFKit moves the position in `_line`, around `_fragment`, which only writes the glyphs of a line.
    if (options.measureOnly) (doc as unknown as { _fragment: () => void })._fragment = () => {};
    doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(this.chunks))));
      doc.on('error', reject);
    });

    const margin = sizes[options.size].margin;
    this.footer = options.footer;
    this.scale = options.scale ?? 1;
    doc.font('regular').fontSize(7);
    const pageWidth = options.size === 'A4' ? 595.28 : 419.53;
    this.left = margin;
    this.width = pageWidth - 2 * margin;
    this.footerHeight = this.flow.height(this.sourcesLine(), { width: this.width }) + doc.currentLineHeight(true) + 10;
    this.pageOptions = { size: options.size, margins: { top: margin, left: margin, right: margin, bottom: margin * 0.6 + this.footerHeight + 14 } };
    doc.addPage(this.pageOptions);

    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  private sourcesLine(): string {
    return `${this.footer.sourcesLabel}: ${this.footer.sources.join('; ')}`;
  }

  private size(points: number): number {
    return points * this.scale;
  }

  /** Room left on the current page, in points. */
  spaceLeft(): number {
    return this.doc.page.maxY() - this.doc.y;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  keepSpace(height: number): void {
    if (this.spaceLeft() < height) this.newPage();
  }

  newPage(): void {
    this.doc.addPage(this.pageOptions);
  }

  gap(points: number): void {
    this.doc.y += this.size(points) * (this.options.compact ? 0.5 : 1);
  }

  /** Draws something that is decoration, not content (rules, boxes, writing lines): an artifact. */
  decoration(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Writes runs (text with bold parts) as one wrapped paragraph from the current position. A newline in a
   * run starts a new line; PDFKit's continued text does not handle newlines itself.
   */
  private writeRuns(runs: Run[], x: number, width: number, fontSize: number, colour: string, font: 'regular' | 'italic' = 'regular'): void {
    const doc = this.doc;
    doc.fontSize(fontSize).fillColor(colour);
    const lineGap = fontSize * 0.28;
    const lines: Run[][] = [[]];
    for (const run of runs) {
      run.text.split('\n').forEach((text, index) => {
        if (index > 0) lines.push([]);
        if (text) lines[lines.length - 1].push({ text, bold: run.bold });
      });
    }
    for (const line of lines) {
      const parts = line.length > 0 ? line : [{ text: '', bold: false }];
      parts.forEach((run, index) => {
        doc.font(run.bold ? 'bold' : font);
        const options = { width, lineGap, continued: index < parts.length - 1 };
        if (index === 0) this.flow.text(run.text, x, doc.y, options);
        else this.flow.text(run.text, undefined, undefined, options);
      });
    }
    doc.x = this.left;
  }

  private textHeight(text: string, width: number, fontSize: number, font: 'regular' | 'bold' = 'regular'): number {
    return this.heightOf(text, font, fontSize, { width, lineGap: fontSize * 0.28 });
  }

  /** The height `text` takes in `font` at `fontSize`, wrapped as it would be written; leaves that font set. */
  heightOf(text: string, font: FontName, fontSize: number, options: FlowOptions): number {
    this.doc.font(font).fontSize(fontSize);
    return this.flow.height(text, options);
  }

  /** The width of `text` in `font` at `fontSize`, on one line; leaves that font set. */
  private lineWidth(text: string, font: FontName, fontSize: number): number {
    this.doc.font(font).fontSize(fontSize);
    return widthOf(this.doc as unknown as FlowDocument, text);
  }

  /** A small brand-coloured line above the title: what kind of document this is. */
  eyebrow(text: string): void {
    this.root.add(
      // Set in capitals; the text layer keeps the words as written.
      this.doc.struct('P', { actual: text }, () => {
        this.doc.font('bold').fontSize(this.size(9)).fillColor(colours.brand);
        this.flow.text(text.toUpperCase(), this.left, this.doc.y, { width: this.width, characterSpacing: 0.6 });
      }),
    );
    this.gap(2);
  }

  title(text: string): void {
    const fontSize = this.size(this.options.compact ? 15 : 22);
    this.root.add(
      this.doc.struct('H1', {}, () => {
        this.doc.font('bold').fontSize(fontSize).fillColor(colours.brand);
        this.flow.text(text, this.left, this.doc.y, { width: this.width, lineGap: fontSize * 0.12 });
      }),
    );
    this.gap(6);
  }

  /** The lead under the title, slightly larger. */
  lead(text: string): void {
    this.root.add(this.doc.struct('P', {}, () => this.writeRuns(parseInline(text), this.left, this.width, this.size(12), colours.muted)));
    this.gap(8);
  }

  heading(level: 2 | 3, text: string): void {
    const fontSize = this.size(level === 2 ? (this.options.compact ? 12 : 14.5) : 11.5);
    this.gap(level === 2 ? 10 : 6);
    // Never leave a heading alone at the bottom of a page.
    this.keepSpace(this.textHeight(text, this.width, fontSize, 'bold') + this.size(level === 2 ? 72 : 48));
    if (level === 2) this.doc.outline.addItem(text);
    this.root.add(
      this.doc.struct(`H${level}`, {}, () => {
        this.doc.font('bold').fontSize(fontSize).fillColor(level === 2 ? colours.brand : colours.ink);
        this.flow.text(text, this.left, this.doc.y, { width: this.width, lineGap: fontSize * 0.15 });
      }),
    );
    if (level === 2) {
      const y = this.doc.y + this.size(2);
      this.decoration(() => this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(colours.line).stroke());
      this.gap(6);
    } else {
      this.gap(3);
    }
  }

  paragraph(text: string | Run[], options: { italic?: boolean; bold?: boolean; colour?: string; fontSize?: number } = {}): void {
    const runs = typeof text === 'string' ? (options.bold ? [{ text, bold: true }] : parseInline(text)) : text;
    const fontSize = this.size(options.fontSize ?? 10.5);
    this.root.add(this.doc.struct('P', {}, () => this.writeRuns(runs, this.left, this.width, fontSize, options.colour ?? colours.ink, options.italic ? 'italic' : 'regular')));
    this.gap(5);
  }

  /** A bulleted or numbered list; items may carry **bold** runs. */
  list(items: (string | Run[])[], options: { ordered?: boolean; fontSize?: number; parent?: Struct } = {}): void {
    const doc = this.doc;
    const fontSize = this.size(options.fontSize ?? 10.5);
    const indent = this.size(options.ordered ? 18 : 13);
    const list = doc.struct('L');
    (options.parent ?? this.root).add(list);
    items.forEach((item, index) => {
      const runs = typeof item === 'string' ? parseInline(item) : item;
      this.keepSpace(doc.font('regular').fontSize(fontSize).currentLineHeight(true) * 1.5);
      const top = doc.y;
      const entry = doc.struct('LI');
      list.add(entry);
      entry.add(
        doc.struct('Lbl', {}, () => {
          doc.font(options.ordered ? 'bold' : 'regular').fontSize(fontSize).fillColor(colours.brand);
          this.flow.text(options.ordered ? `${index + 1}.` : '•', this.left, top, { width: indent });
        }),
      );
      doc.y = top;
      entry.add(doc.struct('LBody', {}, () => this.writeRuns(runs, this.left + indent, this.width - indent, fontSize, colours.ink)));
      this.gap(3);
    });
    this.gap(3);
  }

  /** Label–value pairs, such as a lesson's age, levels and duration, in a tinted box. */
  facts(pairs: [string, string][]): void {
    const doc = this.doc;
    const fontSize = this.size(10);
    const pad = this.size(10);
    const labelWidth = Math.max(...pairs.map(([label]) => this.lineWidth(label, 'bold', fontSize))) + this.size(12);
    const valueWidth = this.width - 2 * pad - labelWidth;
    const rowHeights = pairs.map(([, value]) => this.textHeight(value, valueWidth, fontSize) + this.size(3));
    const height = rowHeights.reduce((a, b) => a + b, 0) + 2 * pad;
    this.keepSpace(height);
    const top = doc.y;
    this.decoration(() => doc.roundedRect(this.left, top, this.width, height, 4).fillColor(colours.brandLight).fill());
    let y = top + pad;
    const list = doc.struct('L');
    this.root.add(list);
    pairs.forEach(([label, value], index) => {
      const entry = doc.struct('LI');
      list.add(entry);
      entry.add(
        doc.struct('Lbl', {}, () => {
          doc.font('bold').fontSize(fontSize).fillColor(colours.ink);
          this.flow.text(label, this.left + pad, y, { width: labelWidth });
        }),
      );
      entry.add(
        doc.struct('LBody', {}, () => {
          doc.font('regular').fontSize(fontSize).fillColor(colours.ink);
          this.flow.text(value, this.left + pad + labelWidth, y, { width: valueWidth, lineGap: fontSize * 0.28 });
        }),
      );
      y += rowHeights[index];
    });
    doc.x = this.left;
    doc.y = top + height;
    this.gap(10);
  }

  /**
   * A note in a tinted box with a coloured bar, such as the content note or the disclosure guidance. The
   * note is measured first in a scratch document, so the box can be painted behind the text; a note longer
   * than a page keeps only its bar, page by page.
   */
  note(heading: string, body: (layout: PdfLayout) => void, tone: 'brand' | 'accent' = 'brand'): void {
    const doc = this.doc;
    const pad = this.size(10);
    const fill = tone === 'brand' ? colours.brandLight : colours.accentLight;
    const bar = tone === 'brand' ? colours.brand : colours.accent;
    this.scratch ??= scratchPages(this.options);
    const scratch = this.scratch(this.scale);
    const pages = scratch.pageCount();
    const height = scratch.noteContent(heading, body, pad, tone) + pad;
    const fits = scratch.pageCount() === pages && height <= doc.page.maxY() - doc.page.margins.top;
    this.gap(4);
    this.keepSpace(fits ? height : this.size(80));
    const startPage = this.currentPage();
    const top = doc.y;
    if (fits) {
      this.decoration(() => {
        doc.rect(this.left, top, this.width, height).fillColor(fill).fill();
        doc.rect(this.left, top, 3, height).fillColor(bar).fill();
      });
    }
    doc.y = top;
    doc.outline.addItem(heading);
    this.noteContent(heading, body, pad, tone);
    const bottom = fits ? top + height : doc.y + pad / 2;
    if (!fits) {
      const endPage = this.currentPage();
      for (let page = startPage; page <= endPage; page++) {
        doc.switchToPage(page);
        const from = page === startPage ? top : doc.page.margins.top;
        const to = page === endPage ? bottom : doc.page.maxY();
        this.decoration(() => doc.rect(this.left, from, 3, to - from).fillColor(bar).fill());
      }
      doc.switchToPage(endPage);
    }
    doc.x = this.left;
    doc.y = bottom;
    this.gap(10);
  }

  /** Writes a note's heading and body inside the box's padding; returns the height used. */
  private noteContent(heading: string, body: (layout: PdfLayout) => void, pad: number, tone: 'brand' | 'accent'): number {
    const doc = this.doc;
    const { left, width } = this;
    const top = doc.y;
    this.left = left + pad + 3;
    this.width = width - 2 * pad - 3;
    doc.y = top + pad;
    const fontSize = this.size(11.5);
    // A note is a section of its own: its heading is tagged as a second-level heading.
    this.root.add(
      doc.struct('H2', {}, () => {
        doc.font('bold').fontSize(fontSize).fillColor(tone === 'brand' ? colours.brand : colours.accent);
        this.flow.text(heading, this.left, doc.y, { width: this.width });
      }),
    );
    this.gap(3);
    body(this);
    this.left = left;
    this.width = width;
    doc.x = left;
    return doc.y - top - this.size(6);
  }

  /** Markdown blocks from an MDX body: `##` becomes a section heading, `###` a subheading. */
  markdown(blocks: Block[], options: { fontSize?: number } = {}): void {
    for (const block of blocks) {
      if (block.type === 'heading') this.heading(block.level <= 2 ? 2 : 3, block.runs.map((run) => run.text).join(''));
      else if (block.type === 'paragraph') this.paragraph(block.runs, { fontSize: options.fontSize });
      else this.list(block.items, { ordered: block.ordered, fontSize: options.fontSize });
    }
  }

  /** Fields to fill in by hand on one line, such as name and class: a label with a line after it. */
  fillInFields(fields: { label: string; share: number }[]): void {
    const doc = this.doc;
    const fontSize = this.size(10.5);
    const y = doc.y;
    let x = this.left;
    for (const { label, share } of fields) {
      const fieldWidth = this.width * share;
      const fieldX = x;
      this.root.add(
        doc.struct('P', {}, () => {
          doc.font('bold').fontSize(fontSize).fillColor(colours.ink);
          doc.text(`${label}:`, fieldX, y, { lineBreak: false });
        }),
      );
      const start = fieldX + this.lineWidth(`${label}:`, 'bold', fontSize) + 6;
      const lineY = y + fontSize * 1.2;
      this.decoration(() => doc.moveTo(start, lineY).lineTo(fieldX + fieldWidth - 18, lineY).lineWidth(0.5).strokeColor('#9aa3ad').stroke());
      x += fieldWidth;
    }
    doc.x = this.left;
    doc.y = y + fontSize * 1.8;
  }

  /** Ruled lines to write on, as on a paper worksheet. */
  writingLines(count: number, spacing = 24): void {
    const doc = this.doc;
    for (let i = 0; i < count; i++) {
      this.keepSpace(spacing);
      doc.y += spacing;
      const y = doc.y;
      this.decoration(() => doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.5).strokeColor('#9aa3ad').stroke());
    }
    this.gap(6);
  }

  currentPage(): number {
    // PDFKit keeps its buffered pages in a field its typings leave out.
    const pages = (this.doc as unknown as { _pageBuffer: PDFKit.PDFPage[] })._pageBuffer;
    return this.doc.bufferedPageRange().start + pages.indexOf(this.doc.page);
  }

  pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Writes the footer on every page and returns the finished file. */
  async finish(): Promise<Uint8Array> {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const top = doc.page.height - sizes[doc.page.width > 500 ? 'A4' : 'A5'].margin * 0.6 - this.footerHeight;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.moveTo(this.left, top).lineTo(this.left + this.width, top).lineWidth(0.6).strokeColor(colours.line).stroke();
      doc.font('regular').fontSize(7).fillColor(colours.muted);
      this.flow.text(this.sourcesLine(), this.left, top + 6, { width: this.width });
      const lineY = doc.y;
      const pageLabel = this.footer.pageOf.replace('{n}', String(index - start + 1)).replace('{total}', String(count));
      const pageWidth = this.lineWidth(pageLabel, 'bold', 7);
      doc.font('regular');
      this.flow.text(footerLine(this.footer), this.left, lineY, { width: this.width - pageWidth - 12 });
      doc.font('bold');
      this.flow.text(pageLabel, this.left + this.width - pageWidth, lineY, { width: pageWidth });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
    doc.flushPages();
    doc.end();
    return this.done;
  }
}

/**
 * Scratch layouts of `options` that are only measured: each call gives the top of an empty page at `scale`,
 * all in one document, so that measuring a note or trying a scale does not open a document and its fonts.
 * A page of its own is all a measurement needs: every block sets its font, size and position.
 */
function scratchPages(options: PdfOptions): (scale: number) => PdfLayout {
  let scratch: PdfLayout | undefined;
  return (scale) => {
    if (scratch) scratch.newPage();
    else scratch = new PdfLayout({ ...options, scale, measureOnly: true });
    scratch.scale = scale;
    return scratch;
  };
}

/** Scales tried, largest first, when content must fit a number of pages. */
const fitScales = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];

/**
 * The largest scale at which `draw` fits on `pages` pages, found by laying it out in scratch documents.
 * Returns the smallest scale tried when nothing fits; the tests check the page count. Full size is tried
 * first; below it, a smaller scale never needs more pages, so the search halves the scales left each time
 * (a letter home needed about six trial layouts, one scale after another; this way at most four).
 */
export function fitScale(options: PdfOptions, draw: (layout: PdfLayout) => void, pages = 1): number {
  const scratch = scratchPages(options);
  const fits = (scale: number) => {
    const layout = scratch(scale);
    const before = layout.pageCount();
    draw(layout);
    return layout.pageCount() - before < pages;
  };
  if (fits(fitScales[0])) return fitScales[0];
  // The answer lies in fitScales[low..high]; the last one is taken when nothing fits.
  let low = 1;
  let high = fitScales.length - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(fitScales[middle])) high = middle;
    else low = middle + 1;
  }
  return fitScales[low];
}
