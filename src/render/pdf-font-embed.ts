// Embedding the DejaVu fonts into a PDF ourselves, once per process rather than once per document.
// pdfkit subsets a font per document in the order its glyphs are first drawn, so every document has a
// subset of its own to write and compress: for a thousand variants that was a third of the run. Here a
// document's subset of a face holds the glyphs of every character its bank, seed and the sheet's own words
// can use, numbered in character order: the same for every variant of a run (so it is made and compressed
// once), and the same whether a variant is made alone or in a set (so the bytes are too).
import { deflateSync } from 'node:zlib';
import type { Glyph } from 'fontkit';
import type { PageContent } from './pdf-content.js';
import type { PdfFont } from './pdf-fonts.js';
import { TtfSubset } from './ttf-subset.js';

type PDFDoc = PDFKit.PDFDocument;

/** A face's subset for one character set: glyph numbers, widths, and the compressed font and CMap. */
interface Embedding {
  cidOf: Map<number, number>;
  fontFile: Uint8Array;
  fontFileLength: number;
  toUnicode: Uint8Array;
  widths: number[];
  name: string;
  descriptor: Record<string, unknown>;
  /** `widths` as the PDF array pdfkit would write, made once rather than for every document. */
  widthsPdf: PdfRaw;
  /**
   * The glyph number plus one of each character set side by side (no shaping), by UTF-16 code unit (0:
   * none); written straight into the page as it is drawn.
   */
  cidPlusOne: Int32Array;
}

/**
 * Text pdfkit writes as it is: it turns what it does not recognise into a string (a plain object it would
 * write as a dictionary, hence the tag).
 */
class PdfRaw {
  constructor(private readonly text: string) {}
  get [Symbol.toStringTag](): string {
    return 'PdfRaw';
  }
  toString(): string {
    return this.text;
  }
}

const embeddings = new Map<string, Embedding>();
const MAX_EMBEDDINGS = 64;

function embedding(f: PdfFont, charset: string): Embedding {
  const key = `${f.name}\u0000${charset}`;
  let e = embeddings.get(key);
  if (e) return e;
  const font = f.font;
  const subset = new TtfSubset(f.source);
  const cidOf = new Map<number, number>();
  const unicode: number[][] = [[]];
  const widths: number[] = [font.getGlyph(0).advanceWidth * 1000 * f.scale];
  const bytesOf = new Map<number, number>();
  cidOf.set(0, 0);
  for (const c of charset) {
    const cp = c.codePointAt(0)!;
    if (!font.hasGlyphForCodePoint(cp)) continue;
    const g = font.glyphForCodePoint(cp);
    let cid = cidOf.get(g.id);
    // A character set on its own (its script needs no shaping) is looked up directly when drawn.
    const simple = g.id !== 0 && f.simpleGlyphs(c) !== undefined;
    if (cid !== undefined) {
      if (simple) bytesOf.set(cp, cid);
      continue;
    }
    cid = subset.includeGlyph(g.id);
    if (simple) bytesOf.set(cp, cid);
    cidOf.set(g.id, cid);
    unicode[cid] = [cp];
    widths[cid] = g.advanceWidth * 1000 * f.scale;
  }
  const file = subset.encode();
  // A subset tag of six capitals, from the glyphs it holds: different subsets, different names.
  let h = 2166136261;
  for (const gid of cidOf.keys()) h = Math.imul(h ^ gid, 16777619) >>> 0;
  const tag = Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (Math.floor(h / 26 ** i) % 26))).join('');
  const name = `${tag}+${f.name}`;
  e = {
    cidOf,
    fontFile: deflateSync(file),
    fontFileLength: file.length,
    toUnicode: deflateSync(Buffer.from(toUnicodeCmap(unicode), 'latin1')),
    // Whole thousandths of an em, as PDF widths usually are: shorter to write for every document.
    widths: widths.map((w) => Math.round(w)),
    // (A glyph number with no width, should the subset leave one out, is written as pdfkit does: null.)
    widthsPdf: new PdfRaw(`[${Array.from(widths, (w) => (w === undefined ? 'null' : Math.round(w))).join(' ')}]`),
    name,
    descriptor: descriptor(f, name),
    cidPlusOne: byCodeUnit(bytesOf),
  };
  if (embeddings.size >= MAX_EMBEDDINGS) embeddings.clear();
  embeddings.set(key, e);
  return e;
}

/** Glyph numbers plus one by code unit: a code point beyond the BMP never equals a code unit. */
function byCodeUnit(cids: Map<number, number>): Int32Array {
  let top = -1;
  for (const cp of cids.keys()) if (cp <= 0xffff && cp > top) top = cp;
  const table = new Int32Array(top + 1);
  for (const [cp, cid] of cids) if (cp <= 0xffff) table[cp] = cid + 1;
  return table;
}

function descriptor(f: PdfFont, name: string): Record<string, unknown> {
  const font = f.font as unknown as {
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    post: { isFixedPitch: number };
    head: { macStyle: { italic: boolean } };
    'OS/2'?: { sFamilyClass: number };
  };
  const s = 1000 * f.scale;
  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
  // As pdfkit sets them: fixed pitch, serif, symbolic (glyphs by number), italic.
  let flags = 1 << 2;
  if (font.post.isFixedPitch) flags |= 1;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (font.head.macStyle.italic) flags |= 1 << 6;
  const r = (x: number) => Math.round(x * s * 1000) / 1000;
  return {
    Type: 'FontDescriptor',
    FontName: name,
    Flags: flags,
    FontBBox: [r(font.bbox.minX), r(font.bbox.minY), r(font.bbox.maxX), r(font.bbox.maxY)],
    ItalicAngle: font.italicAngle,
    Ascent: r(font.ascent),
    Descent: r(font.descent),
    CapHeight: r(font.capHeight || font.ascent),
    XHeight: r(font.xHeight || 0),
    StemV: 0,
  };
}

function utf16hex(cps: number[]): string {
  let out = '';
  for (const cp of cps) {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += (0xd800 | (v >> 10)).toString(16).padStart(4, '0') + (0xdc00 | (v & 0x3ff)).toString(16).padStart(4, '0');
    } else out += cp.toString(16).padStart(4, '0');
  }
  return out;
}

/** The CMap that maps glyph numbers back to text, for copying and searching. */
function toUnicodeCmap(unicode: number[][]): string {
  const entries: string[] = [];
  unicode.forEach((cps, cid) => {
    if (cps && cps.length > 0) entries.push(`<${cid.toString(16).padStart(4, '0')}> <${utf16hex(cps)}>`);
  });
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${chunks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

interface DocFont {
  id: string;
  ref: PDFKit.PDFKitReference;
  e: Embedding;
  /** The face's ascent, for placing the baseline. */
  ascent: number;
}

/** The fonts of one document: drawn with `show`, written with `end` before the document ends. */
export class DocFonts {
  private readonly used = new Map<string, DocFont>();

  constructor(
    private readonly doc: PDFDoc,
    private readonly charset: string,
  ) {}

  /**
   * Draws `line` at (x, y) from the top left of the page in font `f` at `size`, into `content` (the
   * page's). Returns false, for pdfkit to draw it instead, when the line needs shaping or holds a
   * character outside the document's set.
   */
  show(f: PdfFont, size: number, line: string, x: number, y: number, content: PageContent): boolean {
    let d = this.used.get(f.name);
    if (!d) {
      const e = embedding(f, this.charset);
      d = { id: `RQ${this.used.size + 1}`, ref: this.doc.ref({}), e, ascent: f.ascent };
      this.used.set(f.name, d);
    }
    // (The face is taken even for an empty line: its objects' numbers follow from the order of first use.)
    if (line === '') return true;
    // pdfkit's pages have y running down (a flipped matrix): the text matrix flips the glyphs upright.
    // The glyph numbers go in as a string of bytes (two a glyph), followed by a line end.
    const start = content.length;
    content.text(`BT /${d.id} ${num(size)} Tf 1 0 0 -1 ${num(x)} ${num(y + d.ascent * size)} Tm (`);
    // Most lines: every character one glyph of the subset, looked up by code unit.
    if (!content.glyphs(d.e.cidPlusOne, line)) {
      const codes = codesByGlyph(d.e, f, line);
      if (codes === undefined || codes === '') {
        content.length = start;
        return codes === '';
      }
      content.text(codes);
    }
    content.line(') Tj ET');
    // The page's resources name the font (pdfkit writes them when the page ends).
    const page = this.doc.page as unknown as { resources: { data: { Font?: Record<string, unknown> } } };
    (page.resources.data.Font ??= {})[d.id] = d.ref;
    return true;
  }

  /** Writes the font objects of every face used. */
  end(): void {
    for (const { ref, e } of this.used.values()) {
      const doc = this.doc;
      // Already compressed: a Filter given up front keeps pdfkit from compressing it again.
      const file = doc.ref({ Length1: e.fontFileLength, Filter: 'FlateDecode' });
      file.end(Buffer.from(e.fontFile));
      const desc = doc.ref({ ...e.descriptor, FontFile2: file });
      desc.end(undefined);
      const cid = doc.ref({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: e.name,
        CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
        FontDescriptor: desc,
        W: [0, e.widthsPdf],
        CIDToGIDMap: 'Identity',
      });
      cid.end(undefined);
      const cmap = doc.ref({ Filter: 'FlateDecode' });
      cmap.end(Buffer.from(e.toUnicode));
      Object.assign(ref.data as object, {
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: e.name,
        Encoding: 'Identity-H',
        DescendantFonts: [cid],
        ToUnicode: cmap,
      });
      ref.end(undefined);
    }
  }
}

/**
 * A coordinate to two decimals, as String(Math.round(n * 100) / 100) writes it (checked over every value a
 * page can hold), without turning a fraction into text the general way: three numbers a line.
 */
function num(n: number): string {
  let r = Math.round(n * 100);
  if (r === 0) return '0';
  let sign = '';
  if (r < 0) {
    sign = '-';
    r = -r;
  }
  const whole = Math.floor(r / 100);
  const cents = r % 100;
  return `${sign}${whole}${cents === 0 ? '' : cents % 10 === 0 ? `.${cents / 10}` : cents < 10 ? `.0${cents}` : `.${cents}`}`;
}

/**
 * Lines with a character outside the set by code unit: by glyph (two characters may share one), as a PDF
 * string of two bytes each (latin1; half the size of hex), or undefined when a glyph is outside the
 * document's set. Lines are not kept (remembering them grew a thousand variants' peak memory by 30 MiB).
 */
function codesByGlyph(e: Embedding, f: PdfFont, line: string): string | undefined {
  const glyphs: readonly Glyph[] | undefined = f.simpleGlyphs(line);
  if (!glyphs) return undefined;
  let out = '';
  for (const g of glyphs) {
    const cid = e.cidOf.get(g.id);
    if (cid === undefined || g.id === 0) return undefined;
    out += BYTE[cid >> 8]! + BYTE[cid & 0xff]!;
  }
  return out;
}

// Each byte as it goes in a PDF literal string: the backslash and parentheses escaped, and a carriage
// return, which a reader would take for a line end.
const BYTE = Array.from({ length: 256 }, (_, b) =>
  b === 0x5c ? '\\\\' : b === 0x28 ? '\\(' : b === 0x29 ? '\\)' : b === 0x0d ? '\\r' : String.fromCharCode(b),
);
