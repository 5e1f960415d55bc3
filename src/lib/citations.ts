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

/**
 * The readable part of the address of a source's own pages (`/sources/bescherming-tegen-mensenhandel/`): its
 * title, lower case, accents dropped, every run of other characters one hyphen. A source has one title for every
 * locale (the document's own), so the address is the same in nl, en and uk, and hreflang and the language
 * switcher need nothing else; the file ids (`004_6d8ec69c55815a7a`) tell a reader nothing.
 */
export function sourceSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Fails, naming the sources, when two would get the same address or one none: the editor then changes a title. */
export function checkSourceSlugs(sources: { id: string; data: { title: string } }[]): void {
  const seen = new Map<string, string>();
  for (const { id, data } of sources) {
    const slug = sourceSlug(data.title);
    if (!slug) throw new Error(`sources/${id}: the title “${data.title}” has no letter or digit a–z, 0–9 to make the address of its pages from`);
    const other = seen.get(slug);
    if (other) throw new Error(`sources/${other} and sources/${id}: both titles make the address /sources/${slug}/; give one of them a title of its own`);
    seen.set(slug, id);
  }
}
