import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../content-files';

const files = readContentFiles(fileURLToPath(new URL('../../content/', import.meta.url)));

describe('help named in content', () => {
  it('is the same in every locale of a page or signal card', () => {
    const help = (f: (typeof files)[number]) => JSON.stringify({ help: f.frontmatter.help, organisations: f.frontmatter.helpOrganisations });
    const differing = files
      .filter((f) => f.locale !== 'nl' && f.frontmatter.help !== undefined)
      .filter((f) => {
        const source = files.find((n) => n.locale === 'nl' && n.collection === f.collection && n.slug === f.slug);
        return !source || help(source) !== help(f);
      })
      .map((f) => f.path);
    expect(files.some((f) => f.collection === 'pages' && f.frontmatter.help)).toBe(true);
    expect(differing).toEqual([]);
  });
});
