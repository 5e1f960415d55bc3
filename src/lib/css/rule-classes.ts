import { transform, type DeclarationBlock } from 'lightningcss';

/**
 * Where the style rules whose declarations pass `test` apply: the classes of the rules that are a single class
 * (`.uppercase`), and whether such a rule also has any other selector, which a class alone cannot stand for.
 */
export function ruleClasses(css: string, test: (block: DeclarationBlock) => boolean): { classes: Set<string>; otherSelectors: boolean } {
  const classes = new Set<string>();
  let otherSelectors = false;
  transform({
    filename: 'site.css',
    code: Buffer.from(css),
    visitor: {
      Rule: {
        style(rule) {
          if (!test(rule.value.declarations ?? {})) return;
          for (const selector of rule.value.selectors) {
            if (selector.length === 1 && selector[0].type === 'class') classes.add(selector[0].name);
            else otherSelectors = true;
          }
        },
      },
    },
  });
  return { classes, otherSelectors };
}
