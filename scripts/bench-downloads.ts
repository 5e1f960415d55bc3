// The CPU cost of each kind of download, per file, without a build: the files of the real content (every
// lesson, signal card, toolkit and printable page in every locale, read as the unit tests read them) made one
// after another in a worker thread set up like the build's downloads workers, several times over. The
// first run starts with empty caches, as a worker of a small build does; the later ones find every word
// shaped and measured, as on a large site. Prints ms of CPU per file, first run and min/median of the others.
//
//   npm run bench:downloads                       5 runs of every PDF builder
//   BENCH_RUNS=9 BENCH_ONLY=guide-pdf,deck npm run bench:downloads
//   BENCH_PROFILE=/tmp/prof npm run bench:downloads   also writes a CPU profile of the runs after the first
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { median, min } from './lib/stats.ts';

/** The young generation of the build's downloads workers (src/lib/downloads/maker.ts), in MB. */
const youngGenerationMb = 64;

interface Settings {
  runs: number;
  only?: string[];
  profile?: string;
}

/** Per builder: how many files, and the CPU time of each run in ms. */
type Timings = Record<string, { files: number; runs: number[] }>;

if (isMainThread) {
  const settings: Settings = {
    runs: Math.max(2, Number(process.env.BENCH_RUNS ?? 5)),
    only: process.env.BENCH_ONLY?.split(',').filter(Boolean),
    profile: process.env.BENCH_PROFILE,
  };
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
  const timings = await new Promise<Timings>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  let first = 0;
  let warm = 0;
  console.log(`CPU ms per file; first run with empty caches, then min and median of ${settings.runs - 1} runs.`);
  console.log(`${'builder'.padEnd(14)} ${'files'.padStart(5)} ${'first'.padStart(8)} ${'min'.padStart(8)} ${'median'.padStart(8)}`);
  for (const [builder, { files, runs }] of Object.entries(timings)) {
    const [cold, ...rest] = runs.map((ms) => ms / files);
    first += runs[0];
    warm += median(runs.slice(1));
    console.log(`${builder.padEnd(14)} ${String(files).padStart(5)} ${cold.toFixed(1).padStart(8)} ${min(rest).toFixed(1).padStart(8)} ${median(rest).toFixed(1).padStart(8)}`);
  }
  console.log(`all files: first run ${first.toFixed(0)} ms, median of the others ${warm.toFixed(0)} ms`);
} else {
  // Node runs the TypeScript as it is; the hook lets the imports leave out `.ts`, as they do for Vite (see worker.ts).
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL) {
        const found = [`${specifier}.ts`, `${specifier}/index.ts`].map((candidate) => new URL(candidate, context.parentURL)).find((url) => existsSync(fileURLToPath(url)));
        if (found) return nextResolve(found.href, context);
      }
      return nextResolve(specifier, context);
    },
  });
  const settings = workerData as Settings;
  const { runJob } = await import('../src/lib/downloads/jobs.ts');
  const { jobsOfContent } = await import('./lib/download-jobs.ts');
  const jobs = jobsOfContent().filter((job) => (settings.only ? settings.only.includes(job.builder) : job.format === 'pdf'));
  const { Session } = await import('node:inspector/promises');
  const session = settings.profile ? new Session() : undefined;
  session?.connect();
  const timings: Timings = {};
  for (let run = 0; run < settings.runs; run++) {
    if (session && run === 1) {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    for (const job of jobs) {
      const start = process.threadCpuUsage();
      await runJob(job);
      const used = process.threadCpuUsage(start);
      const timing = (timings[job.builder] ??= { files: 0, runs: [] });
      if (run === 0) timing.files++;
      timing.runs[run] = (timing.runs[run] ?? 0) + (used.user + used.system) / 1000;
    }
  }
  if (session && settings.profile) {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(settings.profile, { recursive: true });
    writeFileSync(join(settings.profile, 'downloads.cpuprofile'), JSON.stringify(profile));
  }
  parentPort!.postMessage(timings);
}
