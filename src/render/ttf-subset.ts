// A TrueType subset for PDF embedding, written by copying bytes: the glyphs a document uses (composite
// glyphs with their components, renumbered) and the tables a PDF's TrueType font needs (head, hhea, maxp,
// loca, glyf, hmtx, and the hinting tables cvt, fpgm, prep as they are). fontkit's own subsetter decodes
// and re-encodes every table field by field, about 1.3 ms a font, which for a thousand documents of four
// fonts each was most of the run; this takes a few hundredths of that. Pure: bytes in, bytes out.

/** A font's raw tables and glyph offsets, read once and shared by every subset of it. */
export interface TtfSource {
  tables: Map<string, Uint8Array>;
  /** Where glyph i starts in glyf; glyph i ends where glyph i + 1 starts. */
  loca: Uint32Array;
  numberOfHMetrics: number;
}

export function readTtf(bytes: Uint8Array): TtfSource {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  const table = (tag: string): Uint8Array => {
    const t = tables.get(tag);
    if (!t) throw new Error(`readquiz: the font has no ${tag} table`);
    return t;
  };
  const head = table('head');
  const maxp = table('maxp');
  const locaBytes = table('loca');
  const longLoca = dv(head).getInt16(50) === 1;
  const numGlyphs = dv(maxp).getUint16(4);
  const loca = new Uint32Array(numGlyphs + 1);
  const lv = dv(locaBytes);
  for (let i = 0; i <= numGlyphs; i++) loca[i] = longLoca ? lv.getUint32(4 * i) : 2 * lv.getUint16(2 * i);
  return { tables, loca, numberOfHMetrics: dv(table('hhea')).getUint16(34) };
}

function dv(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The glyphs of one document, numbered in the order they are first used (glyph 0, .notdef, first). */
export class TtfSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: TtfSource) {
    this.includeGlyph(0);
  }

  /** The glyph's number in the subset. */
  includeGlyph(gid: number): number {
    let id = this.mapping.get(gid);
    if (id === undefined) {
      id = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, id);
    }
    return id;
  }

  encode(): Uint8Array {
    const { tables, loca } = this.source;
    const glyf = tables.get('glyf')!;
    const parts: Uint8Array[] = [];
    const offsets: number[] = [];
    let offset = 0;
    // Components found on the way are appended to this.glyphs, so the loop also reaches them.
    for (let i = 0; i < this.glyphs.length; i++) {
      const gid = this.glyphs[i]!;
      let data = glyf.subarray(loca[gid]!, loca[gid + 1]!);
      if (data.length >= 10 && dv(data).getInt16(0) < 0) data = this.renumberComponents(data);
      offsets.push(offset);
      parts.push(data);
      offset += data.length;
      // Each glyph starts on a 4-byte boundary.
      const pad = (4 - (data.length % 4)) % 4;
      if (pad) {
        parts.push(new Uint8Array(pad));
        offset += pad;
      }
    }
    offsets.push(offset);
    const n = this.glyphs.length;

    const newGlyf = concat(parts, offset);
    const newLoca = new Uint8Array(4 * (n + 1));
    offsets.forEach((o, i) => dv(newLoca).setUint32(4 * i, o));
    const newHmtx = new Uint8Array(4 * n);
    const hmtx = dv(tables.get('hmtx')!);
    const { numberOfHMetrics } = this.source;
    this.glyphs.forEach((gid, i) => {
      const long = Math.min(gid, numberOfHMetrics - 1);
      const advance = hmtx.getUint16(4 * long);
      const lsb =
        gid < numberOfHMetrics
          ? hmtx.getInt16(4 * gid + 2)
          : hmtx.getInt16(4 * numberOfHMetrics + 2 * (gid - numberOfHMetrics));
      dv(newHmtx).setUint16(4 * i, advance);
      dv(newHmtx).setInt16(4 * i + 2, lsb);
    });
    const head = copyOf(tables.get('head')!);
    dv(head).setUint32(8, 0); // checkSumAdjustment, set below
    dv(head).setInt16(50, 1); // long loca offsets
    const hhea = copyOf(tables.get('hhea')!);
    dv(hhea).setUint16(34, n);
    const maxp = copyOf(tables.get('maxp')!);
    dv(maxp).setUint16(4, n);

    const out = new Map<string, Uint8Array>([
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['loca', newLoca],
      ['glyf', newGlyf],
      ['hmtx', newHmtx],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const t = tables.get(tag);
      if (t) out.set(tag, t);
    }
    return sfnt(out);
  }

  /** A copy of a composite glyph whose component glyph numbers are those of the subset. */
  private renumberComponents(data: Uint8Array): Uint8Array {
    const copy = copyOf(data);
    const view = dv(copy);
    let pos = 10;
    for (;;) {
      const flags = view.getUint16(pos);
      view.setUint16(pos + 2, this.includeGlyph(view.getUint16(pos + 2)));
      pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) pos += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
      if (!(flags & MORE_COMPONENTS)) return copy;
    }
  }
}

/**
 * A copy to change. (A font file read from disk is a Buffer, whose slice() shares the bytes: renumbering a
 * composite glyph in place changed the font itself, and the next subset of it drew the wrong components.)
 */
function copyOf(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  const view = dv(b);
  const whole = b.length - (b.length % 4);
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < b.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (b[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt file of these tables: directory sorted by tag, each table 4-byte aligned, checksums set. */
function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const dirLength = 12 + 16 * n;
  let length = dirLength;
  for (const t of tags) length += (tables.get(t)!.length + 3) & ~3;
  const out = new Uint8Array(length);
  const view = dv(out);
  const pow2 = 2 ** Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, pow2 * 16);
  view.setUint16(8, Math.log2(pow2));
  view.setUint16(10, n * 16 - pow2 * 16);
  let offset = dirLength;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    view.setUint32(rec + 4, checksum(data));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headAt = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
