import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { locales } from '../locales';
import { buildOdt } from './odt';
import { context, lesson, pdfInfo, pdfText } from '../../../tests/fixtures/downloads';
import { buildWorksheet, worksheetOdt, worksheetTitle } from './worksheet';

describe('worksheet', { timeout: 60_000 }, () => {
  it.each(locales)('is an A4 PDF for students with name, class and every task (%s)', async (locale) => {
    const { data } = lesson(locale);
    const worksheet = data.worksheets[0];
    const bytes = await buildWorksheet(worksheet, data.title, context(locale));
    const info = await pdfInfo(bytes);
    expect(info.size).toEqual([595, 842]);
    expect(info.title).toBe(worksheetTitle(worksheet, context(locale).t));
    expect(info.tagged).toBe(true);
    const text = await pdfText(bytes);
    expect(text).toContain(worksheet.title);
    const t = context(locale).t;
    expect(text).toContain(`${t('lesson.worksheet.name')}:`);
    expect(text).toContain(`${t('lesson.worksheet.class')}:`);
    worksheet.tasks.forEach((_, index) => expect(text).toContain(t('lesson.worksheet.task').replace('{number}', String(index + 1))));
    // Student-facing: no teacher material.
    expect(text).not.toContain(data.quiz[0].answer.slice(0, 30));
  });

  it('has Cyrillic text in Ukrainian', async () => {
    const { data } = lesson('uk');
    expect(await pdfText(await buildWorksheet(data.worksheets[0], data.title, context('uk')))).toContain('Це торгівля людьми?');
  });

  it('is byte-identical when built twice', async () => {
    const { data } = lesson('nl');
    const a = await buildWorksheet(data.worksheets[0], data.title, context('nl'));
    const b = await buildWorksheet(data.worksheets[0], data.title, context('nl'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('also comes as an editable ODT with the tasks and answer lines', () => {
    const { data } = lesson('uk');
    const worksheet = data.worksheets[0];
    const files = unzipSync(buildOdt(worksheetOdt(worksheet, data.title, context('uk'))));
    const content = strFromU8(files['content.xml']);
    expect(content).toContain(worksheet.title);
    expect(content).toContain('Завдання 1');
    expect(content.match(/Answer_20_line/g)?.length).toBe(worksheet.tasks.length * 5);
  });
});
