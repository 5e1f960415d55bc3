import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { ContentError, type Problem } from './problems';

/**
 * Raw HTML an MDX body may not carry. A `<meta http-equiv="refresh">` sends readers to another site
 * (the CSP cannot stop a navigation), a script or an event handler runs code, a form or frame reaches
 * out, and a `javascript:` link runs code when tapped. The site's own components render all of that
 * where it is needed; a body is text with headings, lists, links and emphasis.
 */
export const forbiddenElements = ['script', 'style', 'meta', 'link', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'noscript', 'template', 'svg', 'math'] as const;

/** Attributes that hold an address a browser loads or follows. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background', 'ping', 'cite']);

/**
 * Why an address may not be linked, or undefined when it may. Browsers ignore tabs, line breaks and
 * control characters in a scheme (`java\tscript:` runs), so they are removed before the scheme is read.
 */
export function urlProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1].toLowerCase();
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' ? `a ${scheme}: address is not allowed in a link` : undefined;
}

type Element = Pick<MdxJsxFlowElement | MdxJsxTextElement, 'name' | 'attributes'>;

/** What is wrong with one HTML (JSX) element of a body, in words an editor can act on. */
export function elementProblems(element: Element): string[] {
  const name = element.name?.toLowerCase();
  const problems: string[] = [];
  if (name && (forbiddenElements as readonly string[]).includes(name)) problems.push(`the HTML element <${name}> is not allowed in page text`);
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name}> has an attribute written as code ({…}); write attributes as plain text`);
      continue;
    }
    const attr = attribute.name.toLowerCase();
    if (attr.startsWith('on')) problems.push(`the event-handler attribute ${attribute.name} on <${name}> is not allowed`);
    if (!urlAttributes.has(attr)) continue;
    if (attribute.value && typeof attribute.value === 'object') problems.push(`the address in ${attribute.name} on <${name}> must be plain text, not code ({…})`);
    else if (typeof attribute.value === 'string') {
      const problem = urlProblem(attribute.value);
      if (problem) problems.push(`${problem} (${attribute.name} on <${name}>)`);
    }
  }
  return problems;
}

/** Tag names in a raw HTML node, which Markdown (not MDX) would pass through. */
const rawTag = new RegExp(`<\\s*(${forbiddenElements.join('|')})\\b|\\son[a-z]+\\s*=|(?:javascript|vbscript|data):`, 'i');

const lineOf = (node: MdastNode) => node.position?.start.line;

/**
 * The mdast plugin (Astro 7's Sätteri processor runs mdast plugins, not remark ones) that refuses all of
 * the above. It gathers every problem of a file and then fails the file's compile with one error that
 * names the file and each line, so the build stops.
 */
export const mdxSafety = defineMdastPlugin({
  name: 'signaal-mdx-safety',
  options: { position: true },
  before(_root, ctx) {
    ctx.data.mdxSafetyProblems = [];
  },
  mdxJsxFlowElement(node, ctx) {
    report(ctx.data, node, elementProblems(node));
  },
  mdxJsxTextElement(node, ctx) {
    report(ctx.data, node, elementProblems(node));
  },
  link(node, ctx) {
    report(ctx.data, node, [urlProblem(node.url)].filter((p) => p !== undefined));
  },
  definition(node, ctx) {
    report(ctx.data, node, [urlProblem(node.url)].filter((p) => p !== undefined));
  },
  image(node, ctx) {
    report(ctx.data, node, [urlProblem(node.url)].filter((p) => p !== undefined));
  },
  html(node, ctx) {
    if (rawTag.test(node.value)) report(ctx.data, node, ['raw HTML with a script, frame, form, meta, style or event handler is not allowed']);
  },
  after(_root, ctx) {
    const found = ctx.data.mdxSafetyProblems as { line?: number; message: string }[];
    if (found.length === 0) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
    throw new ContentError(found.map((p): Problem => ({ file, line: p.line, message: p.message })));
  },
});

function report(data: Record<string, unknown>, node: MdastNode, messages: string[]) {
  (data.mdxSafetyProblems as { line?: number; message: string }[]).push(...messages.map((message) => ({ line: lineOf(node), message })));
}
