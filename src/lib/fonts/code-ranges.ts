/** A run of code points, both ends included: what one item of a CSS `unicode-range` says. */
export interface CodeRange {
  start: number;
  end: number;
}

/** The code points of a text, each once, in ascending order. */
export const codePointsOf = (text: string): number[] =>
  [...new Set(Array.from(text, (char) => char.codePointAt(0) ?? 0))].sort((a, b) => a - b);

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
