import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The benchmark and build scripts run only when someone calls them, so a moved module breaks them silently
// (bench:search imported a path that had moved for a whole stop). Every relative import must name a file.
const root = resolve(import.meta.dirname, '../..');
const scripts = ['scripts', 'scripts/lib']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name)))
  .filter((file) => /\.(ts|mjs)$/.test(file));

describe('scripts import only files that exist', () => {
  it.each(scripts)('%s', (file) => {
    // Comments may show an import as an example.
    const source = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const imports = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g), ...source.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map(([, path]) => path);
    const missing = imports.filter((path) => !existsSync(resolve(root, dirname(file), path)));
    expect(missing).toEqual([]);
  });
});
