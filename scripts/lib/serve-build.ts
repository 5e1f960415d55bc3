// Serves a built site for a benchmark as a static host with precompressed files does: scripts/serve.ts (the
// local host: index files, 404 pages, the headers of `_headers` when the build has one) in its own process, with
// brotli at quality 11, what hosts use for files they compress ahead of time (gzip stays at level 6). The host
// compresses each answer once and keeps it; `warm` asks for every answer before a measured run, because a host
// with precompressed files does not compress while the reader waits, and Lighthouse counts the server's response
// time into the paint times it simulates.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface ServedBuild {
  origin: string;
  close: () => void;
}

/** Serves `dir` on 127.0.0.1:`port`. */
export async function serveBuild(dir: string, port: number): Promise<ServedBuild> {
  const server = spawn(process.execPath, [resolve(import.meta.dirname, '../serve.ts'), '--dir', dir, '--port', String(port), '--brotli-quality', '11'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`scripts/serve.ts stopped (exit code ${code}) before serving ${dir}`)));
    server.stdout.on('data', (chunk: Buffer) => {
      if (/Serving .* on http:\/\/127\.0\.0\.1:\d+\//.test(chunk.toString())) ready();
    });
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.kill() };
}

/**
 * Asks once, accepting brotli as a browser does, for each page, the same-host files its markup links
 * (stylesheets, scripts, preloaded fonts, icons) and the files its stylesheets point to (fonts), so that every
 * answer of a measured run is ready.
 */
export async function warm(urls: string[]): Promise<void> {
  const get = async (url: URL) => (await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } })).text();
  for (const url of urls) {
    const page = new URL(url);
    const linked = [...(await get(page)).matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map(([, href]) => new URL(href, page));
    for (const file of linked.filter((f) => f.origin === page.origin)) {
      const text = await get(file);
      if (!file.pathname.endsWith('.css')) continue;
      for (const [, href] of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
        const target = new URL(href, file);
        if (target.origin === page.origin) await get(target);
      }
    }
  }
}
