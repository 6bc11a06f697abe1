// The fonts embedded in PDF worksheets: DejaVu (Bitstream Vera licence, free to bundle and embed), so
// names, quotes and seeds in Latin, Greek, Cyrillic, Armenian and Georgian scripts print as written, and
// Hebrew and Arabic through DejaVu Sans. Each font file is read and parsed once per process and the parsed
// font handed to pdfkit for every document: parsing and shaping again per document was most of the
// cost of a thousand variants.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font, Glyph, GlyphPosition, GlyphRun } from 'fontkit';
import { readTtf, TtfSubset, type TtfSource } from './ttf-subset.js';

export type Face = 'serif' | 'serifBold' | 'serifItalic' | 'sans' | 'sansBold' | 'sansItalic' | 'mono';

/** Condensed cuts: DejaVu's regular widths are a fifth wider than Times and would waste paper. */
const FILES: Record<Face, string> = {
  serif: 'DejaVuSerifCondensed.ttf',
  serifBold: 'DejaVuSerifCondensed-Bold.ttf',
  serifItalic: 'DejaVuSerifCondensed-Italic.ttf',
  sans: 'DejaVuSansCondensed.ttf',
  sansBold: 'DejaVuSansCondensed-Bold.ttf',
  sansItalic: 'DejaVuSansCondensed-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};

/**
 * Where a face lacks a character (DejaVu Serif has no Hebrew or Arabic), the text is set in the next face
 * of its list that has them all; the last, DejaVu Sans, covers the most.
 */
const FALLBACK: Record<Face, string[]> = {
  serif: [FILES.serif, FILES.sans, 'DejaVuSans.ttf'],
  serifBold: [FILES.serifBold, FILES.sansBold, 'DejaVuSans-Bold.ttf'],
  serifItalic: [FILES.serifItalic, FILES.sansItalic, 'DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf'],
  sans: [FILES.sans, 'DejaVuSans.ttf'],
  sansBold: [FILES.sansBold, 'DejaVuSans-Bold.ttf'],
  sansItalic: [FILES.sansItalic, 'DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf'],
  mono: [FILES.mono, 'DejaVuSans.ttf'],
};

/** A font file, parsed once, as pdfkit takes it. */
export interface PdfFont {
  /** The name pdfkit caches it under within one document. */
  name: string;
  font: Font;
  /** Points per font unit at size 1. */
  scale: number;
  /** Width of `text` in font units, as pdfkit will lay it out. */
  advance(text: string): number;
  /** The glyphs of `text` side by side, or undefined when its script needs shaping. */
  simpleGlyphs(text: string): readonly Glyph[] | undefined;
  /** The font file's tables, for subsets. */
  source: TtfSource;
  /** Baseline below the top of a line, and the distance from line to line, at size 1 (no extra gap). */
  ascent: number;
  lineHeight: number;
}

type Fontkit = typeof import('fontkit');
let fontkit: Fontkit | undefined;
let fontDir: string | undefined;
const parsed = new Map<string, PdfFont>();

export async function loadFontkit(): Promise<void> {
  fontkit ??= (await import('fontkit')) as Fontkit;
}

function dir(): string {
  fontDir ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return fontDir;
}

/** Laid-out text as pdfkit takes it from a font: glyphs, their positions, and the total advance. */
class Run {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: GlyphPosition[],
  ) {}
  get advanceWidth(): number {
    let w = 0;
    for (const p of this.positions) w += p.xAdvance;
    return w;
  }
}

/**
 * Scripts set one glyph per character, side by side (Latin, Greek, Cyrillic, Armenian, punctuation and
 * symbols): no shaping needed. Anything else (combining marks, Hebrew, Arabic, ...) goes through
 * fontkit's OpenType shaping.
 */
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u058f\u10a0-\u10ff\u1e00-\u1fff\u2000-\u2069\u2070-\u218f\u2190-\u23ff\u2500-\u27bf]*$/;

// Widths of words, per font, shared by every document of the process (numbers only: whole lines and
// their glyph positions are not kept, which would grow with every footer and command line drawn).
const MAX_CACHED_WIDTHS = 10_000;

/**
 * The parsed font as pdfkit will use it: layout without OpenType shaping where the script needs none
 * (kerning is left out: setting up fontkit's shaper costs about 20 ms a font, a third of a one-sheet run),
 * widths remembered per process, and subsets written by ttf-subset.ts.
 */
function prepare(font: Font, bytes: Uint8Array): Pick<PdfFont, 'font' | 'advance' | 'simpleGlyphs' | 'source'> {
  const source = readTtf(bytes);
  const shape = font.layout.bind(font);
  const glyphs = new Map<number, Glyph>();
  const glyphOf = (cp: number): Glyph => {
    let g = glyphs.get(cp);
    if (!g) {
      g = font.glyphForCodePoint(cp);
      glyphs.set(cp, g);
    }
    return g;
  };
  const simpleGlyphs = (text: string): Glyph[] | undefined => {
    if (!SIMPLE.test(text)) return undefined;
    const out: Glyph[] = [];
    for (const c of text) out.push(glyphOf(c.codePointAt(0)!));
    return out;
  };
  const run = (text: string): Run => {
    const gs = simpleGlyphs(text);
    if (gs)
      return new Run(
        gs,
        gs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
      );
    const shaped = shape(text);
    return new Run(shaped.glyphs, shaped.positions);
  };
  const widths = new Map<string, number>();
  const advance = (text: string): number => {
    let w = widths.get(text);
    if (w === undefined) {
      const gs = simpleGlyphs(text);
      if (gs) {
        w = 0;
        for (const g of gs) w += g.advanceWidth;
      } else w = shape(text).advanceWidth;
      // Words come back in document after document; a footer or a whole line seldom does.
      if (text.length <= 24) {
        if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
        widths.set(text, w);
      }
    }
    return w;
  };
  const layout = (text: string, features?: unknown): GlyphRun => (features ? shape(text, features) : run(text));
  // The font as pdfkit sees it: fontkit's, with these few members its own. (fontkit defines its tables
  // as fixed properties of the font, so they are overridden on an object derived from it.)
  const own: PropertyDescriptorMap = {
    layout: { value: layout },
    createSubset: { value: () => new TtfSubset(source) },
  };
  // pdfkit reads two fields of the post table; fontkit would decode all of it, glyph names included,
  // 10-18 ms a font.
  const post = source.tables.get('post');
  if (post) {
    const view = new DataView(post.buffer, post.byteOffset, post.byteLength);
    own.post = { value: { italicAngle: view.getInt32(4) / 65536, isFixedPitch: view.getUint32(12) } };
  }
  return { font: Object.create(font, own) as Font, advance, simpleGlyphs, source };
}

function open(file: string): PdfFont {
  let f = parsed.get(file);
  if (!f) {
    if (!fontkit) throw new Error('readquiz: loadFontkit() must run before the PDF fonts are opened');
    const bytes = readFileSync(join(dir(), file));
    const prepared = prepare(fontkit.create(bytes), bytes);
    const scale = 1 / prepared.font.unitsPerEm;
    const { ascent, descent, lineGap } = prepared.font;
    f = {
      name: file.replace(/\.ttf$/, ''),
      scale,
      ascent: ascent * scale,
      lineHeight: (ascent + lineGap - descent) * scale,
      ...prepared,
    };
    parsed.set(file, f);
  }
  return f;
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** The font to set `text` in: the face itself unless it lacks one of the characters. */
export function fontFor(face: Face, text: string): PdfFont {
  const files = FALLBACK[face];
  const first = open(files[0]!);
  // Every face holds printable ASCII: most text needs no look-up at all.
  if (ASCII_PRINTABLE.test(text)) return first;
  for (const file of files) {
    const f = open(file);
    if (covers(f.font, text)) return f;
  }
  return first;
}

function covers(font: Font, text: string): boolean {
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp > 0x7e && !font.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}
