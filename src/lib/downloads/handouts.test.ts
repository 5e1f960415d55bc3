import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { locales } from '../locales';
import { buildHandout, buildPupilQuiz, handoutOdt, pupilQuizOdt } from './handouts';
import { buildOdt, escapeXml } from './odt';
import { context, lesson, pdfInfo, pdfText, slugsOf } from '../../../tests/fixtures/downloads';
import { buildWorksheet } from './worksheet';

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
/** Text as the PDF's text layer gives it: no line breaks, no soft hyphens. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('pupil handout', { timeout: 120_000 }, () => {
  it.each(slugsOf('lessons'))('has the case, the pupil material and the key terms the worksheets of %s use', async (slug) => {
    const { data } = lesson('nl', slug);
    const text = await pdfText(await buildHandout(data, context('nl')));
    expect(text).toContain(data.scenario.title);
    expect(text).toContain(flat(data.scenario.text).slice(0, 60));
    for (const material of data.pupilMaterial) for (const item of material.items) expect(text).toContain(flat(item).slice(0, 30));
    for (const { term } of data.keyTerms) expect(text).toContain(term);
    // A worksheet that names the case by its title finds it on the handout.
    for (const worksheet of data.worksheets)
      for (const task of worksheet.tasks) {
        const named = /[‘„“«]([^’”»]+)[’”»]/.exec(task)?.[1];
        if (named && task.includes(data.scenario.title)) expect(text).toContain(named);
      }
  });

  it.each(locales)('names 112 and De Kindertelefoon, and never a quiz answer (%s)', async (locale) => {
    const { data } = lesson(locale, 'grooming');
    for (const bytes of [await buildHandout(data, context(locale)), await buildPupilQuiz(data, context(locale))]) {
      const text = await pdfText(bytes);
      expect(text).toContain('112');
      expect(text).toContain('0800-0432');
      expect(text).toContain('De Kindertelefoon');
      // An answer that is a key term's definition is on the handout as that definition; the others never are.
      const definitions = data.keyTerms.map(({ definition }) => flat(definition));
      const answers = [...data.starterQuiz, ...data.quiz].map(({ answer }) => flat(answer)).filter((answer) => !definitions.includes(answer));
      expect(answers.length).toBeGreaterThan(5);
      for (const answer of answers) expect(text).not.toContain(answer.slice(0, 40));
    }
  });

  it('has every starter and exit question on the quiz sheet, in Cyrillic in Ukrainian', async () => {
    const { data } = lesson('uk', 'criminal-exploitation');
    const bytes = await buildPupilQuiz(data, context('uk'));
    const text = await pdfText(bytes);
    for (const item of [...data.starterQuiz, ...data.quiz]) expect(text).toContain(flat(item.question));
    expect(text).toContain('Стартова вікторина');
    expect((await pdfInfo(bytes)).lang).toBe('uk-UA');
  });

  it('every worksheet PDF names 112 and De Kindertelefoon with where to get help', async () => {
    for (const locale of locales) {
      const { data } = lesson(locale, 'safe-work');
      const text = await pdfText(await buildWorksheet(data.worksheets[1], data.title, context(locale)));
      expect(text).toContain('112');
      expect(text).toContain('0800-0432');
      expect(text).toContain(context(locale).t('help.title'));
    }
  });

  it('comes as ODT too, with the same questions and answer lines', () => {
    const { data } = lesson('en', 'safe-work');
    const quiz = strFromU8(unzipSync(buildOdt(pupilQuizOdt(data, context('en'))))['content.xml']);
    for (const item of [...data.starterQuiz, ...data.quiz]) expect(quiz).toContain(escapeXml(item.question));
    expect(quiz.match(/Answer_20_line/g)?.length).toBe((data.starterQuiz.length + data.quiz.length) * 3);
    const handout = strFromU8(unzipSync(buildOdt(handoutOdt(data, context('en'))))['content.xml']);
    expect(handout).toContain(escapeXml(data.scenario.title));
    expect(handout).toContain('excessive overtime');
    expect(handout).toContain('0800-0432');
  });

  it('is byte-identical when built twice', async () => {
    const { data } = lesson('uk', 'grooming');
    expect(same(await buildHandout(data, context('uk')), await buildHandout(data, context('uk')))).toBe(true);
    expect(same(await buildPupilQuiz(data, context('uk')), await buildPupilQuiz(data, context('uk')))).toBe(true);
    expect(same(buildOdt(handoutOdt(data, context('uk'))), buildOdt(handoutOdt(data, context('uk'))))).toBe(true);
  });
});
