import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder, markUsed, pruneUnused, writeWhole } from './build-cache.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'signaal-build-cache-'));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('cacheFolder', () => {
  it('is node_modules/.cache/<name> by default, the folder the setting names, or none when off', () => {
    expect(cacheFolder('/project', 'signaal-pages', undefined)).toBe('/project/node_modules/.cache/signaal-pages');
    expect(cacheFolder('/project', 'signaal-pages', '')).toBe('/project/node_modules/.cache/signaal-pages');
    expect(cacheFolder('/project', 'signaal-pages', '/tmp/pages')).toBe('/tmp/pages');
    expect(cacheFolder('/project', 'signaal-pages', 'off')).toBeUndefined();
  });
});

describe('writeWhole', () => {
  it('leaves only the entry, with its bytes', () => {
    const dir = folder();
    writeWhole(join(dir, 'key'), 'ä');
    expect(readdirSync(dir)).toEqual(['key']);
    expect(readFileSync(join(dir, 'key'), 'utf8')).toBe('ä');
  });
});

describe('pruneUnused', () => {
  it('removes entries no build used for a week, keeps recent ones, the ones named and the ones marked used', () => {
    const dir = folder();
    for (const name of ['old', 'recent', 'kept', 'marked']) writeFileSync(join(dir, name), name);
    for (const name of ['old', 'kept', 'marked']) utimesSync(join(dir, name), daysAgo(8), daysAgo(8));
    utimesSync(join(dir, 'recent'), daysAgo(6), daysAgo(6));
    markUsed(join(dir, 'marked'));
    expect(Date.now() - statSync(join(dir, 'marked')).mtimeMs).toBeLessThan(60_000);
    pruneUnused(dir, Date.now(), new Set(['kept']));
    expect(readdirSync(dir).sort()).toEqual(['kept', 'marked', 'recent']);
  });

  it('does nothing for a folder that does not exist', () => {
    expect(() => pruneUnused(join(folder(), 'missing'))).not.toThrow();
  });
});
