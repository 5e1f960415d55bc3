export interface Citing<C extends string = string> {
  collection: C;
  slug: string;
  title: string;
  sources: string[];
}

/** Inverts "entry cites sources" into "source is cited by entries", keeping input order. */
export function citationsOf<C extends string>(entries: Citing<C>[]): Map<string, Citing<C>[]> {
  const map = new Map<string, Citing<C>[]>();
  for (const entry of entries) {
    for (const source of new Set(entry.sources)) {
      map.set(source, [...(map.get(source) ?? []), entry]);
    }
  }
  return map;
}

/** The id of a source on the sources page; HTML ids must start with a letter. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}
