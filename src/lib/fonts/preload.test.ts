import { describe, expect, it } from 'vitest';
import { otherFontClasses, preloadLinks, shownText } from './preload.ts';

describe('otherFontClasses', () => {
  it('finds the classes that set another font than the site’s', () => {
    const css = '.font-\\[system-ui\\,sans-serif\\]{font-family:system-ui,sans-serif}.font-sans{font-family:Noto Sans Variable,system-ui}';
    expect(otherFontClasses(css, 'Noto Sans Variable')).toEqual(new Set(['font-[system-ui,sans-serif]']));
  });
});

describe('shownText', () => {
  const html = [
    '<html><head><title>Titel</title></head><body><p>Hulp nodig?</p><a class="font-[system-ui,sans-serif]">Українська</a>',
    '<p hidden>Ї</p><script>show("Є")</script><template>Ґ</template></body></html>',
  ].join('');

  it('leaves out text in another font, hidden, scripted or in a template', () => {
    const text = shownText(html, new Set(['font-[system-ui,sans-serif]']));
    expect(text).toContain('Hulp nodig?');
    expect(text).not.toMatch(/[\u0400-\u04ff]/);
  });
});

describe('preloadLinks', () => {
  const subsets = [
    { url: '/_astro/latin.X.woff2', points: [0x20, 0x48, 0x75] },
    { url: '/_astro/cyrillic.Y.woff2', points: [0x414, 0x43e] },
  ];

  it('preloads the files whose characters the text has, and only those', () => {
    expect(preloadLinks('Hu', subsets)).toBe('<link rel="preload" href="/_astro/latin.X.woff2" as="font" type="font/woff2" crossorigin>');
    expect(preloadLinks('До Hu', subsets).match(/rel="preload"/g)).toHaveLength(2);
    expect(preloadLinks('', subsets)).toBe('');
  });
});
