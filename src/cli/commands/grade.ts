// `readquiz grade`: one student's answers against a quiz file, or a class sheet against quizzes regenerated
// from the worksheet's seed (so nobody has to keep quiz files).
import { resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import { DEFAULT_COUNT, generateQuiz } from '../../core/generate.js';
import { gradeClass, gradeStudent, readClassHeader, type ClassGrades, type SheetWarning } from '../../core/grading.js';
import { variantSeed } from '../../core/rng.js';
import type { Bank, QuestionType, Quiz } from '../../core/types.js';
import { readAnswersFile, readCsvFile, readQuizFile } from '../../io/answers.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { GRADE_FORMATS, renderClass, renderStudent, type ClassMeta } from '../../render/grades.js';
import { terminalSafeLine } from '../../core/terminal-safe.js';
import { boolOpt, choiceOpt, intOpt, parseCommandArgs, stringOpt, typesOpt, type OptionSpec, type Parsed } from '../args.js';
import { BANK_HELP, loadBankOption } from '../bank-option.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

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

const help = `Usage: readquiz grade QUIZ.json ANSWERS.json [--strict] [--format F] [-o FILE]
       readquiz grade [--bank PATH|ID] --seed S [--variants K] [--count N] [--types LIST]
                      [--strict] [--format F] [-o FILE] ANSWERS.csv

Grade one student's answers against a quiz file, or a whole class from a CSV sheet. Each question is
right, partly right, wrong or not answered; points and totals follow scoring's rules (the same as the
terminal quiz: case, punctuation, accents and one typo in a long word are forgiven unless --strict).

One student: QUIZ.json from 'readquiz generate --format json'; ANSWERS.json maps question ids (or
question numbers) to answers, as the quiz contract's answer or as typed:
  {"ferry-years:multiple-choice": "b", "first-asked:numeric": "1998", "silva-role:matching": "1d 2a 3c 4b"}

A class: the quizzes are made again from --seed (and --variants, --count, --types as the worksheets used).
${CLASS_SHEET_HELP}

Options:
${CLASS_HELP}
  --strict           no leniency: typed answers must match exactly
  --format F         table (default; fits the terminal), json, csv (for spreadsheets) or md
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --force            overwrite FILE if it exists
  -h, --help         show this help

Problems in the answers (an unknown question id, an unknown variant, a letter that is not an option, a
malformed pair, a missing or extra column) are reported on stderr as FILE:LINE:COL, each saying what was
done: the row skipped, or the answer scored as not answered. The results are still printed, and the last
line on stderr counts the problems. Exit codes: 0 all graded, 2 something was skipped or could not be read
(or bad usage), 1 internal error.

Examples:
  readquiz generate --seed class1 --format json -o quiz.json
  readquiz grade quiz.json maria.json
  readquiz grade --seed class1 --variants 2 answers.csv --format csv -o grades.csv`;

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
  const warnings = grades.warnings.map((w: SheetWarning) => `${file}:${w.line}:${w.col}: ${terminalSafeLine(w.message)}`);
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

export const command: Command = {
  summary: "grade one student's answers, or a whole class from a CSV sheet",
  help,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = parseCommandArgs('grade', args, {
      ...CLASS_OPTIONS,
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    }, true);
    const format = choiceOpt(p, 'format', 'grade', GRADE_FORMATS) ?? 'table';
    const width = stringOpt(p, 'output') ? 80 : (io.stdout.columns ?? 80);
    const classMode = stringOpt(p, 'seed') !== undefined || (p.positionals.length === 1 && /\.(csv|tsv|txt)$/i.test(p.positionals[0]!));
    if (classMode) {
      if (p.positionals.length !== 1) {
        throw new ReadquizError(`readquiz grade: a class takes one CSV sheet, got ${p.positionals.length === 0 ? 'none' : p.positionals.length} (see 'readquiz grade --help')`);
      }
      const file = p.positionals[0]!;
      const { grades, meta, warnings } = await gradeSheetFromOptions(p, file, io, 'grade');
      for (const w of warnings) io.stderr.write(`${w}\n`);
      writeOutput(p, io, renderClass(grades, meta, format, width), plural(grades.students.length, 'student'));
      const problems = sheetProblemSummary(grades);
      if (problems) {
        io.stderr.write(`readquiz grade: ${plural(grades.students.length, 'student')} graded, but ${problems}; see the messages above (exit code 2)\n`);
        return EXIT.badInput;
      }
      return EXIT.ok;
    }
    for (const opt of ['bank', 'variants', 'count', 'types']) {
      if (stringOpt(p, opt) !== undefined) throw new ReadquizError(`readquiz grade: --${opt} is for a class sheet (with --seed); a quiz file already holds its questions`);
    }
    if (p.positionals.length !== 2) {
      throw new ReadquizError(`readquiz grade: expected QUIZ.json ANSWERS.json, or --seed S ANSWERS.csv for a class (see 'readquiz grade --help')`);
    }
    const [quizFile, answersFile] = p.positionals as [string, string];
    const quiz = readQuizFile(resolve(io.cwd, quizFile), quizFile);
    const answers = readAnswersFile(resolve(io.cwd, answersFile), answersFile);
    const result = gradeStudent(quiz, answers.entries, { strict: boolOpt(p, 'strict') });
    const messages: { line: number; col: number; text: string }[] = answers.warnings.map((w) => ({ line: w.line, col: w.col, text: w.message }));
    const n = quiz.questions.length;
    const example = quiz.questions[0] ? ` such as '${quiz.questions[0].id}'` : '';
    for (const k of result.unknown) {
      const e = answers.entries[k]!;
      messages.push({ line: e.line, col: e.col, text: `unknown question '${e.key}'; not graded (expected a question id of ${quizFile}${example}, or a number 1-${n})` });
    }
    for (const { entry, number } of result.repeated) {
      const e = answers.entries[entry]!;
      messages.push({ line: e.line, col: e.col, text: `question ${number} is answered twice ('${e.key}'); the first answer is graded` });
    }
    result.graded.answers.forEach((a) => {
      if (a.problem === undefined) return;
      const e = answers.entries.find((x) => x.key === a.questionId || x.key.trim() === String(a.number));
      messages.push({ line: e?.line ?? 1, col: e?.col ?? 1, text: `question ${a.number} (${a.questionId}): ${a.problem}; scored as not answered` });
    });
    messages.sort((x, y) => x.line - y.line || x.col - y.col);
    for (const m of messages) io.stderr.write(`${answersFile}:${m.line}:${m.col}: ${terminalSafeLine(m.text)}\n`);
    writeOutput(p, io, renderStudent(quiz, result.graded, format, width), `${result.graded.points} of ${result.graded.max} points`);
    if (messages.length > 0) {
      io.stderr.write(`readquiz grade: graded, but ${messages.length} answer${messages.length === 1 ? '' : 's'} had problems; see the messages above (exit code 2)\n`);
      return EXIT.badInput;
    }
    return EXIT.ok;
  },
};
