import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHost } from './server';

/** A built site with a secret next to it: the folder a traversal would reach. */
function fixture(): string {
  const parent = mkdtempSync(join(tmpdir(), 'static-host-'));
  const files: Record<string, string> = {
    'dist/index.html': '<h1>nl home</h1>',
    'dist/404.html': '<h1>nl 404</h1>',
    'dist/en/index.html': '<h1>en home</h1>',
    'dist/en/404.html': '<h1>en 404</h1>',
    'dist/_astro/site.css': `body{color:red}${' '.repeat(2000)}`,
    'dist/favicon.svg': '<svg/>',
    'dist/_headers': '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n',
    'dist-base/secret.html': 'secret',
    'secret.txt': 'secret',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(parent, path)), { recursive: true });
    writeFileSync(join(parent, path), text);
  }
  return join(parent, 'dist');
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** A raw request: fetch would normalise the path (`..`, `//`) before sending it, which is what an attacker skips. */
function raw(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = httpRequest({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static host', () => {
  const root = fixture();
  const server = createStaticHost({ root });
  const based = createStaticHost({ root, base: '/signaal/' });
  let origin = '';
  let basedOrigin = '';
  beforeAll(async () => {
    origin = await listen(server);
    basedOrigin = await listen(based);
  });
  afterAll(() => {
    server.close();
    based.close();
  });

  it('serves index files with the headers of _headers', async () => {
    const response = await fetch(`${origin}/en/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>en home</h1>');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const css = await fetch(`${origin}/_astro/site.css`);
    expect(css.headers.get('cache-control')).toBe('immutable');
  });

  it('answers an unknown page with the 404 page of its language', async () => {
    const english = await fetch(`${origin}/en/no-such-page/`);
    expect(english.status).toBe(404);
    expect(await english.text()).toBe('<h1>en 404</h1>');
    const dutch = await fetch(`${origin}/no-such-page/`);
    expect(dutch.status).toBe(404);
    expect(await dutch.text()).toBe('<h1>nl 404</h1>');
  });

  it('does not publish its own configuration file', async () => {
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  });

  it('refuses every path that decodes to outside its folder', async () => {
    for (const path of ['/..%2fdist-base%2fsecret.html', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/../secret.txt', '/en/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await raw(origin, path);
      expect(response.status, path).toBe(403);
      expect(response.body.toString(), path).not.toContain('secret');
    }
    expect((await raw(basedOrigin, '/signaal/..%2fdist-base%2fsecret.html')).status).toBe(403);
  });

  it('redirects a folder to its slash form on the same host, never to another', async () => {
    expect((await raw(origin, '/en')).headers.location).toBe('/en/');
    expect((await raw(origin, '/en?q=x')).headers.location).toBe('/en/?q=x');
    for (const path of ['/%2F%2Fevil.example%2F..%2Fen', '//evil.example/../en', '/%2F%2Fevil.example/en', '/%5C%5Cevil.example/en', '//en']) {
      const response = await raw(origin, path);
      const location = String(response.headers.location ?? '');
      expect(location, path).not.toMatch(/^(\/\/|\/\\|[a-z]+:)/i);
      expect(new URL(location || '/', origin).origin, path).toBe(origin);
    }
    expect((await raw(origin, '//en')).headers.location).toBe('/en/');
  });

  it('answers a malformed escape with 400 and keeps serving', async () => {
    expect((await raw(origin, '/%E0%A4%A')).status).toBe(400);
    expect((await raw(origin, '/en/%')).status).toBe(400);
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });

  it('serves the site only under its base path', async () => {
    expect(await (await fetch(`${basedOrigin}/signaal/en/`)).text()).toBe('<h1>en home</h1>');
    expect((await raw(basedOrigin, '/signaal')).headers.location).toBe('/signaal/');
    expect((await raw(basedOrigin, '/signaal/en')).headers.location).toBe('/signaal/en/');
    const outside = await fetch(`${basedOrigin}/en/`);
    expect(outside.status).toBe(404);
    const unknown = await fetch(`${basedOrigin}/signaal/en/nope/`);
    expect([unknown.status, await unknown.text()]).toEqual([404, '<h1>en 404</h1>']);
  });

  it('compresses text with brotli or gzip as the client accepts, and leaves other files alone', async () => {
    const brotli = await raw(origin, '/_astro/site.css', { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toMatch(/^body\{color:red\}/);
    expect(brotli.body.length).toBeLessThan(200);
    const gzip = await raw(origin, '/en/', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe('<h1>en home</h1>');
    const plain = await raw(origin, '/en/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
  });

  it('compresses with the brotli quality it is given, as a host with precompressed files does', async () => {
    const root = fixture();
    const precompressed = createStaticHost({ root, brotliQuality: 11 });
    const precompressedOrigin = await listen(precompressed);
    try {
      const page = '<p>Signaal</p>'.repeat(400);
      writeFileSync(join(root, 'page.html'), page);
      const answer = await raw(precompressedOrigin, '/page.html', { 'accept-encoding': 'br' });
      expect(answer.body.equals(brotliCompressSync(Buffer.from(page), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: page.length } }))).toBe(true);
    } finally {
      precompressed.close();
    }
  });

  it('answers a repeated request with 304 when the file has not changed', async () => {
    const first = await raw(origin, '/favicon.svg');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    expect((await raw(origin, '/favicon.svg', { 'if-none-match': etag })).status).toBe(304);
    expect((await raw(origin, '/favicon.svg', { 'if-none-match': '"other"' })).status).toBe(200);
  });
});

describe('static host command', () => {
  it('listens on 127.0.0.1 unless told otherwise', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--dir', fixture()], { cwd: join(import.meta.dirname, '../../..') });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
      });
      expect(line).toMatch(/on http:\/\/127\.0\.0\.1:\d+\//);
    } finally {
      child.kill();
    }
  });
});
