// Worksheets and keys in md, html and pdf: every question, option and answer is there, the key matches
// the quiz, bank text is escaped, goldens pin the md and html output, and the PDF is checked through
// pdf.js (text, footer on every page, no question split across pages, paper size, same bytes twice).
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { generateQuiz } from '../../src/core/generate.js';
import type { Bank, Question, Quiz } from '../../src/core/types.js';
import * as gift from '../../src/render/gift.js';
import { renderKeyHtml, renderWorksheetHtml } from '../../src/render/html.js';
import { renderKeyMd, renderWorksheetMd } from '../../src/render/md.js';
import { pdfSafe, renderKeyPdf, renderWorksheetPdf } from '../../src/render/pdf.js';
import {
  acceptedAnswers,
  instruction,
  keyAnswer,
  pointsLabel,
  type Paper,
  type WorksheetDoc,
} from '../../src/render/worksheet/model.js';
import { variantSeed } from '../../src/core/rng.js';
import { loadBank } from '../../src/io/load-bank.js';
import { miniBank } from '../core/fixtures/mini-bank.js';
import { bank, HOSTILE, hostileBank, hostileQuiz, quiz } from './fixtures/quiz.js';
import { optionLetter } from '../../src/core/text.js';
import { expectGolden } from '../helpers/golden.js';
import { readPdf } from '../helpers/pdf-text.js';

const golden = (name: string, actual: string) => expectGolden(`render/${name}`, actual);

const doc = (q: Quiz = quiz, b: Bank = bank, over: Partial<WorksheetDoc> = {}): WorksheetDoc => ({
  bank: b,
  baseSeed: q.seed,
  sheet: { quiz: q, variant: 2 },
  withArticle: true,
  keyAtEnd: false,
  paper: 'a4',
  ...over,
});

/** Text a reader sees in the HTML: tags dropped, entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const mdText = (md: string) => md.replace(/\\([\\`*_[\]<>|~&#!$])/g, '$1').replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a student must see of a question on the sheet. */
function shown(q: Question): string[] {
  const prompt =
    q.type === 'cloze'
      ? q.prompt
          .split(/_{3,}/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [q.prompt];
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select':
      return [...prompt, ...q.choices.map((c, i) => `${optionLetter(i)}) ${c}`)];
    case 'matching':
      return [...prompt, ...q.left, ...q.right];
    case 'ordering':
      return [...prompt, ...q.items];
    default:
      return prompt;
  }
}

function checkSheetAndKey(sheet: string, key: string, qz: Quiz, norm: (s: string) => string = (s) => s): void {
  const squash = (s: string) => norm(s.replace(/\s+/g, ' ').trim());
  for (const q of qz.questions) {
    for (const s of shown(q)) expect(sheet).toContain(squash(s));
    expect(sheet).toContain(squash(instruction(q)));
    // The questions never give the answer away (the article, when printed first, of course does).
    const start = sheet.lastIndexOf('Questions');
    const end = sheet.indexOf('Answer key', start);
    const questions = sheet.slice(start, end < 0 ? undefined : end);
    if (q.type === 'numeric') expect(questions).not.toContain(keyAnswer(q));
  }
  // The key lists, in quiz order, each answer with its points, alternatives and proving sentence.
  let at = 0;
  qz.questions.forEach((q) => {
    const i = key.indexOf(squash(keyAnswer(q)), at);
    expect(i, `key answer of ${q.id}`).toBeGreaterThanOrEqual(at);
    at = i;
    for (const a of acceptedAnswers(q)) expect(key).toContain(squash(a));
    expect(key).toContain(`Paragraph ${q.paragraph}: “${squash(q.evidence)}”`);
  });
}

describe('markdown worksheet', () => {
  it('has every question, option and the key; golden', () => {
    const sheet = renderWorksheetMd(doc());
    const key = renderKeyMd({ bank, baseSeed: 'demo', sheets: [{ quiz, variant: 2 }], paper: 'a4' });
    checkSheetAndKey(mdText(sheet), mdText(key), quiz);
    expect(sheet).toContain('biden-ukraine · seed demo · variant 2');
    expect(sheet).toContain('**[1]** By announcing');
    expect(sheet).toMatch(/Name: _{24} {4}Class: _{12} {4}Date: _{12}/);
    golden('worksheet.md', sheet);
    golden('worksheet-key.md', key);
  });

  it('escapes markup in bank text', () => {
    const out = renderWorksheetMd(doc(hostileQuiz, hostileBank, { keyAtEnd: true }));
    expect(out).not.toMatch(/(^|[^\\])<script>/);
    for (const h of HOSTILE) expect(mdText(out)).toContain(h);
  });
});

describe('html worksheet', () => {
  it('has every question, option and the key; golden', () => {
    const sheet = renderWorksheetHtml(doc());
    const key = renderKeyHtml({ bank, baseSeed: 'demo', sheets: [{ quiz, variant: 2 }], paper: 'a4' });
    checkSheetAndKey(htmlText(sheet), htmlText(key), quiz);
    golden('worksheet.html', sheet);
    golden('worksheet-key.html', key);
  });

  it('is self-contained and print-ready: no script, no outside asset, @page size, footer with page numbers', () => {
    for (const paper of ['a4', 'letter'] as Paper[]) {
      const html = renderWorksheetHtml(doc(quiz, bank, { paper, keyAtEnd: true }));
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(|https?:/i);
      expect(html).toContain(`@page { size: ${paper === 'a4' ? 'A4' : 'letter'};`);
      expect(html).toMatch(
        /@bottom-center \{ content: "biden-ukraine · seed demo · variant 2 · page " counter\(page\) " of " counter\(pages\)/,
      );
      expect(html).toContain('.key-part { break-before: page;');
      expect(html).toContain('.q { break-inside: avoid;');
    }
  });

  it('escapes hostile bank text and seeds everywhere, in text, attributes and CSS', () => {
    const html = renderWorksheetHtml(doc(hostileQuiz, hostileBank, { keyAtEnd: true, baseSeed: hostileQuiz.seed }));
    const body = html.replace(/<style>[\s\S]*?<\/style>/, '');
    expect(body).not.toMatch(/<script|<img/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    // The seed reaches the CSS footer string: nothing in the style may close it or the element.
    expect(style).not.toContain('<');
    expect(style).toContain('seed x\\3c b\\3e \\22 \\26 \\7b \\23 \\7d  · variant 2');
    for (const h of HOSTILE) expect(htmlText(html)).toContain(h);
    const key = renderKeyHtml({
      bank: hostileBank,
      baseSeed: hostileQuiz.seed,
      sheets: [{ quiz: hostileQuiz, variant: 1 }],
      paper: 'a4',
    });
    expect(key.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/<script|<img/);
    expect(htmlText(key)).toContain(`ans ${HOSTILE.join(' ')}`);
  });

  it('the combined key has one section per variant, each on its own pages with its own footer', () => {
    const q2 = { ...quiz, seed: 'demo#2' };
    const key = renderKeyHtml({
      bank,
      baseSeed: 'demo',
      sheets: [
        { quiz, variant: 1 },
        { quiz: q2, variant: 2 },
      ],
      paper: 'letter',
    });
    expect(key.match(/<section class="key-part/g)).toHaveLength(2);
    expect(key).toContain('Answer key: variant 1');
    expect(key).toContain('Answer key: variant 2');
    expect(key).toContain('biden-ukraine · seed demo · variant 2 answer key · page');
  });
});

describe('gift golden', () => {
  it('matches the golden file', () => {
    golden('quiz.gift', gift.render(quiz).data as string);
  });
});

async function pdfToText(
  bytes: Uint8Array,
): Promise<{ pages: string[]; sizes: [number, number][]; title: string | undefined }> {
  const pdf = await readPdf(bytes);
  return { ...pdf, pages: pdf.pages.filter((p) => p.trim()).map(squash) };
}

describe('pdf worksheet (its text read back with pdf.js)', () => {
  it('holds every question and the key, with the footer on every page, on A4 and Letter', async () => {
    for (const paper of ['a4', 'letter'] as Paper[]) {
      const bytes = await renderWorksheetPdf(doc(quiz, bank, { paper, keyAtEnd: true }));
      const { pages, sizes, title } = await pdfToText(bytes);
      for (const size of sizes) expect(size).toEqual(paper === 'a4' ? [595.28, 841.89] : [612, 792]);
      expect(title).toBe(
        'Reading comprehension worksheet: Biden tries to change the balance of power on Ukraine (variant 2)',
      );
      pages.forEach((p, i) =>
        expect(p).toContain(
          `biden-ukraine · seed demo · variant 2${p.includes('Answer key') ? ' · answer key' : ''} · page ${i + 1} of ${pages.length}`,
        ),
      );
      const all = pages.join(' ');
      checkSheetAndKey(all, all.slice(all.indexOf('Answer key: variant 2')), quiz, pdfSafe);
      expect(all).toContain('[1] By announcing');
    }
  });

  it('never splits a question across pages, even a long quiz', async () => {
    const mini = miniBank();
    const long = generateQuiz(mini, { seed: 'long', count: 'all' });
    const bytes = await renderWorksheetPdf({
      bank: mini,
      baseSeed: 'long',
      sheet: { quiz: long, variant: 1 },
      withArticle: false,
      keyAtEnd: false,
      paper: 'letter',
    });
    const { pages } = await pdfToText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    long.questions.forEach((q, i) => {
      const parts = [...shown(q), instruction(q)].map(squash);
      // The number is drawn on the prompt's first line, so "N. prompt" finds this question's page.
      const head = `${i + 1}. ${pointsLabel(q.points)} ${parts[0]!.split(' ').slice(0, 4).join(' ')}`;
      const page = pages.find((p) => p.includes(head));
      expect(page, q.id).toBeDefined();
      for (const part of parts) expect(page, `${q.id}: ${part}`).toContain(part);
    });
  });

  it('an article whose paragraph runs over a page break prints with a footer on every page', async () => {
    // A paragraph longer than the space left on a page makes pdfkit start the next page itself.
    const long = structuredClone(bank);
    long.articleText.blocks = long.articleText.blocks.map((b) =>
      b.kind === 'paragraph' ? { ...b, text: Array.from({ length: 12 }, () => b.text).join(' ') } : b,
    );
    const bytes = await renderWorksheetPdf(doc(quiz, long, { paper: 'letter' }));
    const { pages } = await pdfToText(bytes);
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((p, i) =>
      expect(p).toContain(`biden-ukraine · seed demo · variant 2 · page ${i + 1} of ${pages.length}`),
    );
  });

  it('gives the same bytes for the same input (fixed creation date), and a combined key per variant', async () => {
    const a = await renderWorksheetPdf(doc());
    const b = await renderWorksheetPdf(doc(structuredClone(quiz)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const key = await renderKeyPdf({
      bank,
      baseSeed: 'demo',
      sheets: [
        { quiz, variant: 1 },
        { quiz, variant: 2 },
      ],
      paper: 'a4',
    });
    const { pages } = await pdfToText(key);
    expect(pages.some((p) => p.includes('Answer key: variant 1'))).toBe(true);
    expect(pages.some((p) => p.includes('Answer key: variant 2') && p.includes('variant 2 answer key · page'))).toBe(
      true,
    );
  });

  it('shows hostile text literally', async () => {
    const bytes = await renderWorksheetPdf(doc(hostileQuiz, hostileBank, { keyAtEnd: true }));
    const all = (await pdfToText(bytes)).pages.join(' ');
    for (const h of HOSTILE) expect(all).toContain(h);
  });

  it('prints names, quotes and seeds in other scripts as written (embedded Unicode font), in the footer and the key', async () => {
    const unicode = structuredClone(quiz);
    const mc = unicode.questions[0]!;
    if (mc.type !== 'multiple-choice') throw new Error('fixture: question 1 is multiple choice');
    mc.choices = ['Ολάφ Σολτς', 'Джо Байден', 'Łukasz Żółć', 'Ժողով Ուրախ'];
    const bytes = await renderWorksheetPdf(doc(unicode, bank, { baseSeed: 'класс-1', keyAtEnd: true }));
    const { pages } = await pdfToText(bytes);
    const all = pages.join(' ');
    for (const c of mc.choices) expect(all).toContain(c);
    pages.forEach((p, i) =>
      expect(p).toContain(
        `biden-ukraine · seed класс-1 · variant 2${p.includes('Answer key') ? ' · answer key' : ''} · page ${i + 1} of ${pages.length}`,
      ),
    );
    // The key's command makes this very sheet again: the seed as typed, quoted for the shell.
    expect(all).toContain(
      "readquiz worksheet --bank biden-ukraine --seed 'класс-1' --count 8 --variant 2 --with-article",
    );
    expect(all).not.toMatch(/\?{2,}/);
  });

  it('prints Hebrew and Arabic right to left (each line reordered, Arabic letters joined) and Chinese and Japanese in a font that has them', async () => {
    const scripts = structuredClone(quiz);
    const mc = scripts.questions[0]!;
    if (mc.type !== 'multiple-choice') throw new Error('fixture: question 1 is multiple choice');
    mc.choices = ['מריו דראגי', 'أندريه دودا', '鲍里斯·约翰逊', 'シャルル・ミシェル'];
    mc.prompt = 'Who said “שלום עולם” (in Hebrew) and “مرحبا بكم” (in Arabic)?';
    // pdf.js gives each run back in the order it is written, and the runs of a line in the order they are
    // drawn, left to right: "שלום-1" in a left-to-right line is drawn "1", then "שלום-" right to left.
    const readBack: Record<string, string> = {
      'שלום-1': '1שלום-',
      'سلام-1': '1سلام-',
      '课堂-1': '课堂-1',
      'クラス-1': 'クラス-1',
    };
    for (const [seed, shown] of Object.entries(readBack)) {
      const bytes = await renderWorksheetPdf(doc(scripts, bank, { baseSeed: seed, keyAtEnd: true }));
      const { pages } = await pdfToText(bytes);
      const all = pages.join('\n');
      // pdf.js reads text drawn right to left back in the order it is written: drawn left to right (as
      // before), each Hebrew or Arabic run came back reversed.
      // (The katakana middle dot reads back as "·": the CJK font draws both with one glyph.)
      for (const c of mc.choices) expect(all, seed).toContain(c.replace('・', '·'));
      expect(all).toContain('“שלום עולם” (in Hebrew) and “مرحبا بكم” (in Arabic)?');
      expect(pages[0]).toContain(`seed ${shown} · variant 2 · page 1 of ${pages.length}`);
      expect(all).toContain(`--seed '${shown}' --count 8 --variant 2 --with-article`);
      // Every character has a glyph: none is set in a font that lacks it (an empty box).
      const fonts = embeddedFonts(bytes);
      for (const c of `鲍里斯约翰逊シャルミェ${seed.replace(/[^\u3000-\u9fff]/g, '')}`)
        expect(
          fonts.some((f) => f.hasPathOf(c)),
          c,
        ).toBe(true);
      // Arabic letters take their joined forms: initial yeh of أندريه, final and initial forms of مرحبا.
      for (const form of ['\ufef3', '\ufea3', '\ufee3'])
        expect(
          fonts.some((f) => f.hasPathOf(form)),
          `U+${form.codePointAt(0)!.toString(16)}`,
        ).toBe(true);
    }
  });

  it('keeps documents without such text as they were: no CJK font, no right-to-left machinery', async () => {
    const bytes = await renderWorksheetPdf(doc(quiz, bank, { keyAtEnd: true }));
    expect(Buffer.from(bytes).includes('NotoSansSC')).toBe(false);
    // Every line went the usual way: the fonts' subsets by character, none of pdfkit's own.
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/BaseFont \/[A-Z]Z{5}\+/);
  });

  it('draws ordering boxes big enough for a handwritten digit (8 x 6 mm, as on the HTML sheet)', async () => {
    const ordering = { ...quiz, questions: quiz.questions.filter((q) => q.type === 'ordering') };
    expect(ordering.questions).toHaveLength(1);
    const items = (ordering.questions[0] as Extract<Question, { type: 'ordering' }>).items.length;
    const bytes = await renderWorksheetPdf(doc(ordering, bank, { withArticle: false }));
    const mm = 72 / 25.4;
    const boxes = pdfRects(bytes).filter((r) => r.w >= 8 * mm - 0.05 && r.h >= 6 * mm - 0.05 && r.w < 30 * mm);
    expect(boxes).toHaveLength(items);
  });

  it('wastes no paper: a key of five variants is five pages, and the questions follow the article on its last page', async () => {
    const real = await loadBank('biden-ukraine');
    const sheets = [1, 2, 3, 4, 5].map((variant) => ({
      quiz: generateQuiz(real, { seed: variantSeed('demo', variant) }),
      variant,
    }));
    const key = (await pdfToText(await renderKeyPdf({ bank: real, baseSeed: 'demo', sheets, paper: 'a4' }))).pages;
    expect(key).toHaveLength(5);
    key.forEach((p, i) => expect(p).toContain(`Answer key: variant ${i + 1}`));
    for (const paper of ['a4', 'letter'] as Paper[]) {
      const sheet = await renderWorksheetPdf({
        bank: real,
        baseSeed: 'demo',
        sheet: sheets[0]!,
        withArticle: true,
        keyAtEnd: false,
        paper,
      });
      const pages = (await pdfToText(sheet)).pages;
      const last = real.articleText.blocks.filter((b) => b.kind === 'paragraph').at(-1)!;
      const articleEnds = pages.findIndex((p) => p.includes(`[${last.n}]`));
      expect(articleEnds).toBeGreaterThanOrEqual(0);
      expect(pages[articleEnds], paper).toContain('Questions 1.');
    }
  });

  it('leaves no nearly empty last page after the article: a tighter sheet takes its last question back, body text 9.5 pt or more', async () => {
    const real = await loadBank('biden-ukraine');
    const paragraphs = real.articleText.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    const isArticle = (str: string) => str.length > 20 && paragraphs.some((p) => p.includes(str));
    // The class-day sheets that spilled their last question onto a page of its own, and a few more.
    const runs: [string, Paper][] = [
      ['demo', 'a4'],
      ['класс-1', 'a4'],
      ['d', 'a4'],
      ['g', 'a4'],
      ['demo', 'letter'],
      ['class1', 'letter'],
      ['класс-1', 'letter'],
      ['e', 'letter'],
    ];
    for (const [seed, paper] of runs) {
      const quiz10 = generateQuiz(real, { seed });
      const bytes = await renderWorksheetPdf({
        bank: real,
        baseSeed: seed,
        sheet: { quiz: quiz10, variant: 1 },
        withArticle: true,
        keyAtEnd: false,
        paper,
      });
      const pdf = await readPdf(bytes);
      const pages = pdf.pages.map(squash);
      const onPage = (p: string) => [...p.matchAll(/(?:^| )(\d+)\. \d+(?:\.\d+)? points?\b/g)].map((m) => Number(m[1]));
      const last = onPage(pages.at(-1)!);
      expect(
        last.length,
        `${seed} ${paper}: the last of ${pages.length} pages holds questions ${last}`,
      ).toBeGreaterThan(1);
      expect(pages.flatMap(onPage), `${seed} ${paper}`).toEqual(quiz10.questions.map((_, i) => i + 1));
      const articleSizes = pdf.runs
        .flat()
        .filter((r) => isArticle(r.str))
        .map((r) => r.size);
      const optionSizes = pdf.runs
        .flat()
        .filter((r) => /^[a-d]\) \S/.test(r.str))
        .map((r) => r.size);
      expect(articleSizes.length).toBeGreaterThan(10);
      expect(Math.min(...articleSizes, ...optionSizes), `${seed} ${paper}`).toBeGreaterThanOrEqual(9.5);
      // A sheet with nothing to save is set as it always was.
      if (seed === 'demo' && paper === 'a4') expect(new Set(articleSizes)).toEqual(new Set([10.5]));
    }
  });

  it("the key's regenerate command keeps the paper and the article", async () => {
    const key = await renderKeyPdf({
      bank,
      baseSeed: 'demo',
      sheets: [{ quiz, variant: 3 }],
      paper: 'letter',
      withArticle: true,
    });
    const all = (await pdfToText(key)).pages.join(' ');
    expect(all).toContain(
      'readquiz worksheet --bank biden-ukraine --seed demo --count 8 --variant 3 --paper letter --with-article -o variant-3.pdf',
    );
    const plain = (
      await pdfToText(await renderKeyPdf({ bank, baseSeed: 'demo', sheets: [{ quiz, variant: 3 }], paper: 'a4' }))
    ).pages.join(' ');
    // Without them the command goes from --variant 3 to the file, and the first entry follows (its label, the
    // points and the skill as the md and html keys give them, is drawn first, on the right of its line).
    expect(plain).toContain(
      'readquiz worksheet --bank biden-ukraine --seed demo --count 8 --variant 3 -o variant-3.pdf 1. 1 point · detail b) Joe Biden',
    );
    expect(plain).toContain('8. 2 points · sequence 3, 1, 2 (');
  });
});

/**
 * The TrueType fonts embedded in a PDF, each with a check that it holds a glyph drawn exactly like the one
 * DejaVu Sans or Noto Sans SC has for a character (so a glyph that is there, not an empty box).
 */
function embeddedFonts(bytes: Uint8Array): { font: FontkitFont; hasPathOf(c: string): boolean }[] {
  const raw = Buffer.from(bytes);
  const out: { font: FontkitFont; hasPathOf(c: string): boolean }[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', at);
    if (start < 0) break;
    const end = raw.indexOf('\nendstream', start);
    const dict = raw.subarray(raw.lastIndexOf('<<', start), start).toString('latin1');
    at = end + 10;
    if (!dict.includes('/FlateDecode')) continue;
    const data = inflateSync(raw.subarray(start + 7, end));
    if (data.length < 12 || data.readUInt32BE(0) !== 0x00010000) continue;
    const font = fontkit.create(data) as FontkitFont;
    const paths = new Set<string>();
    for (let i = 1; i < font.numGlyphs; i++) paths.add(font.getGlyph(i).path.toSVG());
    out.push({
      font,
      hasPathOf: (c) =>
        REFERENCE_FONTS.some((ref) => {
          const g = ref.glyphForCodePoint(c.codePointAt(0)!);
          return g.id !== 0 && paths.has(g.path.toSVG());
        }),
    });
  }
  return out;
}

interface FontkitFont {
  numGlyphs: number;
  getGlyph(id: number): { path: { toSVG(): string } };
  glyphForCodePoint(cp: number): { id: number; path: { toSVG(): string } };
}
const requireHere = createRequire(import.meta.url);
const fontkit = requireHere('fontkit') as { create(b: Buffer): unknown; openSync(f: string): unknown };
const REFERENCE_FONTS = [
  join(dirname(requireHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSerifCondensed-Bold.ttf'),
  join(dirname(requireHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSansCondensed.ttf'),
  join(dirname(requireHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSansCondensed-Bold.ttf'),
  join(
    dirname(requireHere.resolve('@expo-google-fonts/noto-sans-sc/package.json')),
    '400Regular',
    'NotoSansSC_400Regular.ttf',
  ),
].map((f) => fontkit.openSync(f) as FontkitFont);

/** The rectangles (`x y w h re`) drawn in the PDF's page content streams, in points. */
function pdfRects(bytes: Uint8Array): { w: number; h: number }[] {
  const raw = Buffer.from(bytes);
  const rects: { w: number; h: number }[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', at);
    if (start < 0) break;
    const end = raw.indexOf('\nendstream', start);
    const dict = raw.subarray(raw.lastIndexOf('<<', start), start).toString('latin1');
    at = end + 10;
    if (dict.includes('/Length1') || !dict.includes('/FlateDecode')) continue; // font files, uncompressed data
    const content = inflateSync(raw.subarray(start + 7, end)).toString('latin1');
    for (const m of content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g))
      rects.push({ w: Math.abs(Number(m[3])), h: Math.abs(Number(m[4])) });
  }
  return rects;
}
