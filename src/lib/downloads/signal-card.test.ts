import { describe, expect, it } from 'vitest';
import { allowedNumbers } from '../help/numbers';
import { helpLine } from '../help/lines';
import { locales } from '../locales';
import { buildSignalCard, signalCardTitle } from './signal-card';
import { context, pdfInfo, pdfText, signal, slugsOf } from '../../../tests/fixtures/downloads';

const organisations = [{ name: 'FairWork', url: 'https://www.fairwork.nu/' }];

describe('signal card', { timeout: 60_000 }, () => {
  it.each(slugsOf('signals'))('fits on the two sides of an A5 card in every locale (%s)', async (slug) => {
    for (const locale of locales) {
      const info = await pdfInfo(await buildSignalCard(signal(locale, slug), organisations, context(locale)));
      expect(info.pages, `${locale}/${slug}`).toBe(2);
      expect(info.size).toEqual([420, 595]);
    }
  });

  it('has the signs on the front and what to do and the allowed numbers on the back', async () => {
    const data = signal('uk', 'labour');
    const bytes = await buildSignalCard(data, organisations, context('uk'));
    const info = await pdfInfo(bytes);
    expect(info.title).toBe(signalCardTitle(data, context('uk').t));
    expect(info.lang).toBe('uk-UA');
    const text = await pdfText(bytes);
    expect(text).toContain('Ознаки трудової експлуатації');
    expect(text).toContain(data.groups[0].signals[0]);
    expect(text).toContain(data.whatYouCanDo[0]);
    for (const line of data.help) expect(text).toContain(helpLine(line).number);
    expect(text).toContain('FairWork – www.fairwork.nu');
    const numbers = text.match(/\b0\d{3}-\d{4}\b|\b112\b/g) ?? [];
    expect(numbers.every((n) => allowedNumbers.includes(n))).toBe(true);
  });

  it('is byte-identical when built twice', async () => {
    const data = signal('nl', 'sexual');
    const [a, b] = [await buildSignalCard(data, [], context('nl')), await buildSignalCard(data, [], context('nl'))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
