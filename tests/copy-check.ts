import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * The content guide forbids copying: no run of `RUN_LENGTH` or more words in a row may match a source
 * text. This module finds such runs. Words are compared after folding case and dropping punctuation,
 * so a copied sentence with a changed comma or capital is still found.
 */
export const RUN_LENGTH = 8;

/**
 * Names an editor must quote exactly. Each counts as one word, in the content and in the sources, so
 * quoting a name is never a copy, but the words around it still count.
 */
export const allowedNames: readonly { name: string; why: string }[] = [
  { name: 'Mensenhandel (niet) op school', why: 'title of the Red Cross lesson-pack project (source 004)' },
  { name: 'Centrum tegen Kinderhandel en Mensenhandel', why: 'full name of the organisation CKM' },
  { name: 'Defence for Children – ECPAT', why: 'name of the organisation that published source 003' },
  { name: 'Asylum, Migration and Integration Fund', why: 'name of the EU fund (AMIF) that co-funded Safe Havens' },
  { name: 'Wet verplichte meldcode huiselijk geweld en kindermishandeling', why: 'official name of the Dutch law the reporting protocol follows' },
  { name: 'Coördinatiecentrum tegen Mensenhandel', why: 'full name of CoMensha' },
  { name: 'Nationaal Rapporteur Mensenhandel', why: 'name of the Dutch National Rapporteur, cited for a figure' },
  { name: 'Zorg- en Veiligheidshuis Groningen', why: 'name of the organisation that holds the chain director post' },
  { name: 'Special Action Programme to Combat Forced Labour', why: 'name of the ILO programme that published the indicators' },
  { name: 'ILO Indicators of Forced Labour', why: 'title of the ILO publication' },
  { name: 'Gezamenlijke aanpak Leger des Heils tegen human trafficking in 23 Europese landen', why: 'title of source 001, cited as it was published' },
  { name: 'Temporary Protection Directive', why: 'name of the EU directive for people from Ukraine' },
];

/** Lower-cases and splits into words; dashes and slashes separate words, other punctuation is dropped. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\-‐‑‒–—―/]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0);
}

const nameWords = allowedNames.map(({ name }) => words(name));

/** Replaces every allowed name by one token, so a name is one word wherever it stands. */
function foldNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const n = nameWords.findIndex((nw) => nw.every((w, k) => tokens[i + k] === w));
    if (n >= 0) {
      out.push(`\u0000name${n}`);
      i += nameWords[n].length;
    } else {
      out.push(tokens[i]);
      i += 1;
    }
  }
  return out;
}

export interface SourceText {
  name: string;
  text: string;
}

/** Every run of `RUN_LENGTH` words of the sources, mapped to the sources that contain it. */
export type SourceIndex = Map<string, Set<string>>;

export function indexSources(sources: SourceText[]): SourceIndex {
  const index: SourceIndex = new Map();
  for (const { name, text } of sources) {
    const tokens = foldNames(words(text));
    for (let i = 0; i + RUN_LENGTH <= tokens.length; i++) {
      const key = tokens.slice(i, i + RUN_LENGTH).join(' ');
      index.set(key, (index.get(key) ?? new Set()).add(name));
    }
  }
  return index;
}

export interface CopiedRun {
  /** The copied words, in their normalised form (an allowed name shows as `[name]`). */
  run: string;
  length: number;
  sources: string[];
}

/** The maximal runs of `RUN_LENGTH` or more words of one text that also stand in a source. */
export function copiedRuns(text: string, index: SourceIndex): CopiedRun[] {
  const tokens = foldNames(words(text));
  const runs: CopiedRun[] = [];
  let i = 0;
  while (i + RUN_LENGTH <= tokens.length) {
    const first = index.get(tokens.slice(i, i + RUN_LENGTH).join(' '));
    if (!first) {
      i += 1;
      continue;
    }
    const sources = new Set(first);
    let end = i + RUN_LENGTH;
    while (end < tokens.length) {
      const next = index.get(tokens.slice(end - RUN_LENGTH + 1, end + 1).join(' '));
      if (!next) break;
      next.forEach((s) => sources.add(s));
      end += 1;
    }
    const run = tokens.slice(i, end).map((t) => (t.startsWith('\u0000') ? `[${allowedNames[Number(t.slice(5))].name}]` : t));
    runs.push({ run: run.join(' '), length: end - i, sources: [...sources].sort() });
    i = end;
  }
  return runs;
}

/** A piece of content text that is checked on its own: a front-matter value or a line of a body. */
export interface Segment {
  file: string;
  text: string;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The paragraphs, list items, headings and table rows of an MDX body. Lines of a hard-wrapped
 * paragraph are joined, so a copied sentence is found across a line break.
 */
export function blocks(body: string): string[] {
  return body.split(/\n\s*\n/).flatMap((block) =>
    block.split('\n').reduce<string[]>((out, line) => {
      const startsBlock = /^\s*([-*+]\s|\d+\.\s|#|\||<|>)/.test(line);
      const afterOneLineBlock = out.length > 0 && /^\s*(#|\|)/.test(out[out.length - 1]);
      if (out.length === 0 || startsBlock || afterOneLineBlock) out.push(line);
      else out[out.length - 1] += `\n${line}`;
      return out;
    }, []),
  );
}

/**
 * Every text of every content file (MDX and YAML, all locales). Each front-matter or YAML string and
 * each body line is a segment of its own, so a run never spans two fields or two paragraphs.
 */
export function contentSegments(contentDir: string): Segment[] {
  return filesUnder(contentDir)
    .filter((path) => /\.(mdx?|ya?ml)$/.test(path))
    .sort()
    .flatMap((path) => {
      const file = relative(contentDir, path);
      const raw = readFileSync(path, 'utf8');
      const mdx = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
      const data: unknown = parse(mdx ? mdx[1] : /\.ya?ml$/.test(path) ? raw : '');
      const body = mdx ? mdx[2] : /\.mdx?$/.test(path) ? raw : '';
      return [...strings(data), ...blocks(body)].map((text) => ({ file, text }));
    });
}

/** The source texts: the five `.txt` files and the checked public facts. */
export function readSources(sourcesDir: string): SourceText[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt') || name === 'public-facts.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(sourcesDir, name), 'utf8') }));
}

/** One line per copied run: file, the run and the source it comes from. */
export function copyReport(segments: Segment[], sources: SourceText[]): string[] {
  const index = indexSources(sources);
  return segments.flatMap(({ file, text }) =>
    copiedRuns(text, index).map((r) => `${file}: ${r.length} words “${r.run}” match ${r.sources.join(', ')}`),
  );
}
