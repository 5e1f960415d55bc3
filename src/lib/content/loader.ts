import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readContentText } from '../content-files';
import { locales } from '../locales';
import type { CollectionName } from '../schemas';
import { ContentError } from './problems';
import { listIds, validateFile } from './validate';

/**
 * Astro's glob() loader, with two changes: Astro validates the front matter as the `yaml` core schema
 * reads it (js-yaml would already have turned `2018-02-30` into a Date of 2 March), and a file that fails
 * the content check stops with the check's message (file, line, field) instead of Astro's `:0:0` one.
 */
export function contentLoader(collection: CollectionName, pattern: string): Loader {
  const inner = glob({ base: `./src/content/${collection}`, pattern });
  return {
    name: 'signaal-content-loader',
    load: (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      return inner.load({
        ...context,
        parseData: (async (entry) => {
          const file = readContentText(entry.filePath!, root);
          const locale = locales.find((l) => entry.id.startsWith(`${l}/`));
          const { problems } = validateFile(file, collection, locale, listIds(join(root, 'src/content')));
          if (problems.length > 0) throw new ContentError(problems);
          return context.parseData({ ...entry, data: file.frontmatter });
        }) as LoaderContext['parseData'],
      });
    },
  };
}
