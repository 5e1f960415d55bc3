import { describe, expect, it } from 'vitest';
import { replacementForForm, replacementForLink, type ClickKeys } from './visit-history';

const here = 'http://localhost:4321/uk/projects/?country=nl#results';
/** A link with these attributes besides `href`, clicked with these keys. */
const linkWith = (attributes: Record<string, string>) => ({
  getAttribute: (name: string) => attributes[name] ?? null,
  hasAttribute: (name: string) => name in attributes,
});
const click = (href: string, attributes: Record<string, string> = {}, keys: Partial<ClickKeys> = {}) =>
  replacementForLink(linkWith({ href, ...attributes }), { button: 0, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...keys }, here);

describe('replacementForLink', () => {
  it('replaces a plain click on a link to another page of the site', () => {
    expect(click('/uk/about/')).toBe('http://localhost:4321/uk/about/');
    expect(click('safe-havens/')).toBe('http://localhost:4321/uk/projects/safe-havens/');
    expect(click('/uk/search/?q=робота#top')).toBe('http://localhost:4321/uk/search/?q=%D1%80%D0%BE%D0%B1%D0%BE%D1%82%D0%B0#top');
  });

  it('replaces an in-page link with its fragment only', () => {
    expect(click('#main')).toBe('#main');
    expect(click('/uk/projects/?country=nl#map')).toBe('#map');
  });

  it('treats the same path with another query as another page', () => {
    expect(click('/uk/projects/?country=de#map')).toBe('http://localhost:4321/uk/projects/?country=de#map');
  });

  it('leaves new tabs, other buttons and downloads to the browser', () => {
    for (const key of ['ctrlKey', 'shiftKey', 'altKey', 'metaKey']) expect(click('/uk/about/', {}, { [key]: true })).toBeNull();
    expect(click('/uk/about/', {}, { button: 1 })).toBeNull();
    expect(click('/uk/about/', { target: '_blank' })).toBeNull();
    expect(click('/uk/about/', { target: '_self' })).toBe('http://localhost:4321/uk/about/');
    expect(click('/downloads/uk/lesson.pdf', { download: '' })).toBeNull();
    expect(click('/downloads/uk/lesson.pdf')).toBe('http://localhost:4321/downloads/uk/lesson.pdf');
  });

  it('leaves other sites and other schemes to the browser', () => {
    expect(click('https://www.buienradar.nl/')).toBeNull();
    expect(click('http://localhost:9999/uk/')).toBeNull();
    expect(click('tel:112')).toBeNull();
    expect(click('mailto:info@example.org')).toBeNull();
    expect(click('http://[bad')).toBeNull();
  });
});

describe('replacementForForm', () => {
  const search = { action: 'http://localhost:4321/uk/search/', method: 'get', target: '' };
  const query: [string, string][] = [['q', 'робота вдома']];

  it('turns a same-site GET form into its result URL', () => {
    expect(replacementForForm(search, query, here)).toBe('http://localhost:4321/uk/search/?q=%D1%80%D0%BE%D0%B1%D0%BE%D1%82%D0%B0+%D0%B2%D0%B4%D0%BE%D0%BC%D0%B0');
    expect(replacementForForm({ ...search, target: '_self' }, query, here)).toBe(replacementForForm(search, query, here));
  });

  it('replaces the query the action carries, as a browser does', () => {
    expect(replacementForForm({ ...search, action: 'http://localhost:4321/uk/search/?old=1' }, [['q', 'a'], ['q', 'b']], here)).toBe(
      'http://localhost:4321/uk/search/?q=a&q=b',
    );
  });

  it('leaves POST forms, other targets and other sites to the browser', () => {
    expect(replacementForForm({ ...search, method: 'post' }, query, here)).toBeNull();
    expect(replacementForForm({ ...search, target: '_blank' }, query, here)).toBeNull();
    expect(replacementForForm({ ...search, action: 'https://example.org/search' }, query, here)).toBeNull();
  });
});
