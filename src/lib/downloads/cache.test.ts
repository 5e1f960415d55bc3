import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeVersion, DownloadCache, fileKey, sourceClosure } from './cache';

/** A small project: the catalogue imports two modules (one through the other, one as a type); a third is unrelated. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'signaal-cache-'));
  const dir = join(root, 'src/lib/downloads');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('catalogue.ts', "import { a } from './a';\nimport type { B } from './b.ts';\n// see './missing' in a comment\nexport const c = a;\n");
  write('a.ts', "export { b as a } from './b';\n");
  write('b.ts', 'export const b = 1;\nexport type B = number;\n');
  write('unrelated.ts', 'export const u = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  writeFileSync(join(root, 'font.ttf'), 'font v1');
  return { root, write, font: join(root, 'font.ttf') };
}

const date = new Date('2026-01-01T00:00:00Z');

describe('downloads cache key', () => {
  it('follows the imports of the catalogue, not comments or files it does not import', () => {
    const { root } = project();
    const files = sourceClosure(join(root, 'src/lib/downloads/catalogue.ts')).map((file) => relative(root, file));
    expect(files).toEqual(['src/lib/downloads/a.ts', 'src/lib/downloads/b.ts', 'src/lib/downloads/catalogue.ts']);
  });

  it('covers every part of the real generators: layout, fonts, UI strings and help numbers', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const files = sourceClosure(join(root, 'src/lib/downloads/catalogue.ts')).map((file) => relative(root, file));
    for (const file of ['src/lib/downloads/pdf.ts', 'src/lib/downloads/fonts.ts', 'src/lib/downloads/odt.ts', 'src/i18n/ui/uk.ts', 'src/lib/help/lines.ts']) {
      expect(files).toContain(file);
    }
  });

  it('changes with the code, the packages, the fonts and the build date, not with an unrelated file', () => {
    const { root, write, font } = project();
    const version = () => codeVersion(root, [font], date);
    const first = version();
    write('unrelated.ts', 'export const u = 2;\n');
    expect(version()).toBe(first);
    write('b.ts', 'export const b = 2;\nexport type B = number;\n');
    const second = version();
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    const third = version();
    expect(third).not.toBe(second);
    writeFileSync(font, 'font v2');
    const fourth = version();
    expect(fourth).not.toBe(third);
    expect(codeVersion(root, [font], new Date('2027-01-01T00:00:00Z'))).not.toBe(fourth);
  });

  it('changes when a file’s own inputs change, and only then', () => {
    const lesson = { title: 'Grooming', steps: [1, 2] };
    const key = fileKey('v1', 'nl/lessons/grooming/a.pdf', lesson);
    expect(fileKey('v1', 'nl/lessons/grooming/a.pdf', { title: 'Grooming', steps: [1, 2] })).toBe(key);
    expect(fileKey('v1', 'nl/lessons/grooming/a.pdf', { ...lesson, title: 'Grooming!' })).not.toBe(key);
    expect(fileKey('v2', 'nl/lessons/grooming/a.pdf', lesson)).not.toBe(key);
    expect(fileKey('v1', 'nl/lessons/grooming/b.pdf', lesson)).not.toBe(key);
  });
});

describe('downloads cache', () => {
  const file = { bytes: new Uint8Array([1, 2, 3]), info: { size: 3, pages: 1 } };

  it('gives back what was stored under a key, and nothing for an unknown key', () => {
    const cache = new DownloadCache(mkdtempSync(join(tmpdir(), 'signaal-cache-')));
    cache.write('k1', file);
    expect(cache.read('k1')?.info).toEqual(file.info);
    expect(cache.read('k1')?.bytes()).toEqual(file.bytes);
    expect(cache.read('k2')).toBeUndefined();
  });

  it('gives back bytes changed on disk as they are when they are read, or an error if their length changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaal-cache-'));
    new DownloadCache(dir).write('k1', file);
    const hit = new DownloadCache(dir).read('k1');
    const onDisk = readFileSync(join(dir, 'k1'));
    onDisk.set([4, 5, 6], onDisk.length - 3);
    writeFileSync(join(dir, 'k1'), onDisk);
    expect(hit?.bytes()).toEqual(new Uint8Array([4, 5, 6]));
    writeFileSync(join(dir, 'k1'), onDisk.subarray(0, -1));
    expect(() => hit?.bytes()).toThrow(/changed while the build was using it/);
  });

  it('ignores a file whose size does not match what was recorded, or that has no facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaal-cache-'));
    new DownloadCache(dir).write('k1', file);
    writeFileSync(join(dir, 'k1'), readFileSync(join(dir, 'k1')).subarray(0, -1));
    expect(new DownloadCache(dir).read('k1')).toBeUndefined();
    writeFileSync(join(dir, 'k2'), new Uint8Array([1, 2]));
    expect(new DownloadCache(dir).read('k2')).toBeUndefined();
  });

  it('removes files no build used for a week, keeps the ones this build used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaal-cache-'));
    new DownloadCache(dir).write('old', file);
    new DownloadCache(dir).write('used', file);
    const weeksAgo = new Date(Date.now() - 8 * 86_400_000);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), weeksAgo, weeksAgo);
    const cache = new DownloadCache(dir);
    expect(cache.read('used')?.info).toEqual(file.info);
    cache.prune();
    expect(readdirSync(dir).sort()).toEqual(['used']);
  });
});
