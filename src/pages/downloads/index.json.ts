import type { APIRoute } from 'astro';
import { downloadCatalogue } from '../../lib/downloads/catalogue';
import { archiveNames } from '../../lib/downloads/lesson-pack';

/**
 * A list of every downloadable file with its size, page count and, for a ZIP, the files in it. The browser
 * tests check the built files against it.
 */
export const GET: APIRoute = async () => {
  const items = await downloadCatalogue();
  const files = await Promise.all(
    items.map(async (item) => ({
      href: item.href,
      entry: item.entry,
      locale: item.locale,
      title: item.title,
      format: item.format,
      filename: item.filename,
      ...(await item.info()),
      contents: item.archive ? archiveNames(item.archive, item.contents) : item.contents.map((file) => file.filename),
    })),
  );
  return new Response(`${JSON.stringify({ files }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
