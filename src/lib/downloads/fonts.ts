import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * Noto Sans, the site's typeface, as static TrueType files from the npm package @expo-google-fonts/noto-sans
 * (SIL Open Font License). Each file covers Latin and Cyrillic, so one font serves nl, en and uk. Each font
 * is parsed once per build and shared by every document; PDFKit embeds only the glyphs a document uses.
 * The shaped words are shared too (see `layoutCache`).
 */
const require = createRequire(import.meta.url);
const files = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
} as const;

export type FontName = keyof typeof files;
export const fontNames = Object.keys(files) as FontName[];

const cache = new Map<FontName, Font>();

export function font(name: FontName): Font {
  let parsed = cache.get(name);
  if (!parsed) {
    parsed = create(readFileSync(require.resolve(files[name]))) as Font;
    cache.set(name, parsed);
  }
  return parsed;
}

/**
 * PDFKit shapes text word by word and keeps each word's glyphs in a cache of the document's font, so every
 * new document (and every trial layout of `fitScale` or `note`) used to shape the same words again. The
 * shaped run of a word depends only on the font file and the word, and PDFKit copies it before changing
 * anything, so one cache per font serves every document of the build.
 */
const layoutCaches = new Map<FontName, Record<string, unknown>>();

export function layoutCache(name: FontName): Record<string, unknown> {
  let cache = layoutCaches.get(name);
  if (!cache) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(name, cache);
  }
  return cache;
}

/** The font files' paths, for the downloads cache: a new font version makes new files. */
export function fontFiles(): string[] {
  return fontNames.map((name) => require.resolve(files[name]));
}
