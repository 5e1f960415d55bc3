import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { mdxToJs } from 'satteri';
import {
  dataCollections,
  perLocaleCollections,
  readContentFiles,
  readDataFiles,
  strayFiles,
  type ContentFile,
  type DataFile,
  type ParsedFile,
} from '../content-files';
import { lessonSections } from '../lesson-sections';
import { locales, type Locale } from '../locales';
import { makeSchemas, type CollectionName, type Ref } from '../schemas';
import { idClashes, idPattern } from './ids';
import { describeDifference, differences, invariantView } from './locale-equality';
import { mdxSafety } from './mdx-safety';
import { ContentError, type Problem } from './problems';

export { formatProblem, type Problem } from './problems';

/**
 * The content check: everything an editor can get wrong in `src/content/`, found before Astro reads a
 * file, and said in words that name the file, the line and the field. The build runs it
 * (`src/integrations/content-check.ts`), the loader runs the per-file part for each changed file
 * (`src/lib/content/loader.ts`), and the unit tests run it on real and on broken content.
 */
/** Known entry ids per collection, for the reference check. */
export type Ids = Record<CollectionName, Set<string>>;

/** A reference that must name an existing entry, in the file's own locale, with the exact capitals. */
function fileRef(ids: Ids, locale: Locale | undefined): Ref {
  return <C extends CollectionName>(collection: C) =>
    z.string().transform((id, ctx) => {
      const known = ids[collection];
      if (!known.has(id)) {
        const sameLetters = [...known].find((k) => k.toLowerCase() === id.toLowerCase());
        ctx.addIssue({
          code: 'custom',
          message: sameLetters
            ? `there is no ${collection} entry "${id}": ids are written in lower case, "${sameLetters}"`
            : `there is no ${collection} entry "${id}"${perLocale(collection) ? ` (write it as <locale>/<file name>, e.g. "${locale ?? 'nl'}/…")` : ''}`,
        });
      } else if (locale && perLocale(collection) && !id.startsWith(`${locale}/`)) {
        ctx.addIssue({ code: 'custom', message: `"${id}" is an entry in another language; refer to "${locale}/${id.replace(/^[a-z]{2}\//, '')}"` });
      }
      return { collection, id };
    }) as z.ZodType<{ collection: C; id: string }, unknown>;
}

const perLocale = (collection: string) => (perLocaleCollections as readonly string[]).includes(collection);

const kindOf = (value: unknown) =>
  value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a group of fields' : typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `${typeof value} ${JSON.stringify(value)}`;

const expectedWords: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };

/** Zod's generic messages, rewritten for editors; messages the schemas set themselves are kept. */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') return 'is missing (this field is required)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing (this field is required)' : `must be ${expectedWords[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `${JSON.stringify(issue.input)} is not allowed here; write one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `may have at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
};

const schemaCache = new WeakMap<Ids, Map<Locale | undefined, ReturnType<typeof makeSchemas>>>();

/** The schemas for files of one locale (or for data files), built once per set of known ids. */
function schemasFor(ids: Ids, locale: Locale | undefined) {
  let byLocale = schemaCache.get(ids);
  if (!byLocale) schemaCache.set(ids, (byLocale = new Map()));
  let schemas = byLocale.get(locale);
  if (!schemas) byLocale.set(locale, (schemas = makeSchemas(fileRef(ids, locale))));
  return schemas;
}

/** Validates one parsed file against its collection's schema; `ids` are the entries references may name. */
export function validateFile(file: ParsedFile, collection: CollectionName, locale: Locale | undefined, ids: Ids): { problems: Problem[]; data?: unknown } {
  if (file.syntaxError) return { problems: [{ file: file.path, line: file.syntaxError.line, message: file.syntaxError.message }] };
  const schema = schemasFor(ids, locale)[collection];
  const result = schema.safeParse(file.frontmatter, { error: editorMessages });
  const problems: Problem[] = result.success
    ? []
    : result.error.issues.map((issue) => {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        return { file: file.path, line: file.lineOf(path), field: issue.path.map(String).join('.') || undefined, message: issue.message };
      });
  if (perLocale(collection)) problems.push(...bodyProblems(file));
  if (collection === 'lessons' && result.success) problems.push(...sectionProblems(file, result.data as Parameters<typeof lessonSections>[0]));
  return { problems, data: result.success ? result.data : undefined };
}

/**
 * The body of an MDX file: not empty, valid MDX, and free of the raw HTML that mdx-safety.ts refuses. It
 * is compiled with the same plugin the build uses, so the check and the build cannot disagree.
 */
export function bodyProblems(file: ParsedFile): Problem[] {
  if (file.body.trim() === '') return [{ file: file.path, line: file.bodyLine, message: 'the page text below the front matter is empty; every entry needs its text' }];
  try {
    // Blank lines in place of the front matter keep the compiler's line numbers those of the file.
    mdxToJs('\n'.repeat(file.bodyLine - 1) + file.body, { mdastPlugins: [mdxSafety] });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => ({ ...p, file: file.path }));
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    return [{ file: file.path, line: at ? Number(at[1]) : undefined, message: `MDX syntax error: ${message.replace(/^\d+:\d+: /, '').replace(/ \(mdx[^)]*\)$/, '')}` }];
  }
}

/**
 * A lesson page links its sections by anchor: its own parts (`goals`, `quiz`, …) and the second-level
 * headings of the body, whose anchors Astro makes with github-slugger. A heading whose anchor is already a
 * section's (an English “## Quiz”) would give the page two elements with one id.
 */
export function sectionProblems(file: ParsedFile, lesson: Parameters<typeof lessonSections>[0]): Problem[] {
  const slugger = new GithubSlugger();
  const lines = file.body.split('\n');
  const headings = lines.flatMap((line, index) => {
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    return match ? [{ depth: match[1].length, text: match[2], slug: slugger.slug(match[2]), line: file.bodyLine + index }] : [];
  });
  const sections = lessonSections(lesson, headings);
  return headings
    .filter((h) => h.depth === 2 && sections.filter((s) => s.id === h.slug).length > 1)
    .map((h) => ({ file: file.path, line: h.line, message: `the heading "${h.text}" gets the anchor "#${h.slug}", which the lesson page already uses for one of its own sections; choose another heading` }));
}

/** The ids Astro gives the files: `nl/safe-havens` for per-locale files, the file name for data files. */
export const entryId = (file: ContentFile | DataFile) => ('locale' in file ? `${file.locale}/${file.slug}` : file.slug);

export function knownIds(files: { collection: CollectionName; slug: string; locale?: Locale }[]): Ids {
  const ids = Object.fromEntries([...perLocaleCollections, ...dataCollections].map((c) => [c, new Set<string>()])) as Ids;
  for (const file of files) ids[file.collection].add(file.locale ? `${file.locale}/${file.slug}` : file.slug);
  return ids;
}

/** The entry ids from the file names alone, without reading the files (for the loader, per changed file). */
export function listIds(contentDir: string): Ids {
  const names = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length)) : []);
  return knownIds([
    ...perLocaleCollections.flatMap((collection) => locales.flatMap((locale) => names(join(contentDir, collection, locale), '.mdx').map((slug) => ({ collection, locale, slug })))),
    ...dataCollections.flatMap((collection) => names(join(contentDir, collection), '.yaml').map((slug) => ({ collection, slug }))),
  ]);
}

/**
 * Every nl, en and uk file of an entry agree on everything that is not text. Files with a problem of
 * their own are left out (`skip`), so one wrong value is reported once, not once per translation too.
 */
export function localeDifferences(files: ContentFile[], skip: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const schemas = makeSchemas(((collection) => z.string().transform((id) => ({ collection, id }))) as Ref);
  for (const collection of perLocaleCollections) {
    const slugs = new Set(files.filter((f) => f.collection === collection).map((f) => f.slug));
    for (const slug of slugs) {
      const [reference, ...others] = locales
        .map((locale) => files.find((f) => f.collection === collection && f.slug === slug && f.locale === locale))
        .filter((f) => f !== undefined && !f.syntaxError && !skip.has(f.path));
      if (!reference) continue;
      const view = (f: ContentFile) => invariantView(schemas[collection], f.frontmatter);
      for (const other of others) {
        for (const d of differences(view(reference), view(other!))) {
          const path = d.field.split(' ')[0].split('.');
          problems.push({
            file: other!.path,
            line: other!.lineOf(path),
            field: d.field,
            message: `differs from ${reference.path}${reference.lineOf(path) ? `:${reference.lineOf(path)}` : ''}: ${describeDifference({ ...d, a: d.b, b: d.a })}. Only text may differ between languages.`,
          });
        }
      }
    }
  }
  return problems;
}

/** Names and ids: lower case, no two entries with one id (not even by capitals), every locale present. */
export function idProblems(files: (ContentFile | DataFile)[]): Problem[] {
  const problems: Problem[] = files
    .filter((f) => !idPattern.test(f.slug))
    .map((f) => ({ file: f.path, message: `the file name "${f.slug}" must be lower case words joined by hyphens (it becomes the entry's id and address)` }));
  for (const collection of [...perLocaleCollections, ...dataCollections]) {
    const inCollection = files.filter((f) => f.collection === collection);
    problems.push(...idClashes(inCollection.map((f) => ({ id: entryId(f), path: f.path }))).map((p) => ({ file: p.path, message: p.message })));
  }
  const perLocaleFiles = files.filter((f): f is ContentFile => 'locale' in f);
  for (const collection of perLocaleCollections) {
    const slugs = new Set(perLocaleFiles.filter((f) => f.collection === collection).map((f) => f.slug));
    for (const slug of slugs) {
      const present = perLocaleFiles.filter((f) => f.collection === collection && f.slug === slug);
      for (const locale of locales.filter((l) => !present.some((f) => f.locale === l))) {
        problems.push({ file: `src/content/${collection}/${locale}/${slug}.mdx`, message: `is missing: ${present[0].path} has no ${locale} translation` });
      }
    }
  }
  return problems;
}

/** The whole check over a content folder. */
export function checkContent(contentDir: string): Problem[] {
  const perLocaleFiles = readContentFiles(contentDir);
  const dataFiles = readDataFiles(contentDir);
  const all = [...perLocaleFiles, ...dataFiles];
  const ids = knownIds(all);
  const fileProblems = all.flatMap((f) => validateFile(f, f.collection, 'locale' in f ? f.locale : undefined, ids).problems);
  const withProblems = new Set(fileProblems.map((p) => p.file));
  const entryKey = (f: ContentFile) => `${f.collection}/${f.slug}`;
  const broken = new Set(perLocaleFiles.filter((f) => withProblems.has(f.path)).map(entryKey));
  const skip = new Set(perLocaleFiles.filter((f) => broken.has(entryKey(f))).map((f) => f.path));
  return [
    ...strayFiles(contentDir).map((file) => ({ file, message: 'is not read as an entry: per-language pages are <collection>/<nl|en|uk>/<name>.mdx, data files <collection>/<name>.yaml' })),
    ...idProblems(all),
    ...fileProblems,
    ...localeDifferences(perLocaleFiles, skip),
  ];
}
