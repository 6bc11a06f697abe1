// Worksheets and keys in md, html and pdf: every question, option and answer is there, the key matches
// the quiz, bank text is escaped, goldens pin the md and html output, and the PDF is checked through
// pdftotext (text, footer on every page, no question split across pages, paper size, same bytes twice).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/core/generate.js';
import type { Bank, Question, Quiz } from '../../src/core/types.js';
import * as gift from '../../src/render/gift.js';
import { renderKeyHtml, renderWorksheetHtml } from '../../src/render/html.js';
import { renderKeyMd, renderWorksheetMd } from '../../src/render/md.js';
import { pdfSafe, renderKeyPdf, renderWorksheetPdf } from '../../src/render/pdf.js';
import { acceptedAnswers, instruction, keyAnswer, pointsLabel, type Paper, type WorksheetDoc } from '../../src/render/worksheet/model.js';
import { miniBank } from '../core/fixtures/mini-bank.js';
import { bank, HOSTILE, hostileBank, hostileQuiz, quiz } from './fixtures/quiz.js';
import { optionLetter } from '../../src/core/text.js';

const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, '..', 'golden', 'render');

/** Compares with a golden file; UPDATE_GOLDEN=1 writes it. A missing file fails: it would pass anything. */
function golden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `golden ${name} is missing; UPDATE_GOLDEN=1 writes it, then review it`).toBe(true);
  expect(actual, `golden ${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}

const doc = (q: Quiz = quiz, b: Bank = bank, over: Partial<WorksheetDoc> = {}): WorksheetDoc => ({
  bank: b, baseSeed: q.seed, sheet: { quiz: q, variant: 2 }, withArticle: true, keyAtEnd: false, paper: 'a4', ...over,
});

/** Text a reader sees in the HTML: tags dropped, entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const mdText = (md: string) => md.replace(/\\([\\`*_[\]<>|~&#!$])/g, '$1').replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a student must see of a question on the sheet. */
function shown(q: Question): string[] {
  const prompt = q.type === 'cloze' ? q.prompt.split(/_{3,}/).map((s) => s.trim()).filter(Boolean) : [q.prompt];
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select': return [...prompt, ...q.choices.map((c, i) => `${optionLetter(i)}) ${c}`)];
    case 'matching': return [...prompt, ...q.left, ...q.right];
    case 'ordering': return [...prompt, ...q.items];
    default: return prompt;
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
      expect(html).toMatch(/@bottom-center \{ content: "biden-ukraine · seed demo · variant 2 · page " counter\(page\) " of " counter\(pages\)/);
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
    const key = renderKeyHtml({ bank: hostileBank, baseSeed: hostileQuiz.seed, sheets: [{ quiz: hostileQuiz, variant: 1 }], paper: 'a4' });
    expect(key.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/<script|<img/);
    expect(htmlText(key)).toContain(`ans ${HOSTILE.join(' ')}`);
  });

  it('the combined key has one section per variant, each on its own pages with its own footer', () => {
    const q2 = { ...quiz, seed: 'demo#2' };
    const key = renderKeyHtml({ bank, baseSeed: 'demo', sheets: [{ quiz, variant: 1 }, { quiz: q2, variant: 2 }], paper: 'letter' });
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

function pdfToText(bytes: Uint8Array, dir: string, name: string, raw = false): { pages: string[]; info: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  // -raw keeps the drawing order (number, points, prompt, instruction, answer space) of each question.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: text.split('\f').filter((p) => p.trim()).map(squash), info };
}

describe('pdf worksheet (checked with pdftotext)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readquiz-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every question and the key, with the footer on every page, on A4 and Letter', async () => {
    for (const paper of ['a4', 'letter'] as Paper[]) {
      const bytes = await renderWorksheetPdf(doc(quiz, bank, { paper, keyAtEnd: true }));
      const { pages, info } = pdfToText(bytes, dir, `sheet-${paper}.pdf`);
      expect(info).toMatch(paper === 'a4' ? /Page size:\s+595\.28 x 841\.89 pts \(A4\)/ : /Page size:\s+612 x 792 pts \(letter\)/);
      expect(info).toMatch(/Title:\s+Reading comprehension worksheet: Biden tries to change the balance of power on Ukraine \(variant 2\)/);
      pages.forEach((p, i) => expect(p).toContain(`biden-ukraine · seed demo · variant 2${p.includes('Answer key') ? ' · answer key' : ''} · page ${i + 1} of ${pages.length}`));
      const all = pages.join(' ');
      checkSheetAndKey(all, all.slice(all.indexOf('Answer key: variant 2')), quiz, pdfSafe);
      expect(all).toContain('[1] By announcing');
    }
  });

  it('never splits a question across pages, even a long quiz', async () => {
    const mini = miniBank();
    const long = generateQuiz(mini, { seed: 'long', count: 'all' });
    const bytes = await renderWorksheetPdf({ bank: mini, baseSeed: 'long', sheet: { quiz: long, variant: 1 }, withArticle: false, keyAtEnd: false, paper: 'letter' });
    const { pages } = pdfToText(bytes, dir, 'long.pdf', true);
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
    long.articleText.blocks = long.articleText.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: Array.from({ length: 12 }, () => b.text).join(' ') } : b));
    const bytes = await renderWorksheetPdf(doc(quiz, long, { paper: 'letter' }));
    const { pages } = pdfToText(bytes, dir, 'long-article.pdf');
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((p, i) => expect(p).toContain(`biden-ukraine · seed demo · variant 2 · page ${i + 1} of ${pages.length}`));
  });

  it('gives the same bytes for the same input (fixed creation date), and a combined key per variant', async () => {
    const a = await renderWorksheetPdf(doc());
    const b = await renderWorksheetPdf(doc(structuredClone(quiz)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const key = await renderKeyPdf({ bank, baseSeed: 'demo', sheets: [{ quiz, variant: 1 }, { quiz, variant: 2 }], paper: 'a4' });
    const { pages } = pdfToText(key, dir, 'key.pdf');
    expect(pages.some((p) => p.includes('Answer key: variant 1'))).toBe(true);
    expect(pages.some((p) => p.includes('Answer key: variant 2') && p.includes('variant 2 answer key · page'))).toBe(true);
  });

  it('shows hostile text literally (standard fonts: characters outside Windows-1252 become ?)', async () => {
    const bytes = await renderWorksheetPdf(doc(hostileQuiz, hostileBank, { keyAtEnd: true }));
    const all = pdfToText(bytes, dir, 'hostile.pdf').pages.join(' ');
    for (const h of HOSTILE) expect(all).toContain(h);
  });
});
