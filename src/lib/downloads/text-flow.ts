import { createRequire } from 'node:module';
import { writeLine, type LineDocument } from './line-writer';

/**
 * Wrapped text in a PDFKit document, line for line as PDFKit's own `text()` and `heightOfString()` set it,
 * without their cost. PDFKit measures every word of a paragraph anew for each document (and for each trial
 * layout of `fitScale` and `note`): it finds the break opportunities with the Unicode line breaking
 * algorithm, measures each word glyph by glyph and signals every line through events. Here the breaks of a
 * text and the width of a word are found once per build and shared by every document; the lines are broken
 * by the same greedy rules (PDFKit's `LineWrapper`, ported below step by step, with the same floating-point
 * operations in the same order), so every document keeps its bytes.
 */

/** A break opportunity of PDFKit's line breaker (the `linebreak` package): after `position`, forced or not. */
interface Break {
  position: number;
  required: boolean;
}

/**
 * PDFKit's own copy of the line breaker, so the break opportunities are the ones PDFKit would find: the
 * package is PDFKit's dependency, resolved from where PDFKit is installed.
 */
const require = createRequire(import.meta.url);
const LineBreaker = createRequire(require.resolve('pdfkit'))('linebreak') as new (text: string) => { nextBreak(): Break | null };

/** A word as PDFKit's wrapper takes it: the text up to a break opportunity, trailing spaces included. */
export interface Word {
  text: string;
  required: boolean;
}

const wordCache = new Map<string, Word[]>();

/** The words of `text` between its break opportunities; found once per text and build. */
export function wordsOf(text: string): Word[] {
  let words = wordCache.get(text);
  if (!words) {
    words = [];
    const breaker = new LineBreaker(text);
    let start = 0;
    for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
      words.push({ text: text.slice(start, found.position), required: found.required });
      start = found.position;
    }
    wordCache.set(text, words);
  }
  return words;
}

const float = new Float32Array(1);
const floatBits = new Uint32Array(float.buffer);

/** PDFKit's `PDFNumber`: the nearest 32-bit float at or below `n` (towards zero), as its wrapper rounds widths. */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  float[0] = n;
  if (n <= 0) floatBits[0] += 1;
  else floatBits[0] -= 1;
  return float[0];
}

/** What is read of a PDFKit font: its name, the width of a string in 1000ths of the size, its line height. */
interface FlowFont {
  name: string;
  layout(text: string, features: undefined, onlyWidth: true): { advanceWidth: number };
  lineHeight(size: number, includeGap?: boolean): number;
}

/** The parts of a PDFKit document the flow reads and moves: position, font, page. */
export interface FlowDocument extends Omit<LineDocument, '_font' | 'page'> {
  x: number;
  y: number;
  _font: FlowFont & LineDocument['_font'];
  _lineGap: number;
  _fillColor?: unknown[];
  page: LineDocument['page'] & { maxY(): number; margins: { top: number } };
  continueOnNewPage(): unknown;
  fillColor(...colour: unknown[]): unknown;
}

/** Widths by font (its PostScript name) and string, in 1000ths of the type size. */
const widthCache = new Map<string, Map<string, number>>();

/** One font's part of a cache kept by font. */
function cacheOf<T>(cache: Map<string, Map<string, T>>, font: FlowFont): Map<string, T> {
  let ofFont = cache.get(font.name);
  if (!ofFont) {
    ofFont = new Map();
    cache.set(font.name, ofFont);
  }
  return ofFont;
}

function unitWidth(font: FlowFont, text: string): number {
  const widths = cacheOf(widthCache, font);
  let width = widths.get(text);
  if (width === undefined) {
    width = font.layout(text, undefined, true).advanceWidth;
    widths.set(text, width);
  }
  return width;
}

/** The words of a text and their widths in one font (in 1000ths of the type size). */
interface MeasuredWords {
  words: Word[];
  units: number[];
}

const measuredCache = new Map<string, Map<string, MeasuredWords>>();

function measuredWords(font: FlowFont, text: string): MeasuredWords {
  const texts = cacheOf(measuredCache, font);
  let measured = texts.get(text);
  if (!measured) {
    const words = wordsOf(text);
    measured = { words, units: words.map((word) => unitWidth(font, word.text)) };
    texts.set(text, measured);
  }
  return measured;
}

/** PDFKit's `widthOfString` in the document's current font and size. */
export function widthOf(doc: FlowDocument, text: string, characterSpacing = 0): number {
  return scaledWidth(unitWidth(doc._font, text), text, doc._fontSize, characterSpacing);
}

/** A width in 1000ths of the size in points at `size`, as PDFKit's `widthOfString` works it out. */
function scaledWidth(units: number, text: string, size: number, characterSpacing: number): number {
  return ((units * (size / 1000) + characterSpacing * (text.length - 1)) * 100) / 100;
}

/** The options of a wrapped text, as far as the documents use them. */
export interface FlowOptions {
  width: number;
  lineGap?: number;
  characterSpacing?: number;
  /** The next `text` call continues this line (a bold run inside a paragraph). */
  continued?: boolean;
}

/** What PDFKit passes with a line to write: the call's options and the line's measured width and words. */
interface LineOptions extends FlowOptions {
  height?: number;
  textWidth?: number;
  wordCount?: number;
  lineWidth?: number;
}

const softHyphen = '\u00AD';
const hyphen = '-';

/** One `LineWrapper` of PDFKit: the state of a paragraph, kept across the runs of a continued text. */
class Wrapper {
  private readonly doc: FlowDocument;
  private readonly height?: number;
  private readonly startX: number;
  private readonly indent = 0;
  private readonly wordSpacing = 0;
  private readonly columns = 1;
  private characterSpacing: number;
  private lineWidth: number;
  private spaceLeft: number;
  private maxY: number;
  private column = 1;
  private continuedX = 0;
  private indentApplied = false;
  /** PDFKit's `once('line')` listeners: run after the next line is written, in the order added. */
  private afterLine: (() => void)[] = [];

  constructor(doc: FlowDocument, options: LineOptions) {
    this.doc = doc;
    this.characterSpacing = ((options.characterSpacing || 0) * 100) / 100;
    this.lineWidth = ((options.width * 100) / 100 - 18 * (this.columns - 1)) / this.columns;
    this.spaceLeft = this.lineWidth;
    this.startX = doc.x;
    this.height = options.height;
    this.maxY = options.height != null ? pdfNumber(doc.y + options.height) : pdfNumber(doc.page.maxY());
  }

  private wordWidth(word: string, units = unitWidth(this.doc._font, word)): number {
    return pdfNumber(scaledWidth(units, word, this.doc._fontSize, this.characterSpacing) + this.characterSpacing + this.wordSpacing);
  }

  private canFit(word: string, w: number): boolean {
    if (word[word.length - 1] != softHyphen) return w <= this.spaceLeft;
    return w + this.wordWidth(hyphen) <= this.spaceLeft;
  }

  private firstLine(options: LineOptions): void {
    const continuation = this.continuedX;
    const indent = continuation || this.indent;
    if (continuation || !this.indentApplied) {
      this.doc.x += indent;
      this.lineWidth -= indent;
      this.indentApplied = true;
    }
    this.afterLine.push(() => {
      this.doc.x -= indent;
      this.lineWidth += indent;
      this.indentApplied = false;
      if (options.continued && !this.continuedX) this.continuedX = this.indent;
      if (!options.continued) this.continuedX = 0;
    });
  }

  private nextSection(): boolean {
    if (++this.column > this.columns) {
      if (this.height != null) return false;
      const doc = this.doc;
      doc.continueOnNewPage();
      this.column = 1;
      this.maxY = doc.page.maxY();
      doc.x = this.startX;
      if (doc._fillColor) doc.fillColor(...doc._fillColor);
    }
    return true;
  }

  /** Calls `fn` with each word PDFKit's `eachWord` yields: a word too long for a line comes in pieces that fit. */
  private eachWord(text: string, fn: (word: string, w: number, bk: { required: boolean }, last: { required: boolean } | null) => boolean): void {
    let last: { required: boolean } | null = null;
    const { words, units } = measuredWords(this.doc._font, text);
    for (let index = 0; index < words.length; index++) {
      const bk = words[index];
      let word = bk.text;
      let w = this.wordWidth(word, units[index]);
      let shouldContinue = true;
      if (w > this.lineWidth + this.continuedX) {
        let lbk = last;
        const fbk = { required: false };
        while (word.length) {
          let l: number;
          let mightGrow = false;
          if (w > this.spaceLeft) {
            l = Math.ceil(this.spaceLeft / (w / word.length));
            w = this.wordWidth(word.slice(0, l));
            mightGrow = w <= this.spaceLeft && l < word.length;
          } else {
            l = word.length;
          }
          let mustShrink = w > this.spaceLeft && l > 0;
          while (mustShrink || mightGrow) {
            if (mustShrink) {
              w = this.wordWidth(word.slice(0, --l));
              mustShrink = w > this.spaceLeft && l > 0;
            } else {
              w = this.wordWidth(word.slice(0, ++l));
              mustShrink = w > this.spaceLeft && l > 0;
              mightGrow = w <= this.spaceLeft && l < word.length;
            }
          }
          if (l === 0 && this.spaceLeft === this.lineWidth) l = 1;
          fbk.required = bk.required || l < word.length;
          shouldContinue = fn(word.slice(0, l), w, fbk, lbk);
          lbk = { required: false };
          word = word.slice(l);
          w = this.wordWidth(word);
          if (!shouldContinue) break;
        }
      } else {
        shouldContinue = fn(word, w, bk, last);
      }
      if (!shouldContinue) break;
      last = bk;
    }
  }

  /** PDFKit's `LineWrapper.wrap`: breaks `text` into lines and hands each to `line`. */
  wrap(text: string, options: LineOptions, line: (text: string, options: LineOptions) => void): void {
    const doc = this.doc;
    if (options.characterSpacing != null) this.characterSpacing = (options.characterSpacing * 100) / 100;
    const nextY = doc.y + doc._font.lineHeight(doc._fontSize, true);
    if (doc.y > this.maxY || nextY > this.maxY) this.nextSection();
    let buffer = '';
    let textWidth = 0;
    let wc = 0;
    let lc = 0;
    let continueY = doc.y;
    const emitLine = () => {
      options.textWidth = textWidth + this.wordSpacing * (wc - 1);
      options.wordCount = wc;
      options.lineWidth = this.lineWidth;
      continueY = doc.y;
      line(buffer, options);
      for (const after of this.afterLine.splice(0)) after();
      lc++;
    };
    this.eachWord(text, (word, w, bk, last) => {
      if (last == null || last.required) {
        this.firstLine(options);
        this.spaceLeft = this.lineWidth;
      }
      if (this.canFit(word, w)) {
        buffer += word;
        textWidth += w;
        wc++;
      }
      if (bk.required || !this.canFit(word, w)) {
        const lh = doc._font.lineHeight(doc._fontSize, true);
        if (bk.required && w > this.spaceLeft) {
          emitLine();
          buffer = word;
          textWidth = w;
          wc = 1;
        }
        if (buffer[buffer.length - 1] == softHyphen) {
          buffer = buffer.slice(0, -1) + hyphen;
          this.spaceLeft -= this.wordWidth(hyphen);
        }
        emitLine();
        if (pdfNumber(doc.y + lh) > this.maxY && !this.nextSection()) {
          wc = 0;
          buffer = '';
          return false;
        }
        if (bk.required) {
          this.spaceLeft = this.lineWidth;
          buffer = '';
          textWidth = 0;
          wc = 0;
        } else {
          this.spaceLeft = this.lineWidth - w;
          buffer = word;
          textWidth = w;
          wc = 1;
        }
      } else {
        this.spaceLeft -= w;
      }
      return true;
    });
    if (wc > 0) emitLine();
    if (options.continued === true) {
      if (lc > 1) this.continuedX = 0;
      this.continuedX += options.textWidth || 0;
      doc.y = continueY;
    } else {
      doc.x = this.startX;
    }
  }
}

/**
 * PDFKit's `text()` and `heightOfString()` for a document, for text set in a given width. Like PDFKit, it
 * keeps a continued text's wrapper and options for the next call, which goes on from where the line ended.
 */
export class TextFlow {
  private readonly doc: FlowDocument;
  private readonly draw: boolean;
  private wrapper?: Wrapper;
  private pending?: LineOptions;

  /** With `draw` false the lines are only placed (a scratch layout that is measured), never written. */
  constructor(doc: FlowDocument, draw = true) {
    this.doc = doc;
    this.draw = draw;
  }

  /** The options of a call, with those of a continued text before it where this call leaves them out. */
  private merge(options: FlowOptions): LineOptions {
    const result: LineOptions = { ...options };
    if (this.pending) {
      for (const [key, value] of Object.entries(this.pending) as [keyof LineOptions, never][]) {
        if (key !== 'continued' && result[key] === undefined) result[key] = value;
      }
    }
    result.width = Math.max(result.width, 0);
    return result;
  }

  /** Writes `text` wrapped in `options.width`, from (`x`, `y`) or, when left out, where the last text ended. */
  text(text: string, x: number | undefined, y: number | undefined, options: FlowOptions): void {
    const doc = this.doc;
    const merged = this.merge(options);
    if (x != null) doc.x = x;
    if (y != null) doc.y = y;
    const wrapper = this.wrapper ?? new Wrapper(doc, merged);
    this.wrapper = merged.continued ? wrapper : undefined;
    this.pending = merged.continued ? merged : undefined;
    wrapper.wrap(text, merged, (line, lineOptions) => {
      if (this.draw) writeLine(doc, line, doc.x, doc.y, lineOptions.characterSpacing || 0, lineOptions);
      const lineGap = lineOptions.lineGap || doc._lineGap || 0;
      doc.y += doc._font.lineHeight(doc._fontSize, true) + lineGap;
    });
  }

  /** The height `text` takes in the current font and size, as PDFKit's `heightOfString` finds it. */
  height(text: string, options: FlowOptions): number {
    const doc = this.doc;
    const { x, y } = doc;
    const merged = { ...this.merge(options), height: Infinity };
    const lineGap = merged.lineGap || doc._lineGap || 0;
    const wrapper = this.wrapper ?? new Wrapper(doc, merged);
    this.wrapper = undefined;
    this.pending = undefined;
    wrapper.wrap(text, merged, () => {
      doc.y += doc._font.lineHeight(doc._fontSize, true) + lineGap;
    });
    const height = doc.y - y;
    doc.x = x;
    doc.y = y;
    return height;
  }
}
