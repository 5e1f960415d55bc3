// The cost of each kind of download, per file, without a build: the files of the real content (every lesson,
// signal card, toolkit and printable page in every locale, read as the unit tests read them; see
// lib/download-jobs.ts) made one after another, several times over, in one downloads worker started as the
// build starts it (src/lib/downloads/worker.ts with maker.ts's `workerOptions`: same code, same heap limits),
// then the ZIPs packed from them in this thread, as the build packs them in its own.
//
//   npm run bench:downloads                                   5 runs of every builder, and the ZIPs
//   BENCH_RUNS=9 BENCH_ONLY=guide-pdf,deck npm run bench:downloads   only those builders (and no ZIPs)
//   BENCH_COPIES=3 npm run bench:downloads                    each lesson also 3 times under a new title
//   BENCH_RUNS=20 npx node --cpu-prof --cpu-prof-dir=<dir> scripts/bench-downloads.ts
//                  a CPU profile per thread, the worker's included, of all the runs (many runs: mostly warm ones)
//
// The first run is a fresh worker's: empty caches, code not yet optimised, as in a small build; the later
// ones find every word shaped and measured, as on a large site. ms per file come from each run's total per
// builder, because the thread CPU clock moves in steps of a few milliseconds, too coarse for one file.
import { Worker } from 'node:worker_threads';
import type { Job } from '../src/lib/downloads/jobs.ts';
import { workerOptions } from '../src/lib/downloads/maker.ts';
import type { WorkerReply } from '../src/lib/downloads/worker.ts';
import { allowImportsWithoutExtension } from '../src/lib/downloads/ts-imports.ts';
import { median, min } from './lib/stats.ts';

allowImportsWithoutExtension();
const { zipFiles } = await import('../src/lib/downloads/zip.ts');
const { contentDownloads } = await import('./lib/download-jobs.ts');

const runs = Math.max(2, Number(process.env.BENCH_RUNS ?? 5));
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const content = contentDownloads(Number(process.env.BENCH_COPIES ?? 0));
const unknown = only?.filter((builder) => !content.files.some(({ job }) => job.builder === builder));
if (unknown?.length) throw new Error(`BENCH_ONLY: no builder ${unknown.join(', ')}; the builders: ${[...new Set(content.files.map(({ job }) => job.builder))].join(', ')}`);
const files = only ? content.files.filter(({ job }) => only.includes(job.builder)) : content.files;

const worker = new Worker(new URL('../src/lib/downloads/worker.ts', import.meta.url), workerOptions);
let answer: (reply: WorkerReply) => void = () => {};
worker.on('message', (reply: WorkerReply) => answer(reply));
const ask = (id: number, job: Job) =>
  new Promise<WorkerReply>((resolve) => {
    answer = resolve;
    worker.postMessage({ id, job });
  });

// The worker answers every request with its CPU time so far, even one it cannot make: the answer to a job
// of no builder is what loading the code cost, which would otherwise count as the first file's.
let id = 0;
const started = (await ask(id++, {} as Job)).cpu;
/** Per builder, the worker's CPU ms in each run; the bytes of each file of the last run. */
const cpu = new Map<string, number[]>();
const bytes: Uint8Array[] = [];
const processCpu: number[] = [];
let last = started;
for (let run = 0; run < runs; run++) {
  const before = process.cpuUsage();
  for (const [index, { name, job }] of files.entries()) {
    const reply = await ask(id++, job);
    if ('error' in reply) throw new Error(`${name}: ${reply.error}`);
    const perRun = cpu.get(job.builder) ?? Array<number>(runs).fill(0);
    perRun[run] += (reply.cpu - last) / 1000;
    cpu.set(job.builder, perRun);
    last = reply.cpu;
    bytes[index] = reply.made.bytes;
  }
  const used = process.cpuUsage(before);
  processCpu.push((used.user + used.system) / 1000);
}
await worker.terminate();

interface Row {
  name: string;
  files: number;
  /** ms in each run, all files together. */
  runs: number[];
  bytes: number;
}
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const rows: Row[] = [...cpu].map(([builder, perRun]) => {
  const made = files.flatMap(({ job }, index) => (job.builder === builder ? [bytes[index].length] : []));
  return { name: builder, files: made.length, runs: perRun, bytes: sum(made) };
});

// The ZIPs need every file made, so a run narrowed by BENCH_ONLY has none.
if (!only) {
  const zipRuns: number[] = [];
  let zipBytes = 0;
  for (let run = 0; run < runs; run++) {
    const before = process.threadCpuUsage();
    for (const zip of content.zips) {
      const packed = zipFiles(zip.map((index, n) => ({ name: `${n}.${files[index].job.format}`, bytes: bytes[index] })));
      if (run === 0) zipBytes += packed.length;
    }
    const used = process.threadCpuUsage(before);
    zipRuns.push((used.user + used.system) / 1000);
  }
  rows.push({ name: 'zip (main thread)', files: content.zips.length, runs: zipRuns, bytes: zipBytes });
}

const columns = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(18) : cell.padStart(8))).join(' ');
console.log(`CPU ms per file from each run's total: the first run, then the best and the median of the ${runs - 1} others; kB per file.`);
console.log(columns(['builder', 'files', 'first', 'best', 'median', 'kB/file']));
for (const { name, files: count, runs: [first, ...later], bytes: size } of rows) {
  console.log(columns([name, String(count), ...[first, min(later), median(later), size / 1000].map((value) => (value / count).toFixed(1))]));
}
const total = (run: number) => sum([...cpu.values()].map((perRun) => perRun[run]));
console.log(
  `${files.length} files a run; worker start (loading the code) ${Math.round(started / 1000)} ms; worker CPU per run: ${Array.from({ length: runs }, (_, run) => Math.round(total(run))).join(', ')} ms; whole process (all threads): ${processCpu.map(Math.round).join(', ')} ms`,
);
