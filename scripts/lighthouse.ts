// First Contentful Paint and the other Lighthouse performance figures for one page of each type in each locale,
// on the built site (dist/) served compressed (scripts/lib/serve-build.ts), in Debian's Chromium: mobile, Lighthouse's
// default simulated throttling, a new browser (cold cache) for every run, median of the runs
// (scripts/lib/lighthouse-runs.ts). Prints a row per page and locale and, per page type, the lowest and the
// median FCP over the locales, then how busy the machine was while it measured.
//   npm run build && npm run lighthouse
//   LIGHTHOUSE_TYPES=lesson,project LIGHTHOUSE_LOCALES=nl LIGHTHOUSE_RUNS=5 PORT=4333 npm run lighthouse
// LIGHTHOUSE_TYPES: page types from the list below (default all); LIGHTHOUSE_LOCALES: default nl,en,uk;
// LIGHTHOUSE_RUNS: runs per page (default 3); PORT: where the build is served (default 4333).
import { loadavg } from 'node:os';
import { isLocale, locales } from '../src/lib/locales.ts';
import { localizedPath } from '../src/lib/routes.ts';
import { measurePages, noiseLine, pageRows, typeRows } from './lib/lighthouse-runs.ts';
import { serveBuild, warm } from './lib/serve-build.ts';

/** One page per template (the protocol, the flyer and the help page are long-form pages of their own kind). */
const pageTypes: Record<string, string> = {
  home: '/',
  page: '/what-is-trafficking/',
  help: '/help/',
  protocol: '/reporting-protocol/',
  'refugee flyer': '/refugee-flyer/',
  'projects index': '/projects/',
  project: '/projects/safe-havens/',
  'projects filter': '/projects/theme/victim-support/',
  'teachers index': '/teachers/',
  lesson: '/teachers/grooming/',
  'teachers filter': '/teachers/topic/criminal/',
  'students index': '/students/',
  'student page': '/students/recognise-the-signs/',
  quiz: '/students/quiz/grooming/',
  'signals index': '/signals/',
  'signal card': '/signals/labour/',
  'toolkits index': '/toolkits/',
  toolkit: '/toolkits/schools/',
  'organisations index': '/organisations/',
  organisation: '/organisations/rode-kruis/',
  'news index': '/news/',
  'news item': '/news/european-approach-launch-2013/',
  search: '/search/',
  sitemap: '/sitemap/',
  sources: '/sources/',
};

const list = (value: string | undefined) => value?.split(',').map((item) => item.trim()).filter(Boolean);
const types = list(process.env.LIGHTHOUSE_TYPES) ?? Object.keys(pageTypes);
const unknown = types.filter((type) => !(type in pageTypes));
if (unknown.length) throw new Error(`Unknown page type ${unknown.join(', ')}; known: ${Object.keys(pageTypes).join(', ')}`);
const chosenLocales = (list(process.env.LIGHTHOUSE_LOCALES) ?? [...locales]).filter(isLocale);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const served = await serveBuild('dist', Number(process.env.PORT ?? 4333));
try {
  const pages = types.flatMap((type) => chosenLocales.map((locale) => ({ type, locale, url: `${served.origin}${localizedPath(locale, pageTypes[type])}` })));
  await warm(pages.map((page) => page.url));
  const load = loadavg();
  const results = await measurePages(pages, runs);
  console.log(`Lighthouse, mobile, simulated throttling, median of ${runs} cold runs per page (times in seconds).`);
  console.table(pageRows(results));
  console.log('Per page type, over its locales:');
  console.table(typeRows(results));
  console.log(noiseLine(results, load));
} finally {
  served.close();
}
