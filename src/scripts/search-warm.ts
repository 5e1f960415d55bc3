/**
 * The browser side of `SearchField.astro`: when the field gets focus, prefetch the files the search page
 * will need. It runs on import, from the header's one inline script (`SiteHeader.astro`).
 */
// crossOrigin '' (anonymous): Pagefind fetches these in CORS mode, and a cached copy is reused only for a matching request.
for (const form of document.querySelectorAll<HTMLElement>('[data-search-warm]')) {
  const warm = () => {
    for (const href of form.dataset.searchWarm!.split(' ')) document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', crossOrigin: '', href }));
  };
  form.addEventListener('focusin', warm, { once: true });
}
