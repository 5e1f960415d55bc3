import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas, type CollectionName, type Ref } from './schemas';

/** Stands in for Astro's reference(): knows a few ids per collection. */
const known: Partial<Record<CollectionName, string[]>> = {
  organisations: ['rode-kruis', 'fier'],
  sources: ['004_6d8ec69c55815a7a'],
  signals: ['nl/sexual'],
  toolkits: ['nl/schools'],
};
const ref: Ref = (collection) =>
  z
    .string()
    .refine((id) => known[collection]?.includes(id), { error: (issue) => `there is no ${collection} entry "${issue.input}"` })
    .transform((id) => ({ collection, id }));

const schemas = makeSchemas(ref);
const localizedText = { nl: 'tekst', en: 'text', uk: 'текст' };

const valid = {
  projects: {
    title: 'Programma',
    summary: 'Samenvatting',
    implementer: 'rode-kruis',
    partners: ['fier'],
    countries: ['NL', 'MD'],
    location: 'Utrecht',
    theme: 'victim-support',
    targetGroup: 'Slachtoffers',
    budget: { amount: 53763, currency: 'USD' },
    fundedBy: ['Leger des Heils Nederland'],
    period: { start: '2016-11', end: '2018-11' },
    status: { value: 'completed', source: '004_6d8ec69c55815a7a' },
    sources: ['004_6d8ec69c55815a7a'],
  },
  lessons: {
    title: 'Les',
    summary: 'Samenvatting',
    topic: 'general',
    ageRange: { min: 12, max: 16 },
    levels: ['vmbo', 'havo'],
    durationMinutes: 50,
    series: { number: 1, of: 4 },
    learningGoals: ['uitleggen wat mensenhandel is'],
    keyTerms: [{ term: 'Uitbuiting', definition: 'Misbruik maken van iemand' }],
    misconceptions: [{ myth: 'Alleen over de grens', fact: 'Ook in Nederland' }],
    contentNote: 'Gevoelig onderwerp',
    steps: [{ phase: 'starter', title: 'Start', minutes: 10, teacher: 'Vraagt', students: 'Antwoorden' }],
    discussionQuestions: ['Wat vind je?'],
    scenario: { title: 'Casus', text: 'Een meisje krijgt een aanbod.' },
    worksheets: [{ id: 'worksheet-1', title: 'Werkblad', intro: 'Lees', tasks: ['Opdracht 1'] }],
    quiz: [{ id: 'exit-1', question: 'Vraag?', answer: 'Antwoord' }],
    starterQuiz: [{ id: 'starter-1', question: 'Vraag?', answer: 'Antwoord' }],
    parentLetter: { why: 'Waarom.', talk: ['Praat.'], signs: ['Signaal.'] },
    signals: ['nl/sexual'],
    toolkits: ['nl/schools'],
    sources: ['004_6d8ec69c55815a7a'],
  },
  toolkits: {
    title: 'Toolkit',
    audience: 'schools',
    summary: 'Samenvatting',
    keyMessages: ['Kernboodschap'],
    signals: ['nl/sexual'],
    checklist: { ask: ['Vraag'], record: ['Noteer'], involve: ['Betrek'] },
    support: ['Steun'],
    partners: ['fier'],
    sources: ['004_6d8ec69c55815a7a'],
  },
  signals: {
    title: 'Seksuele uitbuiting',
    summary: 'Samenvatting',
    form: 'sexual',
    groups: [{ group: 'behaviour', signals: ['Trekt zich terug'] }],
    whatYouCanDo: ['Praat rustig'],
    help: ['emergency', 'veilig-thuis'],
    sources: ['004_6d8ec69c55815a7a'],
  },
  organisations: { name: 'Rode Kruis', url: 'https://www.rodekruis.nl/', description: localizedText },
  facts: { value: 40300000, display: 'compact', qualifier: 'about', label: localizedText, source: '004_6d8ec69c55815a7a' },
  news: { title: 'Nieuws', summary: 'Samenvatting', date: '2013-10-18', sources: ['004_6d8ec69c55815a7a'] },
  pages: { title: 'Over', description: 'Over Signaal' },
  students: {
    title: 'Herken de signalen',
    description: 'Oefening',
    order: 6,
    scenarios: [{ situation: 'Iemand biedt geld', question: 'Wat doe je?', options: [{ text: 'Ja', correct: false, explanation: 'Nee' }, { text: 'Nee', correct: true, explanation: 'Goed' }] }],
  },
  sources: {
    title: 'Bron',
    publisher: 'rode-kruis',
    kind: 'programme-page',
    published: 'undated',
    notBefore: '2022',
    file: '004_6d8ec69c55815a7a.txt',
    description: localizedText,
  },
} satisfies Record<CollectionName, unknown>;

function messages(collection: CollectionName, data: unknown): string[] {
  const result = schemas[collection].safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const withField = (data: object, path: string[], value: unknown): unknown => {
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else copy[head] = withField(copy[head] as object, rest, value);
  return copy;
};

describe('a valid entry passes', () => {
  for (const [collection, data] of Object.entries(valid)) {
    it(collection, () => expect(messages(collection as CollectionName, data)).toEqual([]));
  }
});

describe('typical mistakes fail with the field named', () => {
  for (const collection of ['projects', 'lessons', 'toolkits', 'signals', 'news', 'pages', 'students', 'sources'] as const) {
    it(`${collection}: missing title`, () => {
      expect(messages(collection, withField(valid[collection], ['title'], undefined))).toEqual([expect.stringMatching(/^title: /)]);
    });
  }

  it('an unknown enum value', () => {
    expect(messages('projects', withField(valid.projects, ['status', 'value'], 'finished'))[0]).toMatch(/^status\.value: .*"active".*"completed"/);
    expect(messages('lessons', withField(valid.lessons, ['levels'], ['gymnasium']))[0]).toMatch(/^levels\.0: /);
    expect(messages('toolkits', withField(valid.toolkits, ['audience'], 'parents'))[0]).toMatch(/^audience: /);
    expect(messages('signals', withField(valid.signals, ['help'], ['0900-1234']))[0]).toMatch(/^help\.0: /);
  });

  it('a bad date', () => {
    expect(messages('news', withField(valid.news, ['date'], '18 oktober 2013'))[0]).toMatch(/^date: "18 oktober 2013" is not a date: write YYYY-MM-DD/);
    expect(messages('news', withField(valid.news, ['date'], '2018-02-30'))).toEqual(['date: "2018-02-30" is not a day in the calendar: February 2018 has 28 days']);
    expect(messages('news', withField(valid.news, ['date'], 20180101))[0]).toMatch(/^date: 20180101 is not a date/);
    expect(messages('news', withField(valid.news, ['date'], 2018))).toEqual(['date: write the year in quotes, "2018", so that it is read as a date']);
    expect(messages('news', withField(valid.news, ['date'], new Date('2018-01-01')))[0]).toMatch(/^date: must be written as text/);
    expect(messages('projects', withField(valid.projects, ['period', 'end'], '2015-01-01'))).toEqual(['period: period.end is before period.start']);
  });

  it('a partial date is kept at its precision', () => {
    const active = withField(valid.projects, ['status'], { value: 'active', source: '004_6d8ec69c55815a7a' }) as object;
    const result = schemas.projects.parse(withField(active, ['period'], { start: '2009' })) as { period: { start: string } };
    expect(result.period.start).toBe('2009');
  });

  it('a status whose source the project does not cite, or a completed project without an end', () => {
    expect(messages('projects', withField(valid.projects, ['status'], { value: 'completed', source: 'other' }))[0]).toMatch(/^status\.source: there is no sources entry/);
    expect(messages('projects', withField(valid.projects, ['period'], { start: '2016-11' }))).toEqual(['period.end: a completed project needs the end of its period']);
  });

  it('a region instead of countries, but not both and not neither', () => {
    const region = { name: 'europe', countryCount: 23 };
    expect(messages('projects', withField(withField(valid.projects, ['countries'], undefined) as object, ['region'], region))).toEqual([]);
    expect(messages('projects', withField(valid.projects, ['region'], region))).toEqual(['region: give either countries or a region, not both']);
    expect(messages('projects', withField(valid.projects, ['countries'], []))[0]).toMatch(/^countries: name at least one country, or give a region/);
  });

  it('an undated source, and a publisher the source does not name', () => {
    expect(messages('sources', withField(valid.sources, ['published'], '2022'))).toEqual(['notBefore: notBefore is only for an undated source']);
    const unnamed = { unnamed: localizedText };
    expect(messages('sources', withField(valid.sources, ['publisher'], unnamed))).toEqual([]);
  });

  it('an unknown reference', () => {
    expect(messages('projects', withField(valid.projects, ['implementer'], 'red-cross'))).toEqual(['implementer: there is no organisations entry "red-cross"']);
    expect(messages('lessons', withField(valid.lessons, ['signals'], ['nl/sexuel']))).toEqual(['signals.0: there is no signals entry "nl/sexuel"']);
    expect(messages('facts', withField(valid.facts, ['source'], '005'))[0]).toMatch(/^source: there is no sources entry/);
  });

  it('a locale missing from a localized field', () => {
    expect(messages('organisations', withField(valid.organisations, ['description', 'uk'], undefined))[0]).toMatch(/^description\.uk: /);
    expect(messages('facts', withField(valid.facts, ['label'], { nl: 'x', en: 'x', uk: 'x', de: 'x' }))[0]).toMatch(/^label: .*"de"/);
  });

  it('codes that are not ISO', () => {
    expect(messages('projects', withField(valid.projects, ['countries'], ['Moldova']))[0]).toMatch(/^countries\.0: "Moldova" is not an ISO 3166-1 alpha-2/);
    for (const code of ['XX', 'UK', 'EU', 'XA']) {
      expect(messages('projects', withField(valid.projects, ['countries'], [code]))[0]).toMatch(new RegExp(`"${code}" is not an ISO 3166-1`));
    }
    expect(messages('projects', withField(valid.projects, ['countries'], ['GB', 'XK']))[0]).toMatch(/^countries\.1: "XK"/);
    expect(messages('projects', withField(valid.projects, ['budget', 'currency'], 'DOL'))[0]).toMatch(/"DOL" is not an ISO 4217/);
  });

  it('an organisation link that is not a home page', () => {
    expect(messages('organisations', withField(valid.organisations, ['url'], 'https://www.rodekruis.nl/mensenhandel')))
      .toEqual(['url: link only to the home page of an organisation']);
  });

  it('a lesson pack without its classroom set', () => {
    for (const field of ['starterQuiz', 'parentLetter', 'discussionQuestions'])
      expect(messages('lessons', withField(valid.lessons, [field], undefined))[0], field).toMatch(new RegExp(`^${field}: `));
    expect(messages('lessons', withField(valid.lessons, ['parentLetter', 'signs'], []))).toEqual(['parentLetter.signs: give at least one sign to watch for']);
  });

  it('a quiz id used twice in a lesson pack', () => {
    const twice = withField(valid.lessons, ['starterQuiz'], [{ id: 'exit-1', question: 'Vraag?', answer: 'Antwoord' }]);
    expect(messages('lessons', twice)).toEqual(['quiz.0.id: quiz id "exit-1" is used twice in this lesson pack']);
  });

  it('an unknown field', () => {
    expect(messages('pages', { ...valid.pages, author: 'Iemand' })[0]).toMatch(/author/);
  });
});
