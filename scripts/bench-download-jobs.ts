// Downloads benchmark: makes the files of a build again, job by job, in one downloads worker (the same thread,
// heap limits and code as the build's, src/lib/downloads/worker.ts), and prints per builder the CPU
// milliseconds per file (from the best and the median run) and the bytes, then the ZIPs packed from them. The jobs
// come from a build run with DOWNLOADS_JOBS=<file> (and DOWNLOADS_CACHE=off, so every file is made).
//   DOWNLOADS_CACHE=off DOWNLOADS_JOBS=/tmp/jobs.ndjson npm run build
//   node scripts/bench-download-jobs.ts /tmp/jobs.ndjson [runs=3] [copies=1]
// copies: each lesson's jobs again under new titles, as the scale benchmark's synthetic lessons
// (scripts/synthetic-site.ts), so the shared word cache sees new titles as a larger site would.
// With `node --cpu-prof`, the worker writes its own profile. CPU is the worker thread's own (as in the
// build's `[signaal:downloads]` line); the process line adds the other threads (GC helpers, the main thread).
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Job } from '../src/lib/downloads/jobs.ts';
import { workerOptions } from '../src/lib/downloads/maker.ts';
import type { WorkerReply } from '../src/lib/downloads/worker.ts';
import { allowImportsWithoutExtension } from '../src/lib/downloads/ts-imports.ts';
import { median, min } from './lib/stats.ts';

allowImportsWithoutExtension();
const { zipFiles } = await import('../src/lib/downloads/zip.ts');

const [file, runsArg = '3', copiesArg = '1'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench-download-jobs.ts <jobs.ndjson> [runs] [copies]');
const runs = Number(runsArg);
const copies = Number(copiesArg);
const recorded = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { name: string; job: Job });

/** A lesson's job under the title of synthetic copy `n`, as synthetic-site.ts renames a copied lesson. */
function copyOf({ name, job }: { name: string; job: Job }, n: number): { name: string; job: Job } {
  const renamed = structuredClone(job);
  if (renamed.builder === 'worksheet-pdf' || renamed.builder === 'worksheet-odt') renamed.args[1] += ` ${n}`;
  else if ('steps' in (renamed.args[0] as object)) (renamed.args[0] as { title: string }).title += ` ${n}`;
  return { name: name.replace(/(\/lessons\/[^/]+)\//, `$1-synthetic-${n}/`), job: renamed };
}
const jobs = recorded.flatMap((entry) => (entry.name.includes('/lessons/') ? Array.from({ length: copies }, (_, i) => (i === 0 ? entry : copyOf(entry, i))) : [entry]));

const worker = new Worker(new URL('../src/lib/downloads/worker.ts', import.meta.url), workerOptions);
let answer: (reply: WorkerReply) => void = () => {};
worker.on('message', (reply: WorkerReply) => answer(reply));
const ask = (id: number, job: Job) =>
  new Promise<WorkerReply>((resolve) => {
    answer = resolve;
    worker.postMessage({ id, job });
  });

/** Per builder and run: CPU ms per file; and the bytes of every file of the last run, by name. */
const cpu = new Map<string, number[][]>();
const bytes = new Map<string, Uint8Array>();
const processCpu: number[] = [];
let id = 0;
let last = 0;
for (let run = 0; run < runs; run++) {
  const before = process.cpuUsage();
  for (const { name, job } of jobs) {
    const reply = await ask(id++, job);
    if ('error' in reply) throw new Error(`${name}: ${reply.error}`);
    const perRun = cpu.get(job.builder) ?? Array.from({ length: runs }, () => []);
    perRun[run].push((reply.cpu - last) / 1000);
    cpu.set(job.builder, perRun);
    last = reply.cpu;
    if (run === runs - 1) bytes.set(name, reply.made.bytes);
  }
  const used = process.cpuUsage(before);
  processCpu.push((used.user + used.system) / 1000);
}
await worker.terminate();

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const fixed = (value: number) => value.toFixed(1);
const jobBytes = new Map<string, number>();
for (const { name, job } of jobs) jobBytes.set(job.builder, (jobBytes.get(job.builder) ?? 0) + (bytes.get(name)?.length ?? 0));
// Per file from each run's total: the thread's CPU clock moves in steps of a few milliseconds, too coarse for one file.
const rows = [...cpu].map(([builder, perRun]) => {
  const later = perRun.length > 1 ? perRun.slice(1) : perRun;
  const files = perRun[0].length;
  return {
    builder,
    files,
    'first run ms': Math.round(sum(perRun[0])),
    'ms/file best run': fixed(min(later.map(sum)) / files),
    'ms/file median run': fixed(median(later.map(sum)) / files),
    'kB/file': fixed(jobBytes.get(builder)! / files / 1000),
  };
});

// The ZIPs: the files of each folder in one archive, as the build's own thread packs a lesson's (lesson-pack.ts adds a README).
const folders = new Map<string, Uint8Array[]>();
for (const [name, made] of bytes) {
  const folder = name.replace(/\/[^/]+ \(made from.*$/, '');
  folders.set(folder, [...(folders.get(folder) ?? []), made]);
}
const zipTimes: number[] = [];
let zipBytes = 0;
for (let run = 0; run < runs; run++) {
  const started = process.threadCpuUsage();
  for (const files of folders.values()) {
    const zip = zipFiles(files.map((made, index) => ({ name: `${index}`, bytes: made })));
    if (run === 0) zipBytes += zip.length;
  }
  const used = process.threadCpuUsage(started);
  zipTimes.push((used.user + used.system) / 1000);
}
rows.push({
  builder: 'zip (main thread)',
  files: folders.size,
  'first run ms': Math.round(zipTimes[0]),
  'ms/file best run': fixed(min(zipTimes) / folders.size),
  'ms/file median run': fixed(median(zipTimes) / folders.size),
  'kB/file': fixed(zipBytes / folders.size / 1000),
});
console.table(rows);
const total = (run: number) => sum([...cpu.values()].map((perRun) => sum(perRun[run])));
console.log(`${jobs.length} files a run; worker CPU per run: ${Array.from({ length: runs }, (_, run) => Math.round(total(run))).join(', ')} ms; whole process (all threads): ${processCpu.map(Math.round).join(', ')} ms`);
console.log('first run: the worker starts cold (JIT, the shared word cache); later runs: the steady state of a build; ms/file from the totals of the later runs.');
