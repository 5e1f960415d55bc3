import { z } from 'astro/zod';
import { locales } from './locales';
import { compareDates } from './content/dates';
import { contentDate, dateMessage } from './content/date-schema';
import { countryCode, regions } from './content/countries';
import { withUniqueIds } from './content/ids';
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

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** The date type of every collection (projects' period, news, pages, sources): see `content/dates.ts`. */
export { contentDate, countryCode };

export const currencyCode = z
  .string()
  .refine((code) => currencies.has(code), { error: (issue) => `"${issue.input}" is not an ISO 4217 currency code` });

/** A value given once for every locale; a missing locale is an error naming that locale. */
export function localized<T extends z.ZodType>(inner: T) {
  return z.strictObject(Object.fromEntries(locales.map((locale) => [locale, inner])) as Record<(typeof locales)[number], T>);
}

/**
 * Text an editor writes and translates. The check that nl, en and uk agree (src/lib/content/) compares
 * every field except these, so a field built from `text` may differ between locales and any other may not.
 */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

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


/** A quiz question with its answer; the id names it on the page, in the slides and in the handouts. */
const quizItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'use lower-case letters, digits and hyphens, such as "starter-1"' }),
  question: text,
  answer: text,
});

export function makeSchemas(ref: Ref) {
  const sources = z.array(ref('sources')).min(1, { error: 'name at least one source' });

  const projects = z.strictObject({
    title: text,
    summary: text,
    implementer: ref('organisations'),
    partners: z.array(ref('organisations')).default([]),
    /** The countries the source names; empty only when the project gives a `region` instead. */
    countries: z.array(countryCode).default([]),
    /** A region the source gives without naming its countries: “23 European countries”. */
    region: z.strictObject({ name: z.enum(regions), countryCount: z.number().int().positive() }).optional(),
    location: text,
    theme: z.enum(projectThemes),
    targetGroup: text,
    budget: z.strictObject({ amount: z.number().positive(), currency: currencyCode }).optional(),
    fundedBy: z.array(text).default([]),
    period: z
      .strictObject({ start: contentDate, end: contentDate.optional() })
      .refine((p) => !p.end || compareDates(p.end, p.start) >= 0, { error: 'period.end is before period.start' }),
    /** The status as a source reported it; pages show it with that source's date. */
    status: z.strictObject({ value: z.enum(projectStatuses), source: ref('sources') }),
    sources,
  }).superRefine((project, ctx) => {
    if (project.countries.length === 0 && !project.region) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'name at least one country, or give a region (region: { name: europe, countryCount: 23 })' });
    }
    if (project.countries.length > 0 && project.region) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'give either countries or a region, not both' });
    }
    if (!project.sources.some((s) => s.id === project.status.source.id)) {
      ctx.addIssue({ code: 'custom', path: ['status', 'source'], message: `the status source "${project.status.source.id}" is not among the project's sources` });
    }
    if (project.status.value === 'completed' && !project.period.end) {
      ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: 'a completed project needs the end of its period' });
    }
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
    discussionQuestions: z.array(text).min(1, { error: 'give at least one discussion question' }),
    scenario: z.strictObject({ title: text, text }),
    worksheets: withUniqueIds(
      z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), title: text, intro: text, tasks: z.array(text).min(1) })).min(1),
    ),
    quiz: z.array(quizItem).min(1, { error: 'give at least one exit quiz question' }),
    signals: z.array(ref('signals')).default([]),
    toolkits: z.array(ref('toolkits')).default([]),
    sources,
    // Classroom set (issue 13): the starter quiz, what pupils need beside the case, and the letter home.
    starterQuiz: z.array(quizItem).min(1, { error: 'give at least one starter quiz question' }),
    pupilMaterial: z.array(z.strictObject({ title: text, items: z.array(text).min(1) })).default([]),
    parentLetter: z.strictObject({
      why: text,
      talk: z.array(text).min(1, { error: 'give at least one tip for talking at home' }),
      signs: z.array(text).min(1, { error: 'give at least one sign to watch for' }),
    }),
  }).superRefine((lesson, context) => {
    const seen = new Set<string>();
    for (const [field, items] of [['starterQuiz', lesson.starterQuiz], ['quiz', lesson.quiz]] as const) {
      items.forEach((item, index) => {
        if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [field, index, 'id'], message: `quiz id "${item.id}" is used twice in this lesson pack` });
        seen.add(item.id);
      });
    }
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
    /** The figure's date is its source's date (or “undated”), shown wherever the figure is. */
    source: ref('sources'),
    order: z.number().int().default(100),
  });

  const news = z.strictObject({ title: text, summary: text, date: contentDate, organisations: z.array(ref('organisations')).default([]), sources });

  const pages = z.strictObject({
    title: text,
    description: text,
    updated: contentDate.optional(),
    /** Key figures shown with the page, each with its source and the source's date. */
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

  const sourcesSchema = z
    .strictObject({
      title: text,
      /** The organisation that published the source or, when the source names none, what kind of page it is. */
      publisher: z.union([ref('organisations'), z.strictObject({ unnamed: localized(text) })], {
        error: 'give the id of the publishing organisation, or `unnamed:` with a description in nl, en and uk',
      }),
      kind: z.enum(sourceKinds),
      /** The date the source carries, or `undated`; `notBefore` is the latest year an undated page mentions. */
      published: z.union([z.literal('undated'), contentDate], {
        error: (issue) => `${issue.input === undefined ? 'is missing' : dateMessage(issue.input)}; write the date the source carries, or "undated"`,
      }),
      notBefore: contentDate.optional(),
      file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).optional(),
      description: localized(text),
    })
    .refine((s) => s.published === 'undated' || s.notBefore === undefined, {
      path: ['notBefore'],
      error: 'notBefore is only for an undated source',
    });

  return { projects, lessons, toolkits, signals, organisations, facts, news, pages, students, sources: sourcesSchema };
}
