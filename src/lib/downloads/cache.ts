import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Files not used by any build for this long are removed. */
const keepDays = 7;

/**
 * Files by key in a folder: `<key>` holds the bytes, `<key>.json` what the pages show about it (size,
 * pages). Each is written to a temporary name and renamed, so a build that stops half-way, or two builds at
 * once, never leave a half-written file under a key.
 */
export class DownloadCache {
  readonly dir: string;
  private readonly used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  read(key: string): CacheHit | undefined {
    const file = join(this.dir, key);
    try {
      const info = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as FileInfo;
      if (statSync(file).size !== info.size) return undefined;
      this.touch(key);
      return { info, bytes: this.reader(file, info) };
    } catch {
      return undefined;
    }
  }

  /**
   * Stores a file and gives it back as a hit, read again from the cache when it is written out: the build
   * does not keep its bytes meanwhile. Kept, every file made stayed in the build's heap, next to the
   * renderer's, until the end (about 250 MB at 10× content).
   */
  write(key: string, { bytes, info }: CachedFile): CacheHit {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    writeFileSync(`${temporary}.json`, JSON.stringify(info));
    renameSync(`${temporary}.json`, `${file}.json`);
    this.used.add(key);
    return { info, bytes: this.reader(file, info) };
  }

  private reader(file: string, info: FileInfo): () => Uint8Array {
    return () => {
      const read = new Uint8Array(readFileSync(file));
      if (read.length !== info.size) throw new Error(`${file} changed while the build was using it: build again`);
      return read;
    };
  }

  /** Removes the files no build has used for a week; keeps what this build used. */
  prune(now = Date.now()): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      const key = name.replace(/\.json$/, '');
      if (this.used.has(key)) continue;
      const file = join(this.dir, name);
      if (now - statSync(file).mtimeMs > keepDays * 86_400_000) rmSync(file, { force: true });
    }
  }

  private touch(key: string): void {
    this.used.add(key);
    const time = new Date();
    const file = join(this.dir, key);
    utimesSync(file, time, time);
    utimesSync(`${file}.json`, time, time);
  }
}
