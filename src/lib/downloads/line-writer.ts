/**
 * Writes a line of text into a PDFKit page with the bytes PDFKit's `_fragment` writes for it (left-aligned,
 * no word spacing, no links or underlines, which is all the documents use), at a fraction of the cost:
 * `_fragment` shapes the line again from its words, writes each operator as a buffer of its own and
 * formats every glyph's kerning for each document. Here a line's glyphs and kerning are worked out once per
 * font and build; a document only numbers the glyphs in its own font subset, as PDFKit's `encode` does.
 */

/** A shaped glyph as PDFKit's word cache keeps it (see `shareLayouts` in pdf.ts). */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** PDFKit's embedded font, as far as writing a line needs it. */
export interface LineFont {
  id: string;
  name: string;
  ascender: number;
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  layout(text: string): { glyphs: Glyph[]; positions: Position[] };
  ref(): unknown;
}

export interface LineDocument {
  _font: LineFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown>; write(data: string): void };
  _fragment(text: string, x: number, y: number, options: object): void;
}

/** PDFKit's number format in content streams: at most six decimals. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * A line's glyphs and how `_fragment` groups them into the strings of its `TJ` operator: a string ends after
 * each glyph whose advance differs from its width (kerning), followed by that difference.
 */
interface ShapedLine {
  glyphs: Glyph[];
  /** Index after the last glyph of each string, and the adjustment written after it. */
  ends: number[];
  adjustments: string[];
}

/**
 * Lines by font (PostScript name) and text. `undefined` marks a line with a glyph placed off its baseline
 * or advance (a combining mark), which PDFKit writes with extra text matrices: such a line is left to PDFKit.
 */
const shapedLines = new Map<string, Map<string, ShapedLine | undefined>>();

function shapedLine(font: LineFont, text: string): ShapedLine | undefined {
  let lines = shapedLines.get(font.name);
  if (!lines) {
    lines = new Map();
    shapedLines.set(font.name, lines);
  }
  if (lines.has(text)) return lines.get(text);
  const { glyphs, positions } = font.layout(text);
  let line: ShapedLine | undefined;
  if (positions.every((position) => !position.xOffset && !position.yOffset)) {
    const ends: number[] = [];
    const adjustments: string[] = [];
    positions.forEach((position, index) => {
      // The last glyph always ends a string; another one ends it when it is kerned.
      if (index === positions.length - 1 || position.xAdvance - position.advanceWidth !== 0) {
        ends.push(index + 1);
        adjustments.push(String(number(-(position.xAdvance - position.advanceWidth))));
      }
    });
    line = { glyphs, ends, adjustments };
  }
  lines.set(text, line);
  return line;
}

/**
 * The hex code of each glyph a document's font has written, by glyph id: a glyph's number in the subset is
 * fixed by its first use, as are the width and characters recorded for it.
 */
const glyphCodes = new WeakMap<LineFont, Map<number, string>>();

/**
 * Writes `text` at (`x`, `y`), the top left of the line, in the document's current font and size, with
 * `characterSpacing` between characters.
 */
export function writeLine(doc: LineDocument, text: string, x: number, y: number, characterSpacing: number, options: object): void {
  text = text.replace(/\n/g, '');
  if (text.length === 0) return;
  const font = doc._font;
  const line = shapedLine(font, text);
  if (!line) {
    doc._fragment(text, x, y, options);
    return;
  }
  const size = doc._fontSize;
  const page = doc.page;
  const baseline = page.height - y - (font.ascender / 1000) * size;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  let written = glyphCodes.get(font);
  if (!written) {
    written = new Map();
    glyphCodes.set(font, written);
  }
  // PDFKit's `encode`: each glyph joins the document's subset in the order written, with its width and characters.
  const codes: string[] = [];
  for (const glyph of line.glyphs) {
    let code = written.get(glyph.id);
    if (code === undefined) {
      const gid = font.subset.includeGlyph(glyph.id);
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
      code = `0000${gid.toString(16)}`.slice(-4);
      written.set(glyph.id, code);
    }
    codes.push(code);
  }
  const strings: string[] = [];
  let start = 0;
  line.ends.forEach((end, index) => {
    strings.push(`<${codes.slice(start, end).join('')}> ${line.adjustments[index]}`);
    start = end;
  });
  // The operators `_fragment` writes one by one (save, flip the y axis, text object, restore), as one write.
  const operators = [
    'q',
    `1 0 0 -1 0 ${number(page.height)} cm`,
    'BT',
    `1 0 0 1 ${number(x)} ${number(baseline)} Tm`,
    `/${font.id} ${number(size)} Tf`,
  ];
  if (characterSpacing) operators.push(`${number(characterSpacing)} Tc`);
  operators.push(`[${strings.join(' ')}] TJ`, 'ET', 'Q');
  page.write(operators.join('\n'));
}
