import { describe, expect, it } from 'vitest';
import { locales } from '../locales';
import { buildPagePdf, pagePdfTitle } from './page-pdf';
import { context, page, pdfInfo, pdfText } from '../../../tests/fixtures/downloads';

describe('refugee flyer', { timeout: 60_000 }, () => {
  it.each(locales)('fits on one A4 page (%s)', async (locale) => {
    const flyer = page(locale, 'refugee-flyer');
    const bytes = await buildPagePdf(flyer, context(locale).t('school.material.flyer'), context(locale), { onePage: true });
    const info = await pdfInfo(bytes);
    expect(info.pages).toBe(1);
    expect(info.size).toEqual([595, 842]);
    expect(info.title).toBe(pagePdfTitle(flyer, context(locale).t('school.material.flyer')));
    // Every heading of the body is there.
    const text = await pdfText(bytes);
    for (const [, heading] of flyer.body.matchAll(/^## (.+)$/gm)) expect(text).toContain(heading);
  });

  it('is Ukrainian in Cyrillic, with the help numbers first', async () => {
    const flyer = page('uk', 'refugee-flyer');
    const text = await pdfText(await buildPagePdf(flyer, 'Листівка', context('uk'), { onePage: true }));
    expect(text).toContain('Безпечно в Нідерландах');
    expect(text.indexOf('112')).toBeLessThan(text.indexOf('Ви виїхали'));
    for (const number of ['033 448 11 86', '0800 5151']) expect(text).toContain(number);
  });
});

describe('reporting protocol as PDF', { timeout: 60_000 }, () => {
  it('renders the whole template with its fields', async () => {
    const protocol = page('nl', 'reporting-protocol');
    const bytes = await buildPagePdf(protocol, 'Sjabloon', context('nl'));
    const info = await pdfInfo(bytes);
    expect(info.pages).toBeGreaterThan(1);
    const text = await pdfText(bytes);
    expect(text).toContain('[naam aandachtsfunctionaris]');
    expect(text).toContain('Stap 5: Beslissen: hulp organiseren en/of melden');
  });
});
