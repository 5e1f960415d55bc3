// Scale benchmark: copies the project to a temporary folder per size, multiplies the projects, lessons and
// news (copies of real entries under new names, in all three locales), and builds it with Pagefind several
// times: clean builds (no Astro, Vite or downloads cache) and rebuilds after editing one lesson. Prints, per
// size, min and median build time, pages per second, the downloads' part of the build, peak memory and the
// rebuild speed-up, then where the median build spends its time (content sync, Vite, rendering, Pagefind),
// and the load average, since the machine may be shared. Each size has its own copy of the project
// (scripts/synthetic-site.ts), so no cache is shared between sizes or with the project. Every build log is
// kept in a folder it prints.
//   npm run bench:scale
//   SCALE_UNIT=10 SCALE_RUNS=3 SCALE_FACTORS=1,10 SCALE_COLLECTIONS=projects,lessons,news npm run bench:scale
// SCALE_UNIT: extra entries per collection per locale at 1× (default 50); SCALE_FACTORS: the sizes (default
// 1,10); SCALE_RUNS: builds of each kind per size (default 3); SCALE_COLLECTIONS: what is multiplied.
import { execFileSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../src/lib/locales.ts';
import { buildCaches as caches, syntheticSite } from './synthetic-site.ts';
import { median, min } from './lib/stats.ts';
import { timed } from './lib/timed.ts';

const perUnit = Number(process.env.SCALE_UNIT ?? 50);
const factors = (process.env.SCALE_FACTORS ?? '1,10').split(',').map(Number);
const runs = Number(process.env.SCALE_RUNS ?? 3);
const collections = (process.env.SCALE_COLLECTIONS ?? 'projects,lessons,news').split(',');
const root = process.cwd();
const logs = mkdtempSync(join(tmpdir(), 'signaal-bench-scale-logs-'));
interface Build {
  seconds: number;
  /** Wall seconds of the phases: content sync, Vite's bundles, rendering the pages and files, Pagefind. */
  phases: Record<Phase, number>;
  /** CPU seconds of the whole build, every process and thread (user + system). */
  cpu: number;
  peakMB: number;
  downloadsSeconds: number;
  downloadsCpu: number;
  made: number;
}

type Phase = 'sync' | 'vite' | 'render' | 'pagefind';
const phases: Phase[] = ['sync', 'vite', 'render', 'pagefind'];

/** Astro writes a duration as "45ms", "2.86s" or "1m 24s". */
const duration = (text: string) => {
  const [, minutes, value, unit] = /(?:(\d+)m )?([\d.]+)(ms|s)/.exec(text) ?? [];
  return Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
};

/** Builds as `npm run build` does (Astro, then Pagefind), each under GNU time, the whole output into `log`. */
function build(dir: string, log: string): Build {
  closeSync(openSync(log, 'w'));
  const astro = timed(dir, log, ['astro', 'build']);
  const pagefind = timed(dir, log, ['node', 'scripts/pagefind.mjs']);
  const text = readFileSync(log, 'utf8');
  const sum = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((total, match) => total + duration(match[1]), 0);
  const build = {
    seconds: astro.seconds + pagefind.seconds,
    cpu: astro.cpu + pagefind.cpu,
    peakMB: Math.max(astro.peakMB, pagefind.peakMB),
    phases: {
      sync: sum(/\[types\] Generated ((?:\d+m )?[\d.]+m?s)/g),
      vite: sum(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/g),
      // The page generation's own line carries no "[build]" label.
      render: sum(/\d\d:\d\d:\d\d ✓ Completed in ([^.\n]+(?:\.\d+s)?)\./g),
      pagefind: pagefind.seconds,
    },
  };
  // The line the downloads catalogue prints: "[signaal:downloads] 108 files in 2.10 s (1.90 s CPU: …): 3 made, …".
  const downloads = /\[signaal:downloads\] \d+ files in ([\d.]+) s \(([\d.]+) s CPU[^)]*\): (\d+) made/.exec(text);
  if (downloads) return { ...build, downloadsSeconds: Number(downloads[1]), downloadsCpu: Number(downloads[2]), made: Number(downloads[3]) };
  // Versions before that line made every file while rendering /downloads/index.json, so compare them on its time.
  // Astro writes the route's time as "+45ms", "+2.86s" or "+1m 24s".
  const route = /\/downloads\/index\.json \(\+(?:(\d+)m )?([\d.]+)(ms|s)\)/.exec(text);
  if (!route) throw new Error(`no downloads time in ${log}`);
  const seconds = Number(route[1] ?? 0) * 60 + Number(route[2]) / (route[3] === 'ms' ? 1000 : 1);
  return { ...build, downloadsSeconds: seconds, downloadsCpu: Number.NaN, made: Number.NaN };
}

const fixed = (value: number) => value.toFixed(1);

const rows: Record<string, string | number>[] = [];
const phaseRows: Record<string, string | number>[] = [];
const loadBefore = loadavg();
const medians: { factor: number; pages: number; seconds: number }[] = [];
for (const factor of factors) {
  const copies = perUnit * factor;
  const dir = syntheticSite(root, copies, collections);
  try {
    const clean: Build[] = [];
    for (let run = 1; run <= runs; run++) {
      for (const cache of caches) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      clean.push(build(dir, join(logs, `${factor}x-clean-${run}.log`)));
    }
    const pages = execFileSync('find', [join(dir, 'dist'), '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;
    // A content edit: one more sentence in the body of one lesson pack, as an editor would make it.
    const lesson = join(dir, 'src/content/lessons/nl', readdirSync(join(dir, 'src/content/lessons/nl')).filter((f) => f.endsWith('.mdx')).sort()[0]);
    const rebuilt: Build[] = [];
    for (let run = 1; run <= runs; run++) {
      appendFileSync(lesson, `\nDeze zin is toegevoegd voor de meting (${run}).\n`);
      rebuilt.push(build(dir, join(logs, `${factor}x-edit-${run}.log`)));
    }
    const seconds = clean.map((b) => b.seconds);
    const share = clean.map((b) => b.downloadsSeconds / b.seconds);
    // On a busy machine the wall-time share favours phases that use several threads; the CPU share does not.
    const cpuShare = clean.map((b) => b.downloadsCpu / b.cpu);
    medians.push({ factor, pages, seconds: median(seconds) });
    rows.push({
      size: `${factor}×`,
      entries: copies * collections.length * locales.length,
      pages,
      'clean min s': fixed(min(seconds)),
      'clean median s': fixed(median(seconds)),
      'pages/s': Math.round(pages / median(seconds)),
      'downloads median s': fixed(median(clean.map((b) => b.downloadsSeconds))),
      'downloads CPU s': fixed(median(clean.map((b) => b.downloadsCpu))),
      'downloads share': `${Math.round(median(share) * 100)}%`,
      'build CPU s': fixed(median(clean.map((b) => b.cpu))),
      'downloads CPU share': Number.isNaN(median(cpuShare)) ? '–' : `${Math.round(median(cpuShare) * 100)}%`,
      'peak MB': Math.max(...clean.map((b) => b.peakMB)),
      'edit min s': fixed(min(rebuilt.map((b) => b.seconds))),
      'edit median s': fixed(median(rebuilt.map((b) => b.seconds))),
      'files remade': median(rebuilt.map((b) => b.made)),
      'edit speed-up': `${(median(seconds) / median(rebuilt.map((b) => b.seconds))).toFixed(1)}×`,
      'edit CPU speed-up': `${(median(clean.map((b) => b.cpu)) / median(rebuilt.map((b) => b.cpu))).toFixed(1)}×`,
    });
    for (const [kind, builds] of [['clean', clean], ['edit', rebuilt]] as const) {
      phaseRows.push({
        size: `${factor}×`,
        build: kind,
        ...Object.fromEntries(phases.map((phase) => [`${phase} s`, fixed(median(builds.map((b) => b.phases[phase])))])),
        'of which downloads s': fixed(median(builds.map((b) => b.downloadsSeconds))),
        'total s': fixed(median(builds.map((b) => b.seconds))),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`Synthetic entries: ${perUnit} per collection per locale at 1× (${collections.join(', ')}), on top of the real content; ${runs} runs of each kind.`);
console.log('clean = no Astro, Vite or downloads cache; edit = rebuild after adding a sentence to one lesson pack.');
console.log('downloads share = their wall time / the build’s; CPU share = their CPU time / the whole build’s (all threads).');
console.table(rows);
console.log('Where the median build spends its wall time (render = Astro generating pages and files, downloads included):');
console.table(phaseRows);
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ');
console.log(`Load average (1, 5, 15 min) at the start: ${load(loadBefore)}; at the end: ${load(loadavg())}.`);
const [first, last] = [medians[0], medians[medians.length - 1]];
if (first && last && last !== first) {
  console.log(`Build time grows ${(last.seconds / first.seconds).toFixed(1)}× for ${(last.pages / first.pages).toFixed(1)}× the pages.`);
}
console.log(`Build logs: ${logs}`);
