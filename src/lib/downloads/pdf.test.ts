import { describe, expect, it } from 'vitest';
import { layoutCache } from './fonts';
import { documentOptions, PdfLayout } from './pdf';
import { context, pdfText } from '../../../tests/fixtures/downloads';

async function pdf(lines: string[]): Promise<Uint8Array> {
  const layout = new PdfLayout(documentOptions(context('nl'), 'Test', 'Test'));
  for (const line of lines) layout.paragraph(line, { bold: true });
  return layout.finish();
}

describe('PDF text layer', () => {
  it('keeps bold punctuation in a document built after another in the same process', async () => {
    // The ellipsis and the quotes are composite glyphs; embedding them in the first document must not
    // change what the second document's full stops, commas and colons copy as.
    await pdf(['Wacht even… „Echt?”']);
    const second = await pdfText(await pdf(['1. Klaar.', 'Let op: komma, punt; vraag? Ja!']));
    expect(second).toContain('1. Klaar.');
    expect(second).toContain('Let op: komma, punt; vraag? Ja!');
  });

  it('keeps shaped words without the font of the document that shaped them', async () => {
    // A fontkit glyph holds its whole font: kept in the shared word cache, it kept every document's font alive.
    await pdf(['Een woord dat geen ander document vormde: zwaluwstaartverbinding.']);
    const cache = layoutCache('bold');
    const runs = Object.keys(cache).filter((word) => word.includes('zwaluwstaartverbinding'));
    expect(runs.length).toBeGreaterThan(0);
    for (const word of runs) {
      for (const glyph of (cache[word] as { glyphs: object[] }).glyphs) expect(Object.keys(glyph).sort()).toEqual(['advanceWidth', 'codePoints', 'id']);
    }
  });
});
