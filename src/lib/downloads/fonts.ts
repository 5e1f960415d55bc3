import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * Noto Sans, the site's typeface, as static TrueType files from the npm package @expo-google-fonts/noto-sans
 * (SIL Open Font License). Each file covers Latin and Cyrillic, so one font serves nl, en and uk. Each font
 * is parsed once per build and shared by every document; PDFKit embeds only the glyphs a document uses.
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
