/**
 * Which entries name an organisation, and in which role. Entries name organisations in these fields:
 * projects (implementer, partners), toolkits (partners), signal cards (helpOrganisations),
 * news (organisations) and sources (publisher). A collection without such a field names none.
 */
export const organisationFields = ['implementer', 'partners', 'helpOrganisations', 'organisations', 'publisher'] as const;
export type OrganisationField = (typeof organisationFields)[number];

type Named = { id: string } | { id: string }[] | undefined;

/** The fields of `data` that name the organisation `id`, in field order. */
export function rolesOf(data: object, id: string): OrganisationField[] {
  const fields = data as Partial<Record<OrganisationField, Named>>;
  return organisationFields.filter((field) => {
    const value = fields[field];
    return Array.isArray(value) ? value.some((ref) => ref.id === id) : value?.id === id;
  });
}

/** The entries that name the organisation `id`, each with the fields that name it, in input order. */
export function entriesNaming<T extends { data: object }>(id: string, entries: T[]): { entry: T; roles: OrganisationField[] }[] {
  return entries.map((entry) => ({ entry, roles: rolesOf(entry.data, id) })).filter((r) => r.roles.length > 0);
}
