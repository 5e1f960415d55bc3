import type { CollectionEntry } from 'astro:content';

type Project = CollectionEntry<'projects'>['data'];

/** What relating two projects needs: their id, organisations, countries and theme. */
export interface Relatable {
  id: string;
  data: Pick<Project, 'countries' | 'theme'> & { implementer: { id: string }; partners: { id: string }[] };
}

const organisationsOf = (p: Relatable) => new Set([p.data.implementer.id, ...p.data.partners.map((o) => o.id)]);

/** How closely two projects are related: shared organisations weigh most, then theme, then countries. */
export function relatedness(a: Relatable, b: Relatable): number {
  const orgsB = organisationsOf(b);
  const sharedOrgs = [...organisationsOf(a)].filter((o) => orgsB.has(o)).length;
  const sharedCountries = a.data.countries.filter((c) => b.data.countries.includes(c)).length;
  return sharedOrgs * 3 + (a.data.theme === b.data.theme ? 2 : 0) + sharedCountries;
}

/** The projects that share an implementer or partner, a country or the theme with `current`, closest first. */
export function relatedProjects<T extends Relatable>(current: T, all: T[], limit = 3): T[] {
  return all
    .filter((p) => p.id !== current.id)
    .map((project) => ({ project, score: relatedness(current, project) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.project.id.localeCompare(b.project.id))
    .slice(0, limit)
    .map((r) => r.project);
}
