import type { Locale } from '../locales';
import type { Block, Run } from './markdown';
import { buildDate, footerFor, footerLine, pdfLanguage, type DocumentContext, type Footer } from './pdf';
import { escapeXml } from './xml';
import { zipFiles } from './zip';

export { escapeXml };

/**
 * An editable OpenDocument text file (ODT), written by hand as a ZIP of XML: Word, LibreOffice and Google
 * Docs open it. Used for the school reporting-protocol template and the editable worksheets. Text in
 * square brackets, such as “[naam aandachtsfunctionaris]”, is a field the school fills in; it is
 * highlighted so it is easy to find.
 */

export type OdtBlock =
  | Block
  | { type: 'title'; text: string }
  | { type: 'lead'; text: string }
  /** Empty ruled lines to write an answer on. */
  | { type: 'answer'; lines: number };

export interface OdtDocument {
  locale: Locale;
  title: string;
  subject: string;
  blocks: OdtBlock[];
  footer: Footer;
}

/** An ODT document for an entry: language and footer from the context. */
export function odtDocument(context: DocumentContext, title: string, subject: string, blocks: OdtBlock[]): OdtDocument {
  return { locale: context.locale, title, subject, blocks, footer: footerFor(context) };
}

const mimeType = 'application/vnd.oasis.opendocument.text';
const brand = '#0b5563';

const namespaces = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

/** Inline text: bold runs become strong spans, `[…]` fields highlighted spans, newlines line breaks. */
function inline(runs: Run[]): string {
  return runs
    .map((run) => {
      const parts = run.text.split(/(\[[^\]]+\])/).map((part, index) => {
        const text = escapeXml(part).replace(/\n/g, '<text:line-break/>');
        return index % 2 === 1 ? `<text:span text:style-name="Field">${text}</text:span>` : text;
      });
      const text = parts.join('');
      return run.bold ? `<text:span text:style-name="Strong">${text}</text:span>` : text;
    })
    .join('');
}

const plain = (text: string): Run[] => [{ text, bold: false }];

function blockXml(block: OdtBlock): string {
  switch (block.type) {
    case 'title':
      return `<text:h text:style-name="Title" text:outline-level="1">${inline(plain(block.text))}</text:h>`;
    case 'lead':
      return `<text:p text:style-name="Lead">${inline(plain(block.text))}</text:p>`;
    case 'heading': {
      // The document title is level 1; `##` in the body is level 2, `###` level 3.
      const level = Math.min(Math.max(block.level, 2), 3);
      return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${inline(block.runs)}</text:h>`;
    }
    case 'paragraph':
      return `<text:p text:style-name="Text_20_body">${inline(block.runs)}</text:p>`;
    case 'list': {
      const items = block.items.map((item) => `<text:list-item><text:p text:style-name="List_20_Paragraph">${inline(item)}</text:p></text:list-item>`);
      return `<text:list text:style-name="${block.ordered ? 'Numbering_20_1' : 'List_20_1'}">${items.join('')}</text:list>`;
    }
    case 'answer':
      return Array.from({ length: block.lines }, () => '<text:p text:style-name="Answer_20_line"/>').join('');
  }
}

function contentXml(doc: OdtDocument): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${namespaces} office:version="1.3"><office:body><office:text>${doc.blocks.map(blockXml).join('')}</office:text></office:body></office:document-content>`;
}

/** A paragraph style; `parent` names the style it inherits from (none for Standard itself). */
function paragraphStyle(name: string, display: string, properties: string, textProperties: string, parent: string | undefined = 'Standard', extra = ''): string {
  const inherits = parent ? ` style:parent-style-name="${parent}"` : '';
  return `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph"${inherits}${extra}><style:paragraph-properties ${properties}/><style:text-properties ${textProperties}/></style:style>`;
}

function listStyle(name: string, display: string, ordered: boolean): string {
  const alignment =
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.5cm" fo:margin-left="0.7cm"/></style:list-level-properties>';
  const level = ordered
    ? `<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">${alignment}</text:list-level-style-number>`
    : `<text:list-level-style-bullet text:level="1" text:bullet-char="•">${alignment}</text:list-level-style-bullet>`;
  return `<text:list-style style:name="${name}" style:display-name="${display}">${level}</text:list-style>`;
}

function stylesXml(doc: OdtDocument): string {
  const [language, country] = pdfLanguage[doc.locale].split('-');
  const textLanguage = `fo:language="${language}" fo:country="${country}"`;
  const { footer } = doc;
  const footerLines = [
    `${escapeXml(footer.sourcesLabel)}: ${escapeXml(footer.sources.join('; '))}`,
    `${escapeXml(footerLine(footer))} · <text:page-number text:select-page="current"/>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${namespaces} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Noto Sans" fo:font-size="10.5pt" ${textLanguage} fo:color="#1b1f24"/></style:default-style>
${paragraphStyle('Standard', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0cm"', '', undefined, ' style:class="text"')}
${paragraphStyle('Text_20_body', 'Text body', 'fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="130%"', '')}
${paragraphStyle('Lead', 'Lead', 'fo:margin-top="0cm" fo:margin-bottom="0.35cm" fo:line-height="130%"', 'fo:font-size="12pt" fo:color="#4a5360"', 'Text_20_body')}
${paragraphStyle('List_20_Paragraph', 'List Paragraph', 'fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:line-height="130%"', '', 'Text_20_body')}
${paragraphStyle('Heading', 'Heading', 'fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"', `fo:font-weight="bold" fo:color="${brand}"`, 'Standard', ' style:next-style-name="Text_20_body" style:class="text"')}
${paragraphStyle('Title', 'Title', 'fo:margin-top="0cm" fo:margin-bottom="0.25cm"', 'fo:font-size="20pt"', 'Heading', ' style:default-outline-level="1"')}
${paragraphStyle('Heading_20_2', 'Heading 2', 'fo:border-bottom="0.5pt solid #d3d8de" fo:padding-bottom="0.05cm"', 'fo:font-size="14pt"', 'Heading', ' style:default-outline-level="2"')}
${paragraphStyle('Heading_20_3', 'Heading 3', '', 'fo:font-size="11.5pt" fo:color="#1b1f24"', 'Heading', ' style:default-outline-level="3"')}
${paragraphStyle('Answer_20_line', 'Answer line', 'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="0.85cm" fo:border-bottom="0.5pt solid #9aa3ad" style:join-border="false"', '')}
${paragraphStyle('Footer', 'Footer', 'fo:margin-top="0cm" fo:margin-bottom="0cm"', 'fo:font-size="7pt" fo:color="#4a5360"')}
<style:style style:name="Strong" style:display-name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Field" style:display-name="Field to fill in" style:family="text"><style:text-properties fo:background-color="#fff2b3"/></style:style>
${listStyle('List_20_1', 'List 1', false)}
${listStyle('Numbering_20_1', 'Numbering 1', true)}
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer>${footerLines.map((line) => `<text:p text:style-name="Footer">${line}</text:p>`).join('')}</style:footer></style:master-page></office:master-styles>
</office:document-styles>`;
}

function metaXml(doc: OdtDocument): string {
  const date = buildDate().toISOString().replace(/\.\d+Z$/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${namespaces} office:version="1.3"><office:meta><meta:generator>Signaal</meta:generator><dc:title>${escapeXml(doc.title)}</dc:title><dc:subject>${escapeXml(doc.subject)}</dc:subject><dc:language>${pdfLanguage[doc.locale]}</dc:language><meta:initial-creator>Signaal</meta:initial-creator><dc:creator>Signaal</dc:creator><meta:creation-date>${date}</meta:creation-date><dc:date>${date}</dc:date></office:meta></office:document-meta>`;
}

const manifestXml = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimeType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;

export function buildOdt(doc: OdtDocument): Uint8Array {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  return zipFiles([
    // The media type comes first and uncompressed, so tools can recognise the file from its first bytes.
    { name: 'mimetype', bytes: utf8(mimeType), store: true },
    { name: 'META-INF/manifest.xml', bytes: utf8(manifestXml) },
    { name: 'content.xml', bytes: utf8(contentXml(doc)) },
    { name: 'styles.xml', bytes: utf8(stylesXml(doc)) },
    { name: 'meta.xml', bytes: utf8(metaXml(doc)) },
  ]);
}
