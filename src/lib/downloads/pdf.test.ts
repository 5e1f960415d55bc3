import { describe, expect, it } from 'vitest';
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
});
