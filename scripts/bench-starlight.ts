// Starlight on Signaal's content, to set Signaal's figures next to: a Starlight site (pinned versions from the
// npm registry, its defaults, its Pagefind included) made in a temporary folder from the same projects, lessons
// and news, in nl, en and uk, as scripts/synthetic-site.ts gives the scale benchmark. Two parts:
// - First Contentful Paint (scripts/lib/lighthouse-runs.ts: mobile, simulated throttling, a new browser per run,
//   median of the runs) of the Starlight docs page made from a lesson and from a project, built from the real
//   content only (as dist/ is), served the same way (scripts/lib/serve-build.ts). When dist/ holds a Signaal build, its
//   lesson and project pages are measured in the same rounds, so both sites see the same load on the machine.
// - Build time at each size of bench:scale (SCALE_UNIT extra entries per collection per locale × each of
//   SCALE_FACTORS): clean builds (no Astro or Vite cache), min and median of SCALE_RUNS, pages per second. Every
//   build log is kept in a folder it prints.
//   npm run build && npm run bench:starlight
//   SCALE_UNIT=50 SCALE_FACTORS=1,10 SCALE_RUNS=3 LIGHTHOUSE_RUNS=3 LIGHTHOUSE_LOCALES=nl,en,uk PORT=4335 npm run bench:starlight
// LIGHTHOUSE_RUNS=0 or SCALE_RUNS=0 leaves that part out; the Starlight build is served on PORT, Signaal's on PORT + 1.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { isLocale, locales, type Locale } from '../src/lib/locales.ts';
import { localizedPath } from '../src/lib/routes.ts';
import { measurePages, noiseLine, pageRows, type Page } from './lib/lighthouse-runs.ts';
import { serveBuild, warm, type ServedBuild } from './lib/serve-build.ts';
import { median, min } from './lib/stats.ts';
import { timed, type Timed } from './lib/timed.ts';
import { buildCaches, syntheticSite } from './synthetic-site.ts';

/** The newest Starlight (0.42.4, for Astro ^7.2.10) and the Astro Signaal builds with. */
const versions = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };
const collections = ['projects', 'lessons', 'news'];
const perUnit = Number(process.env.SCALE_UNIT ?? 50);
const factors = (process.env.SCALE_FACTORS ?? '1,10').split(',').map(Number);
const scaleRuns = Number(process.env.SCALE_RUNS ?? 3);
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chosenLocales = (process.env.LIGHTHOUSE_LOCALES?.split(',') ?? [...locales]).filter(isLocale);
const port = Number(process.env.PORT ?? 4335);
const root = process.cwd();
const logs = mkdtempSync(join(tmpdir(), 'signaal-bench-starlight-logs-'));

/** The Starlight pages compared, with the Signaal page of the same kind (the same entry). */
const compared = [
  { type: 'lesson', starlight: '/lessons/grooming/', signaal: '/teachers/grooming/' },
  { type: 'project', starlight: '/projects/safe-havens/', signaal: '/projects/safe-havens/' },
];

/** Starlight's starter, as `npm create astro -- --template starlight` makes it, with Signaal's three locales. */
const config = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Signaal',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Nederlands', lang: 'nl' },
        en: { label: 'English', lang: 'en' },
        uk: { label: 'Українська', lang: 'uk' },
      },
    }),
  ],
});
`;
const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Installs the pinned packages once; each site gets hard links to them, without build caches. */
function installStarlight(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-starlight-packages-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: versions }, null, 2));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/**
 * A Starlight site with the projects, lessons and news of a synthetic copy of Signaal (`copies` extra entries
 * per collection per locale): the same MDX bodies, the title and summary as Starlight's title and description.
 * Dutch is Starlight's root locale, as it is Signaal's.
 */
function starlightSite(packages: string, copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-starlight-'));
  writeFileSync(join(dir, 'package.json'), readFileSync(join(packages, 'package.json')));
  execFileSync('cp', ['-al', join(packages, 'node_modules'), join(dir, 'node_modules')]);
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/content.config.ts'), contentConfig);
  const synthetic = syntheticSite(root, copies, collections);
  try {
    for (const collection of collections) {
      for (const locale of locales) {
        const folder = join(synthetic, 'src/content', collection, locale);
        for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
          const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(folder, file), 'utf8')) ?? [];
          if (frontMatter === undefined) throw new Error(`no front matter in ${join(folder, file)}`);
          const { title, summary } = parse(frontMatter) as { title: string; summary: string };
          const target = join(dir, 'src/content/docs', starlightFolder(locale), collection, file);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, `---\n${stringify({ title, description: summary })}---\n${body}`);
        }
      }
    }
  } finally {
    rmSync(synthetic, { recursive: true, force: true });
  }
  return dir;
}

const starlightFolder = (locale: Locale) => (locale === 'nl' ? '' : locale);

/** A clean build (Astro's and Vite's caches and the last output removed) under GNU time, its output into `log`. */
function build(dir: string, log: string): Timed {
  for (const cache of buildCaches) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  closeSync(openSync(log, 'w'));
  return timed(dir, log, [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build']);
}

const htmlPages = (dir: string) => execFileSync('find', [join(dir, 'dist'), '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;

const packages = installStarlight();
try {
  if (lighthouseRuns > 0) {
    const site = starlightSite(packages, 0);
    const servers: ServedBuild[] = [];
    try {
      build(site, join(logs, 'lighthouse-site.log'));
      const starlight = await serveBuild(join(site, 'dist'), port);
      servers.push(starlight);
      const signaal = existsSync('dist/index.html') ? await serveBuild('dist', port + 1) : undefined;
      if (signaal) servers.push(signaal);
      const pages: Page[] = compared.flatMap(({ type, starlight: path, signaal: own }) =>
        chosenLocales.flatMap((locale) => [
          { type: `Starlight ${type}`, locale, url: `${starlight.origin}${localizedPath(locale, path)}` },
          ...(signaal ? [{ type: `Signaal ${type}`, locale, url: `${signaal.origin}${localizedPath(locale, own)}` }] : []),
        ]),
      );
      await warm(pages.map((page) => page.url));
      const load = loadavg();
      const results = await measurePages(pages, lighthouseRuns);
      console.log(`Lighthouse, mobile, simulated throttling, median of ${lighthouseRuns} cold runs per page (times in seconds);`);
      console.log(`Starlight ${versions['@astrojs/starlight']} on Astro ${versions.astro} with the real content${signaal ? ', Signaal from dist/ in the same rounds' : ' (no Signaal build in dist/ to set next to it)'}.`);
      console.table(pageRows(results));
      console.log(noiseLine(results, load));
    } finally {
      for (const server of servers) server.close();
      rmSync(site, { recursive: true, force: true });
    }
  }
  if (scaleRuns > 0) {
    const rows: Record<string, string | number>[] = [];
    for (const factor of factors) {
      const copies = perUnit * factor;
      const site = starlightSite(packages, copies);
      try {
        const builds: Timed[] = [];
        for (let run = 1; run <= scaleRuns; run++) builds.push(build(site, join(logs, `${factor}x-clean-${run}.log`)));
        const pages = htmlPages(site);
        const seconds = builds.map((b) => b.seconds);
        rows.push({
          size: `${factor}×`,
          entries: copies * collections.length * locales.length,
          pages,
          'clean min s': min(seconds).toFixed(1),
          'clean median s': median(seconds).toFixed(1),
          'pages/s': (pages / median(seconds)).toFixed(1),
          'build CPU s': median(builds.map((b) => b.cpu)).toFixed(1),
          'pages/CPU s': (pages / median(builds.map((b) => b.cpu))).toFixed(1),
          'peak MB': Math.max(...builds.map((b) => b.peakMB)),
        });
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    }
    console.log(`Starlight ${versions['@astrojs/starlight']} on Astro ${versions.astro}, defaults and Pagefind, with bench:scale's content: ${perUnit} synthetic entries per collection per locale at 1× (${collections.join(', ')}), on top of the real ones; ${scaleRuns} clean builds per size.`);
    console.log(`Load average (1, 5, 15 min) at the end: ${loadavg().map((v) => v.toFixed(1)).join(' ')}.`);
    console.table(rows);
  }
} finally {
  rmSync(packages, { recursive: true, force: true });
}
console.log(`Build logs: ${logs}`);
