import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { helpNumberPattern } from './numbers';

const notText = new Set(['script', 'style', 'head', 'template']);

function telLinkOf(node: Node): HTMLElement | undefined {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (current.rawTagName?.toLowerCase() === 'a') return current.getAttribute('href')?.startsWith('tel:') ? current : undefined;
  }
  return undefined;
}

function isInText(node: Node): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (notText.has(current.rawTagName?.toLowerCase() ?? '')) return false;
  }
  return true;
}

/**
 * Every help number in the visible text of a page that a reader cannot tap: not inside a `tel:` link, or
 * inside one that dials another number. Returns the numbers as written, for the test to list.
 */
export function unlinkedHelpNumbers(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (!isInText(node)) return;
      for (const match of node.text.matchAll(helpNumberPattern())) {
        const link = telLinkOf(node);
        const dials = link?.getAttribute('href')?.slice('tel:'.length);
        if (dials !== match[0].replace(/\D/g, '')) problems.push(match[0]);
      }
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(parse(html));
  return problems;
}
