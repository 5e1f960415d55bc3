import type { SitemapGroup, SitemapLink } from './sitemap-groups';

/**
 * The human sitemap lists every page, so it grows with the site. To keep each of its pages within the first
 * render budget it is split: a group of at most `sitemapPartSize` links is listed whole on `/sitemap/`; a
 * longer one gets pages of its own, `/sitemap/<group>/`, `/sitemap/<group>/2/`, …, each with at most that many
 * links, and `/sitemap/` links to each of them. Every page stays two steps from the sitemap.
 */
export const sitemapPartSize = 100;

/** One page of a long group. */
export interface SitemapPart {
  route: string;
  group: SitemapGroup;
  /** 1-based. */
  part: number;
  parts: number;
  links: SitemapLink[];
}

/** A group as `/sitemap/` shows it: its links, or the pages it is split into. */
export type SitemapIndexGroup = { group: SitemapGroup; links: SitemapLink[] } | { group: SitemapGroup; parts: SitemapPart[] };

export const sitemapPartRoute = (key: string, part: number) => (part === 1 ? `/sitemap/${key}/` : `/sitemap/${key}/${part}/`);

/** The parts of a group: none when it fits on `/sitemap/`. */
export function sitemapParts(group: SitemapGroup, size = sitemapPartSize): SitemapPart[] {
  if (group.links.length <= size) return [];
  const parts = Math.ceil(group.links.length / size);
  return Array.from({ length: parts }, (_, i) => ({
    route: sitemapPartRoute(group.key, i + 1),
    group,
    part: i + 1,
    parts,
    links: group.links.slice(i * size, (i + 1) * size),
  }));
}

/** What `/sitemap/` shows of each group, in order. */
export function sitemapIndex(groups: readonly SitemapGroup[], size = sitemapPartSize): SitemapIndexGroup[] {
  return groups.map((group) => {
    const parts = sitemapParts(group, size);
    return parts.length > 0 ? { group, parts } : { group, links: group.links };
  });
}
