import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { documentFont, fontNames, type FontName } from './fonts';
import { TextFlow, widthOf, wordsOf, type FlowDocument, type FlowOptions } from './text-flow';

/**
 * The flow (and its line writer, line-writer.ts) must set text exactly as PDFKit's `text()` does, so every
 * download keeps its bytes: each case is written once by PDFKit and once by the flow, in two fresh
 * documents, and the pages, the position after the text and the font subset must be the same. Most cases
 * are tried in every width of a range, so that each kind of break (a soft hyphen, a split word) happens.
 */

type Doc = PDFKit.PDFDocument & FlowDocument & { _font: { subset: { glyphs: number[] }; widths: number[]; unicode: number[][] } };

function document(): Doc {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, bufferPages: true, compress: false, font: null as unknown as string });
  for (const name of fontNames) doc.registerFont(name, documentFont(name) as unknown as PDFKit.Mixins.PDFFontSource);
  doc.addPage({ size: 'A4', margins: { top: 56, left: 56, right: 56, bottom: 90 } });
  return doc as Doc;
}

/** A step of a case: a font and size, then text written at a place or after the last text; or a new page. */
type Step =
  | {
      font: FontName;
      size: number;
      text: string;
      x?: number;
      y?: number;
      options: FlowOptions;
    }
  | 'new page';

/** What a document holds after the steps: every page's content, the position, the subset's glyphs and characters. */
function written(doc: Doc) {
  const pages = (doc as unknown as { _pageBuffer: { content: { buffer: Uint8Array[] } }[] })._pageBuffer;
  return {
    pages: pages.map((page) => Buffer.concat(page.content.buffer).toString('latin1')),
    x: doc.x,
    y: doc.y,
    glyphs: doc._font.subset.glyphs.slice(),
    widths: doc._font.widths.slice(),
    unicode: doc._font.unicode.map((codes) => codes?.slice()),
  };
}

function bothWays(steps: Step[], start?: (doc: Doc) => void) {
  const pdfkit = document();
  const ours = document();
  const flow = new TextFlow(ours);
  start?.(pdfkit);
  start?.(ours);
  for (const step of steps) {
    if (step === 'new page') {
      for (const doc of [pdfkit, ours]) doc.addPage({ size: 'A4', margins: { top: 56, left: 56, right: 56, bottom: 90 } });
      continue;
    }
    const { font, size, text, x, y, options } = step;
    pdfkit.font(font).fontSize(size);
    if (x === undefined && y === undefined) pdfkit.text(text, options);
    else pdfkit.text(text, x, y, options);
    ours.font(font).fontSize(size);
    flow.text(text, x, y, options);
  }
  return { pdfkit: written(pdfkit), ours: written(ours) };
}

const paragraph = (text: string, width = 200, font: FontName = 'regular'): Step[] => [{ font, size: 10.5, text, x: 56, y: 100, options: { width, lineGap: 2.94 } }];

/** The paragraph in every width from `from` to `to` points, `step` apart, each on a page of its own. */
function everyWidth(text: string, font: FontName, from: number, to: number, step: number): Step[] {
  const steps: Step[] = [];
  for (let width = from; width <= to; width += step) steps.push(...paragraph(text, width, font), 'new page');
  return steps;
}

describe('text flow', () => {
  it('wraps a paragraph at the same words as PDFKit', () => {
    const { pdfkit, ours } = bothWays(everyWidth('Op een werkplek kan iemand te lang werken, te weinig verdienen en geen contract hebben, terwijl een ander het loon houdt.', 'regular', 60, 480, 1));
    expect(pdfkit.pages[0]).toContain('TJ');
    expect(ours).toEqual(pdfkit);
  });

  it('breaks at a soft hyphen and writes a hyphen there, in every width', () => {
    const text = 'Arbeids\u00ADuitbuiting, mensen\u00ADhandel en werk\u00ADgevers\u00ADverantwoordelijkheid in een smalle kolom.';
    const { pdfkit, ours } = bothWays(everyWidth(text, 'regular', 40, 160, 0.25));
    expect(ours.pages.length).toBeGreaterThan(400);
    expect(ours).toEqual(pdfkit);
  });

  it('splits a word longer than the line', () => {
    const { pdfkit, ours } = bothWays(everyWidth('Een zwaluwstaartverbindingsmechanismeonderdelenfabriek is lang.', 'bold', 8, 120, 0.5));
    expect(ours.pages[0].match(/TJ/g)!.length).toBeGreaterThan(10);
    expect(ours).toEqual(pdfkit);
  });

  it('keeps words joined by a non-breaking space on one line', () => {
    const text = 'Bel 112\u00A0direct bij gevaar, of 0800\u00A07000 voor advies, en 116\u00A0111 voor kinderen.';
    const { pdfkit, ours } = bothWays(everyWidth(text, 'regular', 30, 200, 0.5));
    expect(wordsOf(text).some((word) => word.text.includes('112\u00A0direct'))).toBe(true);
    expect(ours).toEqual(pdfkit);
  });

  it('sets Cyrillic text and italic as PDFKit does', () => {
    const { pdfkit, ours } = bothWays(everyWidth('Якщо вам пропонують роботу без договору, «допомога» поруч: зателефонуйте 112.', 'italic', 40, 300, 1));
    expect(ours).toEqual(pdfkit);
  });

  it('writes combining marks, which PDFKit places off the baseline, as PDFKit does', () => {
    const { pdfkit, ours } = bothWays(paragraph('Cafe\u0301 of Zoe\u0308, и\u0306 та ї: letters made of a base and a mark.', 120));
    expect(ours).toEqual(pdfkit);
  });

  it('continues a line with bold runs', () => {
    const steps: Step[] = [];
    for (let width = 30; width <= 300; width += 1) {
      const options = (continued: boolean): FlowOptions => ({ width, lineGap: 2.94, continued });
      steps.push(
        { font: 'bold', size: 10.5, text: 'Let op: ', x: 70, y: 120, options: options(true) },
        { font: 'regular', size: 10.5, text: 'een vet begin van een alinea die verder gaat over meerdere regels, met ', options: options(true) },
        { font: 'bold', size: 10.5, text: 'nog een vet stuk', options: options(true) },
        { font: 'regular', size: 10.5, text: ' en een gewoon einde.', options: options(false) },
        'new page',
      );
    }
    const { pdfkit, ours } = bothWays(steps);
    expect(ours).toEqual(pdfkit);
  });

  it('spaces capitals as PDFKit does', () => {
    const { pdfkit, ours } = bothWays([{ font: 'bold', size: 9, text: 'WERKBLAD · WAT IS MENSENHANDEL?', x: 56, y: 60, options: { width: 120, characterSpacing: 0.6 } }]);
    expect(ours.pages[0]).toContain('0.6 Tc');
    expect(ours).toEqual(pdfkit);
  });

  it('goes on on a new page at the bottom, in the colour it had', () => {
    const text = 'Een lange alinea die onderaan de pagina begint en daarom verder moet op de volgende pagina. '.repeat(4);
    const { pdfkit, ours } = bothWays([{ font: 'regular', size: 10.5, text, x: 56, y: 720, options: { width: 200, lineGap: 2.94 } }], (doc) => doc.fillColor('#1b1f24'));
    expect(ours.pages.length).toBe(2);
    expect(ours).toEqual(pdfkit);
  });

  it('measures heights and widths as PDFKit does', () => {
    const doc = document();
    const flow = new TextFlow(doc);
    const texts = ['Kort.', 'Een vraag met\neen tweede regel en genoeg woorden om in een smalle kolom te breken.', 'Зателефонуйте 112 або 116 111.', 'Lang\u00ADwoord\u00ADmet\u00ADafbreking'];
    for (const font of fontNames) {
      doc.font(font).fontSize(10.5);
      for (const text of texts) {
        expect(flow.height(text, { width: 80, lineGap: 3 })).toBe(doc.heightOfString(text, { width: 80, lineGap: 3 }));
        expect(widthOf(doc, text)).toBe(doc.widthOfString(text));
        expect(widthOf(doc, text, 0.6)).toBe(doc.widthOfString(text, { characterSpacing: 0.6 }));
      }
    }
    expect(flow.height('Een paar woorden', { width: 500 })).toBeGreaterThan(0);
  });
});
