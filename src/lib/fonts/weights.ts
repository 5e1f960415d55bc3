import { transform, type FontWeight, type TokenOrValue } from 'lightningcss';

/** The weights a variable font must keep: from the lightest to the boldest the stylesheet can ask for. */
export interface WeightRange {
  min: number;
  max: number;
}

/** Every text starts at the normal weight, and browsers set headings, `<b>`, `<strong>` and `<th>` in bold. */
const browserWeights = [400, 700];

const weightOf = (weight: FontWeight): number => {
  if (weight.type === 'bolder') return 700;
  if (weight.type === 'lighter') return 100;
  const absolute = weight.value;
  return absolute.type === 'weight' ? absolute.value : absolute.type === 'bold' ? 700 : 400;
};

const numberIn = (tokens: TokenOrValue[]) => tokens.flatMap((item) => (item.type === 'token' && item.value.type === 'number' ? [item.value.value] : []));

/**
 * The weight range a stylesheet uses: its `font-weight` and `font` values, and the `--font-weight-*` theme
 * properties those read through `var()`, next to the browser's own normal and bold. `bolder` counts as bold,
 * what it gives on text of the normal weight: bolder inside bold text (900) is drawn at the range's end.
 */
export function weightRange(css: string): WeightRange {
  const weights = [...browserWeights];
  transform({
    filename: 'site.css',
    code: Buffer.from(css),
    visitor: {
      Declaration(declaration) {
        // A value read through var() comes as 'unparsed' and counts through the theme property it reads.
        if (declaration.property === 'font-weight') weights.push(weightOf(declaration.value));
        else if (declaration.property === 'font') weights.push(weightOf(declaration.value.weight));
        else if (declaration.property === 'custom' && declaration.value.name.startsWith('--font-weight-')) weights.push(...numberIn(declaration.value.value));
      },
    },
  });
  return { min: Math.min(...weights), max: Math.max(...weights) };
}
