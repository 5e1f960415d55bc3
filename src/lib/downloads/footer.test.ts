import { describe, expect, it } from 'vitest';
import { publicAddress } from '../site';
import { footerLine, PdfLayout } from './pdf';
import { pdfText } from '../../../tests/fixtures/downloads';

const labels = { sources: ['Bron'], sourcesLabel: 'Bronnen', licence: 'CC BY-SA 4.0 Signaal', pageOf: 'Pagina {n} van {total}' };

async function footerText(url: string | undefined): Promise<string> {
  const layout = new PdfLayout({ locale: 'nl', title: 'Test', subject: 'Test', size: 'A4', footer: { ...labels, url } });
  layout.paragraph('Inhoud');
  return pdfText(await layout.finish());
}

describe('the address in a file’s footer', { timeout: 60_000 }, () => {
  it('is printed when the build has a public address', async () => {
    expect(footerLine({ ...labels, url: 'https://example.org/nl/' })).toBe('CC BY-SA 4.0 Signaal · https://example.org/nl/');
    expect(await footerText('https://example.org/teachers/grooming/')).toContain('CC BY-SA 4.0 Signaal · https://example.org/teachers/grooming/');
  });

  it('is left out, with no placeholder, when there is none', async () => {
    expect(footerLine(labels)).toBe('CC BY-SA 4.0 Signaal');
    const text = await footerText(undefined);
    expect(text).toContain('CC BY-SA 4.0 Signaal Pagina 1 van 1');
    expect(text).not.toMatch(/https?:|example\.org/);
  });

  it('comes from SITE_URL only: the placeholder Astro gets without it is no address', () => {
    expect(publicAddress('https://signaal.example.org')).toBeUndefined();
    expect(publicAddress(new URL('https://signaal.example.org/'))).toBeUndefined();
    expect(publicAddress(undefined)).toBeUndefined();
    expect(publicAddress('https://www.signaal.nl')).toBe('https://www.signaal.nl/');
  });
});
