import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from './html-files';

const dir = mkdtempSync(join(tmpdir(), 'signaal-html-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('htmlFiles', () => {
  it('finds every .html file at any depth, sorted, and nothing else', () => {
    mkdirSync(join(dir, 'uk/help'), { recursive: true });
    mkdirSync(join(dir, '_astro'));
    for (const file of ['index.html', 'uk/help/index.html', 'uk/index.html', '_astro/x.css', 'robots.txt']) writeFileSync(join(dir, file), '');
    expect(htmlFiles(dir).map((file) => file.slice(dir.length + 1))).toEqual(['index.html', 'uk/help/index.html', 'uk/index.html']);
  });
});
