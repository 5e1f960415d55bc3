import { describe, expect, it } from 'vitest';
import { locales } from '../locales';
import { buildLessonGuide, lessonGuideTitle } from './lesson-guide';
import { context, lesson, pdfInfo, pdfText, slugsOf } from '../../../tests/fixtures/downloads';

describe('teacher guide', { timeout: 60_000 }, () => {
  it.each(locales)('is a tagged A4 PDF with title, language, author and subject (%s)', async (locale) => {
    const { data, body } = lesson(locale);
    const info = await pdfInfo(await buildLessonGuide(data, body, context(locale)));
    expect(info.size).toEqual([595, 842]);
    expect(info.pages).toBeGreaterThan(1);
    expect(info.title).toBe(lessonGuideTitle(data, context(locale).t));
    expect(info.author).toBe('Signaal');
    expect(info.subject).toBe(data.summary);
    expect(info.lang).toBe({ nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' }[locale]);
    expect(info.tagged).toBe(true);
  });

  it('has selectable text with every section, the quiz answers and the footer', async () => {
    const { data, body } = lesson('nl');
    const text = await pdfText(await buildLessonGuide(data, body, context('nl')));
    for (const part of ['Leerdoelen', 'Kernbegrippen', 'Misvattingen', 'Inhoudswaarschuwing', 'Lesplan', 'Gespreksvragen', 'Casus', 'Als een leerling iets vertelt', 'Exitquiz', 'Les 1 van 4']) {
      expect(text).toContain(part);
    }
    expect(text).toContain(data.title);
    expect(text).toContain(data.scenario.title);
    expect(text).toContain('CC BY-SA 4.0 Signaal');
    expect(text).toContain('https://signaal.example.org/nl/teachers/what-is-trafficking/');
    expect(text).toContain('Mensenhandel (niet) op school');
    expect(text).toMatch(/Pagina 1 van \d/);
  });

  it('keeps Ukrainian text in Cyrillic in the text layer', async () => {
    const { data, body } = lesson('uk');
    const text = await pdfText(await buildLessonGuide(data, body, context('uk')));
    expect(text).toContain('Що таке торгівля людьми?');
    expect(text).toContain('Робота через знайомого');
    expect(text).toMatch(/Сторінка 1 з \d/);
  });

  it('is byte-identical when built twice', async () => {
    const { data, body } = lesson('uk');
    const [a, b] = [await buildLessonGuide(data, body, context('uk')), await buildLessonGuide(data, body, context('uk'))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.each(slugsOf('lessons'))('builds for every lesson pack (%s)', async (slug) => {
    for (const locale of locales) {
      const { data, body } = lesson(locale, slug);
      expect((await pdfInfo(await buildLessonGuide(data, body, context(locale)))).pages).toBeGreaterThan(1);
    }
  });
});
