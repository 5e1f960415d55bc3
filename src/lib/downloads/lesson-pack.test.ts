import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lessonGuideOdt } from './lesson-guide-odt';
import { archiveNames, buildPackZip, type PackFile } from './lesson-pack';
import { buildOdt, escapeXml } from './odt';
import { context, lesson } from '../../../tests/fixtures/downloads';

const bytesOf = (text: string) => async () => new TextEncoder().encode(text);

describe('lesson pack ZIP', () => {
  const files: PackFile[] = [
    { filename: 'signaal-grooming-dias.pptx', title: 'Dia’s – Grooming', format: 'pptx', bytes: bytesOf('deck') },
    { filename: 'signaal-grooming-werkblad-1.pdf', title: 'Werkblad – Stap voor stap', format: 'pdf', bytes: bytesOf('sheet') },
  ];
  const archive = { folder: 'signaal-grooming-lespakket', readme: 'leesmij.txt' };

  it('puts every file in one folder named after the lesson, with a README listing them', async () => {
    const zip = unzipSync(await buildPackZip(archive, 'Grooming', files, context('nl')));
    expect(Object.keys(zip)).toEqual(archiveNames(archive, files));
    expect(Object.keys(zip).every((name) => name.startsWith('signaal-grooming-lespakket/'))).toBe(true);
    expect(strFromU8(zip['signaal-grooming-lespakket/signaal-grooming-dias.pptx'])).toBe('deck');
    const readme = strFromU8(zip['signaal-grooming-lespakket/leesmij.txt']);
    expect(readme).toContain('Dit lespakket van Signaal bevat deze bestanden:');
    for (const file of files) expect(readme).toContain(`- ${file.filename}: ${file.title}`);
    expect(readme).toContain('\r\n');
  });

  it('is byte-identical when made twice', async () => {
    const a = await buildPackZip(archive, 'Grooming', files, context('nl'));
    const b = await buildPackZip(archive, 'Grooming', files, context('nl'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('teacher guide ODT', () => {
  it('has the plan, both quizzes with answers and the disclosure guidance', () => {
    const { data, body } = lesson('uk', 'grooming');
    const { t } = context('uk');
    const content = strFromU8(unzipSync(buildOdt(lessonGuideOdt(data, body, context('uk'))))['content.xml']);
    for (const step of data.steps) expect(content).toContain(escapeXml(step.title));
    for (const item of [...data.starterQuiz, ...data.quiz]) {
      expect(content).toContain(escapeXml(item.question));
      expect(content).toContain(escapeXml(item.answer));
    }
    expect(content).toContain(escapeXml(t('disclosure.title')));
    expect(content).toContain(escapeXml(data.contentNote));
  });

  it('is byte-identical when built twice', () => {
    const { data, body } = lesson('nl', 'safe-work');
    const a = buildOdt(lessonGuideOdt(data, body, context('nl')));
    const b = buildOdt(lessonGuideOdt(data, body, context('nl')));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
