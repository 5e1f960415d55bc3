import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersWithBase } from '../lib/static-host/headers-file.ts';

/**
 * `public/_headers` is written for a site at the root of its host. Built under a base path, its rules must
 * name that path (`/signaal/*`) or the host (and scripts/serve.ts) would apply them to nothing.
 */
export default function basePathHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'signaal:base-path-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (base === '/' || !existsSync(file)) return;
        writeFileSync(file, headersWithBase(readFileSync(file, 'utf8'), base));
        logger.info(`_headers paths now start with ${base}`);
      },
    },
  };
}
