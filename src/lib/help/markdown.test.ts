import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../downloads/markdown';
import { bodyWithHelp, helpMarkdown } from './markdown';

const organisations = [{ id: 'fairwork', name: 'FairWork', url: 'https://www.fairwork.nu/' }];

describe('helpMarkdown', () => {
  it('is a section with each line in order, its facts, the organisations and the safety note', () => {
    const markdown = helpMarkdown({ lines: ['emergency', 'comensha', 'arbeidsinspectie'], organisations: ['fairwork'] }, 'en', organisations);
    const [heading, list, note] = parseMarkdown(markdown);
    expect(heading).toMatchObject({ type: 'heading', level: 2, runs: [{ text: 'Where to get help' }] });
    expect(list.type === 'list' && list.items.map((runs) => runs[0].text)).toEqual(['112', '033 448 11 86', '0800 5151', 'FairWork']);
    expect(markdown).toContain('When: Monday to Friday, 09:00–17:00.');
    expect(markdown).toContain('Cost: Free. Anonymous: Possible.');
    expect(markdown).toContain('www.fairwork.nu');
    expect(markdown).not.toContain('Not checked by us');
    expect(note).toMatchObject({ type: 'paragraph' });
  });

  it('ends with a blank line, so the page body that follows starts a block of its own', () => {
    const blocks = parseMarkdown(`${helpMarkdown({ lines: ['emergency'], organisations: [] }, 'nl', organisations)}Welkom.`);
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', runs: [{ text: 'Welkom.', bold: false }] });
  });

  it('puts the help before the body of a page that has help, and leaves other bodies alone', () => {
    expect(bodyWithHelp({ lines: ['emergency'], organisations: [] }, 'Welkom.', 'nl', organisations)).toMatch(/^## Hier vind je hulp\n[\s\S]*\n\nWelkom\.$/);
    expect(bodyWithHelp(undefined, 'Welkom.', 'nl', organisations)).toBe('Welkom.');
  });

  it('fails for an organisation the collection does not have', () => {
    expect(() => helpMarkdown({ lines: ['emergency'], organisations: ['de-kindertelefoon'] }, 'nl', organisations)).toThrow(/de-kindertelefoon/);
  });
});
