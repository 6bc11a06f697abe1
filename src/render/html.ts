// HTML worksheets: one self-contained file (inline CSS, no script, no outside asset) that reads well in a
// browser and prints as a worksheet. The footer (bank · seed · variant · page n of m) is drawn by @page
// margin boxes, which Chromium's print-to-PDF renders on every page; on screen it shows once at the end.
import { citations } from '../core/sources.js';
import type { Bank, Question } from '../core/types.js';
import { escapeHtml as h } from './escape.js';
import { optionLetter } from '../core/text.js';
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
  type Paper,
  type SheetLayout,
  type SheetVariant,
  type WorksheetDoc,
} from './worksheet/model.js';

/** A CSS string literal; every character outside a safe set is a hex escape (so `</style>` cannot appear). */
function cssString(text: string): string {
  return `"${[...text].map((c) => (/[A-Za-z0-9 .,_\-·–]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

const PAPER_CSS: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

function css(paper: Paper, pages: { name: string; footer: string }[]): string {
  const footerBox = (footer: string) =>
    `@bottom-center { content: ${cssString(`${footer} · page `)} counter(page) " of " counter(pages); font: 8.5pt/1.2 system-ui, "DejaVu Sans", Arial, sans-serif; color: #555; }`;
  const named = pages
    .map((p) => `@page ${p.name} { ${footerBox(p.footer)} }\n.${p.name} { page: ${p.name}; }`)
    .join('\n');
  return `
@page { size: ${PAPER_CSS[paper]}; margin: 16mm 16mm 18mm 16mm; }
${named}
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #eceff1; color: #111; font: 11pt/1.45 Georgia, "DejaVu Serif", "Times New Roman", serif; }
.doc { max-width: 190mm; margin: 12px auto; background: #fff; padding: 14mm 16mm; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
h1 { font: 700 18pt/1.2 system-ui, "DejaVu Sans", Arial, sans-serif; margin: 0 0 2mm; }
h2 { font: 700 13pt/1.25 system-ui, "DejaVu Sans", Arial, sans-serif; margin: 6mm 0 3mm; border-bottom: 1.5px solid #111; padding-bottom: 1mm; }
h3 { font: 700 11pt/1.25 system-ui, "DejaVu Sans", Arial, sans-serif; margin: 4mm 0 2mm; }
.article-title { margin: 0 0 5mm; font-style: italic; }
.student { display: flex; gap: 6mm; margin: 0 0 4mm; font-family: system-ui, "DejaVu Sans", Arial, sans-serif; }
.student span { display: flex; flex: 1; align-items: flex-end; white-space: nowrap; }
.student span:first-child { flex: 2; }
.student i { flex: 1; border-bottom: 1px solid #111; margin-left: 2mm; height: 1.2em; }
.meta { font: 9.5pt/1.3 system-ui, "DejaVu Sans", Arial, sans-serif; color: #444; margin: 0 0 2mm; }
ol.questions { list-style: none; margin: 0; padding: 0; }
.q { break-inside: avoid; page-break-inside: avoid; margin: 0 0 5mm; }
.q-head { display: flex; gap: 2mm; align-items: baseline; }
.q-n { font-weight: 700; min-width: 7mm; }
.q-prompt { flex: 1; }
.q-points { font: 8.5pt system-ui, "DejaVu Sans", Arial, sans-serif; color: #555; white-space: nowrap; }
.instr { margin: 0.5mm 0 1.5mm 9mm; font: italic 9pt/1.3 system-ui, "DejaVu Sans", Arial, sans-serif; color: #444; }
.body { margin-left: 9mm; }
.options { list-style: none; margin: 0; padding: 0; }
.options li { display: flex; gap: 2mm; align-items: baseline; margin: 0.8mm 0; }
.box { display: inline-block; flex: none; width: 3.6mm; height: 3.6mm; border: 1.2px solid #111; vertical-align: -0.4mm; }
.box.round { border-radius: 50%; }
.tf > span { margin-right: 10mm; }
.tf .box { margin-right: 1.5mm; }
.numbox { display: inline-block; width: 32mm; height: 8mm; border: 1.2px solid #111; vertical-align: middle; margin-right: 2mm; }
.line { display: inline-block; width: 90mm; border-bottom: 1px solid #111; height: 6mm; }
.gap { display: inline-block; min-width: 28mm; border-bottom: 1px solid #111; }
table.match { border-collapse: collapse; width: 100%; }
table.match td { padding: 1mm 2mm 1mm 0; vertical-align: baseline; }
table.match td.slot { width: 16mm; }
table.match td.slot i { display: inline-block; width: 10mm; border-bottom: 1px solid #111; }
table.match td.l { width: 45%; }
.order li .pos { display: inline-block; flex: none; width: 8mm; height: 6mm; border: 1.2px solid #111; }
.article p { margin: 0 0 2.5mm; }
.article .pn { font: 700 8.5pt system-ui, "DejaVu Sans", Arial, sans-serif; color: #555; margin-right: 1.5mm; }
.article { break-after: page; page-break-after: always; }
.key-part { break-before: page; page-break-before: always; }
.key-part:first-child { break-before: auto; page-break-before: auto; }
.doc > .key-part:first-child { break-before: auto; }
.key { list-style: none; margin: 0; padding: 0; }
.key li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3mm; }
.key .ans { font-weight: 700; }
.key .ev { margin: 0.5mm 0 0 9mm; font-size: 9.5pt; color: #333; }
.key .acc { margin: 0.5mm 0 0 9mm; font-size: 9.5pt; }
.regen { font: 8.5pt ui-monospace, "DejaVu Sans Mono", monospace; color: #444; overflow-wrap: anywhere; }
.screen-footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #999; font: 8.5pt system-ui, "DejaVu Sans", Arial, sans-serif; color: #555; }
@media screen { .sheet + .key-part { margin-top: 12mm; padding-top: 4mm; border-top: 2px dashed #999; } }
@media print {
  body { background: none; }
  .doc { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .screen-footer { display: none; }
}
`;
}

function promptHtml(q: Question): string {
  if (q.type !== 'cloze') return h(q.prompt);
  return splitBlanks(q.prompt).map(h).join('<span class="gap"></span>');
}

function answerSpace(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select': {
      const cls = q.type === 'multiple-choice' ? 'box round' : 'box';
      return `<ul class="options">${q.choices.map((c, i) => `<li><span class="${cls}"></span><span>${optionLetter(i)})&nbsp;${h(c)}</span></li>`).join('')}</ul>`;
    }
    case 'true-false':
      return '<p class="options tf"><span><span class="box round"></span> True</span><span><span class="box round"></span> False</span></p>';
    case 'numeric': {
      const unit = unitLabel(q.unit);
      return `<p><span class="numbox"></span>${unit ? h(unit) : ''}</p>`;
    }
    case 'short-answer':
    case 'cloze':
      return '<p><span class="line"></span></p>';
    case 'matching': {
      const rows = Math.max(q.left.length, q.right.length);
      const tr: string[] = [];
      for (let i = 0; i < rows; i++) {
        const l = q.left[i];
        const r = q.right[i];
        tr.push(
          `<tr><td class="l">${l !== undefined ? `${i + 1}.&nbsp;${h(l)}` : ''}</td><td class="slot">${l !== undefined ? '<i></i>' : ''}</td><td>${r !== undefined ? `${optionLetter(i)})&nbsp;${h(r)}` : ''}</td></tr>`,
        );
      }
      return `<table class="match">${tr.join('')}</table>`;
    }
    case 'ordering':
      return `<ul class="options order">${q.items.map((it) => `<li><span class="pos"></span><span>${h(it)}</span></li>`).join('')}</ul>`;
  }
}

function questionHtml(q: Question, n: number): string {
  return (
    `<li class="q q-${q.type}" data-type="${q.type}"><div class="q-head"><span class="q-n">${n}.</span><span class="q-prompt">${promptHtml(q)}</span>` +
    `<span class="q-points">${pointsLabel(q.points)}</span></div>` +
    `<p class="instr">${h(instruction(q))}</p><div class="body">${answerSpace(q)}</div></li>`
  );
}

function articleHtml(bank: Bank): string {
  const parts = articleBlocks(bank).map((b) => {
    if (b.kind === 'title') return `<h2>${h(b.text)}</h2>`;
    if (b.kind === 'heading') return `<h3>${h(b.text)}</h3>`;
    return `<p><span class="pn">[${b.n}]</span>${h(b.text)}</p>`;
  });
  return `<section class="article">${parts.join('\n')}</section>`;
}

function keyHtml(sheet: SheetVariant, baseSeed: string, pageName: string, layout: SheetLayout): string {
  const { quiz, variant } = sheet;
  const items = keyEntries(quiz).map(
    (e) =>
      `<li><div class="q-head"><span class="q-n">${e.n}.</span><span class="q-prompt ans">${h(e.answer)}</span><span class="q-points">${pointsLabel(e.points)} · ${h(e.skill)}</span></div>` +
      (e.accepted.length > 0 ? `<div class="acc">Also accepted: ${e.accepted.map(h).join('; ')}</div>` : '') +
      citations(e.question, (t) => `“${h(t)}”`)
        .map((c) => `<div class="ev">${c}</div>`)
        .join('') +
      '</li>',
  );
  return (
    `<section class="key-part ${pageName}"><h2>${KEY_HEADING}: variant ${variant}</h2>` +
    `<p class="meta">${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))}</p>` +
    `<p class="regen">${h(regenerateCommand(quiz, baseSeed, variant, { ...layout, format: 'html' }))}</p><ol class="key">${items.join('\n')}</ol></section>`
  );
}

function page(
  title: string,
  paper: Paper,
  pages: { name: string; footer: string }[],
  body: string,
  screenFooter: string,
): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="readquiz">
<title>${h(title)}</title>
<style>${css(paper, pages)}</style>
</head>
<body>
<main class="doc">
${body}
<footer class="screen-footer">${h(screenFooter)}</footer>
</main>
</body>
</html>
`;
}

export function renderWorksheetHtml(doc: WorksheetDoc): string {
  const { quiz, variant } = doc.sheet;
  const footer = footerText(quiz.bank.id, doc.baseSeed, variant);
  const articleTitle = doc.bank.articleText.title || quiz.bank.title;
  const head =
    `<section class="sheet pg-sheet"><header><h1>${WORKSHEET_HEADING}</h1><p class="article-title">${h(articleTitle)}</p>` +
    `<div class="student">${STUDENT_FIELDS.map((f) => `<span>${f}:<i></i></span>`).join('')}</div>` +
    `<p class="meta">${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))} · variant ${variant}${doc.withArticle ? ' · the article comes first: read it, then answer' : ''}</p></header>`;
  const article = doc.withArticle ? articleHtml(doc.bank) : '';
  const qs = `<h2>Questions</h2><ol class="questions">${quiz.questions.map((q, i) => questionHtml(q, i + 1)).join('\n')}</ol></section>`;
  const key = doc.keyAtEnd ? keyHtml(doc.sheet, doc.baseSeed, 'pg-key', doc) : '';
  const pages = [{ name: 'pg-sheet', footer }];
  if (doc.keyAtEnd)
    pages.push({ name: 'pg-key', footer: footerText(quiz.bank.id, doc.baseSeed, variant, undefined, 'answer key') });
  const title = `${WORKSHEET_HEADING}: ${articleTitle} (variant ${variant})`;
  return page(title, doc.paper, pages, head + article + qs + key, footer);
}

export function renderKeyHtml(doc: KeyDoc): string {
  const variants = doc.sheets.map((s) => s.variant);
  const bankId = doc.sheets[0]!.quiz.bank.id;
  const pages = doc.sheets.map((s) => ({
    name: `pg-key-${s.variant}`,
    footer: keyFooterText(bankId, doc.baseSeed, [s.variant]),
  }));
  const body = doc.sheets.map((s) => keyHtml(s, doc.baseSeed, `pg-key-${s.variant}`, doc)).join('\n');
  const articleTitle = doc.bank.articleText.title || doc.sheets[0]!.quiz.bank.title;
  const title = `${KEY_HEADING}: ${articleTitle} (${variants.length === 1 ? `variant ${variants[0]}` : `variants ${variantRange(variants)}`})`;
  return page(title, doc.paper, pages, body, keyFooterText(bankId, doc.baseSeed, variants));
}
