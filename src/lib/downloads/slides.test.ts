import { strFromU8, unzipSync } from 'fflate';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { pptxSlideCount } from './file-info';
import { buildDeck, deckSlides, termsPerSlide } from './slides';
import { context, lesson, slugsOf } from '../../../tests/fixtures/downloads';

/** The text runs of an XML part, joined: what a reader of the slide or note sees. */
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');

const slideNames = (files: Record<string, Uint8Array>) =>
  Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));

describe('slide deck', { timeout: 60_000 }, () => {
  it('is a PPTX whose every part parses, with one slide per part of the lesson', async () => {
    const { data } = lesson('nl', 'grooming');
    const bytes = await buildDeck(data, context('nl'));
    const files = unzipSync(bytes);
    expect(strFromU8(files['[Content_Types].xml'])).toContain('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');
    for (const [name, content] of Object.entries(files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      // Throws, naming the line and column, on XML that is not well formed.
      expect(SyntaxValidator.validate(strFromU8(content)), name).toBe(true);
    }
    // Title, goals, key terms, starter quiz, case, pupil material, discussion, exit quiz, help, licence.
    const expected = 1 + 1 + Math.ceil(data.keyTerms.length / termsPerSlide) + 1 + 1 + data.pupilMaterial.length + 1 + 1 + 1 + 1;
    expect(slideNames(files)).toHaveLength(expected);
    expect(pptxSlideCount(bytes)).toBe(expected);
    expect(strFromU8(files['ppt/presentation.xml'])).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it.each(slugsOf('lessons'))('has the pupil material of %s on its own slides', (slug) => {
    const { data } = lesson('en', slug);
    const kinds = deckSlides(data, context('en')).map((slide) => slide.kind);
    expect(kinds.filter((kind) => kind === 'material')).toHaveLength(data.pupilMaterial.length);
  });

  it('shows the title, every quiz question and the help lines in Ukrainian, but the answers only in the notes', async () => {
    const { data } = lesson('uk', 'grooming');
    const files = unzipSync(await buildDeck(data, context('uk')));
    const slides = slideNames(files).map((name) => texts(strFromU8(files[name])));
    const notes = Object.keys(files)
      .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      .map((name) => texts(strFromU8(files[name])))
      .join(' ');
    const all = slides.join(' ');
    expect(slides[0]).toContain(data.title);
    expect(slides[0]).toContain('13–18');
    expect(all).toContain('Ситуація');
    expect(all).toContain('112');
    expect(all).toContain('0800-0432');
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    const definitions = data.keyTerms.map(({ definition }) => definition);
    for (const item of [...data.starterQuiz, ...data.quiz]) {
      expect(all).toContain(escape(item.question));
      // An answer that is a key term's definition is on the key-term slide as that definition.
      if (!definitions.includes(item.answer)) expect(all).not.toContain(escape(item.answer));
      expect(notes).toContain(escape(item.answer));
    }
    expect(strFromU8(files['ppt/slides/slide1.xml'])).toContain('lang="uk-UA"');
  });

  it('carries the timed lesson plan in the speaker notes, one paragraph per line', async () => {
    const { data } = lesson('nl', 'what-is-trafficking');
    const files = unzipSync(await buildDeck(data, context('nl')));
    const first = strFromU8(files['ppt/notesSlides/notesSlide1.xml']);
    let start = 0;
    for (const step of data.steps) {
      expect(first).toContain(`Minuut ${start} tot ${start + step.minutes}`);
      expect(texts(first)).toContain(step.title.replace(/&/g, '&amp;'));
      start += step.minutes;
    }
    expect(first.match(/<a:p>/g)!.length).toBeGreaterThan(data.steps.length);
    // Every step's teacher text is in the notes of some slide.
    const notes = Object.keys(files).filter((n) => n.startsWith('ppt/notesSlides/notesSlide')).map((n) => texts(strFromU8(files[n]))).join(' ');
    for (const step of data.steps) expect(notes).toContain(step.teacher.slice(0, 40).replace(/&/g, '&amp;'));
  });

  it('is byte-identical when built twice, whatever the time', async () => {
    const { data } = lesson('uk', 'safe-work');
    const a = await buildDeck(data, context('uk'));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const b = await buildDeck(data, context('uk'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(strFromU8(unzipSync(a)['docProps/core.xml'])).toContain('2026-01-01T00:00:00Z');
  });
});
