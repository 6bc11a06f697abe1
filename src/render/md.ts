// Markdown worksheets and keys: readable as plain text, and rendered (GitHub, editors, pandoc) as a sheet
// with tick boxes and blanks. `generate --format md` gives the worksheet with its answers at the end.
import { citations } from '../core/sources.js';
import type { Bank, Question, Quiz } from '../core/types.js';
import { escapeMarkdown as md } from './escape.js';
import type { RenderResult } from './render-types.js';
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
  splitBlanks,
  STUDENT_FIELDS,
  totalPoints,
  unitLabel,
  WORKSHEET_HEADING,
  type KeyDoc,
  type SheetLayout,
  type SheetVariant,
  type WorksheetDoc,
} from './worksheet/model.js';

const BOX = '☐';
// A run of underscores with a space on both sides cannot open or close emphasis, so it stays as typed and
// the raw file reads well; only a blank touching other characters needs its underscores escaped.
const blank = (n: number) => '_'.repeat(n);
function clozeMd(prompt: string): string {
  const parts = splitBlanks(prompt).map(md);
  return parts.reduce((out, part, i) => {
    if (i === 0) return part;
    const spaced = /(^|\s)$/.test(out) && /^(\s|$)/.test(part);
    return out + (spaced ? blank(12) : '\\_'.repeat(12)) + part;
  }, '');
}

function questionMd(q: Question, n: number): string[] {
  const head = q.type === 'cloze' ? clozeMd(q.prompt) : md(q.prompt);
  const out = [`**${n}.** ${head} *(${pointsLabel(q.points)})*`, '', `*${md(instruction(q))}*`, ''];
  switch (q.type) {
    case 'multiple-choice':
    case 'multi-select':
      out.push(...q.choices.map((c, i) => `- ${BOX} ${optionLetter(i)}) ${md(c)}`));
      break;
    case 'true-false':
      out.push(`${BOX} True      ${BOX} False`);
      break;
    case 'numeric': {
      const unit = unitLabel(q.unit);
      out.push(`Answer: \\[ ${blank(10)} \\]${unit ? ` ${md(unit)}` : ''}`);
      break;
    }
    case 'short-answer':
    case 'cloze':
      out.push(`Answer: ${blank(30)}`);
      break;
    case 'matching': {
      const rows = Math.max(q.left.length, q.right.length);
      out.push('| | | | |', '|---|---|---|---|');
      for (let i = 0; i < rows; i++) {
        const l = q.left[i];
        const r = q.right[i];
        out.push(
          `| ${l !== undefined ? `${i + 1}. ${md(l)}` : ''} | ${l !== undefined ? blank(4) : ''} | ${r !== undefined ? `${optionLetter(i)})` : ''} | ${r !== undefined ? md(r) : ''} |`,
        );
      }
      break;
    }
    case 'ordering':
      out.push(...q.items.map((it) => `- \\[ ${blank(3)} \\] ${md(it)}`));
      break;
  }
  out.push('');
  return out;
}

function articleMd(bank: Bank): string[] {
  const out: string[] = [];
  for (const b of articleBlocks(bank)) {
    if (b.kind === 'title') out.push(`## ${md(b.text)}`, '');
    else if (b.kind === 'heading') out.push(`### ${md(b.text)}`, '');
    else out.push(`**[${b.n}]** ${md(b.text)}`, '');
  }
  return out;
}

function keySectionMd(sheet: SheetVariant, baseSeed: string, level: string, layout: SheetLayout): string[] {
  const { quiz, variant } = sheet;
  const out = [
    `${level} ${KEY_HEADING}: variant ${variant}`,
    '',
    `${quiz.questions.length} questions, ${pointsLabel(totalPoints(quiz))}. Regenerate: \`${regenerateCommand(quiz, baseSeed, variant, { ...layout, format: 'md' }).replace(/`/g, "'")}\``,
    '',
  ];
  for (const e of keyEntries(quiz)) {
    out.push(`${e.n}. **${md(e.answer)}** *(${pointsLabel(e.points)} · ${e.skill})*`);
    // Nested under the item: indented as far as its text starts ("10. " is four wide).
    const indent = ' '.repeat(`${e.n}. `.length);
    if (e.accepted.length > 0) out.push(`${indent}- Also accepted: ${e.accepted.map(md).join('; ')}`);
    for (const c of e.question ? citations(e.question, (t) => `“${md(t)}”`) : []) out.push(`${indent}- ${c}`);
  }
  out.push('');
  return out;
}

export function renderWorksheetMd(doc: WorksheetDoc): string {
  const { quiz, variant } = doc.sheet;
  const out = [
    `# ${WORKSHEET_HEADING}`,
    '',
    `**Article:** ${md(doc.bank.articleText.title || quiz.bank.title)}`,
    '',
    STUDENT_FIELDS.map((f) => `${f}: ${blank(f === 'Name' ? 24 : 12)}`).join('    '),
    '',
    `${quiz.questions.length} questions · ${pointsLabel(totalPoints(quiz))} · variant ${variant}`,
    '',
  ];
  if (doc.withArticle) out.push('---', '', ...articleMd(doc.bank), '---', '');
  out.push('## Questions', '');
  quiz.questions.forEach((q, i) => out.push(...questionMd(q, i + 1)));
  out.push('---', '', `*${md(footerText(quiz.bank.id, doc.baseSeed, variant))}*`, '');
  if (doc.keyAtEnd)
    out.push('<div style="page-break-before: always"></div>', '', ...keySectionMd(doc.sheet, doc.baseSeed, '##', doc));
  return out.join('\n');
}

export function renderKeyMd(doc: KeyDoc): string {
  const variants = doc.sheets.map((s) => s.variant);
  const out = [
    `# ${KEY_HEADING}`,
    '',
    `**Article:** ${md(doc.bank.articleText.title || doc.sheets[0]!.quiz.bank.title)}`,
    '',
  ];
  for (const s of doc.sheets) out.push(...keySectionMd(s, doc.baseSeed, '##', doc));
  out.push('---', '', `*${md(keyFooterText(doc.bank.id, doc.baseSeed, variants))}*`, '');
  return out.join('\n');
}

/** `generate --format md`: the worksheet with its answers at the end. */
export function render(quiz: Quiz, bank: Bank): RenderResult {
  const data = renderWorksheetMd({
    bank,
    baseSeed: quiz.seed,
    sheet: { quiz, variant: 1 },
    withArticle: false,
    keyAtEnd: true,
    paper: 'a4',
  });
  return { data, warnings: [] };
}
