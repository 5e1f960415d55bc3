import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseContentText, readContentFiles, readDataFiles, type ContentFile, type DataFile } from '../../src/lib/content-files';
import { formatProblem, idProblems, knownIds, localeDifferences, validateFile, type Problem } from '../../src/lib/content/validate';
import type { Locale } from '../../src/lib/locales';
import type { CollectionName } from '../../src/lib/schemas';

/**
 * The corpus of broken entries: each case takes a real content file, makes one typical editor mistake in
 * its text, and runs the functions the build runs (src/lib/content/validate.ts) on it. Every case must
 * fail, and its message must name the file and the field (and the line, where the parser knows it).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = join(root, 'src/content/');
const files = readContentFiles(contentDir);
const dataFiles = readDataFiles(contentDir);
const ids = knownIds([...files, ...dataFiles]);

/** The text of a real file with `from` replaced by `to`; the replacement must change it. */
function edited(path: string, from: string | RegExp, to: string): string {
  const text = readFileSync(join(contentDir, path), 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `${path} contains ${from}`).not.toBe(text);
  return changed;
}

const parse = (path: string, text: string) => parseContentText(text, `src/content/${path}`, path.endsWith('.mdx') ? 'mdx' : 'yaml');

/** The problems the content check finds in one edited file. */
function check(path: string, from: string | RegExp, to: string): Problem[] {
  const [collection, second] = path.split('/') as [CollectionName, string];
  const locale = path.endsWith('.mdx') ? (second as Locale) : undefined;
  return validateFile(parse(path, edited(path, from, to)), collection, locale, ids).problems;
}

/** The problems of the nl, en and uk files of an entry, after one of them was edited. */
function checkLocales(path: string, from: string | RegExp, to: string): Problem[] {
  const changed = { ...files.find((f) => f.path === `src/content/${path}`)!, ...parse(path, edited(path, from, to)) } as ContentFile;
  return localeDifferences(files.map((f) => (f.path === changed.path ? changed : f)));
}

/** Expects a problem in `file` at `field` matching `message`, on `line` (by default: some line, where a field is named; `none` for a missing field). */
function expectNamed(problems: Problem[], file: string, field: string | undefined, message: RegExp, line?: number | 'none') {
  const lines = problems.map(formatProblem);
  const found = problems.find((p) => p.file === `src/content/${file}` && p.field === field && message.test(p.message));
  expect(found, `expected a problem in ${file}${field ? ` at ${field}` : ''} matching ${message}; got:\n${lines.join('\n')}`).toBeDefined();
  if (line === 'none') return;
  if (line !== undefined) expect(found!.line).toBe(line);
  else if (field) expect(found!.line, 'the line of the field').toBeGreaterThan(0);
}

describe('dates', () => {
  const cases: [string, string | RegExp, string, string][] = [
    ['projects/nl/groningen-integral-approach.mdx', 'start: 2020-10-01', 'start: 2018-02-30', 'period.start'],
    ['news/nl/european-approach-launch-2013.mdx', 'date: 2013-10-18', 'date: 2018-02-30', 'date'],
    ['pages/nl/about.mdx', 'updated: 2026-11-25', 'updated: 2026-02-29', 'updated'],
    ['sources/001_4abc77ed835aee57.yaml', 'published: 2013-10-18', 'published: 2013-02-30', 'published'],
  ];
  for (const [file, from, to, field] of cases) {
    it(`an impossible date fails: ${file} ${field}`, () => expectNamed(check(file, from, to), file, field, /is not a day in the calendar/));
    it(`a number as date fails: ${file} ${field}`, () => expectNamed(check(file, from, to.replace(/\d{4}-\d{2}-\d{2}/, '20180101')), file, field, /20180101 is not a date/));
  }

  it('a month that does not exist fails', () => {
    expectNamed(check('projects/nl/safe-havens.mdx', 'start: 2016-11', 'start: 2016-13'), 'projects/nl/safe-havens.mdx', 'period.start', /there is no month 13/);
  });

  it('a year without quotes is not read as a date', () => {
    expectNamed(check('projects/nl/red-cross-programme.mdx', "start: '2009'", 'start: 2009'), 'projects/nl/red-cross-programme.mdx', 'period.start', /write the year in quotes/);
  });

  it('an end before the start fails', () => {
    expectNamed(check('projects/nl/safe-havens.mdx', 'end: 2018-11', 'end: 2015-11'), 'projects/nl/safe-havens.mdx', 'period', /period\.end is before period\.start/);
  });

  it('a fact with a year of its own (its date is its source’s) fails', () => {
    expectNamed(check('facts/teachers-trained.yaml', 'order: 6', 'order: 6\nyear: 2022'), 'facts/teachers-trained.yaml', undefined, /unknown field "year"/);
  });

  it('a source with no date, or a notBefore on a dated source, fails', () => {
    expectNamed(check('sources/001_4abc77ed835aee57.yaml', 'published: 2013-10-18\n', ''), 'sources/001_4abc77ed835aee57.yaml', 'published', /is missing; .*or "undated"/, 'none');
    expectNamed(check('sources/001_4abc77ed835aee57.yaml', 'published: 2013-10-18', "published: 2013-10-18\nnotBefore: '2013'"), 'sources/001_4abc77ed835aee57.yaml', 'notBefore', /only for an undated source/);
  });
});

describe('countries and places', () => {
  for (const code of ['UK', 'EU', 'XA', 'nl']) {
    it(`"${code}" is not a country`, () => {
      expectNamed(check('projects/nl/safe-havens.mdx', 'countries: [NL,', `countries: [${code},`), 'projects/nl/safe-havens.mdx', 'countries.0', new RegExp(`"${code}" is not an ISO 3166-1 alpha-2 country code`));
    });
  }

  it('a project with neither countries nor a region fails, and one with both', () => {
    expectNamed(check('projects/nl/european-approach.mdx', /region:\n  name: europe\n  countryCount: 23\n/, ''), 'projects/nl/european-approach.mdx', 'countries', /or give a region/, 'none');
    expectNamed(check('projects/nl/european-approach.mdx', 'region:', 'countries: [HU]\nregion:'), 'projects/nl/european-approach.mdx', 'region', /not both/);
  });
});

describe('status', () => {
  it('a status without its source fails', () => {
    expectNamed(check('projects/nl/european-approach.mdx', /status:\n  value: active\n  source: 001_4abc77ed835aee57\n/, 'status: active\n'), 'projects/nl/european-approach.mdx', 'status', /must be a group of fields/);
  });

  it('a status from a source the project does not cite fails', () => {
    expectNamed(check('projects/nl/european-approach.mdx', 'source: 001_4abc77ed835aee57', 'source: 003_3966a7d0c3768adb'), 'projects/nl/european-approach.mdx', 'status.source', /not among the project's sources/);
  });

  it('a completed project without an end fails', () => {
    expectNamed(check('projects/nl/safe-havens.mdx', '  end: 2018-11\n', ''), 'projects/nl/safe-havens.mdx', 'period.end', /completed project needs the end/);
  });
});

describe('what must be equal in nl, en and uk', () => {
  const cases: [string, string | RegExp, string, string][] = [
    ['projects/en/anti-trafficking-officer-moldova.mdx', 'amount: 53763', 'amount: 53000', 'budget.amount'],
    ['projects/en/safe-havens.mdx', 'start: 2016-11', 'start: 2016-10', 'period.start'],
    ['projects/en/groningen-integral-approach.mdx', 'value: completed', 'value: active', 'status.value'],
    ['projects/uk/safe-havens.mdx', 'countries: [NL, SE, RO, MD, BA]', 'countries: [NL, SE, RO, MD]', 'countries'],
    ['projects/en/red-cross-programme.mdx', 'implementer: rode-kruis', 'implementer: fier', 'implementer'],
    ['lessons/en/grooming.mdx', 'durationMinutes: 50', 'durationMinutes: 45', 'durationMinutes'],
    ['lessons/uk/grooming.mdx', 'signals: [uk/sexual, uk/school]', 'signals: [uk/school, uk/sexual]', 'signals.0'],
    ['toolkits/en/schools.mdx', 'audience: schools', 'audience: asylum', 'audience'],
    ['signals/en/sexual.mdx', 'form: sexual', 'form: labour', 'form'],
    ['students/en/easy-money.mdx', 'order: 3', 'order: 7', 'order'],
    ['news/uk/european-approach-launch-2013.mdx', 'date: 2013-10-18', 'date: 2013-10-19', 'date'],
    ['pages/en/about.mdx', 'updated: 2026-11-25', 'updated: 2026-11-24', 'updated'],
  ];
  for (const [file, from, to, field] of cases) {
    it(`${field} differing in ${file} fails, naming both files and both values`, () => {
      const problems = checkLocales(file, from, to);
      expectNamed(problems, file, field, /differs from src\/content\/.+\/nl\/.+\.mdx:\d+: .+ here, .+ there/);
    });
  }

  it('a translated text may differ', () => {
    expect(checkLocales('projects/en/safe-havens.mdx', /^title: .*$/m, 'title: Another title')).toEqual([]);
  });

  it('a list of texts with an item less fails', () => {
    const problems = checkLocales('lessons/en/grooming.mdx', /learningGoals:\n  - .*\n/, 'learningGoals:\n');
    expectNamed(problems, 'lessons/en/grooming.mdx', 'learningGoals (number of items)', /differs from/);
  });
});

describe('ids', () => {
  const asFile = <T extends ContentFile | DataFile>(file: T, slug: string): T => ({ ...file, slug, path: file.path.replace(`${file.slug}.`, `${slug}.`) });

  it('two entries whose ids differ only in capitals fail, in per-locale and data collections', () => {
    for (const file of [files.find((f) => f.path.endsWith('projects/nl/safe-havens.mdx'))!, dataFiles.find((f) => f.slug === 'fier')!]) {
      const upper = asFile(file, file.slug.replace(/^./, (c) => c.toUpperCase()));
      const problems = idProblems([...files, ...dataFiles, upper]);
      expect(problems.some((p) => p.file === upper.path && /differ only in capitals/.test(p.message) && p.message.includes(file.path))).toBe(true);
      expect(problems.some((p) => p.file === upper.path && /must be lower case/.test(p.message))).toBe(true);
    }
  });

  it('the same id twice fails', () => {
    const fier = dataFiles.find((f) => f.slug === 'fier')!;
    const problems = idProblems([...dataFiles, { ...fier, path: 'src/content/organisations/fier-copy.yaml' }]);
    expect(problems.map(formatProblem).join('\n')).toMatch(/organisations\/fier-copy\.yaml .*"fier" and "fier" .* are the same id/);
  });

  it('a translation that is missing fails', () => {
    const problems = idProblems(files.filter((f) => f.path !== 'src/content/toolkits/uk/schools.mdx'));
    expectNamed(problems, 'toolkits/uk/schools.mdx', undefined, /is missing: src\/content\/toolkits\/nl\/schools\.mdx has no uk translation/);
  });

  it('a lesson heading whose anchor is one of the page’s own sections fails', () => {
    const file = 'lessons/en/grooming.mdx';
    const line = readFileSync(join(contentDir, file), 'utf8').split('\n').indexOf('## Preparation') + 1;
    expectNamed(check(file, '## Preparation', '## Quiz'), file, undefined, /the heading "Quiz" gets the anchor "#quiz"/, line);
  });

  it('duplicate worksheet ids inside a lesson fail', () => {
    expectNamed(check('lessons/nl/grooming.mdx', '  - id: worksheet-2', '  - id: worksheet-1'), 'lessons/nl/grooming.mdx', 'worksheets.1.id', /"worksheet-1" is used twice/);
  });

  for (const [file, from, to, field, hint] of [
    ['projects/nl/safe-havens.mdx', 'implementer: leger-des-heils', 'implementer: Leger-des-Heils', 'implementer', 'leger-des-heils'],
    ['lessons/nl/grooming.mdx', 'signals: [nl/sexual, nl/school]', 'signals: [nl/Sexual, nl/school]', 'signals.0', 'nl/sexual'],
    ['toolkits/nl/schools.mdx', 'signals: [nl/school,', 'signals: [nl/School,', 'signals.0', 'nl/school'],
    ['facts/teachers-trained.yaml', 'source: 004_6d8ec69c55815a7a', 'source: 004_6D8EC69C55815A7A', 'source', '004_6d8ec69c55815a7a'],
  ] as const) {
    it(`a reference with the wrong capitals fails: ${file} ${field}`, () => {
      expectNamed(check(file, from, to), file, field, new RegExp(`ids are written in lower case, "${hint}"`));
    });
  }

  it('a reference to an entry in another language fails', () => {
    expectNamed(check('lessons/nl/grooming.mdx', 'signals: [nl/sexual,', 'signals: [en/sexual,'), 'lessons/nl/grooming.mdx', 'signals.0', /another language; refer to "nl\/sexual"/);
  });

  it('a reference to an entry that does not exist fails', () => {
    expectNamed(check('projects/nl/safe-havens.mdx', 'partners: [defence-for-children-ecpat]', 'partners: [defence-for-children]'), 'projects/nl/safe-havens.mdx', 'partners.0', /there is no organisations entry "defence-for-children"/);
  });
});

describe('bodies', () => {
  for (const file of ['projects/nl/safe-havens.mdx', 'lessons/nl/grooming.mdx', 'toolkits/nl/schools.mdx', 'signals/nl/sexual.mdx', 'news/nl/european-approach-launch-2013.mdx', 'pages/nl/about.mdx', 'students/nl/easy-money.mdx']) {
    it(`an empty body fails: ${file}`, () => {
      expectNamed(check(file, /\n---\n[\s\S]*$/, '\n---\n\n'), file, undefined, /page text below the front matter is empty/);
    });
  }

  const hostile: [string, string, RegExp][] = [
    ['<meta http-equiv="refresh" content="2;url=https://evil.example/" />', 'a meta refresh', /<meta> is not allowed/],
    ['[Lees meer](javascript:alert(1))', 'a markdown javascript: link', /javascript: address/],
    ['<a href="javascript:alert(1)">Lees meer</a>', 'an HTML javascript: link', /javascript: address/],
    ['[x]: vbscript:msgbox\n\nZie [x].', 'a vbscript: reference link', /vbscript: address/],
    ['![beeld](data:image/png;base64,iVBORw0KGgo=)', 'a data: image', /data: address/],
    ['<script>alert(1)</script>', 'a script', /<script> is not allowed/],
    ['<iframe src="https://evil.example/"></iframe>', 'a frame', /<iframe> is not allowed/],
    ['<form action="https://evil.example/"><input /></form>', 'a form', /<form> is not allowed/],
    ['<span onMouseOver="alert(1)">tekst</span>', 'an event handler', /event-handler attribute onMouseOver/],
    ['<style>{"body { display: none }"}</style>', 'a style', /<style> is not allowed/],
  ];
  for (const file of ['pages/nl/about.mdx', 'toolkits/nl/undocumented.mdx', 'lessons/nl/grooming.mdx']) {
    for (const [html, what, message] of hostile) {
      it(`${what} in ${file} fails, naming its line`, () => {
        const text = readFileSync(join(contentDir, file), 'utf8');
        const line = text.split('\n').length + 1;
        const problems = check(file, /\n*$/, `\n\n${html}\n`);
        expectNamed(problems, file, undefined, message, line);
      });
    }
  }

  it('an MDX syntax error fails, naming the file and line', () => {
    const text = readFileSync(join(contentDir, 'news/nl/european-approach-launch-2013.mdx'), 'utf8');
    expectNamed(check('news/nl/european-approach-launch-2013.mdx', /\n*$/, '\n\nEen <b>open tag.\n'), 'news/nl/european-approach-launch-2013.mdx', undefined, /MDX syntax error/, text.trimEnd().split('\n').length + 2);
  });
});

describe('YAML and fields', () => {
  it('a YAML syntax error in front matter fails, naming the line', () => {
    expectNamed(check('projects/nl/safe-havens.mdx', 'theme: reintegration', 'theme: reintegration: again'), 'projects/nl/safe-havens.mdx', undefined, /YAML syntax error/, 8);
  });

  it('a YAML syntax error in a data file fails, naming the line', () => {
    expectNamed(check('organisations/fier.yaml', /^name: (.*)$/m, 'name: "Fier'), 'organisations/fier.yaml', undefined, /YAML syntax error/);
  });

  it('a field written twice fails', () => {
    expectNamed(check('facts/teachers-trained.yaml', 'order: 6', 'order: 6\norder: 7'), 'facts/teachers-trained.yaml', undefined, /a field is written twice/);
  });

  it('a missing field fails, named as the field', () => {
    expectNamed(check('toolkits/nl/schools.mdx', /^audience: .*\n/m, ''), 'toolkits/nl/schools.mdx', 'audience', /is missing \(this field is required\)/, 'none');
  });

  it('an unknown field fails, naming its line', () => {
    expectNamed(check('pages/nl/about.mdx', 'updated: 2026-11-25', 'updated: 2026-11-25\nauthor: Iemand'), 'pages/nl/about.mdx', undefined, /unknown field "author"/, 5);
  });

  it('a value not in the list fails, with the values allowed', () => {
    expectNamed(check('signals/nl/sexual.mdx', 'help: [emergency,', 'help: [0900-1234,'), 'signals/nl/sexual.mdx', 'help.0', /write one of: emergency, police/);
  });

  it('a text where a list is expected fails in words', () => {
    expectNamed(check('lessons/nl/grooming.mdx', 'signals: [nl/sexual, nl/school]', 'signals: nl/sexual'), 'lessons/nl/grooming.mdx', 'signals', /must be a list, not the text "nl\/sexual"/);
  });
});
