/**
 * The browser side of `LanguageSwitcher.astro`: its links also carry the page's query and fragment, read at
 * the moment of use. It runs on import, from the header's one inline script (`SiteHeader.astro`).
 */
const nav = document.querySelector<HTMLElement>('[data-language-switcher]');
if (nav) {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const keepQuery = () => {
    for (const link of links) {
      const url = new URL(link.href);
      url.search = window.location.search;
      url.hash = window.location.hash;
      link.href = url.href;
    }
  };
  keepQuery();
  window.addEventListener('hashchange', keepQuery);
  // Before any use of a link (pointer, keyboard focus, activation), so every way of following it agrees.
  for (const type of ['pointerdown', 'focusin', 'click']) nav.addEventListener(type, keepQuery);
}
