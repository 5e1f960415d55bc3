import { describe, expect, it } from 'vitest';
import { pageOfFile, preloadLinks, resultCards, withPreloads, withTerms } from './indexing';
import type { SearchTerms } from './terms';

const terms: SearchTerms = { nl: { '/': ['hulp'] }, en: {}, uk: { '/signals/criminal/': ['дроп', 'грошовий "мул"'] } };
const file = (path: string, bytes = 10) => ({ path, content: new Uint8Array(bytes) });

describe('indexing helpers', () => {
  it('finds the locale and route of a built file', () => {
    expect(pageOfFile('index.html')).toEqual({ locale: 'nl', route: '/' });
    expect(pageOfFile('uk/signals/labour/index.html')).toEqual({ locale: 'uk', route: '/signals/labour/' });
    expect(pageOfFile('teachers/grooming/index.html')).toEqual({ locale: 'nl', route: '/teachers/grooming/' });
  });

  it('adds a page’s terms as metadata, escaped, and leaves other pages alone', () => {
    expect(withTerms('<body><p>x</p></body>', 'uk/signals/criminal/index.html', terms)).toBe(
      '<body><p>x</p><span data-pagefind-meta="terms:дроп, грошовий &quot;мул&quot;"></span></body>',
    );
    expect(withTerms('<body></body>', 'en/index.html', terms)).toBe('<body></body>');
  });

  it('makes result cards from single and grouped fragments', () => {
    expect(
      resultCards([
        { path: 'fragment/nl_1a.pf_fragment', data: { url: '/a/', meta: { title: 'A', type: 'Pagina' } } },
        { path: 'fragment/nl_g1.pf_fragment', data: { nl_2b: { url: '/b/', meta: {} } } },
      ]),
    ).toEqual({ nl_1a: { url: '/a/', title: 'A', type: 'Pagina' }, nl_2b: { url: '/b/', title: '/b/', type: undefined } });
  });

  it('preloads the files of the page’s language only, and the whole index only while it is small', () => {
    const files = [file('filter/uk_f1.pf_filter'), file('filter/nl_f1.pf_filter'), file('index/uk_i1.pf_index'), file('index/nl_i1.pf_index')];
    const links = preloadLinks({ base: '/signaal', locale: 'uk', metaHash: 'uk_abc', tag: 't1', files });
    const hrefs = [...links.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([
      '/signaal/pagefind/pagefind.js',
      '/signaal/pagefind/pagefind-entry.json?ts=t1',
      '/signaal/pagefind/pagefind.uk_abc.pf_meta',
      '/signaal/pagefind/wasm.unknown.pagefind',
      '/signaal/pagefind/results.uk.json',
      '/signaal/pagefind/filter/uk_f1.pf_filter',
      '/signaal/pagefind/index/uk_i1.pf_index',
    ]);
    expect(links).toContain('<link rel="modulepreload" href="/signaal/pagefind/pagefind.js" data-search-preload>');
    expect(links).toContain('<link rel="preload" as="fetch" crossorigin href="/signaal/pagefind/results.uk.json" data-search-preload>');
    const large = preloadLinks({ base: '/', locale: 'uk', metaHash: 'uk_abc', tag: 't1', files: [file('index/uk_i1.pf_index', 200 * 1024)] });
    expect(large).not.toContain('pf_index');
  });

  it('replaces the preload links of an earlier run', () => {
    const once = withPreloads('<head><title>x</title></head>', '<link rel="preload" href="/a" data-search-preload>');
    expect(withPreloads(once, '<link rel="preload" href="/b" data-search-preload>')).toBe(
      '<head><title>x</title><link rel="preload" href="/b" data-search-preload></head>',
    );
  });
});
