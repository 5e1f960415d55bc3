import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { TrueTypeSubset } from './font-subset';

/**
 * Noto Sans, the site's typeface, as static TrueType files from the npm package @expo-google-fonts/noto-sans
 * (SIL Open Font License). Each file covers Latin and Cyrillic, so one font serves nl, en and uk. Each file
 * is read once per build; the shaped words are shared by every document (see `layoutCache`).
 */
const require = createRequire(import.meta.url);
const files = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
} as const;

export type FontName = keyof typeof files;
export const fontNames = Object.keys(files) as FontName[];

const data = new Map<FontName, Buffer>();

function fontData(name: FontName): Buffer {
  let bytes = data.get(name);
  if (!bytes) {
    bytes = readFileSync(require.resolve(files[name]));
    data.set(name, bytes);
  }
  return bytes;
}

const measuring = new Map<FontName, Font>();

/** A font to measure text with (slide layout); never embedded in a document. */
export function font(name: FontName): Font {
  let parsed = measuring.get(name);
  if (!parsed) {
    parsed = create(fontData(name)) as Font;
    measuring.set(name, parsed);
  }
  return parsed;
}

/** What a document's font has of its own (see `documentFont`): fontkit's glyph objects and its shaper, which makes them. */
interface OwnGlyphs {
  _glyphs: Record<number, unknown>;
  _layoutEngine: unknown;
}

/**
 * A font of its own for one PDF document. fontkit keeps one glyph object per glyph id and font, with the
 * characters it was first asked for, so glyph objects are the document's own: a font shared with an earlier
 * document would carry that document's characters into this one's text layer. Everything else of the font
 * is read-only data of the same file, decoded once per build (above all the GSUB and GPOS lookups and the
 * table directory), so the document's font is the measuring font with its own glyph cache and its own shaper
 * (which makes glyphs through the font it belongs to), and a subset that copies glyphs as bytes (font-subset.ts).
 */
export function documentFont(name: FontName): Font {
  const shared = font(name);
  const own = Object.create(shared) as Font & OwnGlyphs;
  own._glyphs = {};
  // fontkit makes the shaper on first use and keeps it on the object it was asked on: here, on this font.
  const shaper = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(shared), '_layoutEngine');
  if (!shaper?.get) throw new Error('fontkit has no _layoutEngine getter: the document fonts (fonts.ts) need updating for this fontkit version');
  Object.defineProperty(own, '_layoutEngine', { configurable: true, get: shaper.get });
  own.createSubset = (() => new TrueTypeSubset(shared)) as unknown as Font['createSubset'];
  return own;
}

/**
 * PDFKit shapes text word by word and keeps each word's glyphs in a cache of the document's font, so every
 * new document (and every trial layout of `fitScale` or `note`) used to shape the same words again. The
 * shaped run of a word depends only on the font file and the word, and PDFKit copies it before changing
 * anything, so one cache per font serves every document of the build. Its glyphs were shaped in a document's
 * own font before that document embedded anything, so they carry their characters; the glyph ids written and
 * the ToUnicode map stay per document (`documentFont`).
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
