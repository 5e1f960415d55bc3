import { z } from 'astro/zod';
import { locales } from './locales';
import { helpLineIds } from './help/lines';
import { helpOrganisationIds } from './help/situations';

/**
 * Content schemas, shared by `src/content.config.ts` (with Astro's `reference()`) and the unit tests
 * (with a stand-in), so that both validate exactly the same shape.
 */
export const collectionNames = [
  'projects', 'lessons', 'toolkits', 'signals', 'organisations', 'facts', 'news', 'pages', 'students', 'sources',
] as const;
export type CollectionName = (typeof collectionNames)[number];

export type Ref = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, unknown>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const currencies = new Set(Intl.supportedValuesOf('currency'));

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'use an ISO 3166-1 alpha-2 country code in capitals, such as "NL"' })
  .refine((code) => !/^[A-Z]{2}$/.test(code) || regionNames.of(code) !== code, { error: (issue) => `"${issue.input}" is not an ISO 3166-1 country code` });

export const currencyCode = z
  .string()
  .refine((code) => currencies.has(code), { error: (issue) => `"${issue.input}" is not an ISO 4217 currency code` });

/** A value given once for every locale; a missing locale is an error naming that locale. */
export function localized<T extends z.ZodType>(inner: T) {
  return z.strictObject(Object.fromEntries(locales.map((locale) => [locale, inner])) as Record<(typeof locales)[number], T>);
}

const text = z.string().trim().min(1, { error: 'must not be empty' });
const date = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

export const exploitationForms = ['sexual', 'labour', 'criminal', 'organ-removal'] as const;
export const projectStatuses = ['active', 'completed'] as const;
export const projectThemes = ['capacity-building', 'cooperation', 'chain-approach', 'reintegration', 'victim-support'] as const;
export const toolkitAudiences = ['asylum', 'undocumented', 'schools'] as const;
export const signalSettings = ['school', 'online', 'work', 'asylum'] as const;
export const signalGroups = ['work-money', 'housing', 'documents', 'behaviour', 'health', 'online', 'relationships', 'school'] as const;
export const schoolLevels = ['vmbo', 'havo', 'vwo', 'mbo'] as const;
/** The help lines a signal card may name: those of `src/lib/help/lines.ts`. */
export const helplines = helpLineIds;
export const sourceKinds = ['project-page', 'news', 'regional-page', 'programme-page', 'reference'] as const;


export function makeSchemas(ref: Ref) {
  const sources = z.array(ref('sources')).min(1, { error: 'name at least one source' });

  const projects = z.strictObject({
    title: text,
    summary: text,
    implementer: ref('organisations'),
    partners: z.array(ref('organisations')).default([]),
    countries: z.array(countryCode).min(1),
    location: text,
    theme: z.enum(projectThemes),
    targetGroup: text,
    budget: z.strictObject({ amount: z.number().positive(), currency: currencyCode }).optional(),
    fundedBy: z.array(text).default([]),
    period: z
      .strictObject({ start: date, end: date.optional() })
      .refine((p) => !p.end || p.end >= p.start, { error: 'period.end is before period.start' }),
    status: z.enum(projectStatuses),
    sources,
  });

  const lessons = z.strictObject({
    title: text,
    summary: text,
    topic: z.enum([...exploitationForms, 'general'] as const),
    ageRange: z
      .strictObject({ min: z.number().int().min(10), max: z.number().int().max(20) })
      .refine((a) => a.min <= a.max, { error: 'ageRange.min is above ageRange.max' }),
    levels: z.array(z.enum(schoolLevels)).min(1),
    durationMinutes: z.number().int().positive(),
    series: z.strictObject({ number: z.number().int().positive(), of: z.number().int().positive() }).optional(),
    learningGoals: z.array(text).min(1),
    keyTerms: z.array(z.strictObject({ term: text, definition: text })).min(1),
    misconceptions: z.array(z.strictObject({ myth: text, fact: text })).default([]),
    contentNote: text,
    steps: z
      .array(
        z.strictObject({
          phase: z.enum(['starter', 'main', 'closing']),
          title: text,
          minutes: z.number().int().positive(),
          teacher: text,
          students: text,
        }),
      )
      .min(1),
    discussionQuestions: z.array(text).default([]),
    scenario: z.strictObject({ title: text, text }),
    worksheets: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), title: text, intro: text, tasks: z.array(text).min(1) }))
      .min(1),
    quiz: z.array(z.strictObject({ question: text, answer: text })).min(1),
    signals: z.array(ref('signals')).default([]),
    toolkits: z.array(ref('toolkits')).default([]),
    sources,
  });

  const toolkits = z.strictObject({
    title: text,
    audience: z.enum(toolkitAudiences),
    summary: text,
    keyMessages: z.array(text).min(1),
    signals: z.array(ref('signals')).min(1),
    checklist: z.strictObject({ ask: z.array(text).min(1), record: z.array(text).min(1), involve: z.array(text).min(1) }),
    support: z.array(text).default([]),
    partners: z.array(ref('organisations')).default([]),
    sources,
  });

  const signals = z
    .strictObject({
      title: text,
      summary: text,
      form: z.enum(exploitationForms).optional(),
      setting: z.enum(signalSettings).optional(),
      groups: z.array(z.strictObject({ group: z.enum(signalGroups), signals: z.array(text).min(1) })).min(1),
      whatYouCanDo: z.array(text).min(1),
      help: z.array(z.enum(helplines)).min(1),
      helpOrganisations: z.array(ref('organisations')).default([]),
      sources,
    })
    .refine((s) => s.form || s.setting, { error: 'give a form of exploitation, a setting, or both' });

  const organisations = z.strictObject({
    name: text,
    url: z.url({ protocol: /^https$/, error: 'must be the https address of the home page' }).refine(
      (url) => new URL(url).pathname === '/',
      { error: 'link only to the home page of an organisation' },
    ).optional(),
    description: localized(text),
  });

  const facts = z.strictObject({
    value: z.number(),
    display: z.enum(['number', 'compact', 'ratio-of-10']).default('number'),
    qualifier: z.enum(['exact', 'about', 'at-least', 'more-than']).default('exact'),
    label: localized(text),
    source: ref('sources'),
    year: z.number().int().min(1990).max(2100),
    order: z.number().int().default(100),
  });

  const news = z.strictObject({ title: text, summary: text, date, organisations: z.array(ref('organisations')).default([]), sources });

  const pages = z.strictObject({
    title: text,
    description: text,
    updated: date.optional(),
    /** Key figures shown with the page, each with its source and year. */
    facts: z.array(ref('facts')).default([]),
    sources: z.array(ref('sources')).default([]),
    /** Help shown at the very start of the page (and its download), from `src/lib/help/`. */
    help: z
      .strictObject({ lines: z.array(z.enum(helplines)).min(1), organisations: z.array(z.enum(helpOrganisationIds)).default([]) })
      .optional(),
  });

  const students = z.strictObject({
    title: text,
    description: text,
    order: z.number().int(),
    scenarios: z
      .array(
        z.strictObject({
          situation: text,
          question: text,
          options: z.array(z.strictObject({ text, correct: z.boolean(), explanation: text })).min(2),
        }),
      )
      .default([]),
  });

  const sourcesSchema = z.strictObject({
    title: text,
    publisher: ref('organisations'),
    kind: z.enum(sourceKinds),
    published: date.optional(),
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).optional(),
    description: localized(text),
  });

  return { projects, lessons, toolkits, signals, organisations, facts, news, pages, students, sources: sourcesSchema };
}
