import { describe, expect, it } from 'vitest';
import { caseTransforms, decodedEscapes, decodedReferences, pageCharacters, transformedText } from './characters.ts';

describe('decodedReferences', () => {
  it('decodes named and numeric character references', () => {
    expect(decodedReferences('<p>a&nbsp;b &#x420; &#1111; &amp; &hellip;</p>')).toBe('\u00a0Рї&…');
  });
});

describe('decodedEscapes', () => {
  it('decodes the escapes a bundler may write for non-ASCII text', () => {
    expect(decodedEscapes(String.raw`"\u0420\u0456" + "\u{1F600}" + "\xE9"`)).toBe('Рі😀é');
  });
});

describe('caseTransforms', () => {
  it('finds the classes that change case and flags other selectors', () => {
    expect(caseTransforms('.uppercase{text-transform:uppercase}.normal-case{text-transform:none}')).toEqual({ classes: new Set(['uppercase']), everywhere: false });
    expect(caseTransforms('dt strong{text-transform:capitalize}').everywhere).toBe(true);
  });
});

describe('transformedText', () => {
  const transforms = { classes: new Set(['uppercase']), everywhere: false };

  it('gives the text of the transformed elements in both cases', () => {
    const text = transformedText('<dl><dt class="text-sm uppercase">Вчитель</dt><dd>ґанок</dd></dl>', transforms);
    expect(text).toContain('ВЧИТЕЛЬ');
    expect(text).not.toContain('Ґ');
  });

  it('gives nothing for a page without them', () => {
    expect(transformedText('<p class="uppercased">x</p>', transforms)).toBe('');
  });
});

describe('pageCharacters', () => {
  it('holds the text, the references, the scripts and what they escape', () => {
    const text = pageCharacters('<p>Ja&nbsp;nee</p>', ['show(`Нічого не знайдено`)', String.raw`"\u0457"`], { classes: new Set(), everywhere: false });
    for (const char of ['J', '\u00a0', 'Н', 'ї']) expect(text).toContain(char);
  });
});
