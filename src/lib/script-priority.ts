// The lesson pack's in-page menu, quiz and print button only enhance a page that works without them. Astro
// writes each as a module script file (see astro.config.mjs), which the browser fetches at high priority
// while the page still waits for its first paint; on a slow line they then share it with the HTML and the
// font, and a browser that has them by the end of parsing runs them before it paints. At low priority they
// load after what the first paint needs. Module scripts run after parsing whatever their priority.

/** The script files of the enhancements above, by the name Astro gives a component's script. */
export const enhancementScripts = /\/(LessonSectionNav|ExitQuiz|PrintButton)\.astro_astro_type_script_/;

/**
 * `html` with `fetchpriority="low"` on every module script whose `src` matches `scripts`. A tag that
 * already has other attributes is left alone, so a second run (a page copied from the last build) changes nothing.
 */
export function withLowPriorityScripts(html: string, scripts: RegExp = enhancementScripts): string {
  return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (tag, src: string) =>
    scripts.test(src) ? `<script type="module" src="${src}" fetchpriority="low"></script>` : tag,
  );
}
