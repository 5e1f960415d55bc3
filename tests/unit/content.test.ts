import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowedNumbers as helpNumbers } from '../../src/lib/help/numbers';
import { crossLocaleReferences, missingTranslations, readContentFiles } from '../../src/lib/content-files';

const files = readContentFiles(fileURLToPath(new URL('../../src/content/', import.meta.url)));
const allowedNumbers = new Set(helpNumbers);

describe('content in every locale', () => {
  it('has content to check', () => expect(files.length).toBeGreaterThan(0));

  it('exists in nl, en and uk under the same file name', () => {
    expect(missingTranslations(files)).toEqual([]);
  });

  it('refers only to entries of its own locale', () => {
    expect(crossLocaleReferences(files)).toEqual([]);
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
