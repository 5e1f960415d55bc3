import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files.ts';
import { withLowPriorityScripts } from '../lib/script-priority.ts';

/**
 * Astro writes a component's script as a plain `<script type="module" src>`, and a `<script>` with any other
 * attribute is left unprocessed; so after the build this gives the enhancement scripts of
 * src/lib/script-priority.ts their low fetch priority in every page.
 */
export default function scriptPriority(): AstroIntegration {
  return {
    name: 'signaal:script-priority',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const page = withLowPriorityScripts(html);
          if (page === html) continue;
          writeFileSync(file, page);
          changed += 1;
        }
        logger.info(`${changed} pages fetch their enhancement scripts at low priority`);
      },
    },
  };
}
