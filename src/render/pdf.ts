// PDF worksheets with pdfkit (loaded lazily: only `worksheet --format pdf` pays for it). Text is real text
// (selectable, searchable) in embedded DejaVu fonts (pdf-fonts.ts), so any script DejaVu covers prints as
// written; each question is measured before it is placed so none is split across pages, and the footer
// with "page n of m" is drawn once a document's (or, in a combined key, a variant's) pages are known, and
// those pages are then written out, so memory stays flat however many variants a key holds. Bytes are
// deterministic: the creation date is fixed (the epoch) so the same seed gives the same file.
import type { Bank, Question } from '../core/types.js';
import { optionLetter } from '../core/text.js';
import { takeOverContent, type PageContent } from './pdf-content.js';
import { DocFonts } from './pdf-font-embed.js';
import { loadBidiFor, paragraphDirection, RTL, visualRuns } from './pdf-bidi.js';
import {
  fontFor,
  hasCjkFont,
  loadFontkit,
  LTR_RUN,
  RTL_RUN,
  segmentsOf,
  unprintable,
  type Face,
  type PdfFont,
} from './pdf-fonts.js';
import {
  articleBlocks,
  footerText,
  instruction,
  keyEntries,
  keyFooterText,
  KEY_HEADING,
  pointsLabel,
  regenerateCommand,
  variantRange,
  splitBlanks,
  STUDENT_FIELDS,
  totalPoints,
  unitLabel,
  WORKSHEET_HEADING,
  type KeyDoc,
  type KeyEntry,
  type Paper,
  type SheetLayout,
  type SheetVariant,
  type WorksheetDoc,
} from './worksheet/model.js';

type PDFDoc = PDFKit.PDFDocument;
type PDFCtor = new (options?: PDFKit.PDFDocumentOptions) => PDFDoc;

let ctor: PDFCtor | undefined;
async function loadPdfKit(): Promise<PDFCtor> {
  if (!ctor) {
    ctor = ((await import('pdfkit')) as unknown as { default: PDFCtor }).default;
    await loadFontkit();
  }
  return ctor;
}

const SIZES: Record<Paper, 'A4' | 'LETTER'> = { a4: 'A4', letter: 'LETTER' };
const MARGIN = { top: 50, bottom: 56, left: 54, right: 54 };
const INDENT = 22;
const GAP = 14;
const MM = 72 / 25.4;
/** An RGB colour and the operators pdfkit writes for it, made once rather than on every use. */
interface Colour {
  rgb: [number, number, number];
  fill: string;
  stroke: string;
}

function colour(rgb: [number, number, number]): Colour {
  // As pdfkit writes it: each part over 255, as JavaScript writes the number.
  const parts = rgb.map((part) => part / 255).join(' ');
  return { rgb, fill: `${parts} scn`, stroke: `${parts} SCN` };
}

const INK = colour([0x11, 0x11, 0x11]);
const DARKER_GREY = colour([0x33, 0x33, 0x33]);
const DARK_GREY = colour([0x44, 0x44, 0x44]);
const GREY = colour([0x55, 0x55, 0x55]);

/**
 * What pdfkit's fillColor(rgb) does (its colour space, the colour, and the colour it remembers for text
 * it draws itself), without turning three fractions into text on every call: two calls a drawn question.
 */
function fillColour(doc: PDFDoc, c: Colour): void {
  doc.addContent('/DeviceRGB cs').addContent(c.fill);
  (doc as unknown as { _fillColor: unknown[] })._fillColor = [c.rgb, undefined];
}

/** pdfkit's strokeColor(rgb), the same way. */
function strokeColour(doc: PDFDoc, c: Colour): PDFDoc {
  return doc.addContent('/DeviceRGB CS').addContent(c.stroke);
}

/**
 * Text as the PDF draws it: line breaks, tabs and control characters become spaces, and letters with
 * combining accents their composed form (the same text, which the fonts set without shaping).
 */
export function pdfSafe(text: string): string {
  // Most text is printable and below U+0300: nothing to do.
  if (!NEEDS_CARE.test(text)) return text;
  const t = text.replace(/[\t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return /[^\u0000-\u02ff]/.test(t) ? t.normalize('NFC') : t;
}

const NEEDS_CARE = /[^\u0020-\u007e\u00a0-\u02ff]/;

/** A page and the footer it gets once its group's page count is known. */
interface PageInfo {
  footer: string;
}

type Align = 'left' | 'right' | 'center';

class Writer {
  /** Pages drawn since the last flush. */
  private pages: PageInfo[] = [];
  private currentFooter = '';
  /** Each page's content, drawn into directly (a footer goes back to an earlier page). */
  private readonly contents = new WeakMap<object, PageContent>();
  constructor(
    readonly doc: PDFDoc,
    readonly fonts: DocFonts,
  ) {
    // Every page, including any that pdfkit might add itself.
    doc.on('pageAdded', () => {
      this.pages.push({ footer: this.currentFooter });
      const page = doc.page as unknown as Parameters<typeof takeOverContent>[0];
      this.contents.set(page, takeOverContent(page));
    });
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Pages drawn since the last flush, and how full the last of them is so far (0 to 1). */
  get fill(): { pages: number; lastFill: number } {
    return { pages: this.pages.length, lastFill: (this.doc.y - MARGIN.top) / (this.bottom - MARGIN.top) };
  }

  newPage(footer: string): void {
    this.currentFooter = footer;
    this.doc.addPage();
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top + 1) this.newPage(this.currentFooter);
  }

  height(text: string, face: Face, size: number, width: number): number {
    const t = pdfSafe(text);
    const f = fontFor(face, t);
    return wrapText(f, size, width, t, face !== 'mono').lines.length * (f.lineHeight * size + LINE_GAP);
  }

  /**
   * Wrapped text from the current y, which it leaves below the last line. The sheet's own lines run left
   * to right; with `ownDirection` (the article's paragraphs) a paragraph whose first letter is Hebrew or
   * Arabic runs right to left, its lines set flush right.
   */
  text(
    text: string,
    face: Face,
    size: number,
    x: number,
    width: number,
    align: Align = 'left',
    ownDirection = false,
  ): void {
    const t = pdfSafe(text);
    const f = fontFor(face, t);
    const laid = wrapText(f, size, width, t, face !== 'mono');
    const step = f.lineHeight * size + LINE_GAP;
    const direction = ownDirection ? paragraphDirection(t) : 'ltr';
    if (direction === 'rtl' && align === 'left') align = 'right';
    laid.lines.forEach((line, i) => {
      // Only a long paragraph of the article runs on to the next page; a question was measured to fit.
      if (this.doc.y + step > this.bottom + LINE_GAP) this.ensure(step);
      this.drawLine(f, size, line, laid.widths[i]!, x, this.doc.y, width, align, direction);
      this.doc.y += step;
    });
  }

  /** One line at (x, y), not wrapped; aligned within `width` if given. The flow's y stays. */
  label(text: string, face: Face, size: number, x: number, y: number, width = 0, align: Align = 'left'): void {
    const t = pdfSafe(text);
    const f = fontFor(face, t);
    this.drawLine(f, size, t, textWidth(f, size, t), x, y, width, align);
  }

  private drawLine(
    f: PdfFont,
    size: number,
    line: string,
    w: number,
    x: number,
    y: number,
    width: number,
    align: Align,
    direction: 'ltr' | 'rtl' = 'ltr',
  ): void {
    const dx = align === 'right' ? width - w : align === 'center' ? (width - w) / 2 : 0;
    if (f.parts || RTL.test(line)) return this.drawRuns(f, size, line, x + dx, y, direction);
    if (this.fonts.show(f, size, line, x + dx, y, this.contents.get(this.doc.page)!)) return;
    // Text that needs shaping (Hebrew, Arabic, combining marks): pdfkit lays it out and embeds the font.
    this.doc.font(f.font as unknown as string, f.name).fontSize(size);
    const keepY = this.doc.y;
    // No width: pdfkit draws the line as it is, without running its own line breaker over it again.
    this.doc.text(line, x + dx, y, { lineBreak: false, textWidth: w, wordCount: 1 } as PDFKit.Mixins.TextOptions);
    this.doc.y = keepY;
  }

  /**
   * A line of mixed directions or fonts: its runs in drawing order (pdf-bidi.ts), each cut where the font
   * changes, placed one after the other from x. Right-to-left runs are shaped (Arabic letters joined) and
   * laid out right to left by fontkit through pdfkit; the rest go the usual way.
   */
  private drawRuns(f: PdfFont, size: number, line: string, x: number, y: number, direction: 'ltr' | 'rtl'): void {
    const runs = RTL.test(line) ? visualRuns(line, direction) : [{ text: line, rtl: false }];
    let at = x;
    for (const run of runs) {
      const pieces = segmentsOf(f, run.text);
      if (run.rtl) pieces.reverse();
      for (const p of pieces) {
        const w = textWidth(p.font, size, p.text);
        // One baseline for the line, the line's font's, whatever the piece's font's ascent.
        const py = y + (f.ascent - p.font.ascent) * size;
        if (run.rtl || !this.fonts.show(p.font, size, p.text, at, py, this.contents.get(this.doc.page)!)) {
          this.doc.font(p.font.font as unknown as string, p.font.name).fontSize(size);
          const keepY = this.doc.y;
          this.doc.text(p.text, at, py, {
            lineBreak: false,
            textWidth: w,
            wordCount: 1,
            features: run.rtl ? RTL_RUN : LTR_RUN,
          } as PDFKit.Mixins.TextOptions);
          this.doc.y = keepY;
        }
        at += w;
      }
    }
  }

  /**
   * Draws "page i of n" in the footer of every page since the last flush, then writes those pages out:
   * pdfkit holds a page in memory only until then.
   */
  flush(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    this.pages.forEach((p, i) => {
      doc.switchToPage(range.start + i);
      fillColour(doc, GREY);
      this.label(
        `${p.footer} · page ${i + 1} of ${this.pages.length}`,
        'sans',
        8,
        MARGIN.left,
        doc.page.height - 34,
        this.width,
        'center',
      );
      fillColour(doc, INK);
    });
    doc.flushPages();
    this.pages = [];
  }
}

const LINE_GAP = 1.5;

// Words with their trailing spaces; or also pieces ending in a hyphen, dash or slash, a place to break too.
const TOKENS = /[^\s\-–—/]*[\-–—/]+|[^\s\-–—/]+\s*|\s+/g;
const WORDS = /\S+\s*|\s+/g;

interface Wrapped {
  lines: string[];
  widths: number[];
}

// Wrapped text, shared by every document of the process: the same prompts, options and proving sentences
// come back in variant after variant (bounded so a long-lived library process does not grow without end).
// Kept by font, size, width and breaking rule, then by text: a single string key made the widths into
// text for every look-up, a tenth of the time spent wrapping.
const wrapped = new Map<PdfFont, Map<number, Map<number, [Map<string, Wrapped>, Map<string, Wrapped>]>>>();
let wrappedCount = 0;
const MAX_WRAPPED = 3_000;

function wrappedFor(f: PdfFont, size: number, width: number, breakAtHyphens: boolean): Map<string, Wrapped> {
  let bySize = wrapped.get(f);
  if (!bySize) wrapped.set(f, (bySize = new Map()));
  let byWidth = bySize.get(size);
  if (!byWidth) bySize.set(size, (byWidth = new Map()));
  let pair = byWidth.get(width);
  if (!pair) byWidth.set(width, (pair = [new Map(), new Map()]));
  return pair[breakAtHyphens ? 1 : 0];
}

/** Width of `text` in points: the font's own advances (the layout pdfkit draws with). */
function textWidth(f: PdfFont, size: number, text: string): number {
  return f.advance(text) * f.scale * size;
}

/**
 * Lines of `text` at most `width` wide: broken at spaces, and after a hyphen, dash or slash; a word wider
 * than the line is broken where it must be. A line's width is the sum of its words' (as pdfkit lays
 * out text word by word), so each word is measured once.
 */
function wrapText(f: PdfFont, size: number, width: number, text: string, breakAtHyphens = true): Wrapped {
  const cache = wrappedFor(f, size, width, breakAtHyphens);
  const w = cache.get(text);
  if (w) return w;
  const out: Wrapped = { lines: [], widths: [] };
  const limit = width + 0.01;
  let line = '';
  let lineW = 0; // the line's width without its trailing spaces
  let spaceW = 0; // the width of those trailing spaces
  const push = () => {
    out.lines.push(line.replace(/\s+$/, ''));
    out.widths.push(lineW);
    line = '';
    lineW = 0;
    spaceW = 0;
  };
  for (const token of text.match(breakAtHyphens ? TOKENS : WORDS) ?? []) {
    const word = token.replace(/\s+$/, '');
    const wordW = word ? textWidth(f, size, word) : 0;
    const trailW = word.length < token.length ? textWidth(f, size, token.slice(word.length)) : 0;
    if (line !== '' && lineW + spaceW + wordW > limit) push();
    if (line === '' && wordW > limit) {
      // A word wider than the line: as many characters as fit on each line.
      let rest = [...word];
      while (rest.length > 0) {
        let n = rest.length;
        while (n > 1 && textWidth(f, size, rest.slice(0, n).join('')) > limit) n--;
        line = rest.slice(0, n).join('');
        lineW = textWidth(f, size, line);
        rest = rest.slice(n);
        if (rest.length > 0) push();
      }
      line += token.slice(word.length);
      spaceW = trailW;
      continue;
    }
    if (line === '' && word === '') continue; // no line starts with spaces
    line += token;
    lineW += spaceW + wordW;
    spaceW = word ? trailW : spaceW + trailW;
  }
  if (line.trim() !== '' || out.lines.length === 0) push();
  if (wrappedCount >= MAX_WRAPPED) {
    wrapped.clear();
    wrappedCount = 0;
  }
  wrappedFor(f, size, width, breakAtHyphens).set(text, out);
  wrappedCount++;
  return out;
}

function drawBox(doc: PDFDoc, x: number, y: number, w: number, h: number, round = false): void {
  strokeColour(doc.save().lineWidth(0.9), INK);
  if (round) doc.circle(x + w / 2, y + h / 2, w / 2).stroke();
  else doc.rect(x, y, w, h).stroke();
  doc.restore();
}

function hline(doc: PDFDoc, x: number, y: number, w: number): void {
  strokeColour(doc.save().lineWidth(0.7), INK)
    .moveTo(x, y)
    .lineTo(x + w, y)
    .stroke()
    .restore();
}

const BODY = 10.5;
const SMALL = 8.5;

/**
 * Type size and spacing of a worksheet. The first is the sheet's own; the tighter ones are tried, in
 * order, only when the last page would hold little (a question or two after the article), and one is
 * taken if it saves that page. Body text never goes below 9.5 pt.
 */
interface SheetStyle {
  /** Article paragraphs, options, matching items. */
  body: number;
  /** Below each article paragraph. */
  paragraphGap: number;
  /** Below each question. */
  questionGap: number;
  /** Between the options of a question, and the rows of a matching one. */
  rowGap: number;
  /** Between the article and the questions' heading. */
  articleGap: number;
}
const SHEET_STYLES: SheetStyle[] = [
  { body: BODY, paragraphGap: 6, questionGap: GAP, rowGap: 3, articleGap: 12 },
  { body: 10, paragraphGap: 4, questionGap: 10, rowGap: 2, articleGap: 8 },
  { body: 9.5, paragraphGap: 3, questionGap: 8, rowGap: 1.5, articleGap: 6 },
];
/** A last page filled to at most this fraction is worth saving with a tighter style. */
const NEARLY_EMPTY = 1 / 3;
/** Ordering boxes hold a handwritten digit: 8 x 6 mm, as on the HTML sheet. */
const ORDER_BOX = { w: 8 * MM, h: 6 * MM };

/** Height of the answer space of `q` at width `w`, and a function that draws it from the current y. */
function answerSpace(
  wr: Writer,
  q: Question,
  x: number,
  w: number,
  s: SheetStyle,
): { height: number; draw: () => void } {
  const doc = wr.doc;
  const { body, rowGap } = s;
  const optionRows = (labels: string[], round: boolean, box = { w: 9, h: 9 }, textX = 16) => {
    // The text sits level with the middle of a tall box.
    const textDy = Math.max(0, (box.h - 12) / 2);
    const hs = labels.map((t) => Math.max(wr.height(t, 'serif', body, w - textX) + textDy, box.h));
    return {
      height: hs.reduce((a, b) => a + b + rowGap, 0),
      draw: () => {
        labels.forEach((t, i) => {
          const y = doc.y;
          drawBox(doc, x, y + 0.2, box.w, box.h, round);
          doc.y = y + textDy;
          wr.text(t, 'serif', body, x + textX, w - textX);
          doc.y = Math.max(doc.y, y + hs[i]!) + rowGap;
        });
      },
    };
  };
  switch (q.type) {
    case 'multiple-choice':
      return optionRows(
        q.choices.map((c, i) => `${optionLetter(i)}) ${c}`),
        true,
      );
    case 'multi-select':
      return optionRows(
        q.choices.map((c, i) => `${optionLetter(i)}) ${c}`),
        false,
      );
    case 'true-false':
      return {
        height: 16,
        draw: () => {
          const y = doc.y;
          drawBox(doc, x, y + 0.2, 9, 9, true);
          wr.label('True', 'serif', body, x + 16, y);
          drawBox(doc, x + 90, y + 0.2, 9, 9, true);
          wr.label('False', 'serif', body, x + 106, y);
          doc.x = x;
          doc.y = y + 16;
        },
      };
    case 'numeric': {
      const unit = unitLabel(q.unit);
      return {
        height: 28,
        draw: () => {
          const y = doc.y + 2;
          drawBox(doc, x, y, 100, 22);
          if (unit) wr.label(unit, 'serif', body, x + 108, y + 6);
          doc.x = x;
          doc.y = y + 26;
        },
      };
    }
    case 'short-answer':
    case 'cloze':
      return {
        height: 24,
        draw: () => {
          const y = doc.y + 18;
          hline(doc, x, y, Math.min(260, w));
          doc.y = y + 6;
        },
      };
    case 'matching': {
      const colW = (w - 40) / 2;
      const rows = Math.max(q.left.length, q.right.length);
      const hs: number[] = [];
      for (let i = 0; i < rows; i++) {
        const l = q.left[i] !== undefined ? wr.height(`${i + 1}. ${q.left[i]}`, 'serif', body, colW) : 0;
        const r =
          q.right[i] !== undefined ? wr.height(`${optionLetter(i)}) ${q.right[i]}`, 'serif', body, colW - 10) : 0;
        hs.push(Math.max(l, r, 12));
      }
      return {
        height: hs.reduce((a, b) => a + b + rowGap + 2, 0),
        draw: () => {
          for (let i = 0; i < rows; i++) {
            const y = doc.y;
            if (q.left[i] !== undefined) {
              wr.text(`${i + 1}. ${q.left[i]}`, 'serif', body, x, colW);
              hline(doc, x + colW + 6, y + 11, 26);
            }
            doc.y = y;
            if (q.right[i] !== undefined)
              wr.text(`${optionLetter(i)}) ${q.right[i]}`, 'serif', body, x + colW + 46, colW - 10);
            doc.x = x;
            doc.y = y + hs[i]! + rowGap + 2;
          }
        },
      };
    }
    case 'ordering':
      return optionRows(q.items, false, ORDER_BOX, ORDER_BOX.w + 8);
  }
}

function questionBlock(wr: Writer, q: Question, n: number, s: SheetStyle): void {
  const body = s.body;
  const doc = wr.doc;
  const x = MARGIN.left;
  const w = wr.width;
  const promptText = q.type === 'cloze' ? splitBlanks(q.prompt).join('______________') : q.prompt;
  const pts = pointsLabel(q.points);
  const ptsW = 50;
  const promptW = w - INDENT - ptsW;
  const promptH = wr.height(promptText, 'serifBold', body + 0.5, promptW);
  const instrH = wr.height(instruction(q), 'sansItalic', SMALL, w - INDENT);
  const space = answerSpace(wr, q, x + INDENT, w - INDENT, s);
  wr.ensure(promptH + 3 + instrH + 5 + space.height);
  const y = doc.y;
  wr.label(`${n}.`, 'serifBold', body + 0.5, x, y);
  fillColour(doc, GREY);
  wr.label(pts, 'sans', SMALL, x + w - ptsW, y + 1.5, ptsW, 'right');
  fillColour(doc, INK);
  doc.y = y;
  wr.text(promptText, 'serifBold', body + 0.5, x + INDENT, promptW);
  doc.y += 3;
  fillColour(doc, DARK_GREY);
  wr.text(instruction(q), 'sansItalic', SMALL, x + INDENT, w - INDENT);
  fillColour(doc, INK);
  doc.y += 5;
  space.draw();
  doc.x = x;
  doc.y += s.questionGap;
}

/** A section heading with a rule under it, kept with `keepWith` points of what follows. */
function heading(wr: Writer, text: string, size = 13, keepWith = 40): void {
  const doc = wr.doc;
  wr.ensure(wr.height(text, 'sansBold', size, wr.width) + 10 + keepWith);
  wr.text(text, 'sansBold', size, MARGIN.left, wr.width);
  const y = doc.y + 2;
  hline(doc, MARGIN.left, y, wr.width);
  doc.y = y + 8;
}

function sheetHeader(wr: Writer, doc: WorksheetDoc): void {
  const pdf = wr.doc;
  const { quiz, variant } = doc.sheet;
  const x = MARGIN.left;
  wr.text(WORKSHEET_HEADING, 'sansBold', 18, x, wr.width);
  pdf.y += 2;
  wr.text(doc.bank.articleText.title || quiz.bank.title, 'serifItalic', 11.5, x, wr.width);
  pdf.y += 14;
  const y = pdf.y;
  const widths = [0.45, 0.27, 0.28].map((f) => f * wr.width);
  let cx = x;
  STUDENT_FIELDS.forEach((f, i) => {
    wr.label(`${f}:`, 'sans', 10, cx, y);
    const lw = textWidth(fontFor('sans', `${f}:`), 10, `${f}:`) + 4;
    hline(pdf, cx + lw, y + 11, widths[i]! - lw - 14);
    cx += widths[i]!;
  });
  pdf.x = x;
  pdf.y = y + 22;
  fillColour(pdf, DARK_GREY);
  wr.text(
    `${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))} · variant ${variant}${doc.withArticle ? ' · read the article first, then answer' : ''}`,
    'sans',
    9,
    x,
    wr.width,
  );
  fillColour(pdf, INK);
  pdf.y += 8;
}

function article(wr: Writer, bank: Bank, s: SheetStyle): void {
  const doc = wr.doc;
  const x = MARGIN.left;
  for (const b of articleBlocks(bank)) {
    if (b.kind === 'title') heading(wr, b.text, 12.5);
    else if (b.kind === 'heading') {
      wr.ensure(wr.height(b.text, 'sansBold', 10.5, wr.width) + 30);
      doc.y += 2;
      wr.text(b.text, 'sansBold', 10.5, x, wr.width, 'left', true);
      doc.y += 4;
    } else {
      const h = wr.height(b.text, 'serif', s.body, wr.width - INDENT);
      // Paragraphs may break across pages (they can be long), but not within their first lines.
      wr.ensure(Math.min(h, 40));
      const y = doc.y;
      fillColour(doc, GREY);
      wr.label(`[${b.n}]`, 'sansBold', SMALL, x, y + 1.5);
      fillColour(doc, INK);
      doc.y = y;
      wr.text(b.text, 'serif', s.body, x + INDENT, wr.width - INDENT, 'left', true);
      doc.y += s.paragraphGap;
    }
  }
}

/** Type sizes and spacing of a key; the compact one is used when it saves a page. */
interface KeyStyle {
  answer: number;
  accepted: number;
  evidence: number;
  gap: number;
}
const KEY_STYLES: KeyStyle[] = [
  { answer: BODY, accepted: 9.5, evidence: 9, gap: 9 },
  { answer: 10, accepted: 8.5, evidence: 8, gap: 5 },
  { answer: 9.5, accepted: 8, evidence: 7.5, gap: 4 },
];
const KEY_PTS_W = 50;

/** "1 point · inference": the points and the reading skill, as the md and html keys show them. */
function keyLabel(e: KeyEntry): string {
  return `${pointsLabel(e.points)} · ${e.skill}`;
}

/** The right-hand column of a key: as wide as its widest label, and at least KEY_PTS_W. */
function keyLabelWidth(entries: KeyEntry[]): number {
  return Math.max(
    KEY_PTS_W,
    ...entries.map((e) => {
      const t = pdfSafe(keyLabel(e));
      return Math.ceil(textWidth(fontFor('sans', t), SMALL, t)) + 6;
    }),
  );
}

function keyEntryText(e: KeyEntry): { acc: string; ev: string } {
  return { acc: e.accepted.length > 0 ? `Also accepted: ${e.accepted.join('; ')}` : '', ev: e.citations.join('\n') };
}

function keyEntryHeights(wr: Writer, entries: KeyEntry[], s: KeyStyle): number[] {
  const w = wr.width;
  const labelW = keyLabelWidth(entries);
  return entries.map((e) => {
    const { acc, ev } = keyEntryText(e);
    const hAns = wr.height(e.answer, 'serifBold', s.answer, w - INDENT - labelW);
    const hAcc = acc ? wr.height(acc, 'serif', s.accepted, w - INDENT) + 2 : 0;
    return hAns + 2 + hAcc + wr.height(ev, 'serif', s.evidence, w - INDENT) + s.gap;
  });
}

/** Pages that entries of these heights fill from `y` on (each kept whole), and how full the last one is. */
function paginate(heights: number[], y: number, top: number, bottom: number): { pages: number; lastFill: number } {
  let pages = 1;
  for (const h of heights) {
    if (y + h > bottom && y > top + 1) {
      pages++;
      y = top;
    }
    y += h;
  }
  return { pages, lastFill: (y - top) / (bottom - top) };
}

/**
 * A command line in lines at most `width` wide at 8 pt, broken only before an option, so each option
 * stays with its value (`-o` and its file on one line).
 */
function commandLines(command: string, width: number): string[] {
  const f = fontFor('mono', command);
  const lines: string[] = [];
  let line = '';
  for (const part of command.split(/ (?=-)/)) {
    const longer = line ? `${line} ${part}` : part;
    if (line && textWidth(f, 8, longer) > width) {
      lines.push(line);
      line = part;
    } else line = longer;
  }
  lines.push(line);
  return lines;
}

function keySection(wr: Writer, sheet: SheetVariant, baseSeed: string, opts: SheetLayout): void {
  const doc = wr.doc;
  const { quiz, variant } = sheet;
  const x = MARGIN.left;
  const w = wr.width;
  heading(wr, `${KEY_HEADING}: variant ${variant}`);
  fillColour(doc, DARK_GREY);
  wr.text(`${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))}`, 'sans', 9, x, w);
  for (const line of commandLines(regenerateCommand(quiz, baseSeed, variant, { ...opts, format: 'pdf' }), w))
    wr.text(line, 'mono', 8, x, w);
  fillColour(doc, INK);
  doc.y += 8;
  const entries = keyEntries(quiz);
  const labelW = keyLabelWidth(entries);
  // A key that would leave its last entries on a page of their own is set smaller, if that saves the page.
  let style = KEY_STYLES[0]!;
  let heights = keyEntryHeights(wr, entries, style);
  let fit = paginate(heights, doc.y, MARGIN.top, wr.bottom);
  for (const s of KEY_STYLES.slice(1)) {
    if (fit.pages === 1 || fit.lastFill > 0.4) break;
    const hs = keyEntryHeights(wr, entries, s);
    const f = paginate(hs, doc.y, MARGIN.top, wr.bottom);
    if (f.pages < fit.pages) {
      style = s;
      heights = hs;
      fit = f;
    }
  }
  entries.forEach((e, i) => {
    const { acc, ev } = keyEntryText(e);
    wr.ensure(heights[i]! - style.gap);
    const y = doc.y;
    wr.label(`${e.n}.`, 'serifBold', style.answer, x, y);
    fillColour(doc, GREY);
    wr.label(keyLabel(e), 'sans', SMALL, x + w - labelW, y + 1.5, labelW, 'right');
    fillColour(doc, INK);
    doc.y = y;
    wr.text(e.answer, 'serifBold', style.answer, x + INDENT, w - INDENT - labelW);
    doc.y += 2;
    if (acc) {
      wr.text(acc, 'serif', style.accepted, x + INDENT, w - INDENT);
      doc.y += 2;
    }
    fillColour(doc, DARKER_GREY);
    wr.text(ev, 'serif', style.evidence, x + INDENT, w - INDENT);
    fillColour(doc, INK);
    doc.x = x;
    doc.y = Math.max(doc.y, y + heights[i]! - style.gap) + style.gap;
  });
}

// Characters every sheet may print beyond its bank's: ASCII and the punctuation of the sheet's own words.
const BASE_CHARS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}\u00a0“”‘’–—·…→←•×°`;
/** A character beyond ASCII, a pair of surrogates as one. */
const NOT_ASCII = /[^\u0000-\u007f]/gu;
const ANY_NOT_ASCII = /[^\u0000-\u007f]/;
/** Per bank: its characters, and the character sets made from them (by the characters added). */
const bankChars = new WeakMap<Bank, { chars: Set<string>; codes: Set<number>; sets: Map<string, string> }>();

/**
 * The characters a document's fonts hold: the bank's, the seed's and the sheets' own, in code point order.
 * The bank's come first and alone set the fonts of most documents, so the variants of a run share them.
 */
function charsetOf(bank: Bank, seed: string, sheets: SheetVariant[]): string {
  let known = bankChars.get(bank);
  if (known === undefined) {
    const chars = new Set(JSON.stringify(bank) + BASE_CHARS);
    known = { chars, codes: new Set(Array.from(chars, (c) => c.codePointAt(0)!)), sets: new Map() };
    bankChars.set(bank, known);
  }
  const { chars, codes, sets } = known;
  // Questions are made from the bank's words and the makers' English: only their other characters count.
  let extra = '';
  for (const c of seed) if (!chars.has(c) && !extra.includes(c)) extra += c;
  const note = (text: string) => {
    NOT_ASCII.lastIndex = 0;
    for (let m = NOT_ASCII.exec(text); m !== null; m = NOT_ASCII.exec(text)) {
      const c = m[0];
      // A lone surrogate is no character (JSON, which this once read, writes it as an escape).
      if (c.length === 1 && c >= '\ud800' && c <= '\udfff') continue;
      if (!codes.has(c.codePointAt(0)!) && !extra.includes(c)) extra += c;
    }
  };
  for (const s of sheets) stringsOf(s.quiz.questions, note);
  const key = [...[...extra].sort()].join('');
  let set = sets.get(key);
  if (set === undefined) {
    set = [...chars, ...extra]
      .filter((c) => c.codePointAt(0)! >= 0x20)
      .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
      .join('');
    if (sets.size >= 64) sets.clear();
    sets.set(key, set);
  }
  return set;
}

/**
 * Calls `note` with every string of a JSON-like value that is not all ASCII, keys too: what JSON.stringify
 * would write of it, without writing it.
 */
function stringsOf(value: unknown, note: (text: string) => void): void {
  if (typeof value === 'string') {
    if (ANY_NOT_ASCII.test(value)) note(value);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) stringsOf(value[i], note);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (!Object.hasOwn(o, k) || v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      if (ANY_NOT_ASCII.test(k)) note(k);
      stringsOf(v, note);
    }
  }
}

/** Output buffers of finished documents, free for the next ones (at most two documents are drawn at once). */
const spare: Buffer[] = [];

/** A document being drawn: `finish` ends it and gives its bytes. */
interface OpenDoc {
  wr: Writer;
  finish(): Promise<Uint8Array>;
  /** Drops a document drawn only to see where its pages fall (its buffer goes back for the next one). */
  discard(): void;
}

/** Where a long document's bytes go as they are made; they may be reused as soon as it returns. */
export type PdfSink = (bytes: Uint8Array) => void;

/** Bytes held before they are handed to a sink. */
const SINK_CHUNK = 128 * 1024;

async function open(paper: Paper, title: string, charset: string, sink?: PdfSink): Promise<OpenDoc> {
  const PDFDocument = await loadPdfKit();
  // The bidirectional algorithm, only for documents with right-to-left text.
  await loadBidiFor(charset);
  const doc = new PDFDocument({
    size: SIZES[paper],
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    displayTitle: true,
    lang: 'en',
    // No default font: pdfkit would parse Helvetica's metrics for every document, to draw nothing with it.
    font: null as unknown as string,
    // A fixed date: the same seed gives the same bytes (pdfkit also derives the file ID from it).
    info: { Title: pdfSafe(title), Creator: 'readquiz', Producer: 'readquiz (pdfkit)', CreationDate: new Date(0) },
  });
  // pdfkit turns each piece of the file into a Buffer (a JavaScript loop per byte for its strings) and
  // pushes it through its stream, a small Buffer per object. The pieces are written straight into one
  // growing buffer instead, the same bytes. That buffer is kept for the next document, and each document
  // leaves with a copy of its own size: a fresh buffer per document, freed only when V8 gets round to it,
  // made a run of a thousand documents hold tens of MiB of dead ones.
  let out = spare.pop() ?? Buffer.allocUnsafe(256 * 1024);
  let length = 0;
  const room = (n: number) => {
    if (length + n <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, length + n));
    out.copy(bigger, 0, 0, length);
    out = bigger;
  };
  // What the constructor wrote (the header) waits in the stream: it goes first.
  const head = doc.read() as Buffer | null;
  if (head) {
    room(head.length);
    out.set(head, 0);
    length = head.length;
  }
  const internals = doc as unknown as { _write(data: string | Uint8Array): void; _offset: number };
  internals._write = (data) => {
    if (typeof data === 'string') {
      // As pdfkit writes a string: its characters' low bytes, and a line end.
      room(data.length + 1);
      length += out.write(data, length, 'latin1');
      out[length++] = 0x0a;
      internals._offset += data.length + 1;
    } else {
      room(data.length);
      out.set(data, length);
      length += data.length;
      internals._offset += data.length;
    }
    if (sink && length >= SINK_CHUNK) {
      sink(out.subarray(0, length));
      length = 0;
    }
  };
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.resume();
  const fonts = new DocFonts(doc, charset);
  const wr = new Writer(doc, fonts);
  return {
    wr,
    async finish() {
      wr.flush();
      fonts.end();
      doc.end();
      await done;
      // A long document (key-all without a sink) keeps its buffer: a copy would be one more at the peak.
      if (length > 1024 * 1024) return new Uint8Array(out.buffer, out.byteOffset, length);
      const bytes = new Uint8Array(length);
      bytes.set(out.subarray(0, length));
      if (spare.length < 2) spare.push(out);
      return bytes;
    },
    discard() {
      internals._write = () => {};
      if (spare.length < 2) spare.push(out);
    },
  };
}

/**
 * A worksheet (and its key, with `keyAtEnd`). A sheet whose last page would hold only a question or two
 * (after the article, often the last question alone) is drawn again a little tighter, and the tighter
 * one is kept if it has fewer pages; other sheets are drawn once, as they always were.
 */
export async function renderWorksheetPdf(doc: WorksheetDoc): Promise<Uint8Array> {
  const { quiz, variant } = doc.sheet;
  const title = `${WORKSHEET_HEADING}: ${doc.bank.articleText.title || quiz.bank.title} (variant ${variant})`;
  const charset = charsetOf(doc.bank, doc.baseSeed, [doc.sheet]);
  let kept: { d: OpenDoc; pages: number } | undefined;
  for (const style of SHEET_STYLES) {
    const d = await open(doc.paper, title, charset);
    const fit = drawWorksheet(d.wr, doc, style);
    if (!kept) {
      kept = { d, pages: fit.pages };
      if (fit.pages === 1 || fit.lastFill > NEARLY_EMPTY) break;
    } else if (fit.pages < kept.pages) {
      kept.d.discard();
      kept = { d, pages: fit.pages };
      break;
    } else d.discard();
  }
  return kept!.d.finish();
}

/** Draws a worksheet in `style`; gives its pages and how full its last one is, before any key. */
function drawWorksheet(wr: Writer, doc: WorksheetDoc, style: SheetStyle): { pages: number; lastFill: number } {
  const { quiz, variant } = doc.sheet;
  wr.newPage(footerText(quiz.bank.id, doc.baseSeed, variant));
  sheetHeader(wr, doc);
  if (doc.withArticle) {
    article(wr, doc.bank, style);
    // The questions follow on the same page when their heading and first question fit there.
    wr.doc.y += style.articleGap;
  }
  heading(wr, 'Questions', 13, 90);
  quiz.questions.forEach((q, i) => questionBlock(wr, q, i + 1, style));
  const fit = wr.fill;
  if (doc.keyAtEnd) {
    wr.newPage(footerText(quiz.bank.id, doc.baseSeed, variant, undefined, 'answer key'));
    keySection(wr, doc.sheet, doc.baseSeed, doc);
  }
  return fit;
}

/**
 * The answer key of one variant or of many (`key-all`): each variant starts a page, has a bookmark, and
 * numbers its own pages ("variant 17 answer key · page 1 of 2"), which lets each variant's pages be written
 * out as soon as they are drawn: memory stays flat however many variants the key holds.
 */
export async function renderKeyPdf(doc: KeyDoc): Promise<Uint8Array> {
  const key = openKeyPdf(
    doc,
    doc.sheets.map((s) => s.variant),
    doc.sheets,
  );
  for (const [i, s] of doc.sheets.entries()) {
    await key.add(s);
    // Let the event loop turn now and then during a long key (a signal is handled then).
    if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
  }
  return key.end();
}

/** A key drawn variant by variant, as the sheets are made: the quizzes need not all be kept for it. */
export interface KeyPdfStream {
  add(sheet: SheetVariant): Promise<void>;
  end(): Promise<Uint8Array>;
}

/**
 * Opens a key for `variants`, to be added one by one in that order. Its fonts hold the characters of the
 * bank, the seed and `sheets` (when known up front); a key made before its quizzes holds those of the bank
 * and seed, and a line with a character beyond them (a maker's, not the bank's) is set by pdfkit instead.
 * With a `sink`, the file's bytes go to it as they are made (a thousand variants' key is 4 MB, held whole
 * and doubled as it grew), and `end` gives the last of them.
 */
export function openKeyPdf(
  doc: Omit<KeyDoc, 'sheets'>,
  variants: number[],
  sheets: SheetVariant[] = [],
  sink?: PdfSink,
): KeyPdfStream {
  const opts: SheetLayout = { paper: doc.paper, withArticle: doc.withArticle ?? false, keyAtEnd: doc.keyAtEnd };
  let opened: Promise<OpenDoc> | undefined;
  const start = (first: SheetVariant) => {
    const title = `${KEY_HEADING}: ${doc.bank.articleText.title || first.quiz.bank.title} (${variants.length === 1 ? `variant ${variants[0]}` : `variants ${variantRange(variants)}`})`;
    return open(doc.paper, title, charsetOf(doc.bank, doc.baseSeed, sheets), sink);
  };
  return {
    async add(s) {
      opened ??= start(s);
      const { wr } = await opened;
      wr.newPage(keyFooterText(s.quiz.bank.id, doc.baseSeed, [s.variant]));
      // A bookmark per variant: the viewer's sidebar finds variant 17's key in a key for the whole class.
      if (variants.length > 1) wr.doc.outline.addItem(`Variant ${s.variant}`);
      keySection(wr, s, doc.baseSeed, opts);
      wr.flush();
    },
    async end() {
      if (!opened) throw new Error('readquiz: a key with no variant');
      return (await opened).finish();
    },
  };
}

/**
 * The characters of a bank and seed that no font of the PDF has, which print as empty boxes (Korean, Thai,
 * Indic scripts; Chinese and Japanese too when the optional CJK font package is not installed), and
 * whether that package is installed.
 */
export async function unprintableInPdf(bank: Bank, seed: string): Promise<{ chars: string[]; cjkFont: boolean }> {
  await loadPdfKit();
  return { chars: unprintable(JSON.stringify(bank) + seed), cjkFont: hasCjkFont() };
}
