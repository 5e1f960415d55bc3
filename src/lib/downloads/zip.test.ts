import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

const entries = [
  { name: 'signaal-a.pdf', bytes: strToU8('%PDF-a') },
  { name: 'signaal-b.odt', bytes: strToU8('odt') },
];

describe('zipFiles', () => {
  it('contains exactly the files given, in order', () => {
    const files = unzipSync(zipFiles(entries));
    expect(Object.keys(files)).toEqual(['signaal-a.pdf', 'signaal-b.odt']);
    expect(strFromU8(files['signaal-a.pdf'])).toBe('%PDF-a');
  });

  it('is byte-identical when made twice, whatever the time', async () => {
    const first = zipFiles(entries);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(Buffer.from(zipFiles(entries)).equals(Buffer.from(first))).toBe(true);
  });

  it('refuses two files with the same name', () => {
    expect(() => zipFiles([...entries, entries[0]])).toThrow(/Duplicate/);
  });
});
