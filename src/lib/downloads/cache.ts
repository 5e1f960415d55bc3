import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { markUsed, pruneUnused, writeWhole } from '../build-cache';
import { sha256Parts } from '../hash';
import type { FileInfo } from './file-info';

/**
 * A cache of generated downloads across builds, keyed by everything a file is made from: the content of its
 * entry (and of what the entry references), the code that makes it (every source file the catalogue imports,
 * followed import by import, and the installed packages), the fonts and the build date. A content edit
 * changes the key of its own files only; a code, package or font change changes every key. A file read
 * from the cache is the file a clean build would make, byte for byte.
 */

/** Relative module specifiers of a source file: `import … from './x'`, `export … from '../y'`, `import('./z')`. */
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const extensions = ['', '.ts', '.mjs', '.js', '/index.ts'];
/** Block comments, and line comments that start a line or follow a space (not the `//` of a URL). */
const comments = /\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm;

/** The source files `entry` imports, directly or through others, itself included; sorted. */
export function sourceClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').replace(comments, '$1').matchAll(relativeImport)) {
      const base = resolve(dirname(file), specifier);
      const found = extensions.map((extension) => base + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (!found) throw new Error(`${file} imports ${specifier}, which was not found`);
      visit(found);
    }
  };
  visit(resolve(entry));
  return [...seen].sort();
}

/**
 * The version of everything that makes the files besides their content: the source files, the lock file
 * of the installed packages, the font files, the build date, and the zlib that compresses the PDFs' streams
 * and the ZIPs' entries (another zlib may pack the same data into other bytes). `root` is the project folder.
 */
export function codeVersion(root: string, fonts: string[], buildDate: Date): string {
  const sources = sourceClosure(join(root, 'src/lib/downloads/catalogue.ts'));
  const lock = join(root, 'package-lock.json');
  return sha256Parts(
    ...sources.flatMap((file) => [relative(root, file), readFileSync(file)]),
    existsSync(lock) ? readFileSync(lock) : 'no lock file',
    ...fonts.map((file) => readFileSync(file)),
    buildDate.toISOString(),
    process.versions.zlib ?? 'no zlib version',
  );
}

/**
 * Digests of input objects: the files of an entry (a lesson has about fourteen) share one inputs object, so it
 * is written out and hashed once, not once a file. An inputs object must not change once a key is made from it.
 */
const inputDigests = new WeakMap<object, string>();

function inputDigest(inputs: unknown): string {
  if (typeof inputs !== 'object' || inputs === null) return sha256Parts(JSON.stringify(inputs));
  let digest = inputDigests.get(inputs);
  if (!digest) {
    digest = sha256Parts(JSON.stringify(inputs));
    inputDigests.set(inputs, digest);
  }
  return digest;
}

/** The cache key of one file: the code version, where the file lives, and what it is made from. */
export function fileKey(version: string, path: string, inputs: unknown): string {
  return sha256Parts(version, path, inputDigest(inputs));
}

export interface CachedFile {
  bytes: Uint8Array;
  info: FileInfo;
}

/**
 * A file found in the cache: what the pages show about it at once, its bytes when they are written out, so
 * that a rebuild does not hold every file in memory at the same time.
 */
export interface CacheHit {
  info: FileInfo;
  bytes: () => Uint8Array;
}

/** The longest first line a cached file may have: what the pages show about it, as JSON. */
const headerLimit = 512;

/**
 * Files by key in a folder: `<key>` holds, on its first line, what the pages show about the file (size,
 * pages) as JSON, then the file's bytes. One file per key, not a second one for the facts: creating files
 * was most of the cost of the cache (about 1.3 ms each on the 2-core machine's disk, 8,500 of them at
 * 10× content). Each is written to a temporary name and renamed, so a build that stops half-way, or two builds
 * at once, never leave a half-written file under a key; a file whose length does not match its first line
 * is not used.
 */
export class DownloadCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  private made = false;

  constructor(dir: string) {
    this.dir = dir;
  }

  read(key: string): CacheHit | undefined {
    const file = join(this.dir, key);
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const head = Buffer.alloc(headerLimit);
      const length = readSync(fd, head, 0, headerLimit, 0);
      const end = head.subarray(0, length).indexOf(0x0a);
      if (end < 0) return undefined;
      const info = JSON.parse(head.toString('utf8', 0, end)) as FileInfo;
      if (fstatSync(fd).size !== end + 1 + info.size) return undefined;
      this.touch(key);
      return { info, bytes: this.reader(file, end + 1, info) };
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  write(key: string, { bytes, info }: CachedFile): void {
    if (!this.made) mkdirSync(this.dir, { recursive: true });
    this.made = true;
    const header = Buffer.from(`${JSON.stringify(info)}\n`);
    if (header.length > headerLimit) throw new Error(`The facts of a download are too long to cache: ${header.toString()}`);
    writeWhole(join(this.dir, key), Buffer.concat([header, bytes]));
    this.used.add(key);
  }

  private reader(file: string, offset: number, info: FileInfo): () => Uint8Array {
    return () => {
      const read = readFileSync(file);
      if (read.length !== offset + info.size) throw new Error(`${file} changed while the build was using it: build again`);
      return new Uint8Array(read.subarray(offset));
    };
  }

  /** Removes the files no build has used for a week; keeps what this build used. */
  prune(now = Date.now()): void {
    pruneUnused(this.dir, now, this.used);
  }

  private touch(key: string): void {
    this.used.add(key);
    markUsed(join(this.dir, key));
  }
}
