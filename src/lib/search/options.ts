/**
 * Options for Pagefind's browser API, shared by the search page and the relevance test so that both rank
 * results the same way.
 */
export const searchOptions = {
  /** Words around the match in a result's excerpt: two lines on a phone. */
  excerptLength: 24,
  /**
   * Search on the page's own thread: the index is small, and a web worker would be one more script to fetch
   * before the first answer and could not use the files the search page preloads.
   */
  noWorker: true,
  ranking: {
    /**
     * The words readers use for a page (`src/lib/search/terms.ts`, indexed as the `terms` field). Pagefind adds
     * a field match to the text's score in proportion to how rare the word is on the site, so a slang word
     * such as “loverboy” lifts its page a lot and a common one such as «робота» a little, which the page's
     * text then has to confirm. Pagefind's default for the title is 5; this weight was set with the
     * relevance table in `tests/e2e/search-relevance.spec.ts`.
     */
    metaWeights: { terms: 6 },
  },
};
