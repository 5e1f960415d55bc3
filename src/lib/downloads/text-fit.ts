import { font, type FontName } from './fonts';

/**
 * Type sizes that fit a box, measured with the glyph widths of Noto Sans, the site's font. A slide is not
 * laid out by us but by PowerPoint or LibreOffice, so the box must hold the text at the size we write:
 * shrink-on-overflow is only applied when someone edits the slide.
 */

/** A paragraph to fit: its text, its font and how much larger (or smaller) than the base size it is set. */
export interface FitParagraph {
  text: string;
  font?: FontName;
  /** Size relative to the base size: 1.15 for a term above its definition. */
  relative?: number;
  /** Indent taken by a bullet or number, in ems (multiples of the type size). */
  indent?: number;
}

export interface FitBox {
  /** Inner width and height in points. */
  width: number;
  height: number;
  /** Largest and smallest base size tried, in points. */
  max: number;
  min: number;
}

/**
 * Line height as a share of the type size. LibreOffice sets Noto Sans at about 1.2; PowerPoint and other
 * fonts differ a little, so the estimate is slightly above.
 */
export const lineHeight = 1.22;
/** Space after each paragraph, as a share of its type size. */
export const paragraphGap = 0.45;
/**
 * Share of the width the text may use. A computer without Noto Sans shows the deck in its own sans-serif
 * (Arial, DejaVu Sans), which can be a little wider; the margin, and the room left below, keep every line inside the box.
 */
const safeWidth = 0.94;

const widths = new Map<string, number>();

/** Width of `text` at 1 pt in the given font, in points. */
function unitWidth(text: string, name: FontName): number {
  const key = `${name}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const face = font(name);
    width = face.layout(text).advanceWidth / face.unitsPerEm;
    widths.set(key, width);
  }
  return width;
}

/** Lines a paragraph takes at `size` points in a column `width` points wide, wrapping at spaces. */
export function lineCount(text: string, size: number, width: number, name: FontName = 'regular'): number {
  const space = unitWidth(' ', name) * size;
  let lines = 0;
  for (const line of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const w = unitWidth(word, name) * size;
      if (used > 0 && used + space + w > width) {
        lines += 1;
        used = w;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/** Height in points that the paragraphs take at base size `size`. */
export function textHeight(paragraphs: FitParagraph[], size: number, width: number): number {
  return paragraphs.reduce((sum, p) => {
    const s = size * (p.relative ?? 1);
    return sum + lineCount(p.text, s, width * safeWidth - (p.indent ?? 0) * s, p.font) * s * lineHeight + s * paragraphGap;
  }, 0);
}

/** The largest whole base size from `max` down to `min` at which the paragraphs fit the box. */
export function fitSize(paragraphs: FitParagraph[], box: FitBox): number {
  for (let size = box.max; size > box.min; size -= 1) {
    if (textHeight(paragraphs, size, box.width) <= box.height) return size;
  }
  return box.min;
}
