import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineStylesheets, linkedStylesheets } from '../lib/css/inline-page.ts';
import { pageUse, scriptSources, withImports } from '../lib/css/page-use.ts';
import { stylesheetPruner } from '../lib/css/prune.ts';
import { sha256Parts } from '../lib/hash.ts';
import { htmlFiles } from '../lib/html-files.ts';
import { memoDir, pageMemo, stepVersion } from '../lib/page-memo/memo.ts';

/**
 * Tailwind writes one stylesheet for the whole site, and a page that links it waits for all of it (32 kB) before
 * its first paint. After the build this puts into every page, as a `<style>` in its head, only the part of
 * that sheet the page can use (src/lib/css/), so a page paints from its HTML alone, in one round trip, and
 * the per-page CSP `<meta>` lists the hashes of exactly the page's inline scripts and styles. The sheet
 * itself, linked by no page any more, is removed.
 */
export default function pageCss(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'signaal:page-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Site paths carry the base; files lie below outDir without it.
        const fileOf = (path: string) => join(outDir, path.startsWith(base) ? path.slice(base.length) : path);
        // Every page reads the same few scripts: read each once.
        const files = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!files.has(path)) {
            try {
              files.set(path, readFileSync(fileOf(path), 'utf8'));
            } catch {
              files.set(path, undefined);
            }
          }
          return files.get(path);
        };
        const sheetOf = (href: string) => {
          const css = read(href);
          if (css === undefined) throw new Error(`A page links ${href}, which the build does not have`);
          return css;
        };
        const digests = new Map<string, string>();
        const digestOf = (href: string) => {
          const known = digests.get(href);
          if (known) return known;
          const digest = sha256Parts(href, sheetOf(href));
          digests.set(href, digest);
          return digest;
        };
        const pruners = new Map<string, ReturnType<typeof stylesheetPruner>>();
        const prunerOf = (href: string) => {
          const known = pruners.get(href);
          if (known) return known;
          const pruner = stylesheetPruner(sheetOf(href));
          pruners.set(href, pruner);
          return pruner;
        };
        // A page's result depends on the page, its scripts and the sheets it links only: a page unchanged
        // since the last build (with the same sheets, which the fonts step rewrites) takes it from the memo.
        const memo = pageMemo(memoDir(root), stepVersion(root, 'src/integrations/page-css.ts'));
        const linked = new Set<string>();
        let pages = 0;
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          const hrefs = linkedStylesheets(html);
          hrefs.forEach((href) => linked.add(href));
          const scripts = withImports(scriptSources(html), read);
          const page = memo([html, ...hrefs.map(digestOf), '\0scripts', ...scripts], () => {
            const use = pageUse(html, scripts);
            return inlineStylesheets(html, (href) => prunerOf(href)(use));
          });
          writeFileSync(file, page);
          pages += 1;
        }
        for (const href of linked) rmSync(fileOf(href));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${pages} pages carry the CSS they use inline (${memo.hits} from the memo), in ${seconds} s; removed ${[...linked].join(', ')}`);
      },
    },
  };
}
