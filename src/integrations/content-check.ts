import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/validate';
import { ContentError } from '../lib/content/problems';

/**
 * Runs the content check (src/lib/content/validate.ts) over all of src/content before Astro syncs its
 * collections, so `astro build`, `astro dev` and `astro check` stop on the first run with every problem
 * listed at once: checks across files (the nl, en and uk file agree, no two ids clash) need all files.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'signaal:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = checkContent(fileURLToPath(new URL('./src/content/', config.root)));
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
