// Test-time benchmark: how `npm test` grows with the site. Per size it makes a temporary copy of the project with
// synthetic content (scripts/synthetic-site.ts, the scale benchmark's generator; cold caches, own node_modules of
// hard links), puts ../shared beside it as in a checkout, and runs the steps of the `test` script of package.json
// one after another, as `npm test` does, each under GNU time. It prints, per size, the pages built, the wall and
// CPU seconds of each step, and per Playwright spec file the tests and their worker seconds (from Playwright's JSON
// report); each figure's growth against the smallest size next to the growth of the page count, so what grows
// faster than the site stands out. Every log and report is kept in a folder it prints.
//   npm run build && npm run bench:tests
//   TESTS_FACTORS=1,2 TESTS_PORT=4405 TESTS_COLLECTIONS=projects,lessons,news npm run bench:tests
// TESTS_FACTORS: sizes as multiples of today's page count (default 1,2,5; 1 is the real content alone);
// TESTS_PORT: the port of the Playwright server in the copies (default 4405); TESTS_COLLECTIONS: what is multiplied.
// The page count of today's site is read from the project's dist/, so build it first. Run it alone: the whole
// suite on 5× content keeps both cores busy for half an hour or more.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { listPages } from '../tests/audit/site-audit.ts';
import { locales } from '../src/lib/locales.ts';
import { syntheticSite } from './synthetic-site.ts';

const factors = (process.env.TESTS_FACTORS ?? '1,2,5').split(',').map(Number).sort((a, b) => a - b);
const port = process.env.TESTS_PORT ?? '4405';
const collections = (process.env.TESTS_COLLECTIONS ?? 'projects,lessons,news').split(',');
const root = process.cwd();
const shared = realpathSync(join(root, '..', 'shared'));

// Playwright (with CI=1) refuses a port in use, but only after the copy is checked, tested and built.
await new Promise<void>((resolve, reject) => {
  const probe = createServer().once('error', () => reject(new Error(`Port ${port} is in use: set TESTS_PORT to a free one.`)));
  probe.listen(Number(port), 'localhost', () => probe.close(() => resolve()));
});
if (!existsSync(join(root, 'dist'))) throw new Error('No dist/ to count today’s pages from: run `npm run build` first.');
const todaysPages = listPages(join(root, 'dist')).length;
const logs = mkdtempSync(join(tmpdir(), 'signaal-bench-tests-logs-'));
// Each synthetic copy is one more entry per collection and locale, so at least one more page each; after the first
// size with copies, the pages it really added per copy (a lesson also has a self-check page) size the next ones.
let pagesPerCopy = collections.length * locales.length;

/** The steps of `npm test`, as package.json writes them (`a && b && c`). */
const steps = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.test.split('&&').map((s: string) => s.trim()) as string[];

interface Step {
  step: string;
  seconds: number;
  /** CPU seconds of the step and every process it started (user + system). */
  cpu: number;
  /** Mean one-minute load average while it ran. */
  load: number;
  /** Its exit status was not 0: the log says why; the figures still count (a failed test took its time too). */
  failed: boolean;
}

/** Runs one step under GNU time, the whole output into `log`; samples the load average while it runs. */
function run(step: string, dir: string, log: string, env: NodeJS.ProcessEnv): Promise<Step> {
  const fd = openSync(log, 'w');
  const samples = [loadavg()[0]];
  const sampler = setInterval(() => samples.push(loadavg()[0]), 10_000);
  const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S', 'bash', '-c', step], { cwd: dir, env, stdio: ['ignore', fd, fd] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      closeSync(fd);
      const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(log, 'utf8'));
      if (!time) return reject(new Error(`\`${step}\` did not run in ${dir}; log: ${log}`));
      const load = samples.reduce((a, b) => a + b, 0) / samples.length;
      resolve({ step, seconds: Number(time[1]), cpu: Number(time[2]) + Number(time[3]), load, failed: code !== 0 });
    });
  });
}

interface SpecFile {
  tests: number;
  /** Tests whose last try did not pass (timed out, failed). */
  failed: number;
  /**
   * Worker seconds: on each of Playwright's parallel lanes, the time from the end of the previous test to the end
   * of this one counts for this test's file, so its hooks (base-path.spec.ts builds in beforeAll), worker fixtures
   * and loading count too, which the tests' own durations leave out. With the start-up before each lane's first test
   * (a row of its own), it adds up to workers × wall.
   */
  seconds: number;
}

interface JsonSuite {
  file: string;
  specs: { tests: { results: { duration: number; status: string; startTime: string; parallelIndex: number }[] }[] }[];
  suites?: JsonSuite[];
}

/** Per spec file, from Playwright's JSON report. */
function specFiles(report: string): Map<string, SpecFile> {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { suites: JsonSuite[]; stats: { startTime: string } };
  const files = new Map<string, SpecFile>();
  const runs: { file: string; lane: number; start: number; end: number }[] = [];
  const add = (suite: JsonSuite) => {
    const file = files.get(suite.file) ?? { tests: 0, failed: 0, seconds: 0 };
    for (const spec of suite.specs) {
      for (const t of spec.tests) {
        file.tests += 1;
        if (!['passed', 'skipped'].includes(t.results.at(-1)?.status ?? 'skipped')) file.failed += 1;
        for (const r of t.results) runs.push({ file: suite.file, lane: r.parallelIndex, start: Date.parse(r.startTime), end: Date.parse(r.startTime) + r.duration });
      }
    }
    files.set(suite.file, file);
    suite.suites?.forEach(add);
  };
  json.suites.forEach(add);
  // Before a lane's first test: the web server starting and every spec file loaded to list the tests.
  const startUp: SpecFile = { tests: 0, failed: 0, seconds: 0 };
  const previousEnd = new Map<number, number>();
  for (const run of runs.sort((a, b) => a.start - b.start)) {
    const previous = previousEnd.get(run.lane);
    if (previous === undefined) startUp.seconds += (run.start - Date.parse(json.stats.startTime)) / 1000;
    files.get(run.file)!.seconds += (run.end - (previous ?? run.start)) / 1000;
    previousEnd.set(run.lane, run.end);
  }
  files.set('(start-up)', startUp);
  return files;
}

interface Size {
  factor: number;
  copies: number;
  pages: number;
  steps: Step[];
  specs: Map<string, SpecFile>;
}

const sizes: Size[] = [];
for (const factor of factors) {
  const copies = Math.round(((factor - 1) * todaysPages) / pagesPerCopy);
  // The copy is made where the generator makes it, then moved into a folder of its own with shared/ beside it:
  // the unit tests read ../shared/sources/.
  const made = syntheticSite(root, copies, collections);
  const parent = mkdtempSync(join(tmpdir(), 'signaal-bench-tests-'));
  const dir = join(parent, 'signaal');
  renameSync(made, dir);
  symlinkSync(shared, join(parent, 'shared'));
  const folder = join(logs, `${factor}x`);
  mkdirSync(folder);
  const report = join(folder, 'playwright.json');
  // CI=1 as on CI: a fresh server on the port (never one left running), the line reporter, no test.only.
  const env = { ...process.env, CI: '1', PORT: port, PLAYWRIGHT_JSON_OUTPUT_FILE: report, FORCE_COLOR: '0' };
  try {
    console.log(`${factor}×: ${copies} synthetic entries per collection and locale in ${dir}`);
    const done: Step[] = [];
    for (const [i, step] of steps.entries()) {
      const result = await run(step, dir, join(folder, `${i + 1}-${step.replace(/\W+/g, '-')}.log`), env);
      console.log(`  ${step}: ${result.seconds.toFixed(0)} s (${result.cpu.toFixed(0)} s CPU, load ${result.load.toFixed(1)})${result.failed ? ', FAILED' : ''}`);
      done.push(result);
    }
    const pages = listPages(join(dir, 'dist')).length;
    if (copies > 0) pagesPerCopy = (pages - todaysPages) / copies;
    sizes.push({ factor, copies, pages, steps: done, specs: existsSync(report) ? specFiles(report) : new Map() });
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

const first = sizes[0];
const growth = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(2)}×` : '–');
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const total = (size: Size) => sum(size.steps.map((s) => s.seconds));
const totalCpu = (size: Size) => sum(size.steps.map((s) => s.cpu));

console.log(`\nToday’s site: ${todaysPages} pages; synthetic entries are copies of real ${collections.join(', ')} in ${locales.join(', ')}.`);
console.log('Wall and CPU seconds per step of `npm test`; load = mean one-minute load average during the run (2 cores: above 2, other work shares them).');
console.table(
  sizes.map((size) => ({
    size: `${size.factor}×`,
    pages: size.pages,
    'pages growth': growth(size.pages, first.pages),
    'total s': Math.round(total(size)),
    'total growth': growth(total(size), total(first)),
    'CPU s': Math.round(totalCpu(size)),
    'CPU growth': growth(totalCpu(size), totalCpu(first)),
    ...Object.fromEntries(size.steps.map((s) => [`${s.step.replace(/^npm run /, '')} s`, `${Math.round(s.seconds)}${s.failed ? ' failed' : ''}`])),
    ...Object.fromEntries(size.steps.map((s) => [`${s.step.replace(/^npm run /, '')} CPU s`, Math.round(s.cpu)])),
    'failed tests': sum([...size.specs.values()].map((f) => f.failed)),
    load: Number((sum(size.steps.map((s) => s.load * s.seconds)) / total(size)).toFixed(1)),
  })),
);

console.log('Per Playwright spec file: tests, and worker seconds (its tests with their hooks, fixtures and loading; workers run in parallel).');
const files = [...new Set(sizes.flatMap((size) => [...size.specs.keys()]))].sort();
const last = sizes[sizes.length - 1];
console.table(
  files.map((file) => {
    const row: Record<string, string | number> = { file: basename(file) };
    for (const size of sizes) {
      const spec = size.specs.get(file);
      row[`${size.factor}× tests`] = spec?.tests ?? 0;
      row[`${size.factor}× s`] = Math.round(spec?.seconds ?? 0);
    }
    const a = first.specs.get(file)?.seconds ?? 0;
    const b = last.specs.get(file)?.seconds ?? 0;
    row.growth = growth(b, a);
    // Faster than the pages (beyond 10 %, the noise of a shared machine): a page costs more on a larger site.
    row.superlinear = a > 0 && b / a > (last.pages / first.pages) * 1.1 ? 'yes' : '';
    return row;
  }),
);
if (last !== first) console.log(`Pages grow ${growth(last.pages, first.pages)} from ${first.factor}× to ${last.factor}×.`);
console.log(`Logs and Playwright reports: ${logs}`);
