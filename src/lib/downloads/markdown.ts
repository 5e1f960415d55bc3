/**
 * The small part of Markdown that the printable pages use: headings, paragraphs, bulleted and numbered
 * lists, and **bold**. Enough to lay out an MDX body (the refugee flyer, the reporting protocol, a lesson's
 * background notes) in a PDF or ODT without a browser.
 */
export interface Run {
  text: string;
  bold: boolean;
}

export type Block =
  | { type: 'heading'; level: number; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] };

/** Splits `a **b** c` into runs; a lone `**` stays text. */
export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), bold: false });
    runs.push({ text: match[1], bold: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold: false });
  return runs;
}

/** The plain text of runs, for measuring and for metadata. */
export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}

const headingLine = /^(#{1,6})\s+(.*)$/;
const bulletLine = /^[-*+]\s+(.*)$/;
const numberLine = /^\d+[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] | undefined;
  let list: { ordered: boolean; items: string[] } | undefined;

  const close = () => {
    if (paragraph) blocks.push({ type: 'paragraph', runs: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = undefined;
    list = undefined;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      close();
      continue;
    }
    const heading = headingLine.exec(line);
    if (heading) {
      close();
      blocks.push({ type: 'heading', level: heading[1].length, runs: parseInline(heading[2].replace(/\s+#+$/, '')) });
      continue;
    }
    const bullet = bulletLine.exec(line);
    const number = bullet ? null : numberLine.exec(line);
    const item = bullet ?? number;
    if (item) {
      const ordered = Boolean(number);
      if (paragraph || (list && list.ordered !== ordered)) close();
      list ??= { ordered, items: [] };
      list.items.push(item[1]);
      continue;
    }
    if (list) {
      // A line that continues the last list item (a wrapped line in the source).
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    paragraph ??= [];
    paragraph.push(line);
  }
  close();
  return blocks;
}
