import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { telLinksPlugin } from './tel-links-plugin';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [telLinksPlugin] }).html.trim();

describe('telLinksPlugin', () => {
  it('turns help numbers in body text into tel: links, keeping the text as written', () => {
    expect(render('Bel 112 of de helpdesk (033 448 11 86).')).toBe(
      '<p>Bel <a href="tel:112" class="tel">112</a> of de helpdesk (<a href="tel:0334481186" class="tel">033\u00a0448\u00a011\u00a086</a>).</p>',
    );
  });

  it('links numbers inside emphasis and list items', () => {
    expect(render('- **0800-0432** – De Kindertelefoon')).toContain('<li><strong><a href="tel:08000432" class="tel">0800\u20110432</a></strong> – De Kindertelefoon</li>');
  });

  it('leaves links, code and other numbers alone', () => {
    expect(render('[112](tel:112) `0800-7000` 2112 1.300')).toBe('<p><a href="tel:112">112</a> <code>0800-7000</code> 2112 1.300</p>');
  });

  it('runs on MDX bodies too', () => {
    const { code } = mdxToJs('Bel **0800 5151**.', { hastPlugins: [telLinksPlugin] });
    expect(code).toContain('tel:08005151');
  });
});
