import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

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

/** fontkit's decoded tables of a font file (cmap, GSUB, GPOS, hmtx, loca, …), by tag. */
interface DecodedTables {
  _tables: Record<string, unknown>;
}

/**
 * A font of its own for one PDF document. fontkit keeps one glyph object per glyph id and font, with the
 * characters it was first asked for; embedding a subset asks for the parts of composite glyphs without
 * characters (the bold ellipsis is made of three full stops), so a font shared with an earlier document gave the full
 * stop an empty entry in the next document's ToUnicode map, and the copied text lost it or shifted it.
 * Only the glyph objects need to be the document's own: the decoded tables are read-only data of the same
 * file, so every document font reads those of the measuring font (fontkit shares them the same way between a
 * font and its variations). Decoding them anew, above all the GSUB and GPOS lookups, was most of the cost of
 * shaping a document.
 */
export function documentFont(name: FontName): Font {
  const own = create(fontData(name)) as Font & DecodedTables;
  own._tables = (font(name) as Font & DecodedTables)._tables;
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
