// PDF worksheets with pdfkit (loaded lazily: only `worksheet --format pdf` pays for it). Text is real text
// (selectable, searchable), each question is measured before it is placed so none is split across pages,
// and the footer with "page n of m" is drawn at the end over the buffered pages. Bytes are deterministic:
// the creation date is fixed (the epoch) so the same seed gives the same file.
import type { Bank, Question } from '../core/types.js';
import { optionLetter } from '../core/text.js';
import {
  articleBlocks, footerText, instruction, keyEntries, keyFooterText, KEY_HEADING, pointsLabel, regenerateCommand, variantRange,
  splitBlanks, STUDENT_FIELDS, totalPoints, unitLabel, WORKSHEET_HEADING,
  type KeyDoc, type Paper, type SheetVariant, type WorksheetDoc,
} from './worksheet/model.js';

type PDFDoc = PDFKit.PDFDocument;
type PDFCtor = new (options?: PDFKit.PDFDocumentOptions) => PDFDoc;

let ctor: PDFCtor | undefined;
async function loadPdfKit(): Promise<PDFCtor> {
  if (!ctor) ctor = ((await import('pdfkit')) as unknown as { default: PDFCtor }).default;
  return ctor;
}

const SIZES: Record<Paper, 'A4' | 'LETTER'> = { a4: 'A4', letter: 'LETTER' };
const MARGIN = { top: 50, bottom: 56, left: 54, right: 54 };
const INDENT = 22;
const GAP = 14;
const SANS = 'Helvetica';
const SANS_BOLD = 'Helvetica-Bold';
const SANS_ITALIC = 'Helvetica-Oblique';
const SERIF = 'Times-Roman';
const SERIF_BOLD = 'Times-Bold';

// The 14 standard PDF fonts (no embedding, small files) hold Windows-1252 only: Latin-1 plus these.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const FALLBACK: Record<string, string> = { 'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'ı': 'i', '→': '->', '←': '<-', '−': '-', '\u2009': ' ', '\u202F': ' ', '\u200B': '', '✓': 'v', '′': "'", '″': '"', '‐': '-', '‑': '-', '‒': '-', '―': '—' };

/** Text the standard fonts can show: other characters become their nearest ASCII form or '?'. */
export function pdfSafe(text: string): string {
  let out = '';
  for (const c of text.replace(/[\t\r\n]+/g, ' ')) {
    const cp = c.codePointAt(0)!;
    if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(c)) out += c;
    else if (c in FALLBACK) out += FALLBACK[c];
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += ' ';
    else out += c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\u0020-\u00ff]/g, '?');
  }
  return out;
}

interface PageInfo {
  footer: string;
}

class Writer {
  readonly pages: PageInfo[] = [];
  private currentFooter = '';
  constructor(readonly doc: PDFDoc) {
    // Every page, including those pdfkit adds itself when a long paragraph of the article runs on.
    doc.on('pageAdded', () => this.pages.push({ footer: this.currentFooter }));
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  newPage(footer: string): void {
    this.currentFooter = footer;
    this.doc.addPage();
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top + 1) this.newPage(this.currentFooter);
  }

  height(text: string, font: string, size: number, width: number): number {
    this.doc.font(font).fontSize(size);
    return this.doc.heightOfString(pdfSafe(text), { width, lineGap: 1.5 });
  }

  text(text: string, font: string, size: number, x: number, width: number, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.font(font).fontSize(size).text(pdfSafe(text), x, this.doc.y, { width, lineGap: 1.5, ...options });
  }
}

function drawBox(doc: PDFDoc, x: number, y: number, w: number, h: number, round = false): void {
  doc.save().lineWidth(0.9).strokeColor('#111');
  if (round) doc.circle(x + w / 2, y + h / 2, w / 2).stroke();
  else doc.rect(x, y, w, h).stroke();
  doc.restore();
}

function hline(doc: PDFDoc, x: number, y: number, w: number): void {
  doc.save().lineWidth(0.7).strokeColor('#111').moveTo(x, y).lineTo(x + w, y).stroke().restore();
}

const BODY = 10.5;
const SMALL = 8.5;

/** Height of the answer space of `q` at width `w`, and a function that draws it from the current y. */
function answerSpace(wr: Writer, q: Question, x: number, w: number): { height: number; draw: () => void } {
  const doc = wr.doc;
  const rowGap = 3;
  const optionRows = (labels: string[], round: boolean, boxW = 9, textX = 16) => {
    const hs = labels.map((t) => wr.height(t, SERIF, BODY, w - textX));
    return {
      height: hs.reduce((a, b) => a + b + rowGap, 0),
      draw: () => {
        labels.forEach((t, i) => {
          const y = doc.y;
          drawBox(doc, x, y + 0.2, boxW, 9, round);
          wr.text(t, SERIF, BODY, x + textX, w - textX);
          doc.y = Math.max(doc.y, y + hs[i]!) + rowGap;
        });
      },
    };
  };
  switch (q.type) {
    case 'multiple-choice':
      return optionRows(q.choices.map((c, i) => `${optionLetter(i)}) ${c}`), true);
    case 'multi-select':
      return optionRows(q.choices.map((c, i) => `${optionLetter(i)}) ${c}`), false);
    case 'true-false':
      return {
        height: 16,
        draw: () => {
          const y = doc.y;
          drawBox(doc, x, y + 0.2, 9, 9, true);
          doc.font(SERIF).fontSize(BODY).text('True', x + 16, y, { lineBreak: false });
          drawBox(doc, x + 90, y + 0.2, 9, 9, true);
          doc.text('False', x + 106, y, { lineBreak: false });
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
          if (unit) doc.font(SERIF).fontSize(BODY).text(pdfSafe(unit), x + 108, y + 6, { width: w - 108, lineBreak: false, ellipsis: true });
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
        const l = q.left[i] !== undefined ? wr.height(`${i + 1}. ${q.left[i]}`, SERIF, BODY, colW) : 0;
        const r = q.right[i] !== undefined ? wr.height(`${optionLetter(i)}) ${q.right[i]}`, SERIF, BODY, colW - 10) : 0;
        hs.push(Math.max(l, r, 12));
      }
      return {
        height: hs.reduce((a, b) => a + b + 5, 0),
        draw: () => {
          for (let i = 0; i < rows; i++) {
            const y = doc.y;
            if (q.left[i] !== undefined) {
              doc.font(SERIF).fontSize(BODY).text(pdfSafe(`${i + 1}. ${q.left[i]}`), x, y, { width: colW, lineGap: 1.5 });
              hline(doc, x + colW + 6, y + 11, 26);
            }
            if (q.right[i] !== undefined) doc.font(SERIF).fontSize(BODY).text(pdfSafe(`${optionLetter(i)}) ${q.right[i]}`), x + colW + 46, y, { width: colW - 10, lineGap: 1.5 });
            doc.x = x;
            doc.y = y + hs[i]! + 5;
          }
        },
      };
    }
    case 'ordering':
      return optionRows(q.items, false, 18, 26);
  }
}

function questionBlock(wr: Writer, q: Question, n: number): void {
  const doc = wr.doc;
  const x = MARGIN.left;
  const w = wr.width;
  const promptText = q.type === 'cloze' ? splitBlanks(q.prompt).join('______________') : q.prompt;
  const pts = pointsLabel(q.points);
  const ptsW = 50;
  const promptW = w - INDENT - ptsW;
  const promptH = wr.height(promptText, SERIF_BOLD, BODY + 0.5, promptW);
  const instrH = wr.height(instruction(q), SANS_ITALIC, SMALL, w - INDENT);
  const space = answerSpace(wr, q, x + INDENT, w - INDENT);
  wr.ensure(promptH + 3 + instrH + 5 + space.height);
  const y = doc.y;
  doc.font(SERIF_BOLD).fontSize(BODY + 0.5).text(`${n}.`, x, y, { lineBreak: false });
  doc.font(SANS).fontSize(SMALL).fillColor('#555').text(pts, x + w - ptsW, y + 1.5, { width: ptsW, align: 'right', lineBreak: false });
  doc.fillColor('#111');
  doc.y = y;
  wr.text(promptText, SERIF_BOLD, BODY + 0.5, x + INDENT, promptW);
  doc.y += 3;
  doc.fillColor('#444');
  wr.text(instruction(q), SANS_ITALIC, SMALL, x + INDENT, w - INDENT);
  doc.fillColor('#111');
  doc.y += 5;
  space.draw();
  doc.x = x;
  doc.y += GAP;
}

function heading(wr: Writer, text: string, size = 13): void {
  const doc = wr.doc;
  wr.ensure(wr.height(text, SANS_BOLD, size, wr.width) + 40);
  wr.text(text, SANS_BOLD, size, MARGIN.left, wr.width);
  const y = doc.y + 2;
  hline(doc, MARGIN.left, y, wr.width);
  doc.y = y + 8;
}

function sheetHeader(wr: Writer, doc: WorksheetDoc): void {
  const pdf = wr.doc;
  const { quiz, variant } = doc.sheet;
  const x = MARGIN.left;
  wr.text(WORKSHEET_HEADING, SANS_BOLD, 18, x, wr.width);
  pdf.y += 2;
  wr.text(doc.bank.articleText.title || quiz.bank.title, 'Times-Italic', 11.5, x, wr.width);
  pdf.y += 14;
  const y = pdf.y;
  const widths = [0.45, 0.27, 0.28].map((f) => f * wr.width);
  let cx = x;
  STUDENT_FIELDS.forEach((f, i) => {
    pdf.font(SANS).fontSize(10).text(`${f}:`, cx, y, { lineBreak: false });
    const lw = pdf.widthOfString(`${f}:`) + 4;
    hline(pdf, cx + lw, y + 11, widths[i]! - lw - 14);
    cx += widths[i]!;
  });
  pdf.x = x;
  pdf.y = y + 22;
  pdf.fillColor('#444');
  wr.text(`${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))} · variant ${variant}${doc.withArticle ? ' · read the article first, then answer' : ''}`, SANS, 9, x, wr.width);
  pdf.fillColor('#111');
  pdf.y += 8;
}

function article(wr: Writer, bank: Bank): void {
  const doc = wr.doc;
  const x = MARGIN.left;
  for (const b of articleBlocks(bank)) {
    if (b.kind === 'title') heading(wr, b.text, 12.5);
    else if (b.kind === 'heading') {
      wr.ensure(wr.height(b.text, SANS_BOLD, 10.5, wr.width) + 30);
      doc.y += 2;
      wr.text(b.text, SANS_BOLD, 10.5, x, wr.width);
      doc.y += 4;
    } else {
      const h = wr.height(b.text, SERIF, BODY, wr.width - INDENT);
      // Paragraphs may break across pages (they can be long), but not within their first lines.
      wr.ensure(Math.min(h, 40));
      const y = doc.y;
      doc.font(SANS_BOLD).fontSize(SMALL).fillColor('#555').text(`[${b.n}]`, x, y + 1.5, { lineBreak: false });
      doc.fillColor('#111');
      doc.y = y;
      wr.text(b.text, SERIF, BODY, x + INDENT, wr.width - INDENT);
      doc.y += 6;
    }
  }
}

function keySection(wr: Writer, sheet: SheetVariant, baseSeed: string): void {
  const doc = wr.doc;
  const { quiz, variant } = sheet;
  const x = MARGIN.left;
  const w = wr.width;
  heading(wr, `${KEY_HEADING}: variant ${variant}`);
  doc.fillColor('#444');
  wr.text(`${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))}`, SANS, 9, x, w);
  wr.text(regenerateCommand(quiz, baseSeed, variant), 'Courier', 8, x, w);
  doc.fillColor('#111');
  doc.y += 8;
  for (const e of keyEntries(quiz)) {
    const acc = e.accepted.length > 0 ? `Also accepted: ${e.accepted.join('; ')}` : '';
    const ev = e.citations.join('\n');
    const ptsW = 50;
    const hAns = wr.height(e.answer, SERIF_BOLD, BODY, w - INDENT - ptsW);
    const hAcc = acc ? wr.height(acc, SERIF, 9.5, w - INDENT) + 2 : 0;
    const hEv = wr.height(ev, SERIF, 9, w - INDENT);
    wr.ensure(hAns + hAcc + hEv + 12);
    const y = doc.y;
    doc.font(SERIF_BOLD).fontSize(BODY).text(`${e.n}.`, x, y, { lineBreak: false });
    doc.font(SANS).fontSize(SMALL).fillColor('#555').text(pointsLabel(e.points), x + w - ptsW, y + 1.5, { width: ptsW, align: 'right', lineBreak: false });
    doc.fillColor('#111');
    doc.y = y;
    wr.text(e.answer, SERIF_BOLD, BODY, x + INDENT, w - INDENT - ptsW);
    doc.y += 2;
    if (acc) wr.text(acc, SERIF, 9.5, x + INDENT, w - INDENT);
    doc.fillColor('#333');
    wr.text(ev, SERIF, 9, x + INDENT, w - INDENT);
    doc.fillColor('#111');
    doc.x = x;
    doc.y += 9;
  }
}

async function build(paper: Paper, title: string, draw: (wr: Writer) => void): Promise<Uint8Array> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: SIZES[paper],
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    displayTitle: true,
    lang: 'en',
    // A fixed date: the same seed gives the same bytes (pdfkit also derives the file ID from it).
    info: { Title: pdfSafe(title), Creator: 'readquiz', Producer: 'readquiz (pdfkit)', CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const wr = new Writer(doc);
  draw(wr);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing below the bottom margin would make pdfkit start a page; lift the margin while drawing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `${wr.pages[i]!.footer} · page ${i + 1} of ${range.count}`;
    doc.font(SANS).fontSize(8).fillColor('#555').text(pdfSafe(text), MARGIN.left, doc.page.height - 34, { width: wr.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  const buf = Buffer.concat(chunks);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function renderWorksheetPdf(doc: WorksheetDoc): Promise<Uint8Array> {
  const { quiz, variant } = doc.sheet;
  const title = `${WORKSHEET_HEADING}: ${doc.bank.articleText.title || quiz.bank.title} (variant ${variant})`;
  return build(doc.paper, title, (wr) => {
    wr.newPage(footerText(quiz.bank.id, doc.baseSeed, variant));
    sheetHeader(wr, doc);
    if (doc.withArticle) {
      article(wr, doc.bank);
      wr.newPage(footerText(quiz.bank.id, doc.baseSeed, variant));
    }
    heading(wr, 'Questions');
    quiz.questions.forEach((q, i) => questionBlock(wr, q, i + 1));
    if (doc.keyAtEnd) {
      wr.newPage(footerText(quiz.bank.id, doc.baseSeed, variant, undefined, 'answer key'));
      keySection(wr, doc.sheet, doc.baseSeed);
    }
  });
}

export function renderKeyPdf(doc: KeyDoc): Promise<Uint8Array> {
  const variants = doc.sheets.map((s) => s.variant);
  const bankId = doc.sheets[0]!.quiz.bank.id;
  const title = `${KEY_HEADING}: ${doc.bank.articleText.title || doc.sheets[0]!.quiz.bank.title} (${variants.length === 1 ? `variant ${variants[0]}` : `variants ${variantRange(variants)}`})`;
  return build(doc.paper, title, (wr) => {
    for (const s of doc.sheets) {
      wr.newPage(keyFooterText(bankId, doc.baseSeed, [s.variant]));
      // A bookmark per variant: the viewer's sidebar finds variant 17's key in a key for the whole class.
      if (doc.sheets.length > 1) wr.doc.outline.addItem(`Variant ${s.variant}`);
      keySection(wr, s, doc.baseSeed);
    }
  });
}
