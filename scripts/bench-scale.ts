// Scale benchmark: copies the project to a temporary folder, multiplies the projects, lessons and news
// (copies of real entries under new names, in all three locales), builds with Pagefind, and prints pages
// per second, peak memory and how build time grows from 1× to 10× content.
//   npm run bench:scale            (1× = 50 extra entries per collection per locale, 10× = 500)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../src/lib/locales.ts';

const collections = ['projects', 'lessons', 'news'] as const;
const perUnit = Number(process.env.SCALE_UNIT ?? 50);
const root = process.cwd();

function prepare(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-scale-'));
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
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

/** Builds with Pagefind under GNU time; returns wall seconds and the peak memory of the largest process. */
function build(dir: string): { seconds: number; peakMB: number } {
  // A large build logs megabytes; only stderr (with GNU time's line) is kept.
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', 'npm', 'run', 'build'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const match = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !match) throw new Error(`build failed in ${dir}:\n${run.stderr.slice(-2000)}`);
  return { seconds: Number(match[1]), peakMB: Math.round(Number(match[2]) / 1024) };
}

const results: { scale: string; entries: number; pages: number; seconds: number; pagesPerSecond: number; peakMB: number }[] = [];
for (const factor of [1, 10]) {
  const copies = perUnit * factor;
  const dir = prepare(copies);
  try {
    const { seconds, peakMB } = build(dir);
    const pages = execFileSync('find', [join(dir, 'dist'), '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;
    results.push({ scale: `${factor}×`, entries: copies * collections.length * locales.length, pages, seconds, pagesPerSecond: Math.round(pages / seconds), peakMB });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`Synthetic entries: ${perUnit} per collection per locale at 1× (${collections.join(', ')}), on top of the real content.`);
console.table(results);
const [one, ten] = results;
console.log(`Build time grows ${(ten.seconds / one.seconds).toFixed(1)}× for ${(ten.pages / one.pages).toFixed(1)}× the pages.`);
