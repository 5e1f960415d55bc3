import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowedNames, blocks, contentSegments, copiedRuns, copyReport, indexSources, readSources, words } from '../copy-check';

const source = {
  name: 'src.txt',
  text: 'In het project ‘Mensenhandel (niet) op school’ werken we samen met Fier. Sinds 2009 geven we juridische ondersteuning aan buitenlandse slachtoffers van mensenhandel.',
};
const index = indexSources([source]);

describe('copy matcher', () => {
  it('finds a copied run of exactly eight words', () => {
    expect(copiedRuns('Ook wij geven juridische ondersteuning aan buitenlandse slachtoffers van mensenhandel, zegt het Rode Kruis.', index)).toEqual([]);
    expect(copiedRuns('Het Rode Kruis: geven we juridische ondersteuning aan buitenlandse slachtoffers van iedereen.', index)).toEqual([
      { run: 'geven we juridische ondersteuning aan buitenlandse slachtoffers van', length: 8, sources: ['src.txt'] },
    ]);
  });

  it('reports a run of eight or more words once, at its full length', () => {
    const runs = copiedRuns('Sinds 2009 geven we juridische ondersteuning aan buitenlandse slachtoffers van mensenhandel.', index);
    expect(runs).toEqual([
      { run: 'sinds 2009 geven we juridische ondersteuning aan buitenlandse slachtoffers van mensenhandel', length: 11, sources: ['src.txt'] },
    ]);
  });

  it('ignores case and punctuation', () => {
    const runs = copiedRuns('SINDS 2009, geven we — juridische ondersteuning! aan buitenlandse “slachtoffers”', index);
    expect(runs.map((r) => r.length)).toEqual([9]);
  });

  it('lets a run of seven words pass', () => {
    expect(copiedRuns('Wij geven juridische ondersteuning aan buitenlandse slachtoffers van mensenhandel.', index)).toEqual([]);
  });

  it('counts an allowed name as one word', () => {
    expect(copiedRuns('Het project ‘Mensenhandel (niet) op school’ werken we', index)).toEqual([]);
    expect(copiedRuns('In het project Mensenhandel (niet) op school werken we samen met Fier', index)).toEqual([
      { run: 'in het project [Mensenhandel (niet) op school] werken we samen met fier', length: 9, sources: ['src.txt'] },
    ]);
  });

  it('splits words at dashes and slashes and keeps letters of every script', () => {
    expect(words('Anti-mensenhandel 1.300 Groningen/Drenthe «Який вигляд має»')).toEqual([
      'anti', 'mensenhandel', '1300', 'groningen', 'drenthe', 'який', 'вигляд', 'має',
    ]);
  });

  it('names file, run and source in its report', () => {
    const report = copyReport([{ file: 'lessons/nl/x.mdx', text: 'Sinds 2009 geven we juridische ondersteuning aan buitenlandse slachtoffers.' }], [source]);
    expect(report).toEqual([
      'lessons/nl/x.mdx: 9 words “sinds 2009 geven we juridische ondersteuning aan buitenlandse slachtoffers” match src.txt',
    ]);
  });

  it('joins the lines of a paragraph and separates list items and headings', () => {
    expect(blocks('## Kop\nEen zin die\ndoorloopt.\n\n- punt een\n  met vervolg\n- punt twee')).toEqual([
      '## Kop', 'Een zin die\ndoorloopt.', '- punt een\n  met vervolg', '- punt twee',
    ]);
  });

  it('justifies every allowed name', () => {
    expect(allowedNames.filter((n) => n.why.length < 10)).toEqual([]);
  });
});

describe('content is written in our own words', () => {
  const sources = readSources(fileURLToPath(new URL('../../../shared/sources/', import.meta.url)));
  const segments = contentSegments(fileURLToPath(new URL('../../src/content/', import.meta.url)));

  it('has the five source texts and the public facts to compare with', () => {
    expect(sources.map((s) => s.name.replace(/_.*/, ''))).toEqual(['000', '001', '002', '003', '004', 'public-facts.md']);
    expect(segments.length).toBeGreaterThan(1000);
  });

  it('copies no run of eight or more words from a source text', () => {
    expect(copyReport(segments, sources)).toEqual([]);
  });
});
