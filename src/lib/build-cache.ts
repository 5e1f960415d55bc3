import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the build's caches across builds share (the downloads, `src/lib/downloads/cache.ts`; the font subsets,
 * `src/integrations/fonts.ts`; the post-build steps' page results, `src/lib/page-memo/`): a folder chosen by
 * an environment variable, entries written whole, and pruning of what no build has used for a week.
 */

/** Entries no build has used for this long are removed. */
const keepDays = 7;

/**
 * The folder of a cache: the path `setting` (the cache's environment variable) names, none when it is `off`,
 * else `node_modules/.cache/<name>` of the project.
 */
export function cacheFolder(root: string, name: string, setting: string | undefined): string | undefined {
  if (setting === 'off') return undefined;
  return setting || join(root, 'node_modules/.cache', name);
}

/** Marks an entry as used by this build, so that pruning keeps it another week. */
export function markUsed(file: string, now = Date.now()): void {
  const time = new Date(now);
  utimesSync(file, time, time);
}

/** Writes an entry aside and renames it, so a build stopped half-way, or two at once, never leave a cut entry under its key. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** Removes the entries of `dir` that no build has used for a week, except those `keep` names. */
export function pruneUnused(dir: string, now = Date.now(), keep: ReadonlySet<string> = new Set()): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (keep.has(name)) continue;
    const file = join(dir, name);
    if (now - statSync(file).mtimeMs > keepDays * 86_400_000) rmSync(file, { force: true });
  }
}
