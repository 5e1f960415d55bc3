/** Fills `{name}` placeholders of a UI string: fill('Les {n} van {of}', { n: 1, of: 4 }) → 'Les 1 van 4'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
