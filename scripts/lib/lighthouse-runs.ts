// Lighthouse's performance figures for a list of pages, the same way for Signaal (scripts/lighthouse.ts) and
// for the Starlight comparison (scripts/bench-starlight.ts): mobile form factor with Lighthouse's default
// simulated throttling (the default config), in Debian's Chromium with the flags the browser tests use.
// Every run starts a new browser with a new profile, so nothing is cached between runs; the runs go round
// the pages (all pages once, then all again) so a burst of load from other work on the machine is spread
// over the pages instead of falling on one.
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median, min } from './stats.ts';

export const chromiumFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Metrics {
  /** First and Largest Contentful Paint and Total Blocking Time in ms, as Lighthouse simulates them. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The performance score, 0–100. */
  score: number;
  /** What the page load transferred (compressed bytes, as sent) and in how many requests. */
  bytes: number;
  requests: number;
  /**
   * Lighthouse's measure of how fast this machine ran at that moment: simulated throttling scales the CPU
   * time it observed, so a busy machine gives slower figures, and this shows how busy it was.
   */
  benchmarkIndex: number;
}

export interface Page {
  /** What the tables show for the page, e.g. `lesson` and `nl`. */
  type: string;
  locale: string;
  url: string;
}

/** Runs lost to a broken trace (NO_NAVSTART and the like on a busy machine) and run again; the noise line says how many. */
let repeated = 0;

/** Lighthouse once on `url` in a new browser with a new profile. */
async function lighthouseRun(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: chromiumFlags });
  try {
    return (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }))?.lhr;
  } finally {
    chrome.kill();
  }
}

/** One run's figures; a run whose trace Lighthouse could not read is run again, twice at most. */
export async function measure(url: string): Promise<Metrics> {
  let run = await lighthouseRun(url);
  for (let attempt = 2; run?.runtimeError && attempt <= 3; attempt++) {
    repeated++;
    run = await lighthouseRun(url);
  }
  if (!run || run.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${run?.runtimeError?.message ?? 'no result'}`);
  const lhr = run;
  const value = (id: string) => {
    const number = lhr.audits[id]?.numericValue;
    if (typeof number !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`);
    return number;
  };
  return {
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    bytes: value('total-byte-weight'),
    requests: (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? Number.NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Measures every page `runs` times, going round the pages; returns each page with its runs in order. */
export async function measurePages<P extends Page>(pages: P[], runs: number): Promise<{ page: P; runs: Metrics[] }[]> {
  const results = pages.map((page) => ({ page, runs: [] as Metrics[] }));
  for (let run = 1; run <= runs; run++) {
    for (const result of results) {
      result.runs.push(await measure(result.page.url));
      process.stderr.write(`\rLighthouse run ${run} of ${runs}: ${result.page.type} (${result.page.locale})`.padEnd(80));
    }
  }
  process.stderr.write('\n');
  return results;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** One table row per page: medians of the runs, and every run's FCP so the spread is visible. */
export function pageRows(results: { page: Page; runs: Metrics[] }[]): Record<string, string | number>[] {
  return results.map(({ page, runs }) => ({
    type: page.type,
    locale: page.locale,
    'FCP s': seconds(median(runs.map((r) => r.fcp))),
    'FCP runs s': runs.map((r) => seconds(r.fcp)).join(' '),
    'LCP s': seconds(median(runs.map((r) => r.lcp))),
    'TBT ms': Math.round(median(runs.map((r) => r.tbt))),
    CLS: median(runs.map((r) => r.cls)).toFixed(3),
    score: median(runs.map((r) => r.score)),
    kB: (median(runs.map((r) => r.bytes)) / 1000).toFixed(1),
    requests: median(runs.map((r) => r.requests)),
  }));
}

/** Per page type, over its locales: the lowest and the median of the pages' median FCP, and the lowest score. */
export function typeRows(results: { page: Page; runs: Metrics[] }[]): Record<string, string | number>[] {
  const types = [...new Set(results.map((r) => r.page.type))];
  return types.map((type) => {
    const ofType = results.filter((r) => r.page.type === type);
    const fcps = ofType.map((r) => median(r.runs.map((m) => m.fcp)));
    return {
      type,
      locales: ofType.map((r) => r.page.locale).join(' '),
      'FCP min s': seconds(min(fcps)),
      'FCP median s': seconds(median(fcps)),
      'lowest score': min(ofType.map((r) => median(r.runs.map((m) => m.score)))),
    };
  });
}

/**
 * How steady the machine was: the load average before and after, Lighthouse's benchmark index over all runs,
 * and the spread between runs of one page (the largest max − min of FCP, and its median over pages).
 */
export function noiseLine(results: { runs: Metrics[] }[], loadBefore: number[]): string {
  const indexes = results.flatMap((r) => r.runs.map((m) => m.benchmarkIndex));
  const spreads = results.map((r) => Math.max(...r.runs.map((m) => m.fcp)) - min(r.runs.map((m) => m.fcp)));
  const load = (values: number[]) => values.map((v) => v.toFixed(1)).join(' ');
  return [
    `Load average (1, 5, 15 min) before: ${load(loadBefore)}, after: ${load(loadavg())}.`,
    `Benchmark index: min ${Math.round(min(indexes))}, median ${Math.round(median(indexes))}, max ${Math.round(Math.max(...indexes))}.`,
    `FCP spread between runs of one page: median ${seconds(median(spreads))} s, largest ${seconds(Math.max(...spreads))} s.`,
    `Runs repeated because Lighthouse could not read their trace: ${repeated}.`,
  ].join('\n');
}
