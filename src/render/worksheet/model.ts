// What a printed worksheet and its answer key say, independent of how they are drawn: md, html and pdf
// all take their words from here, so the three formats cannot drift apart.
import { citations } from '../../core/sources.js';
import { acceptedRange } from '../../core/numeric-range.js';
import { formatNumber, optionLetter } from '../../core/text.js';
import { unitFor } from '../../core/plural.js';
import type { ArticleBlock, Bank, Question, QuestionType, Quiz } from '../../core/types.js';

export type Paper = 'a4' | 'letter';
export type KeyPlacement = 'separate' | 'end' | 'none';

/** One variant's quiz; variant 1 is the plain `--seed S` quiz. */
export interface SheetVariant {
  quiz: Quiz;
  variant: number;
}

export interface WorksheetDoc {
  bank: Bank;
  /** The seed the teacher gave; the variant's own seed is `variantSeed(baseSeed, variant)`. */
  baseSeed: string;
  sheet: SheetVariant;
  withArticle: boolean;
  /** Print the key after a page break at the end of the worksheet. */
  keyAtEnd: boolean;
  paper: Paper;
}

export interface KeyDoc {
  bank: Bank;
  baseSeed: string;
  /** One entry for a variant's key; all of them for the combined key. */
  sheets: SheetVariant[];
  paper: Paper;
  /** Whether the sheets carry the article: the key's regenerate command says so. */
  withArticle?: boolean;
  /** Whether the sheets carry their own keys at the end (`--key end`): so does the regenerate command. */
  keyAtEnd?: boolean;
}

export const WORKSHEET_HEADING = 'Reading comprehension worksheet';
export const KEY_HEADING = 'Answer key';

export const STUDENT_FIELDS = ['Name', 'Class', 'Date'] as const;

/** The short instruction printed under each question, by type. */
export function instruction(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
      return 'Tick one box.';
    case 'true-false':
      return 'Tick True or False.';
    // One or more: a set with a single member can make a multi-select with one right answer.
    case 'multi-select':
      return 'Tick every right answer (one or more).';
    case 'numeric':
      return q.unit && q.unit !== 'year'
        ? `Write the number in the box (in ${q.unit}).`
        : 'Write the number in the box.';
    case 'short-answer':
      return 'Write the answer on the line.';
    case 'cloze':
      return 'Write the missing word or words on the line.';
    case 'matching':
      return 'Write the letter of the matching item after each number.';
    // The prompt says which order (orderings ask when things happened, not where the article tells them).
    case 'ordering':
      return `Number the items from 1 to ${q.items.length} in the order the question asks for, 1 first.`;
  }
}

export const TYPE_LABEL: Record<QuestionType, string> = {
  'multiple-choice': 'multiple choice',
  'true-false': 'true or false',
  'multi-select': 'several answers',
  numeric: 'number',
  'short-answer': 'short answer',
  cloze: 'missing word',
  matching: 'matching',
  ordering: 'ordering',
};

export function pointsLabel(points: number): string {
  return `${formatNumber(points)} point${points === 1 ? '' : 's'}`;
}

export function totalPoints(quiz: Quiz): number {
  return quiz.questions.reduce((sum, q) => sum + q.points, 0);
}

/** A cloze prompt split around its blank(s), so each format can draw the blank its own way. */
export function splitBlanks(prompt: string): string[] {
  return prompt.split(/_{3,}/);
}

/** The unit printed next to a number box ("soldiers"); years need none. */
export function unitLabel(unit: string): string {
  return unit === 'year' || unit === 'years' ? '' : unit;
}

/** "biden-ukraine · seed demo · variant 2 · page 1 of 3": enough to regenerate the page exactly. */
export function footerText(
  bankId: string,
  seed: string,
  variant: number,
  page?: { n: number; of: number },
  extra?: string,
): string {
  const parts = [bankId, `seed ${seed}`, `variant ${variant}`];
  if (extra) parts.push(extra);
  if (page) parts.push(`page ${page.n} of ${page.of}`);
  return parts.join(' · ');
}

/** Footer of the combined key (several variants). */
export function keyFooterText(
  bankId: string,
  seed: string,
  variants: number[],
  page?: { n: number; of: number },
): string {
  const parts = [
    bankId,
    `seed ${seed}`,
    variants.length === 1 ? `variant ${variants[0]} answer key` : `answer key, variants ${variantRange(variants)}`,
  ];
  if (page) parts.push(`page ${page.n} of ${page.of}`);
  return parts.join(' · ');
}

/** "1–30" for a run of variants, else "1, 4, 7". */
export function variantRange(vs: number[]): string {
  const sorted = vs.slice().sort((a, b) => a - b);
  const contiguous = sorted.every((v, i) => i === 0 || v === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

export type SheetFormat = 'md' | 'html' | 'pdf';

/** How the sheets were printed, beyond the quiz itself. */
export interface SheetLayout {
  paper?: Paper;
  withArticle?: boolean;
  keyAtEnd?: boolean;
  /** The sheet's format: the command writes a file of it (`-o variant-2.pdf`). */
  format?: SheetFormat;
}

/**
 * The command that makes this variant's sheet again (bank by id: a path is the teacher's own), with the
 * paper, the article and a key at the end when they differ from the defaults (without them it makes
 * another sheet), and a file to write in the sheet's format: run as printed, it writes the same sheet
 * (under a name of its own, whatever the first one was called: the sheet stays the same bytes
 * wherever it was written), not HTML to the terminal.
 */
export function regenerateCommand(quiz: Quiz, baseSeed: string, variant: number, layout: SheetLayout = {}): string {
  const q = (s: string) => (/^[A-Za-z0-9._\/-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['readquiz worksheet', `--bank ${q(quiz.bank.id)}`, `--seed ${q(baseSeed)}`];
  if (quiz.options.count === 'all') parts.push('--count all');
  else parts.push(`--count ${quiz.options.count}`);
  if (quiz.options.types.length > 0 && quiz.options.types.length < 8)
    parts.push(`--types ${quiz.options.types.join(',')}`);
  if (quiz.options.skills) parts.push(`--skills ${quiz.options.skills.join(',')}`);
  if (variant > 1) parts.push(`--variant ${variant}`);
  if (layout.paper && layout.paper !== 'a4') parts.push(`--paper ${layout.paper}`);
  if (layout.withArticle) parts.push('--with-article');
  if (layout.keyAtEnd) parts.push('--key end');
  // The extension gives the format.
  if (layout.format) parts.push(`-o variant-${variant}.${layout.format}`);
  return parts.join(' ');
}

export interface KeyEntry {
  n: number;
  question: Question;
  /** The right answer in words. */
  answer: string;
  /** Other answers that also count (short answers, missing words, number ranges). */
  accepted: string[];
  points: number;
  /** The reading skill, so a teacher sees at a glance what each item tests. */
  skill: string;
  /** "Paragraph 6: “...”", one per sentence the answer rests on. */
  citations: string[];
}

export function keyEntries(quiz: Quiz): KeyEntry[] {
  return quiz.questions.map((q, i) => ({
    n: i + 1,
    question: q,
    answer: keyAnswer(q),
    accepted: acceptedAnswers(q),
    points: q.points,
    skill: q.skill,
    citations: citations(q, (t) => `“${t}”`),
  }));
}

/** The right answer as the key shows it, referring to the letters and numbers printed on the sheet. */
export function keyAnswer(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
      return `${optionLetter(q.answer)}) ${q.choices[q.answer]}`;
    case 'true-false':
      return q.answer ? 'True' : 'False';
    case 'multi-select':
      return q.answer
        .slice()
        .sort((a, b) => a - b)
        .map((i) => `${optionLetter(i)}) ${q.choices[i]}`)
        .join('; ');
    case 'numeric': {
      const unit = unitLabel(q.unit);
      return `${formatNumber(q.answer, q.unit)}${unit ? ` ${unitFor(q.answer, unit)}` : ''}`;
    }
    case 'short-answer':
    case 'cloze':
      return q.answer;
    case 'matching':
      return q.left.map((l, i) => `${i + 1} ${optionLetter(q.answer[i]!)} (${l}: ${q.right[q.answer[i]!]})`).join('; ');
    case 'ordering': {
      // The sheet lists items as given; the student writes each item's position next to it.
      const positions = q.items.map((_, k) => q.answer.indexOf(k) + 1);
      return `${positions.join(', ')} (${q.answer.map((k) => q.items[k]).join(' → ')})`;
    }
  }
}

export function acceptedAnswers(q: Question): string[] {
  switch (q.type) {
    case 'short-answer':
    case 'cloze':
      return q.accept.filter((a) => a !== q.answer);
    case 'numeric': {
      const { lo, hi } = acceptedRange(q);
      return q.tolerance > 0 ? [`anything from ${formatNumber(lo, q.unit)} to ${formatNumber(hi, q.unit)}`] : [];
    }
    default:
      return [];
  }
}

/** The article's blocks for `--with-article`: title, headings and numbered paragraphs. */
export function articleBlocks(bank: Bank): ArticleBlock[] {
  return bank.articleText.blocks;
}

/** Ordinal for ordering positions in exports ("1st"). */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
