import { describe, expect, it } from 'vitest';
import { downloadHref, downloadKey, fileName, pageAddress } from './paths';

describe('download paths', () => {
  it('makes lower-case ASCII file names starting with signaal', () => {
    expect(fileName(['grooming', 'docentenhandleiding'], 'pdf')).toBe('signaal-grooming-docentenhandleiding.pdf');
    expect(fileName(['what-is-trafficking', 'Werkblad', 2], 'odt')).toBe('signaal-what-is-trafficking-werkblad-2.odt');
    expect(fileName(['Oekraïne flyer'], 'zip')).toBe('signaal-oekraine-flyer.zip');
  });

  it('puts files below the locale and section, outside the locale prefix of pages', () => {
    const key = downloadKey('nl', 'lessons', 'grooming', 'signaal-grooming-docentenhandleiding.pdf');
    expect(key).toBe('nl/lessons/grooming/signaal-grooming-docentenhandleiding.pdf');
    expect(downloadHref(key)).toBe('/downloads/nl/lessons/grooming/signaal-grooming-docentenhandleiding.pdf');
    expect(downloadHref(key, '/signaal/')).toBe('/signaal/downloads/nl/lessons/grooming/signaal-grooming-docentenhandleiding.pdf');
  });

  it('gives the absolute address of the page a file comes from', () => {
    expect(pageAddress('https://signaal.example.org', 'nl', '/teachers/grooming/')).toBe('https://signaal.example.org/teachers/grooming/');
    expect(pageAddress('https://signaal.example.org', 'uk', '/refugee-flyer/', '/signaal/')).toBe('https://signaal.example.org/signaal/uk/refugee-flyer/');
  });
});
