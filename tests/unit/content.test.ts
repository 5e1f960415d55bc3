import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowedNumbers as helpNumbers } from '../../src/lib/help/numbers';
import { readContentFiles } from '../../src/lib/content-files';
import { checkContent, formatProblem, localeDifferences } from '../../src/lib/content/validate';
import { ukTypographyIssues } from '../uk-typography';

const contentDir = fileURLToPath(new URL('../../src/content/', import.meta.url));
const files = readContentFiles(contentDir);
const allowedNumbers = new Set(helpNumbers);

describe('the content check on the real content', () => {
  it('has content to check', () => expect(files.length).toBeGreaterThan(0));

  it('finds no problem (schemas, ids, every locale present, references in their own locale)', () => {
    expect(checkContent(contentDir).map(formatProblem)).toEqual([]);
  });

  it('finds the nl, en and uk file of every entry equal in everything that is not text', () => {
    expect(localeDifferences(files).map(formatProblem)).toEqual([]);
  });

  it('gives a lesson pack the same quiz items and parts of the classroom set in every locale', () => {
    type Quiz = { id: string }[];
    const shape = (data: Record<string, unknown>) => ({
      starter: (data.starterQuiz as Quiz).map((q) => q.id),
      exit: (data.quiz as Quiz).map((q) => q.id),
      discussion: (data.discussionQuestions as unknown[]).length,
      material: ((data.pupilMaterial ?? []) as { items: unknown[] }[]).map((m) => m.items.length),
      letter: Object.entries(data.parentLetter as Record<string, unknown>).map(([key, value]) => [key, Array.isArray(value) ? value.length : 1]),
    });
    const lessons = files.filter((f) => f.collection === 'lessons');
    expect(lessons.length).toBeGreaterThan(3);
    for (const file of lessons) {
      const source = lessons.find((f) => f.slug === file.slug && f.locale === 'nl')!;
      expect(shape(file.frontmatter), file.path).toEqual(shape(source.frontmatter));
    }
  });
});

describe('content guide', () => {
  it('shows no phone number other than the allowed public Dutch lines', () => {
    const found = files.flatMap((f) =>
      [...`${JSON.stringify(f.frontmatter)}\n${f.body}`.matchAll(/\b0\d{2,3}[- ]?\d{4}\b/g)]
        .map((m) => m[0])
        .filter((n) => !allowedNumbers.has(n))
        .map((n) => `${f.path}: ${n}`),
    );
    expect(found).toEqual([]);
  });

  it('writes Ukrainian with «…» quotes and Ukrainian letters', () => {
    const problems = files
      .filter((f) => f.locale === 'uk')
      .flatMap((f) => {
        const text = `${JSON.stringify(Object.values(f.frontmatter)).replace(/\\"/g, '')}\n${f.body}`;
        const issues: string[] = [];
        if (/[“”„]/.test(text) || /"/.test(f.body)) issues.push('uses non-Ukrainian quotation marks');
        if (/[ыъэёЫЪЭЁ]/.test(text)) issues.push('contains Russian letters');
        return issues.map((i) => `${f.path}: ${i}`);
      });
    expect(problems).toEqual([]);
  });

  it('writes Ukrainian dashes and numbers one way on every page', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const problems = files
      .filter((f) => f.locale === 'uk')
      .flatMap((f) => [...strings(f.frontmatter), f.body].flatMap(ukTypographyIssues).map((i) => `${f.path}: ${i}`));
    expect(problems).toEqual([]);
  });

  it('names no person by e-mail address', () => {
    const found = files.filter((f) => /[\w.+-]+@[\w-]+\.[\w.]+/.test(f.body)).map((f) => f.path);
    expect(found).toEqual([]);
  });
});

describe('Ukrainian typography check', () => {
  it('asks for an em dash between words, but leaves a name its own dash', () => {
    expect(ukTypographyIssues('Це шаблон – не закон.')).toHaveLength(1);
    expect(ukTypographyIssues('Це шаблон — не закон. Defence for Children – ECPAT.')).toEqual([]);
  });

  it('asks for numbers as Intl.NumberFormat("uk") writes them', () => {
    expect(ukTypographyIssues('близько 1000 людей, 12 000 учнів, 40.3 мільйона')).toHaveLength(3);
    expect(ukTypographyIssues('близько 1\u00a0000 людей, 40,3 мільйона, 4 з 10 шкіл')).toEqual([]);
  });

  it('leaves years, ranges, times, phone numbers and versions alone', () => {
    expect(ukTypographyIssues('у 2016 році, 2016–2018, 09:00–17:00, 0800-2000, WCAG 2.2, 002_7aab123da0266f8f')).toEqual([]);
  });
});
