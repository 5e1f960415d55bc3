/**
 * Text for XML (the ODT parts, the XMP packet of a PDF). `&`, `<`, `>` and `"` become entities, enough for
 * element text and double-quoted attributes; characters XML 1.0 does not allow at all (control characters
 * other than tab and line breaks, unpaired surrogates, U+FFFE, U+FFFF) are dropped. Any title then gives a
 * well-formed document that reads back as the title.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
