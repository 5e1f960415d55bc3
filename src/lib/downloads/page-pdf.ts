import { parseMarkdown } from './markdown';
import { documentOptions, fitScale, PdfLayout, type DocumentContext } from './pdf';

export interface PageContent {
  title: string;
  description: string;
  /** The MDX body: headings, paragraphs and lists. */
  body: string;
}

export function pagePdfTitle(page: PageContent, label: string): string {
  return `${label} – ${page.title}`;
}

/**
 * A page of the `pages` collection as an A4 PDF: a label, the title, the description and the body. With
 * `onePage` (the refugee flyer) every size shrinks until it fits on a single page.
 */
export async function buildPagePdf(page: PageContent, label: string, context: DocumentContext, options: { onePage?: boolean } = {}): Promise<Uint8Array> {
  // A one-page flyer uses the compact spacing, so its text can stay larger.
  const pdfOptions = { ...documentOptions(context, pagePdfTitle(page, label), page.description), compact: options.onePage };
  const blocks = parseMarkdown(page.body);
  const draw = (layout: PdfLayout) => {
    layout.eyebrow(label);
    layout.title(page.title);
    if (!options.onePage) layout.lead(page.description);
    layout.markdown(blocks);
  };
  const layout = new PdfLayout({ ...pdfOptions, scale: options.onePage ? fitScale(pdfOptions, draw) : 1 });
  draw(layout);
  return layout.finish();
}
