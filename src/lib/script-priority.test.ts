import { describe, expect, it } from 'vitest';
import { enhancementScripts, withLowPriorityScripts } from './script-priority';

const nav = '<script type="module" src="/_astro/LessonSectionNav.astro_astro_type_script_index_0_lang.Uu.js"></script>';
const search = '<script type="module" src="/pagefind/pagefind.js"></script>';

describe('withLowPriorityScripts', () => {
  it('lowers the fetch priority of the enhancement scripts only', () => {
    expect(withLowPriorityScripts(`<p>a</p>${nav}${search}`)).toBe(
      '<p>a</p><script type="module" src="/_astro/LessonSectionNav.astro_astro_type_script_index_0_lang.Uu.js" fetchpriority="low"></script>' + search,
    );
  });

  it('changes nothing on a second run', () => {
    const once = withLowPriorityScripts(nav);
    expect(withLowPriorityScripts(once)).toBe(once);
  });

  it('knows the scripts under a base path', () => {
    expect(enhancementScripts.test('/signaal/_astro/PrintButton.astro_astro_type_script_index_0_lang.y.js')).toBe(true);
    expect(enhancementScripts.test('/_astro/SiteHeader.astro_astro_type_script_index_0_lang.y.js')).toBe(false);
  });
});
