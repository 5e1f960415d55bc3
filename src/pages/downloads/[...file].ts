import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadCatalogue, type DownloadItem } from '../../lib/downloads/catalogue';
import { mediaTypes } from '../../lib/downloads/paths';

/**
 * Every downloadable file (PDF, ODT, ZIP), generated at build time from the content collections. A file's
 * downloads-cache key is its `cacheKey`: while it is unchanged, the incremental build copies the file from
 * the previous build instead of writing it out again.
 */
export const getStaticPaths = (async () => {
  const items = await downloadCatalogue();
  return items.map((item) => ({ params: { file: item.key }, props: { item }, ...(item.cacheKey && { cacheKey: item.cacheKey }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: DownloadItem }> = async ({ props }) => {
  const bytes = await props.item.bytes();
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': mediaTypes[props.item.format] } });
};
