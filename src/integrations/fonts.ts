import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheFolder, markUsed, pruneUnused, writeWhole } from '../lib/build-cache.ts';
import { linkedStylesheets } from '../lib/css/inline-page.ts';
import { scriptSources, withImports } from '../lib/css/page-use.ts';
import { caseTransforms, drawnWithoutSource, pageCharacters } from '../lib/fonts/characters.ts';
import { codePointsOf } from '../lib/fonts/code-ranges.ts';
import { charactersPerFace, fontFaces, withSubsets, type Subset } from '../lib/fonts/faces.ts';
import { otherFontClasses, preloadLinks, shownText } from '../lib/fonts/preload.ts';
import { fontCharacters, subsetWoff2 } from '../lib/fonts/subset.ts';
import { weightRange } from '../lib/fonts/weights.ts';
import { sha256Parts } from '../lib/hash.ts';
import { htmlFiles } from '../lib/html-files.ts';
import { memoDir, pageMemo, stepVersion } from '../lib/page-memo/memo.ts';

/**
 * A cache of subsets across builds (`node_modules/.cache/signaal-fonts/`, or FONTS_CACHE=<dir>; FONTS_CACHE=off
 * for none), keyed by the source file, the code points, the weight range and the installed packages, so a
 * build whose text brings no new character does no subsetting at all. The lock file stands for the subsetter's
 * version: another HarfBuzz may write other bytes for the same input.
 */
function subsetCache(root: string) {
  const dir = cacheFolder(root, 'signaal-fonts', process.env.FONTS_CACHE);
  if (dir) {
    mkdirSync(dir, { recursive: true });
    pruneUnused(dir);
  }
  return async (key: string, make: () => Promise<Buffer>): Promise<{ bytes: Buffer; cached: boolean }> => {
    const file = dir && join(dir, `${key}.woff2`);
    if (file && existsSync(file)) {
      markUsed(file);
      return { bytes: readFileSync(file), cached: true };
    }
    const bytes = await make();
    if (file) writeWhole(file, bytes);
    return { bytes, cached: false };
  };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/**
 * The web font carries every glyph of its scripts (Latin 36 kB, Cyrillic 20 kB, over the whole weight axis),
 * and Lighthouse, like a phone on a slow line, waits for it before the first paint. After the build this
 * replaces each `@font-face` file of the site stylesheet by a subset with exactly the characters the built
 * site can draw in it (src/lib/fonts/: every page with the scripts it loads) and only the weights the
 * stylesheet uses, sets each rule's `unicode-range` to what its subset holds, and drops the rules nothing
 * needs. Runs before page-css, which then gives every page only the rules its own characters need.
 */
export default function fonts(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'signaal:fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const fileOf = (path: string) => join(outDir, path.startsWith(base) ? path.slice(base.length) : path);
        const files = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!files.has(path)) files.set(path, existsSync(fileOf(path)) ? readFileSync(fileOf(path), 'utf8') : undefined);
          return files.get(path);
        };
        const htmlPaths = htmlFiles(outDir);
        const pages = htmlPaths.map((file) => readFileSync(file, 'utf8'));
        const sheets = [...new Set(pages.flatMap(linkedStylesheets))].sort();
        const sheetCss = new Map(sheets.map((href) => [href, read(href) ?? '']));
        const allCss = [...sheetCss.values()].join('\n');
        const transforms = caseTransforms(allCss);
        // A page's characters, and its preload links, depend on the page, its scripts and the stylesheets
        // (and the subsets) only: a page unchanged since the last build takes both from the memo.
        const memo = pageMemo(memoDir(root), stepVersion(root, 'src/integrations/fonts.ts'));
        const cssDigest = sha256Parts(allCss);
        const characters = pages.map((html) => {
          const scripts = withImports(scriptSources(html), read);
          return memo(['characters', html, cssDigest, ...scripts], () => String.fromCodePoint(...codePointsOf(pageCharacters(html, scripts, transforms))));
        });
        const text = [drawnWithoutSource, allCss, ...characters].join('');
        const points = codePointsOf(text);
        const weights = weightRange(allCss);
        const cache = subsetCache(root);
        const lock = join(root, 'package-lock.json');
        const packages = existsSync(lock) ? readFileSync(lock) : 'no lock file';
        const subsets = new Map<string, Subset>();
        const report: string[] = [];
        let made = 0;
        const replaced = new Set<string>();
        const families = new Set<string>();
        for (const [href, css] of sheetCss) {
          const faces = fontFaces(css);
          faces.forEach((face) => families.add(face.family));
          // A face's address is relative to its stylesheet, and a site path (with the base) once resolved.
          const pathOf = (url: string) => fileOf(new URL(url, `http://site.local${href}`).pathname);
          const sources = faces.map((face) => readFileSync(pathOf(face.url)));
          const held = sources.map(fontCharacters);
          const perFace = charactersPerFace(faces, points, (face, point) => held[face].has(point));
          for (const [index, face] of faces.entries()) {
            if (subsets.has(face.url) || perFace[index].length === 0) continue;
            const key = sha256Parts(packages, sources[index], JSON.stringify([perFace[index], weights]));
            const { bytes, cached } = await cache(key, () => subsetWoff2(sources[index], perFace[index], weights));
            made += cached ? 0 : 1;
            const name = basename(face.url).replace(/(\.[\w-]+)?\.woff2$/, `.${createHash('sha256').update(bytes).digest('base64url').slice(0, 8)}.woff2`);
            const url = posix.join(posix.dirname(face.url), name);
            writeFileSync(join(dirname(pathOf(face.url)), name), bytes);
            subsets.set(face.url, { url, points: [...fontCharacters(bytes)].filter((point) => perFace[index].includes(point)) });
            report.push(`${name.replace(/\.[\w-]+\.woff2$/, '')} ${kB(sources[index].length)} → ${kB(bytes.length)} kB (${perFace[index].length} characters)`);
          }
          writeFileSync(fileOf(href), withSubsets(css, subsets, weights));
          faces.forEach((face) => replaced.add(pathOf(face.url)));
        }
        // No stylesheet points at the whole files any more.
        replaced.forEach((file) => rmSync(file));
        const otherFont = new Set([...families].flatMap((family) => [...otherFontClasses(allCss, family)]));
        const subsetList = [...subsets.values()];
        const linksKey = JSON.stringify([[...otherFont].sort(), subsetList]);
        let preloaded = 0;
        for (const [index, file] of htmlPaths.entries()) {
          const links = memo(['preload', pages[index], linksKey], () => preloadLinks(shownText(pages[index], otherFont), subsetList));
          if (!links) continue;
          const page = pages[index].replace(/<link rel="stylesheet"/, `${links}$&`);
          if (page === pages[index]) continue;
          writeFileSync(file, page);
          preloaded += 1;
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`web fonts cut to the ${points.length} characters the site draws and weights ${weights.min}–${weights.max}: ${report.join('; ')}; ${made} made, ${subsets.size - made} from the cache; preloaded by ${preloaded} pages; ${memo.hits} of ${2 * pages.length} page results from the memo; in ${seconds} s`);
      },
    },
  };
}
