// The class sheet as `grade` and `stats` both read it: its options and help, and grading it against the
// quizzes regenerated from --seed. Shared by the two commands, so neither imports the other.
import { resolve } from 'node:path';
import { ReadquizError } from '../core/errors.js';
import { DEFAULT_COUNT, generateQuiz } from '../core/generate.js';
import { gradeClass, readClassHeader, type ClassGrades, type SheetWarning } from '../core/grading.js';
import { variantSeed } from '../core/rng.js';
import { messageLine } from '../core/terminal-safe.js';
import type { Bank, QuestionType, Quiz } from '../core/types.js';
import { readCsvFile } from '../io/answers.js';
import { writeFileAtomic } from '../io/write-file.js';
import type { ClassMeta } from '../render/grades.js';
import { boolOpt, intOpt, stringOpt, typesOpt, type OptionSpec, type Parsed } from './args.js';
import { BANK_HELP, loadBankOption } from './bank-option.js';
import type { CliIo } from './cli-io.js';

export const MAX_VARIANTS = 100;

export const CLASS_HELP = `${BANK_HELP}
  --seed S           the seed the worksheets were made with
  --variants K       the worksheets had variants 1-K (default 1); variant v's seed is S#v (v > 1)
  --count N|all      questions per worksheet, as when it was made (default ${DEFAULT_COUNT})
  --types LIST       question types, as when it was made (default: all)`;

export const CLASS_SHEET_HELP = `The class sheet (CSV, UTF-8; commas, or semicolons or tabs as a spreadsheet saves it):
  student,variant,1,2,3,4,5
  Ana Lopez,1,b,t,"a, c",8500,1c 2a 3b
  Ben Okoro,2,d,f,ac,"8,500",Scholz
One row per student; 'variant' may be left out when there is one variant; one column per question number,
holding the answer as written on the worksheet: a letter (b), t/f, letters (ac or "a, c"), a number (8,500
in quotes, or 8500), a word or name, pairs (1c 2a), and for ordering the numbers written in the boxes next
to the items, top to bottom (3 1 2: the first item goes third), as the answer key shows them. An empty
cell is not answered.`;

export const CLASS_OPTIONS: OptionSpec = {
  bank: { type: 'string' },
  seed: { type: 'string' },
  variants: { type: 'string' },
  count: { type: 'string', short: 'n' },
  types: { type: 'string' },
  strict: { type: 'boolean' },
};

/** A class sheet graded against quizzes regenerated from the options (shared with `stats`). */
export interface GradedSheet {
  grades: ClassGrades;
  meta: ClassMeta;
  bank: Bank;
}

export async function gradeSheetFromOptions(p: Parsed, file: string, io: CliIo, commandName: string): Promise<GradedSheet & { warnings: string[] }> {
  const seed = stringOpt(p, 'seed');
  if (seed === undefined) throw new ReadquizError(`readquiz ${commandName}: a class sheet needs --seed S, the seed the worksheets were made with`);
  const variants = intOpt(p, 'variants', commandName, 1, MAX_VARIANTS) ?? 1;
  const count: number | 'all' = stringOpt(p, 'count') === 'all' ? 'all' : (intOpt(p, 'count', commandName, 1, 1000) ?? DEFAULT_COUNT);
  const types: QuestionType[] | undefined = typesOpt(p, commandName);
  const bank = await loadBankOption(stringOpt(p, 'bank'), io);
  const quizzes: Quiz[] = [];
  for (let v = 1; v <= variants; v++) quizzes.push(generateQuiz(bank, { seed: variantSeed(seed, v), count, types }));
  const sheet = readCsvFile(resolve(io.cwd, file), file);
  // Blank lines (before the header too) are not rows; they are passed over.
  const rows = sheet.rows.filter((r) => r.cells.some((c) => c.text.trim() !== ''));
  const header = rows[0];
  if (!header) {
    throw new ReadquizError('the class sheet is empty; expected a first line naming the columns, like: student,variant,1,2,3', { file, line: 1, col: 1 });
  }
  const questionCount = Math.max(...quizzes.map((q) => q.questions.length));
  let headerResult;
  try {
    headerResult = readClassHeader(header, questionCount, variants);
  } catch (err) {
    throw err instanceof ReadquizError ? err.at({ file }) : err;
  }
  const grades = gradeClass(rows.slice(1), headerResult.layout, quizzes, { strict: boolOpt(p, 'strict') }, headerResult.warnings);
  const warnings = grades.warnings.map((w: SheetWarning) => messageLine(`${file}:${w.line}:${w.col}: ${w.message}`));
  return { grades, bank, warnings, meta: { bankId: bank.id, seed, variants, count, ...(types ? { types } : {}) } };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Problems of a class sheet that lose answers (exit 2), in one sentence for the last stderr line. */
export function sheetProblemSummary(grades: ClassGrades): string | undefined {
  const lost = grades.warnings.filter((w) => w.effect !== 'note');
  if (lost.length === 0) return undefined;
  const parts: string[] = [];
  if (grades.skippedRows > 0) parts.push(`${grades.skippedRows} row${grades.skippedRows === 1 ? '' : 's'} skipped`);
  if (grades.unreadable > 0) parts.push(`${grades.unreadable} value${grades.unreadable === 1 ? '' : 's'} could not be read (scored as not answered)`);
  const sheetLevel = lost.filter((w) => w.effect === 'sheet').length;
  if (sheetLevel > 0) parts.push(`${sheetLevel} problem${sheetLevel === 1 ? '' : 's'} with the columns`);
  return parts.join(', ');
}

export function writeOutput(p: Parsed, io: CliIo, data: string, what: string): void {
  const output = stringOpt(p, 'output');
  if (output) {
    writeFileAtomic(resolve(io.cwd, output), data, { force: boolOpt(p, 'force') });
    io.stderr.write(`wrote ${output}: ${what}\n`);
  } else {
    io.stdout.write(data);
  }
}

