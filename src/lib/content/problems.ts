/** A problem the content check found, and the error that reports a list of them. */
export interface Problem {
  /** The file as the editor sees it: `src/content/projects/nl/safe-havens.mdx`. */
  file: string;
  line?: number;
  /** The field, as a path: `period.start`, `worksheets.1.id`. */
  field?: string;
  message: string;
}

/** One line per problem: `file:line  field: message`, the form editors and their tools can jump to. */
export const formatProblem = (p: Problem) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `  ${p.field}:` : ' '} ${p.message}`;

/**
 * A content error whose text is the list of problems. Astro adds a hint about browser APIs to any error
 * whose text contains “document”, which a file name such as `undocumented.mdx` does; so the error names
 * the problems in its message but returns only its name from toString(), which is what that check reads.
 */
export class ContentError extends Error {
  /** The first problem's line, which Vite's MDX plugin reports as the error's location (else `:0:0`). */
  readonly line?: number;
  readonly column?: number;

  constructor(readonly problems: Problem[]) {
    super(`Content check failed (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    // The stack would point into this checker, not at the content; the message names the files.
    this.stack = '';
    this.line = problems[0]?.line;
    this.column = this.line === undefined ? undefined : 1;
  }

  override toString() {
    return this.name;
  }
}
