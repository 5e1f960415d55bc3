// A copy of the project with synthetic content, for the benchmarks: copies of real projects, lessons and news
// (under new names, in all three locales) on top of the real content. The copy gets its own node_modules of
// hard links without the build caches, so no cache is shared with the project or between sizes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../src/lib/locales.ts';

/** Caches a build leaves inside node_modules: Astro's, Vite's and the downloads'. */
export const buildCaches = ['.astro', '.vite', '.cache'];

export function syntheticSite(root: string, copies: number, collections: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-scale-'));
  for (const item of ['src', 'public', 'scripts', 'tests', '.ci', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'budget.json', 'playwright.config.ts', 'vitest.config.ts', 'README.md']) cpSync(join(root, item), join(dir, item), { recursive: true });
  // Hard links: packages are only read, and the caches a build writes are left out, so each size starts cold.
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  for (const cache of buildCaches) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  for (const collection of collections) {
    for (const locale of locales) {
      const folder = join(dir, 'src/content', collection, locale);
      const originals = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
      for (let i = 0; i < copies; i++) {
        const original = originals[i % originals.length];
        const text = readFileSync(join(folder, original), 'utf8').replace(/^title: (.*)$/m, (_, t: string) => `title: '${t.replace(/^['"]|['"]$/g, '').replace(/'/g, "''")} ${i + 1}'`);
        writeFileSync(join(folder, `synthetic-${i + 1}.mdx`), text);
      }
    }
  }
  return dir;
}

