import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { elementProblems, mdxSafety, urlProblem } from './mdx-safety';

const file = `${process.cwd()}/src/content/pages/nl/example.mdx`;
const compile = async (body: string) => {
  try {
    await mdxToJs(body, { mdastPlugins: [mdxSafety], fileURL: pathToFileURL(file) });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('urlProblem', () => {
  it('refuses javascript:, vbscript: and data: addresses, also with case and control characters', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<script>x</script>']) {
      expect(urlProblem(url), url).toMatch(/is not allowed in a link/);
    }
  });

  it('allows web, mail, phone and relative addresses', () => {
    for (const url of ['https://www.rodekruis.nl/', 'mailto:info@example.org', 'tel:112', '/sources/', '#top', 'database-tips/']) {
      expect(urlProblem(url), url).toBeUndefined();
    }
  });
});

describe('elementProblems', () => {
  const element = (name: string, attributes: Record<string, string>) => ({
    name,
    attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute' as const, name: n, value })),
  });

  it('refuses the elements that run code, load or navigate', () => {
    for (const name of ['script', 'style', 'meta', 'link', 'base', 'iframe', 'object', 'embed', 'form', 'META']) {
      expect(elementProblems(element(name, {}))[0], name).toMatch(/is not allowed in page text/);
    }
  });

  it('refuses event handlers and dangerous addresses on any element', () => {
    expect(elementProblems(element('img', { src: 'x.png', onerror: 'alert(1)' }))).toEqual(['the event-handler attribute onerror on <img> is not allowed']);
    expect(elementProblems(element('a', { href: 'javascript:alert(1)' }))[0]).toMatch(/javascript: address/);
  });

  it('allows plain elements with plain attributes', () => {
    expect(elementProblems(element('abbr', { title: 'Nationaal Rapporteur' }))).toEqual([]);
  });
});

describe('the mdast plugin, as the build runs it', () => {
  it('fails a body with a meta refresh, naming the file and the line', async () => {
    const message = await compile('# Titel\n\nTekst.\n\n<meta http-equiv="refresh" content="2;url=https://evil.example/" />\n');
    expect(message).toContain('src/content/pages/nl/example.mdx:5');
    expect(message).toContain('<meta>');
  });

  it('fails markdown and HTML javascript: links and event handlers, each with its line', async () => {
    const message = await compile('[klik](javascript:alert(1))\n\n<a href="javascript:alert(1)">x</a>\n\n<span onClick="x()">y</span>\n');
    expect(message).toMatch(/example\.mdx:1 .*javascript: address/);
    expect(message).toMatch(/example\.mdx:3 .*javascript: address/);
    expect(message).toMatch(/example\.mdx:5 .*onClick/);
  });

  it('passes ordinary page text', async () => {
    expect(await compile('## Kop\n\nEen [link](https://www.rodekruis.nl/) en **nadruk**.\n\n- een\n- twee\n')).toBe('');
  });
});
