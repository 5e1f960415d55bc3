import { transform, type FontFaceProperty, type FontFaceRule } from 'lightningcss';
import { codeRanges, inRanges, type CodeRange } from './code-ranges.ts';
import type { WeightRange } from './weights.ts';

/** One `@font-face` rule of a stylesheet: the file it loads and the characters it says it has. */
export interface FontFace {
  family: string;
  url: string;
  /** Its `unicode-range`; a rule without one covers every character. */
  ranges: CodeRange[];
}

const everything: CodeRange[] = [{ start: 0, end: 0x10ffff }];

const urlOf = (rule: FontFaceRule) =>
  rule.properties.flatMap((property) => (property.type === 'source' ? property.value : [])).find((source) => source.type === 'url')?.value.url.url;

const rangesOf = (rule: FontFaceRule) => rule.properties.flatMap((property) => (property.type === 'unicode-range' ? property.value : []));

/** The `@font-face` rules of a stylesheet that load a file, in the order they are written. */
export function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  transform({
    filename: 'site.css',
    code: Buffer.from(css),
    visitor: {
      Rule: {
        'font-face'(rule) {
          const url = urlOf(rule.value);
          const ranges = rangesOf(rule.value);
          const family = rule.value.properties.find((property) => property.type === 'font-family')?.value;
          if (url && typeof family === 'string') faces.push({ family, url, ranges: ranges.length > 0 ? ranges : everything });
        },
      },
    },
  });
  return faces;
}

/**
 * Which face draws each character, as a browser chooses: of the faces whose range covers it, the one written
 * last whose file has a glyph for it (CSS Fonts: overlapping faces are tried in reverse order). Returns, per
 * face in `faces` order, the sorted code points it draws; a character no face has is drawn by the next font of
 * the stack and belongs to none.
 */
export function charactersPerFace(faces: readonly FontFace[], points: Iterable<number>, has: (face: number, point: number) => boolean): number[][] {
  const perFace = faces.map((): number[] => []);
  for (const point of [...new Set(points)].sort((a, b) => a - b)) {
    for (let face = faces.length - 1; face >= 0; face--) {
      if (inRanges(faces[face].ranges, point) && has(face, point)) {
        perFace[face].push(point);
        break;
      }
    }
  }
  return perFace;
}

/** What replaces a face's file: the subset's address and the code points it holds. */
export interface Subset {
  url: string;
  points: readonly number[];
}

/**
 * How a face shows while its file loads. Fontsource writes `swap` (no block period): a page whose preloaded
 * font is still being decoded at its first layout is then laid out in the system font (a fontconfig look-up
 * per size and weight), and laid out again, every box of it, once the font is ready. On a lesson pack that
 * second pass was most of the long task after the first paint (Lighthouse's Total Blocking Time). `fallback`
 * waits up to 100 ms for the font, which a preloaded file meets, so the page is laid out once; on a line too
 * slow for that the text shows in the system font and still swaps to the web font if it comes within 3 s, after
 * which the page keeps the system font instead of reflowing under the reader.
 */
export const fontDisplay = 'fallback';

/**
 * The stylesheet with each `@font-face` rule pointing at its subset: `subsets` maps a rule's file to the
 * subset's address and code points, which become its `unicode-range`, `weights` its `font-weight`, and
 * `font-display` set to `fontDisplay`. A rule whose file has no subset draws nothing the site has and is dropped.
 */
export function withSubsets(css: string, subsets: ReadonlyMap<string, Subset>, weights: WeightRange): string {
  return transform({
    filename: 'site.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Rule: {
        'font-face'(rule) {
          const url = urlOf(rule.value);
          if (!url) return undefined;
          const subset = subsets.get(url);
          if (!subset) return [];
          const properties = rule.value.properties.map((property): FontFaceProperty => {
            if (property.type === 'source') {
              return { type: 'source', value: property.value.map((source) => (source.type === 'url' ? { ...source, value: { ...source.value, url: { ...source.value.url, url: subset.url } } } : source)) };
            }
            if (property.type === 'unicode-range') return { type: 'unicode-range', value: codeRanges(subset.points) };
            if (property.type === 'font-weight') {
              const weight = (value: number) => ({ type: 'absolute' as const, value: { type: 'weight' as const, value } });
              return { type: 'font-weight', value: [weight(weights.min), weight(weights.max)] };
            }
            return property;
          });
          if (!properties.some((property) => property.type === 'unicode-range')) properties.push({ type: 'unicode-range', value: codeRanges(subset.points) });
          const display: FontFaceProperty = { type: 'custom', value: { name: 'font-display', value: [{ type: 'token', value: { type: 'ident', value: fontDisplay } }] } };
          const kept = properties.filter((property) => !(property.type === 'custom' && property.value.name === 'font-display'));
          return { ...rule, value: { ...rule.value, properties: [...kept, display] } };
        },
      },
    },
  }).code.toString();
}
