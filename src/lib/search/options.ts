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
     * The words readers use for a page (`src/lib/search/terms.ts`, indexed as the `terms` field) count less
     * than its title (Pagefind's default weight 5) but are enough to bring the page up when its text says
     * the same thing in other words.
     */
    metaWeights: { terms: 6 },
  },
};
