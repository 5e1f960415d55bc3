import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';
import { buildOdt, escapeXml, odtDocument, type OdtBlock } from './odt';
import { context, page } from '../../../tests/fixtures/downloads';

function protocolOdt(locale: 'nl' | 'uk') {
  const protocol = page(locale, 'reporting-protocol');
  const blocks: OdtBlock[] = [{ type: 'title', text: protocol.title }, { type: 'lead', text: protocol.description }, ...parseMarkdown(protocol.body)];
  return { protocol, bytes: buildOdt(odtDocument(context(locale), protocol.title, protocol.description, blocks)) };
}

describe('ODT', () => {
  it('is a ZIP with the media type first and uncompressed, and the four parts', () => {
    const { bytes } = protocolOdt('nl');
    // A stored first entry named "mimetype": ODF's way to be recognised from the first bytes.
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype');
    expect(strFromU8(bytes.slice(38, 38 + 39))).toBe('application/vnd.oasis.opendocument.text');
    expect(Object.keys(unzipSync(bytes))).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml', 'styles.xml', 'meta.xml']);
  });

  it('keeps the headings, lists and fill-in fields of the protocol', () => {
    const { protocol, bytes } = protocolOdt('nl');
    const content = strFromU8(unzipSync(bytes)['content.xml']);
    expect(content).toContain(`<text:h text:style-name="Title" text:outline-level="1">${escapeXml(protocol.title)}</text:h>`);
    expect(content).toContain('<text:h text:style-name="Heading_20_2" text:outline-level="2">Stap 1: Signalen in kaart brengen</text:h>');
    expect(content).toContain('<text:span text:style-name="Field">[naam aandachtsfunctionaris]</text:span>');
    expect(content).toContain('<text:span text:style-name="Strong">Aandachtsfunctionaris</text:span>');
    expect(content).toContain('<text:list text:style-name="List_20_1">');
  });

  it('carries title, language, author and a fixed date in its metadata', () => {
    const { protocol, bytes } = protocolOdt('uk');
    const meta = strFromU8(unzipSync(bytes)['meta.xml']);
    expect(meta).toContain(`<dc:title>${escapeXml(protocol.title)}</dc:title>`);
    expect(meta).toContain('<dc:language>uk-UA</dc:language>');
    expect(meta).toContain('<dc:creator>Signaal</dc:creator>');
    const styles = strFromU8(unzipSync(bytes)['styles.xml']);
    expect(styles).toContain('fo:language="uk" fo:country="UA"');
    expect(styles).toContain('CC BY-SA 4.0 Signaal');
  });

  it('is byte-identical when built twice', () => {
    expect(Buffer.from(protocolOdt('nl').bytes).equals(Buffer.from(protocolOdt('nl').bytes))).toBe(true);
  });
});
