// The fonts embedded in PDF worksheets: DejaVu (Bitstream Vera licence, free to bundle and embed), so
// names, quotes and seeds in Latin, Greek, Cyrillic, Armenian and Georgian scripts print as written, and
// Hebrew and Arabic through DejaVu Sans (shaped by fontkit, ordered by pdf-bidi.ts); Chinese and Japanese
// through Noto Sans SC (SIL Open Font Licence, the optional package @expo-google-fonts/noto-sans-sc),
// opened only when a document holds a character DejaVu lacks. Each font file is read and parsed once per process and the parsed
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

/**
 * Chinese and Japanese: Noto Sans SC (its Simplified Chinese cut also holds the common Traditional
 * characters and kana), regular for the regular and italic faces, bold for the bold ones. Optional: when
 * the package is not installed, those characters cannot print (and the worksheet command says so).
 */
const CJK_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const CJK_FILES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' };
const CJK_OF: Record<Face, keyof typeof CJK_FILES> = {
  serif: 'regular',
  serifBold: 'bold',
  serifItalic: 'regular',
  sans: 'regular',
  sansBold: 'bold',
  sansItalic: 'regular',
  mono: 'regular',
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
  /**
   * Set on a font made of several, for text no single file covers: each character is set in the first
   * of `parts` that has it (see segmentsOf). Its `advance` is then in points at size 1 (`scale` is 1).
   */
  parts?: readonly PdfFont[];
}

/** Asks pdfkit's layout (the `features` it passes on) for a run shaped left to right, or right to left. */
export const LTR_RUN: string[] = [];
export const RTL_RUN: string[] = [];

type Fontkit = typeof import('fontkit');
let fontkit: Fontkit | undefined;
let fontDir: string | undefined;
let cjkDir: string | null | undefined;
const parsed = new Map<string, PdfFont>();

export async function loadFontkit(): Promise<void> {
  fontkit ??= (await import('fontkit')) as Fontkit;
}

function dir(): string {
  fontDir ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return fontDir;
}

/** Where the CJK font files are, or null when the optional package is not installed. */
function cjkDirectory(): string | null {
  if (cjkDir === undefined) {
    try {
      cjkDir = dirname(createRequire(import.meta.url).resolve(`${CJK_PACKAGE}/package.json`));
    } catch {
      cjkDir = null;
    }
  }
  return cjkDir;
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
/** In the CJK font: also ideographs, kana, bopomofo, CJK punctuation and full-width forms, one glyph each. */
const SIMPLE_CJK =
  /^(?:[\u0020-\u007e\u00a0-\u02ff\u2000-\u2069\u3000-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff])*$/;

// Widths of words, per font, shared by every document of the process (numbers only: whole lines and
// their glyph positions are not kept, which would grow with every footer and command line drawn).
const MAX_CACHED_WIDTHS = 10_000;

/**
 * The parsed font as pdfkit will use it: layout without OpenType shaping where the script needs none
 * (kerning is left out: setting up fontkit's shaper costs about 20 ms a font, a third of a one-sheet run),
 * widths remembered per process, and subsets written by ttf-subset.ts.
 */
function prepare(
  font: Font,
  bytes: Uint8Array,
  simple: RegExp,
): Pick<PdfFont, 'font' | 'advance' | 'simpleGlyphs' | 'source'> {
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
    if (!simple.test(text)) return undefined;
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
  // A run of a right-to-left line (pdf.ts): shaped in the direction given (fontkit would guess it from the
  // script, and turn Arabic digits in a left-to-right run around), glyphs in drawing order.
  const layout = (text: string, features?: unknown): GlyphRun =>
    features === RTL_RUN
      ? rightToLeft(shape(text, [], undefined, undefined, 'rtl'))
      : features === LTR_RUN
        ? simpleGlyphs(text)
          ? run(text)
          : shape(text, [], undefined, undefined, 'ltr')
        : features
          ? shape(text, features)
          : run(text);
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

/**
 * A right-to-left run whose ligatures (Arabic lam-alef) map back to their letters in drawing order, as
 * readers of the PDF's text expect: they reverse a right-to-left run as a whole when they copy it, and
 * "لا" came back as "ال".
 */
function rightToLeft(run: GlyphRun): GlyphRun {
  const glyphs = run.glyphs.map((g) =>
    g.codePoints.length > 1 ? (Object.create(g, { codePoints: { value: [...g.codePoints].reverse() } }) as Glyph) : g,
  );
  return { glyphs, positions: run.positions, advanceWidth: run.advanceWidth } as GlyphRun;
}

function open(file: string, from = dir(), simple = SIMPLE): PdfFont {
  let f = parsed.get(file);
  if (!f) {
    if (!fontkit) throw new Error('readquiz: loadFontkit() must run before the PDF fonts are opened');
    const bytes = readFileSync(join(from, file));
    const prepared = prepare(fontkit.create(bytes), bytes, simple);
    const scale = 1 / prepared.font.unitsPerEm;
    const { ascent, descent, lineGap } = prepared.font;
    f = {
      name: file.replace(/^.*\//, '').replace(/\.ttf$/, ''),
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
  // No one file has every character (Chinese beside Latin, say): each is set in the first that has it.
  return mixed(face);
}

const mixedFaces = new Map<Face, PdfFont>();

/** The face's files and its CJK font as one: see `parts`. */
function mixed(face: Face): PdfFont {
  let m = mixedFaces.get(face);
  if (m) return m;
  const parts = FALLBACK[face].map((file) => open(file));
  const cjk = cjkFont(face);
  if (cjk) parts.push(cjk);
  const first = parts[0]!;
  const widths = new Map<string, number>();
  const advance = (text: string): number => {
    let w = widths.get(text);
    if (w === undefined) {
      w = 0;
      for (const s of segmentsOf(m!, text)) w += s.font.advance(s.text) * s.font.scale;
      if (text.length <= 24) {
        if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
        widths.set(text, w);
      }
    }
    return w;
  };
  m = { ...first, name: `${first.name}+fallback`, scale: 1, advance, simpleGlyphs: () => undefined, parts };
  mixedFaces.set(face, m);
  return m;
}

function cjkFont(face: Face): PdfFont | undefined {
  const from = cjkDirectory();
  return from === null ? undefined : open(CJK_FILES[CJK_OF[face]], from, SIMPLE_CJK);
}

/** A piece of text set in one font. */
export interface Segment {
  font: PdfFont;
  text: string;
}

/** `text` cut where its font changes: each character in the first of the font's parts that has it. */
export function segmentsOf(f: PdfFont, text: string): Segment[] {
  const parts = f.parts;
  if (!parts) return [{ font: f, text }];
  const out: Segment[] = [];
  let font: PdfFont | undefined;
  let piece = '';
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    // Marks stay with the letter they sit on.
    const own = font && /\p{M}/u.test(c) ? font : (parts.find((p) => p.font.hasGlyphForCodePoint(cp)) ?? parts[0]!);
    if (own !== font && piece) {
      out.push({ font: font!, text: piece });
      piece = '';
    }
    font = own;
    piece += c;
  }
  if (piece) out.push({ font: font!, text: piece });
  return out;
}

/**
 * The characters of `text` that no font of the PDF has (they would print as empty boxes), each once, in
 * order of appearance. Controls and invisible format characters are not counted.
 */
export function unprintable(text: string): string[] {
  const fonts = [open('DejaVuSans.ttf'), open('DejaVuSans-Bold.ttf'), open(FILES.serif), open(FILES.mono)];
  const missing = new Set<string>();
  for (const c of text.normalize('NFC')) {
    const cp = c.codePointAt(0)!;
    if (cp <= 0x7e || missing.has(c) || /\p{C}|\s/u.test(c)) continue;
    if (fonts.some((f) => f.font.hasGlyphForCodePoint(cp))) continue;
    const cjk = cjkFont('sans');
    if (cjk?.font.hasGlyphForCodePoint(cp)) continue;
    missing.add(c);
  }
  return [...missing];
}

/** Whether the optional CJK font package is installed (for the advice given with unprintable characters). */
export function hasCjkFont(): boolean {
  return cjkDirectory() !== null;
}

function covers(font: Font, text: string): boolean {
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp > 0x7e && !font.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}
