// Lighthouse over one page of each type in each locale, on the built site served locally, in Debian's
// Chromium. Prints the four category scores (mobile form factor, simulated throttling). The pages are served
// compressed, as a real host or CDN sends them: scripts/serve.ts (headers, 404 pages) behind a small proxy
// that answers with brotli or gzip when the browser accepts it.
//   npm run lighthouse
import { spawn } from 'node:child_process';
import { createServer, request as forward } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { locales } from '../src/lib/locales.ts';
import { localizedPath } from '../src/lib/routes.ts';

const port = 4333;
const backendPort = 4334;
/** What hosts compress: text. Fonts (woff2), images, PDFs and ZIPs are compressed already. */
const compressible = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg\+xml)/;
const routes = ['/', '/what-is-trafficking/', '/projects/', '/projects/safe-havens/', '/teachers/', '/teachers/grooming/', '/students/', '/students/recognise-the-signs/', '/signals/labour/', '/toolkits/schools/', '/search/', '/refugee-flyer/'];

const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(backendPort)], { stdio: 'ignore' });
const proxy = createServer((incoming, outgoing) => {
  const upstream = forward({ port: backendPort, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, 'accept-encoding': 'identity' } }, (response) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      const body = Buffer.concat(chunks);
      const accepted = String(incoming.headers['accept-encoding'] ?? '');
      const type = String(response.headers['content-type'] ?? '');
      const { 'transfer-encoding': _chunked, ...upstreamHeaders } = response.headers;
      const headers = { ...upstreamHeaders, vary: 'Accept-Encoding' };
      if (!compressible.test(type) || body.length < 256) return outgoing.writeHead(response.statusCode ?? 500, headers).end(body);
      // Brotli at the quality static hosts use for precompressed files; gzip at the usual level 6.
      const [encoding, encoded] = /\bbr\b/.test(accepted)
        ? ['br', brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })]
        : /\bgzip\b/.test(accepted)
          ? ['gzip', gzipSync(body, { level: 6 })]
          : ['identity', body];
      const length = { 'content-length': String(encoded.length) };
      outgoing.writeHead(response.statusCode ?? 500, encoding === 'identity' ? { ...headers, ...length } : { ...headers, ...length, 'content-encoding': encoding }).end(encoded);
    });
  });
  upstream.on('error', () => outgoing.writeHead(502).end());
  upstream.end();
});
await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
await new Promise((resolve) => setTimeout(resolve, 1000));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const locale of locales) {
    for (const route of routes) {
      const url = `http://127.0.0.1:${port}${localizedPath(locale, route)}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({ page: localizedPath(locale, route), performance: score('performance'), accessibility: score('accessibility'), 'best practices': score('best-practices'), seo: score('seo') });
    }
  }
} finally {
  await chrome.kill();
  proxy.close();
  server.kill();
}
console.table(rows);
const min = (key: string) => Math.min(...rows.map((r) => Number(r[key])));
console.log(`Lowest: performance ${min('performance')}, accessibility ${min('accessibility')}, best practices ${min('best practices')}, SEO ${min('seo')}`);
