import type { ElementContent, Parents } from 'hast';
import { defineHastPlugin } from 'satteri';
import { visibleNumber } from './lines';
import { splitHelpNumbers } from './numbers';

/** Text inside these is already a link, or code an editor means literally. */
const skipped = new Set(['a', 'code', 'pre', 'script', 'style']);

/**
 * A Sätteri hast plugin for Markdown and MDX bodies (Astro 7's Markdown processor runs no rehype plugins):
 * every help number an editor writes as plain text becomes a `tel:` link, so a reader on a phone can tap
 * it wherever it appears. The digits stay as written; hyphens and spaces become ones that do not break.
 */
export const telLinksPlugin = defineHastPlugin({
  name: 'signaal-tel-links',
  text(node, ctx) {
    for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = parent.type === 'root' ? undefined : ctx.parent(parent)) {
      if (parent.type === 'element' && skipped.has(parent.tagName)) return;
    }
    const parts = splitHelpNumbers(node.value);
    if (!parts.some((part) => part.kind === 'number')) return;
    ctx.replaceNode(
      node,
      parts.map((part): ElementContent =>
        part.kind === 'text'
          ? { type: 'text', value: part.text }
          : { type: 'element', tagName: 'a', properties: { href: part.href, className: ['tel'] }, children: [{ type: 'text', value: visibleNumber(part.text) }] },
      ),
    );
  },
});
