// Serves dist/ as a static host would: directory index files, the locale's 404 page, the headers of
// dist/_headers, and an optional base path. Used by the browser tests and the benchmarks.
//   node scripts/serve.ts [--port 4322] [--dir dist] [--base /signaal/]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
const root = normalize(values.dir);
const base = values.base.replace(/\/?$/, '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml',
  '.pdf': 'application/pdf', '.zip': 'application/zip', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.odt': 'application/vnd.oasis.opendocument.text',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

function fileFor(path: string): string | undefined {
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  const path = `/${pathname.slice(base.length)}`;
  let file = fileFor(path);
  let status = 200;
  if (file && !path.endsWith('/') && file.endsWith('index.html')) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  if (!file) {
    status = 404;
    const locale = /^\/(en|uk)\//.exec(path)?.[1];
    file = fileFor(locale ? `/${locale}/404.html` : '/404.html');
  }
  const headers = { ...headersFor(rules, path), 'Content-Type': types[extname(file ?? '.txt')] ?? 'application/octet-stream' };
  response.writeHead(status, headers).end(file ? readFileSync(file) : 'Not found');
}).listen(Number(values.port), () => console.log(`Serving ${root} on http://localhost:${values.port}${base}`));
