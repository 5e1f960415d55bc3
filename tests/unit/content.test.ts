import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helplineNumbers } from '../../src/lib/helplines';
import { readContentFiles } from '../../src/lib/content-files';
import { checkContent, formatProblem, localeDifferences } from '../../src/lib/content/validate';

const contentDir = fileURLToPath(new URL('../../src/content/', import.meta.url));
const files = readContentFiles(contentDir);
const allowedNumbers = new Set(Object.values(helplineNumbers));

describe('the content check on the real content', () => {
  it('has content to check', () => expect(files.length).toBeGreaterThan(0));

  it('finds no problem (schemas, ids, every locale present, references in their own locale)', () => {
    expect(checkContent(contentDir).map(formatProblem)).toEqual([]);
  });

  it('finds the nl, en and uk file of every entry equal in everything that is not text', () => {
    expect(localeDifferences(files).map(formatProblem)).toEqual([]);
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

  it('names no person by e-mail address', () => {
    const found = files.filter((f) => /[\w.+-]+@[\w-]+\.[\w.]+/.test(f.body)).map((f) => f.path);
    expect(found).toEqual([]);
  });
});
