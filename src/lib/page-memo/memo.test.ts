import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoDir, pageMemo, stepVersion } from './memo.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'signaal-page-memo-'));

/** A memo whose `make` counts its calls. */
function counted(dir: string | undefined, version = 'v1') {
  const memo = pageMemo(dir, version);
  let made = 0;
  const get = (parts: string[], result = parts.join('+')) =>
    memo(parts, () => {
      made += 1;
      return result;
    });
  return { memo, get, made: () => made };
}

describe('pageMemo', () => {
  it('gives back a kept result without making it again, in a later build too', () => {
    const dir = folder();
    const first = counted(dir);
    expect(first.get(['<html>ä</html>', 'css'])).toBe('<html>ä</html>+css');
    const later = counted(dir);
    expect(later.get(['<html>ä</html>', 'css'], 'other')).toBe('<html>ä</html>+css');
    expect(later.made()).toBe(0);
    expect(later.memo.hits).toBe(1);
  });

  it('makes the result again when any part of the key differs', () => {
    const dir = folder();
    counted(dir).get(['page', 'css', 'scripts']);
    for (const parts of [['page!', 'css', 'scripts'], ['page', 'css!', 'scripts'], ['page', 'css', 'scripts!'], ['pagec', 'ss', 'scripts']]) {
      const run = counted(dir);
      expect(run.get(parts, 'new')).toBe('new');
      expect(run.made()).toBe(1);
    }
  });

  it('makes the result again when the step version differs', () => {
    const dir = folder();
    counted(dir, 'v1').get(['page']);
    const run = counted(dir, 'v2');
    expect(run.get(['page'], 'new')).toBe('new');
    expect(run.made()).toBe(1);
  });

  it('keeps nothing when switched off', () => {
    expect(memoDir('/project', 'off')).toBeUndefined();
    const run = counted(undefined);
    run.get(['page']);
    run.get(['page']);
    expect(run.made()).toBe(2);
    expect(run.memo.hits).toBe(0);
  });

  it('lives in node_modules/.cache by default, or in the folder PAGES_CACHE names', () => {
    expect(memoDir('/project', undefined)).toBe('/project/node_modules/.cache/signaal-pages');
    expect(memoDir('/project', '/tmp/pages')).toBe('/tmp/pages');
  });

  it('removes results no build used for a week', () => {
    const dir = folder();
    writeFileSync(join(dir, 'old'), 'x');
    writeFileSync(join(dir, 'recent'), 'y');
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    utimesSync(join(dir, 'old'), eightDaysAgo, eightDaysAgo);
    pageMemo(dir, 'v1');
    expect(readdirSync(dir)).toEqual(['recent']);
  });
});

describe('stepVersion', () => {
  it('changes with the code the step imports', () => {
    const root = folder();
    writeFileSync(join(root, 'step.ts'), "import { a } from './helper.ts';\n");
    writeFileSync(join(root, 'helper.ts'), 'export const a = 1;\n');
    const before = stepVersion(root, 'step.ts');
    expect(stepVersion(root, 'step.ts')).toBe(before);
    writeFileSync(join(root, 'helper.ts'), 'export const a = 2;\n');
    expect(stepVersion(root, 'step.ts')).not.toBe(before);
  });
});
