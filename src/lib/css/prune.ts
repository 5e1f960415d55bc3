import { transform, type CustomAtRules, type Selector, type SelectorComponent, type Visitor } from 'lightningcss';

/** What one page can use of the site stylesheet. */
export interface PageUse {
  /** Class names the page's markup carries or its scripts may set. */
  classes: ReadonlySet<string>;
  /** Element names the page's markup has or its scripts may create. */
  elements: ReadonlySet<string>;
  /** Every character the page can show: its markup, attributes and scripts. */
  text: string;
  /** CSS the page carries besides the site stylesheet (its own `<style>` elements), whose `var()` stay. */
  otherCss?: string;
  /** The `type`s of the page's `<input>` elements and those its scripts may set; without it, every type counts. */
  inputTypes?: ReadonlySet<string>;
}

type Names = Pick<PageUse, 'classes' | 'elements' | 'inputTypes'>;

const dateTypes = ['date', 'time', 'datetime-local', 'month', 'week'];

/**
 * The parts only some kinds of `<input>` draw, with the types that draw them: Tailwind's base styles reset
 * a file picker's button, a date field's parts and a number field's arrows on every page, and a page without
 * such a field has nothing they could style.
 */
function inputTypesDrawing(component: SelectorComponent): readonly string[] | undefined {
  if (component.type !== 'pseudo-element') return undefined;
  if (component.kind === 'file-selector-button') return ['file'];
  if (component.kind !== 'custom') return undefined;
  if (/^-webkit-(date|datetime-edit|calendar-picker-indicator)/.test(component.name)) return dateTypes;
  if (/^-webkit-(inner|outer)-spin-button$/.test(component.name)) return ['number', ...dateTypes];
  if (component.name.startsWith('-webkit-search-')) return ['search'];
  return undefined;
}

/**
 * Whether a selector can match on the page: not when it needs a class or an element the page never has. Only
 * what an element must be or carry counts: the compound selectors and a `:is()`/`:where()` whose every branch
 * needs something absent; what sits inside `:not()` or `:has()` is left alone, so the answer errs on the side
 * of keeping.
 */
export function selectorCanMatch(selector: Selector, names: Names): boolean {
  return selector.every((component) => componentCanMatch(component, names));
}

function componentCanMatch(component: SelectorComponent, names: Names): boolean {
  if (component.type === 'class') return names.classes.has(component.name);
  if (component.type === 'type') return names.elements.has(component.name.toLowerCase());
  if (component.type === 'pseudo-class' && (component.kind === 'is' || component.kind === 'where')) {
    return component.selectors.some((selector) => selectorCanMatch(selector, names));
  }
  const types = inputTypesDrawing(component);
  if (types && names.inputTypes) return types.some((type) => names.inputTypes!.has(type));
  return true;
}

const charactersOf = (text: string) => new Set([...text].map((char) => char.codePointAt(0) ?? 0));

type Range = { start: number; end: number };
const covers = (ranges: readonly Range[], characters: ReadonlySet<number>) =>
  [...characters].some((c) => ranges.some((range) => c >= range.start && c <= range.end));

function selectorNames(selector: Selector, into: { classes: Set<string>; elements: Set<string>; inputTypes: Set<string> }) {
  for (const component of selector) {
    inputTypesDrawing(component)?.forEach((type) => into.inputTypes.add(type));
    if (component.type === 'class') into.classes.add(component.name);
    else if (component.type === 'type') into.elements.add(component.name.toLowerCase());
    else if (component.type === 'pseudo-class' && (component.kind === 'is' || component.kind === 'where')) {
      component.selectors.forEach((inner) => selectorNames(inner, into));
    }
  }
}

/** The custom properties some CSS reads with `var()`. */
export function customPropertiesRead(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map(([, name]) => name));
}

const run = (css: string, visitor: Visitor<CustomAtRules>) =>
  transform({ filename: 'page.css', code: Buffer.from(css), minify: true, visitor }).code.toString();

/**
 * The part of the site stylesheet one page needs, minified: style rules whose selectors cannot match on the
 * page (also those of the parts of an `<input>` type it has none of), `@font-face` rules for characters the
 * page does not have, and custom properties (declarations and `@property` rules) nothing reads any more are
 * dropped. Everything else (base styles, print and media rules,
 * states such as `:hover` and `[open]`) stays as it is, so the page renders as with the whole sheet.
 */
export function pruneStylesheet(css: string, use: PageUse): string {
  const characters = charactersOf(use.text);
  let pruned = run(css, {
    Rule: {
      style(rule) {
        return rule.value.selectors.some((selector) => selectorCanMatch(selector, use)) ? undefined : [];
      },
      'font-face'(rule) {
        const ranges = rule.value.properties.flatMap((property) => (property.type === 'unicode-range' ? property.value : []));
        return ranges.length === 0 || covers(ranges, characters) ? undefined : [];
      },
    },
  });
  // Dropping one custom property can leave another unread (a shadow's colour), so repeat until nothing changes.
  for (;;) {
    const read = customPropertiesRead(`${pruned}\n${use.otherCss ?? ''}`);
    const next = run(pruned, {
      Rule: { property: (rule) => (read.has(rule.value.name) ? undefined : []) },
      // Properties lightningcss does not know (content-visibility) come here too: only `--` names are variables.
      Declaration: { custom: (property) => (!property.name.startsWith('--') || read.has(property.name) ? undefined : []) },
    });
    if (next === pruned) return pruned;
    pruned = next;
  }
}

/**
 * `pruneStylesheet` for one stylesheet and many pages. Pages that use the same of it (the same of its classes,
 * elements and font ranges, the same custom properties read by their own CSS) get the same result, so it is
 * computed once for them: most pages of a type share their markup's classes.
 */
export function stylesheetPruner(css: string): (use: PageUse) => string {
  const names = { classes: new Set<string>(), elements: new Set<string>(), inputTypes: new Set<string>() };
  const fontRanges: Range[][] = [];
  run(css, {
    Rule: {
      style(rule) {
        rule.value.selectors.forEach((selector) => selectorNames(selector, names));
      },
      'font-face'(rule) {
        fontRanges.push(rule.value.properties.flatMap((property) => (property.type === 'unicode-range' ? property.value : [])));
      },
    },
  });
  const done = new Map<string, string>();
  return (use) => {
    const characters = charactersOf(use.text);
    const key = JSON.stringify([
      [...names.classes].filter((name) => use.classes.has(name)),
      [...names.elements].filter((name) => use.elements.has(name)),
      use.inputTypes ? [...names.inputTypes].filter((type) => use.inputTypes!.has(type)) : 'every input type',
      fontRanges.map((ranges) => ranges.length === 0 || covers(ranges, characters)),
      [...customPropertiesRead(use.otherCss ?? '')].sort(),
    ]);
    const known = done.get(key);
    if (known !== undefined) return known;
    const pruned = pruneStylesheet(css, use);
    done.set(key, pruned);
    return pruned;
  };
}
