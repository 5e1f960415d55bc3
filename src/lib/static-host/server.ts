/**
 * Serves a built site as a static host does: index files, a redirect to the slash form of a folder, the
 * nearest `404.html` (so `/en/x/` gets the English page, as on Cloudflare Pages), the headers of
 * `_headers`, an optional base path, and brotli or gzip for text. `npm start`, the browser tests and the
 * benchmarks use it, so they see what a reader gets from the real host.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { localHref, preferredEncoding, requestPath } from './request-path.ts';

export interface StaticHostOptions {
  /** The folder to serve, e.g. `dist`. */
  root: string;
  /** The path the site lives under, e.g. `/signaal/`. */
  base?: string;
  /**
   * Brotli quality: 5 (the default) is what a host spends on an answer it compresses on the fly; 11 is what
   * hosts use for files they compress ahead of time, which the benchmarks serve so sizes are a real host's.
   */
  brotliQuality?: number;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.xml': 'application/xml', '.pdf': 'application/pdf', '.zip': 'application/zip',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
/** Formats that are already compressed (fonts, images, PDF streams, ZIP) are sent as they are. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

const hostFiles = new Set(['_headers', '_redirects']);

interface Body {
  bytes: Buffer;
  etag: string;
}

export function createStaticHost({ root: folder, base = '/', brotliQuality = 5 }: StaticHostOptions): Server {
  const root = resolve(folder);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const baseSegments = base.split('/').filter(Boolean);
  // Compressing is the slow part; a build does not change while it is served, so each answer is made once.
  const bodies = new Map<string, Body>();

  const inRoot = (path: string) => path === root || path.startsWith(`${root}${sep}`);
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

  function bodyOf(file: string, encoding: 'br' | 'gzip' | undefined): Body {
    const { mtimeMs, size } = statSync(file);
    const key = `${file}\0${encoding ?? 'identity'}`;
    const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    const cached = bodies.get(key);
    if (cached?.etag === etag) return cached;
    const raw = readFileSync(file);
    const bytes =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : encoding === 'gzip'
          ? gzipSync(raw)
          : raw;
    const body = { bytes, etag };
    bodies.set(key, body);
    return body;
  }

  /** The closest `404.html` at or above the requested folder, as Cloudflare Pages does it. */
  function notFoundPage(segments: string[]): string | undefined {
    for (let depth = segments.length; depth >= 0; depth--) {
      const candidate = join(root, ...segments.slice(0, depth), '404.html');
      if (isFile(candidate)) return candidate;
    }
    return undefined;
  }

  function send(request: IncomingMessage, response: ServerResponse, status: number, file: string | undefined, urlPath: string) {
    const extension = extname(file ?? '.txt');
    const encoding = file && compressible.has(extension) ? preferredEncoding(request.headers['accept-encoding']) : undefined;
    const headers: Record<string, string> = {
      ...headersFor(rules, urlPath),
      'Content-Type': types[extension] ?? 'application/octet-stream',
      Vary: 'Accept-Encoding',
    };
    if (!file) {
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    const body = bodyOf(file, encoding);
    if (encoding) headers['Content-Encoding'] = encoding;
    headers.ETag = body.etag;
    headers['Content-Length'] = String(body.bytes.length);
    if (status === 200 && request.headers['if-none-match'] === body.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body.bytes);
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const target = requestPath(request.url ?? '', base);
    if (target.kind === 'malformed') {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (target.kind === 'forbidden') {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    if (target.kind === 'outside-base') {
      send(request, response, 404, notFoundPage([]), localHref([], true));
      return;
    }
    const { segments, directory, query } = target;
    // Hosts read their configuration files and do not publish them.
    if (segments.length === 1 && hostFiles.has(segments[0])) {
      send(request, response, 404, notFoundPage([]), localHref([], true));
      return;
    }
    const urlPath = localHref([...baseSegments, ...segments], directory);
    const path = join(root, ...segments);
    // requestPath refuses dot segments already; this keeps a later change from opening the folder.
    if (!inRoot(path)) {
      response.writeHead(403).end();
      return;
    }
    if (isFile(path) && !directory) {
      send(request, response, 200, path, urlPath);
      return;
    }
    const index = join(path, 'index.html');
    if (isFile(index)) {
      if (directory) send(request, response, 200, index, urlPath);
      else response.writeHead(301, { Location: localHref([...baseSegments, ...segments], true, query) }).end();
      return;
    }
    send(request, response, 404, notFoundPage(segments), urlPath);
  }

  return createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      // One bad request must not stop the server the whole test run depends on.
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  });
}
