import type { Font } from 'fontkit';

/**
 * The font subset a PDF embeds, made as fontkit's own TrueType subset makes it, byte for byte, from data read
 * once per font file. fontkit decodes every glyph of the subset into outlines and metrics objects, and its
 * table encoder writes number by number; that was a tenth of the cost of a PDF, for a result that is only the
 * glyphs' bytes copied out of the font with new numbers. Here the glyphs are copied as bytes, the tables that
 * do not depend on the subset are taken from one subset fontkit made, and the two counts that do are patched.
 * A test compares the bytes with fontkit's for the glyphs of real documents.
 */

/** fontkit's parsed tables that a subset reads: where each glyph starts, and its advance and left bearing. */
interface SourceTables {
  loca: { version: number; offsets: number[] };
  hhea: { numberOfMetrics: number };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
  createSubset: () => { includeGlyph: (glyph: number) => number; encode: () => Uint8Array };
}

/** What every subset of one font file shares. */
interface SubsetSource {
  data: DataView;
  bytes: Uint8Array;
  glyf: number;
  hmtx: number;
  metrics: number;
  locaVersion: number;
  offsets: number[];
  /** The tables in fontkit's order, each the bytes fontkit writes for it when it does not depend on the glyphs. */
  tables: { tag: string; bytes?: Uint8Array }[];
  /** The directory's header as fontkit writes it (tag, table count, search fields). */
  header: Uint8Array;
}

/** Bits of a composite glyph's component flags (OpenType `glyf`). */
const argsAreWords = 0x0001;
const hasScale = 0x0008;
const moreComponents = 0x0020;
const hasXYScale = 0x0040;
const hasTwoByTwo = 0x0080;

/** Tables whose bytes depend on the glyphs of the subset: written for each subset. */
const perSubset = new Set(['loca', 'glyf', 'hmtx']);

const sources = new WeakMap<Font, SubsetSource>();

function subsetSource(font: Font): SubsetSource {
  let source = sources.get(font);
  if (source) return source;
  const parsed = font as unknown as SourceTables;
  const bytes = parsed.stream.buffer;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = (tag: string) => {
    const entry = parsed.directory.tables[tag];
    if (!entry) throw new Error(`The font has no ${tag} table, which a PDF subset needs`);
    return entry.offset;
  };
  // One subset of fontkit's own, of the missing glyph alone, gives the order of the tables and the bytes of
  // those that do not change with the glyphs (head, cvt, prep, fpgm) or only in a count (hhea, maxp).
  const model = parsed.createSubset().encode();
  const modelData = new DataView(model.buffer, model.byteOffset, model.byteLength);
  const count = modelData.getUint16(4);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = 12 + 16 * index;
    const tag = String.fromCharCode(...model.subarray(at, at + 4));
    const offset = modelData.getUint32(at + 8);
    return { tag, bytes: perSubset.has(tag) ? undefined : new Uint8Array(model.subarray(offset, offset + modelData.getUint32(at + 12))) };
  });
  source = {
    data,
    bytes,
    glyf: table('glyf'),
    hmtx: table('hmtx'),
    metrics: parsed.hhea.numberOfMetrics,
    locaVersion: parsed.loca.version,
    offsets: parsed.loca.offsets,
    tables,
    header: new Uint8Array(model.subarray(0, 12)),
  };
  sources.set(font, source);
  return source;
}

/** The positions of the glyph ids of a composite glyph's components, in the glyph's bytes. */
function componentIds(glyph: Uint8Array): number[] {
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const positions: number[] = [];
  let at = 10;
  let flags = moreComponents;
  while (flags & moreComponents) {
    flags = view.getUint16(at);
    positions.push(at + 2);
    at += 4 + (flags & argsAreWords ? 4 : 2);
    if (flags & hasScale) at += 2;
    else if (flags & hasXYScale) at += 4;
    else if (flags & hasTwoByTwo) at += 8;
  }
  return positions;
}

/**
 * A subset of a TrueType font with fontkit's interface as PDFKit uses it: `includeGlyph` gives a glyph its
 * number in the subset (the missing glyph is 0), `encode` writes the font file.
 */
export class TrueTypeSubset {
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();
  private readonly source: SubsetSource;

  constructor(font: Font) {
    this.source = subsetSource(font);
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'object' ? glyph.id : glyph;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.push(id) - 1;
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  encode(): Uint8Array {
    const { data, bytes, offsets, glyf, hmtx, metrics, locaVersion } = this.source;
    const outlines: Uint8Array[] = [];
    const hmtxBytes: number[] = [];
    // Components of composite glyphs join the subset as they are met, as in fontkit.
    for (let index = 0; index < this.glyphs.length; index++) {
      const id = this.glyphs[index];
      let outline = bytes.subarray(glyf + offsets[id], glyf + offsets[id + 1]);
      if (outline.length > 0 && data.getInt16(glyf + offsets[id]) < 0) {
        // A copy (the font file is a Buffer, whose `slice` would share its bytes): the ids change in it.
        outline = new Uint8Array(outline);
        const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
        for (const at of componentIds(outline)) view.setUint16(at, this.includeGlyph(view.getUint16(at)));
      }
      outlines.push(outline);
      const metric = hmtx + 4 * Math.min(id, metrics - 1);
      const bearing = id < metrics ? hmtx + 4 * id + 2 : hmtx + 4 * metrics + 2 * (id - metrics);
      hmtxBytes.push(data.getUint16(metric), data.getInt16(bearing));
    }
    const count = this.glyphs.length;
    const glyfLength = outlines.reduce((total, outline) => total + outline.length, 0);
    const loca = new Uint8Array((count + 1) * (locaVersion === 0 ? 2 : 4));
    const locaView = new DataView(loca.buffer);
    let offset = 0;
    for (let index = 0; index <= count; index++) {
      if (locaVersion === 0) locaView.setUint16(2 * index, offset >>> 1);
      else locaView.setUint32(4 * index, offset);
      offset += outlines[index]?.length ?? 0;
    }
    const metricsTable = new Uint8Array(4 * count);
    const metricsView = new DataView(metricsTable.buffer);
    for (let index = 0; index < count; index++) {
      metricsView.setUint16(4 * index, hmtxBytes[2 * index]);
      metricsView.setInt16(4 * index + 2, hmtxBytes[2 * index + 1]);
    }
    const glyfTable = new Uint8Array(glyfLength);
    let glyfAt = 0;
    for (const outline of outlines) {
      glyfTable.set(outline, glyfAt);
      glyfAt += outline.length;
    }
    const written = this.source.tables.map(({ tag, bytes: fixed }) => {
      if (tag === 'loca') return { tag, bytes: loca };
      if (tag === 'glyf') return { tag, bytes: glyfTable };
      if (tag === 'hmtx') return { tag, bytes: metricsTable };
      const copy = new Uint8Array(fixed!);
      // Every glyph gets its own advance and bearing (hhea.numberOfMetrics); maxp counts the glyphs.
      if (tag === 'hhea') new DataView(copy.buffer).setUint16(34, count);
      if (tag === 'maxp') new DataView(copy.buffer).setUint16(4, count);
      return { tag, bytes: copy };
    });
    const directoryLength = 12 + 16 * written.length;
    const file = new Uint8Array(directoryLength + written.reduce((total, table) => total + table.bytes.length, 0));
    const view = new DataView(file.buffer);
    file.set(this.source.header, 0);
    let at = directoryLength;
    written.forEach(({ tag, bytes: table }, index) => {
      const entry = 12 + 16 * index;
      for (let i = 0; i < 4; i++) file[entry + i] = tag.charCodeAt(i);
      // fontkit writes no checksums; PDF readers do not need them.
      view.setUint32(entry + 8, at);
      view.setUint32(entry + 12, table.length);
      file.set(table, at);
      at += table.length;
    });
    return file;
  }
}
