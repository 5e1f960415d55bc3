import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { locales } from '../locales';
import { buildOdt, escapeXml } from './odt';
import { buildParentLetter, parentLetterOdt, parentLetterTitle } from './parent-letter';
import { context, lesson, pdfInfo, pdfText, slugsOf } from '../../../tests/fixtures/downloads';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('letter to parents', { timeout: 120_000 }, () => {
  it.each(locales)('says what the lesson is about and why, how to talk at home, the signs and where help is (%s)', async (locale) => {
    const { data } = lesson(locale, 'grooming');
    const { t } = context(locale);
    const bytes = await buildParentLetter(data, context(locale));
    const text = await pdfText(bytes);
    for (const key of ['classroom.letter.about', 'classroom.letter.why', 'classroom.letter.talk', 'classroom.letter.signs', 'classroom.letter.help'] as const)
      expect(text).toContain(t(key));
    expect(text).toContain(flat(data.parentLetter.why).slice(0, 50));
    for (const sign of data.parentLetter.signs) expect(text).toContain(flat(sign).slice(0, 30));
    for (const number of ['112', '0800-2000', '0800-0432']) expect(text).toContain(number);
    expect(text).toContain(`${t('classroom.letter.school')}:`);
    expect(text).toContain(`${t('classroom.letter.contact')}:`);
    const info = await pdfInfo(bytes);
    expect(info.title).toBe(parentLetterTitle(data, t));
  });

  it.each(slugsOf('lessons'))('fits on one A4 sheet, printed on both sides, in every locale (%s)', async (slug) => {
    for (const locale of locales) expect((await pdfInfo(await buildParentLetter(lesson(locale, slug).data, context(locale)))).pages, locale).toBeLessThanOrEqual(2);
  });

  it('has fields for the school and the contact person in the ODT', () => {
    const { data } = lesson('uk', 'safe-work');
    const content = strFromU8(unzipSync(buildOdt(parentLetterOdt(data, context('uk'))))['content.xml']);
    expect(content).toContain('<text:span text:style-name="Field">[Школа]</text:span>');
    expect(content).toContain('<text:span text:style-name="Field">[Контактна особа]</text:span>');
    expect(content).toContain(escapeXml(data.parentLetter.talk[0]));
  });

  it('is byte-identical when built twice', async () => {
    const { data } = lesson('nl', 'criminal-exploitation');
    const [a, b] = [await buildParentLetter(data, context('nl')), await buildParentLetter(data, context('nl'))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const [c, d] = [buildOdt(parentLetterOdt(data, context('nl'))), buildOdt(parentLetterOdt(data, context('nl')))];
    expect(Buffer.from(c).equals(Buffer.from(d))).toBe(true);
  });
});
