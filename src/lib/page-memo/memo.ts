import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheFolder, markUsed, pruneUnused, writeWhole } from '../build-cache.ts';
import { sourceClosure } from '../downloads/cache.ts';
import { sha256Parts } from '../hash.ts';

/**
 * A memo of the post-build steps' per-page results across builds (`node_modules/.cache/signaal-pages/`, or
 * PAGES_CACHE=<dir>; PAGES_CACHE=off for none). Fonts and page-css read and rewrite every page of dist on
 * every build, although a rebuild after one edit changes few pages: keyed by everything a result is made
 * from, a page whose inputs are unchanged gets back the string a clean build would compute, byte for byte.
 */

/** Folders already pruned by this process: each step opens the memo, but one scan is enough. */
const pruned = new Set<string>();

/** Where the memo lives, or undefined when `setting` (PAGES_CACHE) is `off`. */
export function memoDir(root: string, setting: string | undefined = process.env.PAGES_CACHE): string | undefined {
  return cacheFolder(root, 'signaal-pages', setting);
}

/**
 * The version of a step: the source files its module imports, followed import by import, and the lock file,
 * so any change to the step's code or to a package it runs gives every page a new key.
 */
export function stepVersion(root: string, module: string): string {
  const lock = join(root, 'package-lock.json');
  return sha256Parts(
    ...sourceClosure(join(root, module)).flatMap((file) => [relative(root, file), readFileSync(file)]),
    existsSync(lock) ? readFileSync(lock) : 'no lock file',
  );
}

export interface PageMemo {
  /** The result for these inputs: from the memo when a build computed it before, else `make()`, then kept. */
  (parts: readonly (string | Uint8Array)[], make: () => string): string;
  /** How many results came from the memo. */
  readonly hits: number;
}

/** A memo for one step; `version` (see stepVersion) is part of every key, `dir` undefined keeps nothing. */
export function pageMemo(dir: string | undefined, version: string, now = Date.now()): PageMemo {
  if (dir && !pruned.has(dir)) {
    mkdirSync(dir, { recursive: true });
    pruneUnused(dir, now);
    pruned.add(dir);
  }
  let hits = 0;
  const memo = (parts: readonly (string | Uint8Array)[], make: () => string) => {
    if (!dir) return make();
    const file = join(dir, sha256Parts(version, ...parts));
    if (existsSync(file)) {
      markUsed(file, now);
      hits += 1;
      return readFileSync(file, 'utf8');
    }
    const result = make();
    writeWhole(file, result);
    return result;
  };
  return Object.defineProperty(memo, 'hits', { get: () => hits }) as PageMemo;
}
