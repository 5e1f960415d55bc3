import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader } from './lib/content/loader';
import { makeSchemas, type CollectionName, type Ref } from './lib/schemas';

const contentDir = new URL('./content/', import.meta.url);
const extensions: Record<CollectionName, 'mdx' | 'yaml'> = {
  projects: 'mdx', lessons: 'mdx', toolkits: 'mdx', signals: 'mdx', news: 'mdx', pages: 'mdx', students: 'mdx',
  organisations: 'yaml', facts: 'yaml', sources: 'yaml',
};

/**
 * Astro's reference(), plus a check that the entry exists. The content check (src/lib/content/) has
 * already said which reference is wrong and where; this keeps Astro's own pass as strict.
 */
const ref: Ref = (collection) =>
  z
    .string()
    .refine((id) => existsSync(new URL(`${collection}/${id}.${extensions[collection]}`, contentDir)), {
      error: (issue) => `there is no ${collection} entry "${issue.input}" (src/content/${collection}/${issue.input})`,
    })
    .pipe(reference(collection));

const schemas = makeSchemas(ref);
const entries = (collection: CollectionName) => contentLoader(collection, `**/*.${extensions[collection]}`);

export const collections = {
  projects: defineCollection({ loader: entries('projects'), schema: schemas.projects }),
  lessons: defineCollection({ loader: entries('lessons'), schema: schemas.lessons }),
  toolkits: defineCollection({ loader: entries('toolkits'), schema: schemas.toolkits }),
  signals: defineCollection({ loader: entries('signals'), schema: schemas.signals }),
  news: defineCollection({ loader: entries('news'), schema: schemas.news }),
  pages: defineCollection({ loader: entries('pages'), schema: schemas.pages }),
  students: defineCollection({ loader: entries('students'), schema: schemas.students }),
  organisations: defineCollection({ loader: entries('organisations'), schema: schemas.organisations }),
  facts: defineCollection({ loader: entries('facts'), schema: schemas.facts }),
  sources: defineCollection({ loader: entries('sources'), schema: schemas.sources }),
};
