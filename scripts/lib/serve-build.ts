// Serves a built site for a benchmark with scripts/serve.ts, the local static host that answers as the
// production host does: brotli or gzip for text, the headers of `_headers` when the build has one, 404 pages.
// It runs in its own process so that its work does not count in the time of the browser or of Lighthouse.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface ServedBuild {
  origin: string;
  close: () => void;
}

export async function serveBuild(dir: string, port: number): Promise<ServedBuild> {
  const server = spawn(process.execPath, [resolve(import.meta.dirname, '../serve.ts'), '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`scripts/serve.ts stopped (exit code ${code}) before serving ${dir} on port ${port}`)));
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) ready();
    });
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.kill() };
}

/**
 * Asks once for each page and everything it links in its head, the way a browser would (accepting brotli),
 * so that the host has compressed each file before the first measured run: a CDN or a host with
 * precompressed files does not compress while the reader waits.
 */
export async function warm(urls: string[]): Promise<void> {
  for (const url of urls) {
    const html = await (await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } })).text();
    const assets = [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map(([, href]) => new URL(href, url));
    for (const asset of assets) if (asset.origin === new URL(url).origin) await (await fetch(asset, { headers: { 'accept-encoding': 'br, gzip' } })).arrayBuffer();
  }
}
