import { describe, expect, it } from 'vitest';
import { cardUrl, entryTag, fixedFiles } from './files';

describe('search bundle files', () => {
  it('names the fixed files of each locale, with the generic WebAssembly for Ukrainian', () => {
    expect(fixedFiles('nl')).toEqual(['pagefind.js', 'wasm.nl.pagefind', 'results.nl.json']);
    expect(fixedFiles('uk')).toEqual(['pagefind.js', 'wasm.unknown.pagefind', 'results.uk.json']);
  });

  it('puts card addresses under the base path', () => {
    expect(cardUrl('/', '/uk/signals/labour/')).toBe('/uk/signals/labour/');
    expect(cardUrl('/signaal/', '/uk/signals/labour/')).toBe('/signaal/uk/signals/labour/');
  });

  it('reads the cache tag from the preloaded entry file, if there is one', () => {
    expect(entryTag(['https://a.example/pagefind/pagefind.js', 'https://a.example/signaal/pagefind/pagefind-entry.json?ts=3f9a'])).toBe('3f9a');
    expect(entryTag(['/pagefind/wasm.nl.pagefind'])).toBeUndefined();
  });
});
