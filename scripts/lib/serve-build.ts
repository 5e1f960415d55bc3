// Serves a built site for a benchmark as a static host with precompressed files does: scripts/serve.ts (the
// local host: index files, 404 pages, the headers of `_headers` when the build has one) in its own process,
// behind a small proxy that answers text with brotli at quality 11 (what hosts use for files they compress
// ahead of time; the local host compresses faster and less, as it does on the fly) or gzip at level 6.
// Each answer is compressed once and kept: a host with precompressed files does not compress while the reader
// waits, and Lighthouse counts the server's response time into the paint times it simulates.
import { spawn } from 'node:child_process';
import { createServer, request as forward, type IncomingHttpHeaders } from 'node:http';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What hosts compress: text. Fonts (woff2), images, PDFs and ZIPs are compressed already. */
const compressible = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg\+xml)/;

export interface ServedBuild {
  origin: string;
  close: () => void;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Serves `dir` on 127.0.0.1:`port`. The local host behind the proxy takes a port the system gives it (it only
 * talks to the proxy), so a benchmark needs one port per build it serves.
 */
export async function serveBuild(dir: string, port: number): Promise<ServedBuild> {
  const server = spawn(process.execPath, [resolve(import.meta.dirname, '../serve.ts'), '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const backendPort = await new Promise<number>((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`scripts/serve.ts stopped (exit code ${code}) before serving ${dir}`)));
    server.stdout.on('data', (chunk: Buffer) => {
      const serving = /Serving .* on http:\/\/127\.0\.0\.1:(\d+)\//.exec(chunk.toString());
      if (serving) ready(Number(serving[1]));
    });
  });
  const answers = new Map<string, Promise<Answer>>();
  const answer = (url: string, encoding: 'br' | 'gzip' | 'identity') =>
    new Promise<Answer>((done, fail) => {
      const upstream = forward({ host: '127.0.0.1', port: backendPort, path: url, headers: { 'accept-encoding': 'identity' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const { 'transfer-encoding': _chunked, etag: _etag, ...headers } = response.headers;
          const compress = encoding !== 'identity' && compressible.test(String(headers['content-type'] ?? '')) && raw.length >= 256;
          const body = !compress ? raw : encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 6 });
          done({ status: response.statusCode ?? 500, headers: { ...headers, vary: 'Accept-Encoding', 'content-length': String(body.length), ...(compress ? { 'content-encoding': encoding } : {}) }, body });
        });
      });
      upstream.on('error', fail);
      upstream.end();
    });
  const proxy = createServer((incoming, outgoing) => {
    const accepted = String(incoming.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    const key = `${encoding} ${incoming.url}`;
    if (!answers.has(key)) answers.set(key, answer(incoming.url ?? '/', encoding));
    answers.get(key)!.then(
      ({ status, headers, body }) => outgoing.writeHead(status, headers).end(incoming.method === 'HEAD' ? undefined : body),
      () => outgoing.writeHead(502).end(),
    );
  });
  await new Promise<void>((listening, fail) => {
    proxy.once('error', (error) => {
      server.kill();
      fail(error);
    });
    proxy.listen(port, '127.0.0.1', listening);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      proxy.close();
      server.kill();
    },
  };
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
