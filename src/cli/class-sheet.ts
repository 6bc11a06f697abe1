// The class sheet as `grade` and `stats` both read it: the options that say how the worksheets were made,
// its help, and grading it against the quizzes regenerated from --seed. Shared by the two commands, so
// neither imports the other.
import { resolve } from 'node:path';
import { ReadquizError } from '../core/errors.js';
import { DEFAULT_COUNT, generateQuiz } from '../core/generate.js';
import { gradeClass, readClassHeader, type ClassGrades, type SheetWarning } from '../core/grading.js';
import { plural } from '../core/plural.js';
import { variantSeed } from '../core/rng.js';
import { messageLine } from '../core/terminal-safe.js';
import type { Bank, QuestionType, Quiz } from '../core/types.js';
import { readCsvFile } from '../io/answers.js';
import { writeFileAtomic } from '../io/write-file.js';
import type { ClassMeta } from '../render/grades.js';
import { flag, int, intOrAll, questionTypes, SKILLS_OPTION, text, type OptionValues } from './args.js';
import { BANK_OPTION, loadBankOption } from './bank-option.js';
import type { CliIo } from './cli-io.js';

export const MAX_VARIANTS = 100;

export const CLASS_SHEET_HELP = `The class sheet (CSV, UTF-8; commas, or semicolons or tabs as a spreadsheet saves it):
  student,variant,1,2,3,4,5
  Ana Lopez,1,b,t,"a, c",8500,1c 2a 3b
  Ben Okoro,2,d,f,ac,"8,500",Scholz
One row per student; 'variant' may be left out when there is one variant; one column per question number,
holding the answer as written on the worksheet: a letter (b), t/f, letters (ac or "a, c"), a number (8,500
in quotes, or 8500), a word or name, pairs (1c 2a), and for ordering the numbers written in the boxes next
to the items, top to bottom (3 1 2: the first item goes third), as the answer key shows them. An empty
cell is not answered.`;

/** The options that say how a class's worksheets were made; grade and stats read a class sheet with them. */
export const CLASS_OPTIONS = {
  bank: BANK_OPTION,
  seed: text({ value: 'S', description: 'the seed the worksheets were made with' }),
  variants: int({
    value: 'K',
    min: 1,
    max: MAX_VARIANTS,
    description: "the worksheets had variants 1-K; variant v's seed is S#v (v > 1)",
    defaultText: '1',
  }),
  count: intOrAll({
    short: 'n',
    value: 'N|all',
    min: 1,
    max: 1000,
    description: 'questions per worksheet, as when it was made',
    defaultText: String(DEFAULT_COUNT),
  }),
  types: questionTypes({ value: 'LIST', description: 'question types, as when it was made', defaultText: 'all' }),
  skills: SKILLS_OPTION,
};

/** What a command that reads a class sheet has parsed. */
export type ClassValues = OptionValues<typeof CLASS_OPTIONS> & { strict: boolean };

/** -o and --force of grade and stats. */
export const OUTPUT_OPTIONS = {
  output: text({ short: 'o', value: 'FILE', description: 'write to FILE (atomically) instead of standard output' }),
  force: flag({ description: 'overwrite FILE if it exists' }),
};

/** A class sheet graded against quizzes regenerated from the options (shared with `stats`). */
export interface GradedSheet {
  grades: ClassGrades;
  meta: ClassMeta;
  bank: Bank;
}

export async function gradeSheetFromOptions(
  o: ClassValues,
  file: string,
  io: CliIo,
  commandName: string,
): Promise<GradedSheet & { warnings: string[] }> {
  const seed = o.seed;
  if (seed === undefined)
    throw new ReadquizError(
      `readquiz ${commandName}: a class sheet needs --seed S, the seed the worksheets were made with`,
    );
  const variants = o.variants ?? 1;
  const count: number | 'all' = o.count ?? DEFAULT_COUNT;
  const types: QuestionType[] | undefined = o.types;
  const skills = o.skills;
  const bank = await loadBankOption(o.bank, io);
  const quizzes: Quiz[] = [];
  for (let v = 1; v <= variants; v++)
    quizzes.push(generateQuiz(bank, { seed: variantSeed(seed, v), count, types, skills }));
  const sheet = readCsvFile(resolve(io.cwd, file), file);
  // Blank lines (before the header too) are not rows; they are passed over.
  const rows = sheet.rows.filter((r) => r.cells.some((c) => c.text.trim() !== ''));
  const header = rows[0];
  if (!header) {
    throw new ReadquizError(
      'the class sheet is empty; expected a first line naming the columns, like: student,variant,1,2,3',
      { file, line: 1, col: 1 },
    );
  }
  const questionCount = Math.max(...quizzes.map((q) => q.questions.length));
  let headerResult;
  try {
    headerResult = readClassHeader(header, questionCount, variants);
  } catch (err) {
    throw err instanceof ReadquizError ? err.at({ file }) : err;
  }
  const grades = gradeClass(rows.slice(1), headerResult.layout, quizzes, { strict: o.strict }, headerResult.warnings);
  const warnings = grades.warnings.map((w: SheetWarning) => messageLine(`${file}:${w.line}:${w.col}: ${w.message}`));
  return { grades, bank, warnings, meta: { bankId: bank.id, seed, variants, count, ...(types ? { types } : {}) } };
}

/**
 * Problems of a class sheet that lose answers (exit 2), in one sentence for the last stderr line. `unread`
 * says what became of values that could not be read: grade scores them as not answered, stats leaves them
 * out of the item statistics.
 */
export function sheetProblemSummary(grades: ClassGrades, unread = 'scored as not answered'): string | undefined {
  const lost = grades.warnings.filter((w) => w.effect !== 'note');
  if (lost.length === 0) return undefined;
  const parts: string[] = [];
  if (grades.skippedRows > 0) parts.push(`${plural(grades.skippedRows, 'row')} skipped`);
  if (grades.unreadable > 0) parts.push(`${plural(grades.unreadable, 'value')} could not be read (${unread})`);
  const sheetLevel = lost.filter((w) => w.effect === 'sheet').length;
  if (sheetLevel > 0) parts.push(`${plural(sheetLevel, 'problem')} with the columns`);
  return parts.join(', ');
}

export function writeOutput(o: { output?: string; force: boolean }, io: CliIo, data: string, what: string): void {
  const output = o.output;
  if (output) {
    writeFileAtomic(resolve(io.cwd, output), data, { force: o.force });
    io.stderr.write(`wrote ${output}: ${what}\n`);
  } else {
    io.stdout.write(data);
  }
}
