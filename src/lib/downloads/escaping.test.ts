import { strFromU8, strToU8, unzipSync } from 'fflate';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { buildOdt, odtDocument } from './odt';
import { fileName } from './paths';
import { PdfLayout } from './pdf';
import { context, pdfInfo, pdfText } from '../../../tests/fixtures/downloads';
import { escapeXml } from './xml';
import { isSafeEntryName, zipFiles } from './zip';

/** Titles an editor could write, or an attacker could try: markup, entities, quotes, paths, Cyrillic. */
const hostile = [
  'A & B <script>alert(1)</script>',
  'Fish & Chips &amp; more > less',
  'Quotes: "double", \'single\', „Dutch”, «Ukrainian»',
  '../../etc/passwd',
  'Торгівля людьми: що це? «Допомога» & підтримка',
  ']]></rdf:li></rdf:Alt><evil/>',
];

/** The text of every element with one of `names`, from a strict XML parse that throws on malformed input. */
function textsOf(xml: string, names: string[]): string[] {
  const parser = sax.parser(true);
  const texts: string[] = [];
  const open: string[] = [];
  parser.onopentag = (tag) => {
    open.push(tag.name);
    if (names.includes(tag.name)) texts.push('');
  };
  parser.onclosetag = () => open.pop();
  parser.ontext = (text) => {
    if (names.includes(open[open.length - 1])) texts[texts.length - 1] += text;
  };
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return texts;
}

/** The XMP metadata packet of a PDF: PDFKit writes it as an uncompressed stream. */
function xmpPacket(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const start = text.indexOf('<?xpacket begin');
  const end = text.indexOf('<?xpacket end="w"?>');
  expect(start).toBeGreaterThan(-1);
  return Buffer.from(text.slice(start, end + '<?xpacket end="w"?>'.length), 'latin1').toString('utf8');
}

const footer = { sources: ['Bron & <bron>'], sourcesLabel: 'Bronnen', licence: 'CC BY-SA 4.0 Signaal', pageOf: '{n}/{total}' };

async function pdfTitled(title: string): Promise<Uint8Array> {
  const layout = new PdfLayout({ locale: 'uk', title, subject: `${title} (subject)`, size: 'A5', footer });
  layout.title(title);
  layout.heading(2, title);
  return layout.finish();
}

describe('text from content is escaped for each format', { timeout: 60_000 }, () => {
  it.each(hostile)('keeps the XMP packet of a PDF well-formed, with the title as written: %s', async (title) => {
    const bytes = await pdfTitled(title);
    const [dcTitle, description] = textsOf(xmpPacket(bytes), ['rdf:li']).filter((text) => text !== 'Signaal');
    expect(dcTitle).toBe(title);
    expect(description).toBe(`${title} (subject)`);
    const info = await pdfInfo(bytes);
    expect(info.title).toBe(title);
    expect(info.subject).toBe(`${title} (subject)`);
    expect(await pdfText(bytes)).toContain(title.replace(/\s+/g, ' '));
  });

  it.each(hostile)('keeps the XML of an ODT well-formed, with the text as written: %s', (title) => {
    const document = odtDocument({ ...context('uk'), sources: [title] }, title, title, [
      { type: 'title', text: title },
      { type: 'paragraph', runs: [{ text: title, bold: true }] },
    ]);
    const parts = unzipSync(buildOdt(document));
    expect(textsOf(strFromU8(parts['meta.xml']), ['dc:title', 'dc:subject'])).toEqual([title, title]);
    expect(textsOf(strFromU8(parts['content.xml']), ['text:h', 'text:span'])).toEqual([title, title]);
    expect(textsOf(strFromU8(parts['styles.xml']), ['text:p'])[0]).toBe(`Джерела: ${title}`);
  });

  it('drops the characters XML cannot carry at all', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\tline\nnext\uffff')).toBe('abcd\tline\nnext');
    expect(escapeXml('emoji 😀 stays, lone \ud83d goes')).toBe('emoji 😀 stays, lone  goes');
    expect(textsOf(`<p>${escapeXml('x\u0001 & y')}</p>`, ['p'])).toEqual(['x & y']);
  });

  it.each(hostile)('makes a safe, stable file name from any title: %s', (title) => {
    const name = fileName([title, 'werkblad', 1], 'pdf');
    expect(name).toMatch(/^signaal(-[a-z0-9]+)+\.pdf$/);
    expect(isSafeEntryName(name)).toBe(true);
    expect(fileName([title, 'werkblad', 1], 'pdf')).toBe(name);
  });

  it('writes Ukrainian in the national Latin transliteration', () => {
    expect(fileName(['Посібник для вчителя'], 'pdf')).toBe('signaal-posibnyk-dlia-vchytelia.pdf');
    expect(fileName(['Їжак', 'Юрій', 'Євген', 'Яна'], 'zip')).toBe('signaal-yizhak-yurii-yevhen-yana.zip');
  });

  it('refuses a ZIP entry name that could leave the folder it is unpacked to', () => {
    const bytes = strToU8('x');
    for (const name of ['../x.pdf', 'a/../../x.pdf', '/etc/x', 'a\\b.pdf', 'C:x.pdf', 'a\u0000.pdf', 'a//b.pdf', '', './x']) {
      expect(isSafeEntryName(name), name).toBe(false);
      expect(() => zipFiles([{ name, bytes }]), name).toThrow(/Unsafe file name/);
    }
    expect(Object.keys(unzipSync(zipFiles([{ name: 'les/signaal-werkblad-1.pdf', bytes }])))).toEqual(['les/signaal-werkblad-1.pdf']);
  });
});
