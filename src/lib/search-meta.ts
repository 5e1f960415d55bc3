import type { UIKey } from '../i18n/ui';
import type { exploitationForms } from './schemas';

/** What kind of page a search result is; shown as the result's type and offered as a filter. */
export const contentTypes = ['project', 'lesson', 'toolkit', 'signal', 'student', 'news', 'page', 'organisation'] as const;
export type ContentType = (typeof contentTypes)[number];

export const audiences = ['public', 'teachers', 'students', 'professionals', 'at-risk'] as const;
export type Audience = (typeof audiences)[number];

export type Form = (typeof exploitationForms)[number];

export const typeLabel = (type: ContentType): UIKey => `search.type.${type}`;
export const audienceLabel = (audience: Audience): UIKey => `search.audience.${audience}`;
export const formLabel = (form: Form): UIKey => `form.${form}`;

/** Filters a page may add besides type, audience and form: the age range and school levels of a lesson. */
export const extraFilters = ['age', 'level'] as const;
export type ExtraFilter = (typeof extraFilters)[number];

/** Every filter the search page offers, in the order it shows them. */
export const filterKeys = ['type', 'audience', 'form', ...extraFilters] as const;
export type FilterKey = (typeof filterKeys)[number];

export const filterLabel = (key: FilterKey): UIKey => `search.filter.${key}`;
