import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText } from './markdown';

describe('parseInline', () => {
  it('splits bold parts into runs', () => {
    expect(parseInline('**112** – bel bij **gevaar**.')).toEqual([
      { text: '112', bold: true },
      { text: ' – bel bij ', bold: false },
      { text: 'gevaar', bold: true },
      { text: '.', bold: false },
    ]);
  });

  it('leaves text without markup, and a lone ** as text', () => {
    expect(parseInline('[naam] en 2 ** 3')).toEqual([{ text: '[naam] en 2 ** 3', bold: false }]);
    expect(plainText(parseInline('a **b** c'))).toBe('a b c');
  });
});

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    const source = [
      'Welkom. Dit is de eerste',
      'alinea.',
      '',
      '## Waar vind je hulp',
      '',
      '- **112** – bij gevaar',
      '- Politie: 0900-8844',
      '  als het geen spoed heeft',
      '',
      '### Stappen',
      '1. Lees.',
      '2. Bespreek.',
    ].join('\n');
    expect(parseMarkdown(source)).toEqual([
      { type: 'paragraph', runs: [{ text: 'Welkom. Dit is de eerste alinea.', bold: false }] },
      { type: 'heading', level: 2, runs: [{ text: 'Waar vind je hulp', bold: false }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ text: '112', bold: true }, { text: ' – bij gevaar', bold: false }],
          [{ text: 'Politie: 0900-8844 als het geen spoed heeft', bold: false }],
        ],
      },
      { type: 'heading', level: 3, runs: [{ text: 'Stappen', bold: false }] },
      { type: 'list', ordered: true, items: [[{ text: 'Lees.', bold: false }], [{ text: 'Bespreek.', bold: false }]] },
    ]);
  });

  it('starts a new list when bullets turn into numbers, and ends a list at a paragraph after a blank line', () => {
    const blocks = parseMarkdown('- a\n1. b\n\nText');
    expect(blocks.map((b) => b.type)).toEqual(['list', 'list', 'paragraph']);
  });

  it('handles Windows line ends', () => {
    expect(parseMarkdown('## Kop\r\n\r\nTekst').map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });
});
