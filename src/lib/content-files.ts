import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { locales, type Locale } from './locales';

/**
 * Reads content files straight from disk, without Astro, for the checks of `src/lib/content/` and the
 * tests. YAML is read with the `yaml` package's core schema, so values are what the editor wrote:
 * `2018-02-30` stays that text (js-yaml, which Astro uses, would turn it into 2 March).
 */

/** Collections with one MDX file per locale under `<collection>/<locale>/<slug>.mdx`. */
export const perLocaleCollections = ['projects', 'lessons', 'toolkits', 'signals', 'news', 'pages', 'students'] as const;
/** Collections with one YAML file per entry, `<collection>/<id>.yaml`, translations inside. */
export const dataCollections = ['organisations', 'facts', 'sources'] as const;
export type PerLocaleCollection = (typeof perLocaleCollections)[number];
export type DataCollection = (typeof dataCollections)[number];

export interface ParsedFile {
  /** The path as the editor sees it, relative to the project: `src/content/projects/nl/safe-havens.mdx`. */
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** The line of the file on which the body starts (after the front matter). */
  bodyLine: number;
  /** A YAML syntax error, with the line in the file where the parser found it. */
  syntaxError?: { line?: number; message: string };
  /** The line in the file where the value at `field` (or, when it is missing, its nearest parent) is written. */
  lineOf(field: readonly PropertyKey[]): number | undefined;
}

export interface ContentFile extends ParsedFile {
  collection: PerLocaleCollection;
  locale: Locale;
  slug: string;
}

export interface DataFile extends ParsedFile {
  collection: DataCollection;
  slug: string;
}

const frontmatterRE = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/;

/** Parses one file's YAML (a data file, or the front matter of an MDX file, which starts on line 2). */
export function parseContentText(text: string, path: string, kind: 'mdx' | 'yaml'): ParsedFile {
  let yamlText = text;
  let body = '';
  let firstLine = 1;
  if (kind === 'mdx') {
    const match = frontmatterRE.exec(text);
    if (!match) {
      return { path, frontmatter: {}, body: text, bodyLine: 1, syntaxError: { line: 1, message: 'the file must start with front matter between two lines of ---' }, lineOf: () => undefined };
    }
    [, yamlText, body] = match;
    firstLine = 2;
  }
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (field: readonly PropertyKey[]) => {
    for (let n = field.length; n > 0; n--) {
      const node = doc.getIn(field.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const error = doc.errors[0];
  if (error) {
    return { path, frontmatter: {}, body, bodyLine, syntaxError: { line: lineAt(error.pos[0]), message: yamlMessage(error.code, error.message) }, lineOf };
  }
  const value = doc.toJS() as unknown;
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return { path, frontmatter: {}, body, bodyLine, syntaxError: { line: firstLine, message: 'the front matter must be a list of fields (name: value)' }, lineOf };
  }
  return { path, frontmatter: (value ?? {}) as Record<string, unknown>, body, bodyLine, lineOf };
}

/** The YAML parser's own words, without its code frame, and with a hint for the usual causes. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `a field is written twice (${first})`;
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') return `YAML syntax error (${first}); a text with a colon in it needs quotes`;
  return `YAML syntax error: ${first}`;
}

/** Reads and parses one file; `root` makes the path relative, as editors see it. */
export function readContentText(file: string, root: string): ParsedFile {
  return parseContentText(readFileSync(file, 'utf8'), relative(root, file), file.endsWith('.mdx') ? 'mdx' : 'yaml');
}

const projectRoot = (contentDir: string) => join(contentDir, '..', '..');

/** Reads the per-locale content files straight from disk. */
export function readContentFiles(contentDir: string): ContentFile[] {
  const root = projectRoot(contentDir);
  return perLocaleCollections.flatMap((collection) =>
    locales.flatMap((locale) => {
      const dir = join(contentDir, collection, locale);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => ({ ...readContentText(join(dir, name), root), collection, locale, slug: name.replace(/\.mdx$/, '') }));
    }),
  );
}

/** Reads the YAML files of the data collections. */
export function readDataFiles(contentDir: string): DataFile[] {
  const root = projectRoot(contentDir);
  return dataCollections.flatMap((collection) => {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ ...readContentText(join(dir, name), root), collection, slug: name.replace(/\.yaml$/, '') }));
  });
}

/**
 * Files below a collection that its loader would not read as an entry (a `.yml` or `.md` file, a file
 * outside a locale folder): an editor's entry that silently does not appear.
 */
export function strayFiles(contentDir: string): string[] {
  const root = projectRoot(contentDir);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return [...perLocaleCollections, ...dataCollections].flatMap((collection) => {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) return [];
    const expected = (perLocaleCollections as readonly string[]).includes(collection)
      ? new RegExp(`^(${locales.join('|')})/[^/]+\\.mdx$`)
      : /^[^/]+\.yaml$/;
    return walk(dir)
      .filter((path) => !expected.test(relative(dir, path).split('\\').join('/')))
      .map((path) => relative(root, path));
  });
}
