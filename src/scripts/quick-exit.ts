/**
 * The browser side of `QuickExit.astro`: hides the page and leaves with `location.replace`, counts Shift×3
 * (`src/lib/quick-exit.ts`), and while `oneHistoryEntryPerVisit` is on makes every move within the site replace
 * the current history entry (`src/lib/visit-history.ts`). It runs on import, from the header's one inline
 * script (`SiteHeader.astro`), so it works from the page's HTML alone.
 */
import { initialCounter, keyDown, keyUp, remaining, shouldExit, windowMs } from '../lib/quick-exit';
import { oneHistoryEntryPerVisit } from '../lib/site';
import { replacementForForm, replacementForLink } from '../lib/visit-history';

const root = document.querySelector<HTMLElement>('[data-quick-exit]');
if (root) {
  const data = root.dataset;
  const url = data.url ?? 'about:blank';
  const status = root.querySelector('[data-quick-exit-status]')!;
  const indicator = root.querySelector<HTMLElement>('[data-quick-exit-indicator]')!;
  // The hint names a shortcut that only works with this script, so it shows only once the script runs.
  data.keys = 'on';

  let state = initialCounter;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (count: number, message = '') => {
    indicator.hidden = count === 0;
    [...indicator.children].forEach((dot, i) => dot.classList.toggle('bg-exit', i < count));
    status.textContent = message;
  };

  // Hide first, then replace (not assign): the page being read must not be an entry Back returns to.
  const leave = () => {
    document.title = '';
    document.body.hidden = true;
    location.replace(url);
  };

  const onKey = (event: KeyboardEvent) => {
    const before = state.count;
    state = event.type === 'keyup' ? keyUp(state, event, Date.now()) : keyDown(state, event);
    if (shouldExit(state)) return leave();
    if (state.count === before) return;
    clearTimeout(timer);
    show(state.count, state.count ? data[`left${remaining(state)}`] : '');
    if (state.count) {
      timer = setTimeout(() => {
        state = initialCounter;
        show(0, data.expired);
      }, windowMs);
    }
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', onKey);
  // Keys released while the window had no focus never reach the page: forget what was held.
  addEventListener('blur', () => {
    state = { ...state, held: [], spoiled: false };
  });

  // A page restored from the back/forward cache after the exit must not show its content again.
  addEventListener('pageshow', (event) => {
    if (event.persisted && document.body.hidden) location.replace(url);
  });

  // One listener for every link: the exit and the skip link to it leave; while `oneHistoryEntryPerVisit` is
  // on, any other move within the site replaces the entry. Bubbling, not capturing, and only when no other
  // script took the event: the filter and search forms handle their own submits, and a capturing listener
  // would navigate before they could.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    if (link.matches('[data-quick-exit-link], [data-quick-exit-skip]')) {
      event.preventDefault();
      return leave();
    }
    const target = oneHistoryEntryPerVisit && !event.defaultPrevented ? replacementForLink(link, event, location.href) : null;
    if (target === null) return;
    event.preventDefault();
    location.replace(target);
  });
  if (oneHistoryEntryPerVisit) {
    document.addEventListener('submit', (event) => {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
      const fields = [...new FormData(form, event.submitter)].map(([name, value]): [string, string] => [name, String(value)]);
      const target = replacementForForm(form, fields, location.href);
      if (target === null) return;
      event.preventDefault();
      location.replace(target);
    });
  }
}
