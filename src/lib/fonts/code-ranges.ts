/** A run of code points, both ends included: what one item of a CSS `unicode-range` says. */
export interface CodeRange {
  start: number;
  end: number;
}

/**
 * The code points of a text, each once, in ascending order. A loop, not `Array.from(text)`: the text can be
 * a page with its scripts, and an array of one string per character is most of the work on a large site.
 */
export function codePointsOf(text: string): number[] {
  const points = new Set<number>();
  for (let index = 0; index < text.length; index += 1) {
    const point = text.codePointAt(index) ?? 0;
    points.add(point);
    if (point > 0xffff) index += 1;
  }
  return [...points].sort((a, b) => a - b);
}

/** Code points as the fewest runs that hold exactly them: `[0x41, 0x42, 0x43, 0xe9]` → `U+41-43, U+E9`. */
export function codeRanges(points: Iterable<number>): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const point of [...new Set(points)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && point === last.end + 1) last.end = point;
    else ranges.push({ start: point, end: point });
  }
  return ranges;
}

/** Whether a code point lies in one of the runs. */
export const inRanges = (ranges: readonly CodeRange[], point: number) => ranges.some((range) => point >= range.start && point <= range.end);
