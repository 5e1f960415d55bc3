import { z } from 'astro/zod';

/**
 * Ids inside an entry (worksheets, quiz items, scenarios …) name anchors, downloads and answers, so two
 * items with one id would silently share them. Wrap a list of `{ id }` items with this to refuse that.
 */
export function withUniqueIds<T extends z.ZodArray<z.ZodObject<{ id: z.ZodType<string> }>>>(list: T) {
  return list.superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    (items as { id: string }[]).forEach((item, index) => {
      const first = seen.get(item.id.toLowerCase());
      if (first === undefined) seen.set(item.id.toLowerCase(), index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `the id "${item.id}" is used twice in this list (also at item ${first + 1})` });
    });
  });
}

/** File names become entry ids: lower-case words joined by hyphens (source ids also use `_`). */
export const idPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export interface IdFile {
  /** The entry id as references write it: `nl/safe-havens`, `rode-kruis`. */
  id: string;
  path: string;
}

/** Ids that clash: the same id twice, or two ids that differ only in capitals. Each message names both files. */
export function idClashes(files: IdFile[]): { path: string; message: string }[] {
  const byKey = new Map<string, IdFile>();
  const problems: { path: string; message: string }[] = [];
  for (const file of files) {
    const other = byKey.get(file.id.toLowerCase());
    if (!other) byKey.set(file.id.toLowerCase(), file);
    else {
      const how = other.id === file.id ? 'the same id' : 'ids that differ only in capitals';
      problems.push({ path: file.path, message: `"${file.id}" and "${other.id}" (${other.path}) are ${how}; one entry would be lost. Rename one file.` });
    }
  }
  return problems;
}
