// `readquiz grade`: one student's answers against a quiz file, or a class sheet against quizzes regenerated
// from the worksheet's seed (so nobody has to keep quiz files).
import { resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import { gradeStudent } from '../../core/grading.js';
import { readAnswersFile, readQuizFile } from '../../io/answers.js';
import { GRADE_FORMATS, renderClass, renderStudent } from '../../render/grades.js';
import { messageLine } from '../../core/terminal-safe.js';
import { choice, defineCommand, flag } from '../args.js';
import {
  CLASS_OPTIONS,
  CLASS_SHEET_HELP,
  gradeSheetFromOptions,
  OUTPUT_OPTIONS,
  sheetProblemSummary,
  writeOutput,
} from '../class-sheet.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { plural } from '../../core/plural.js';

const options = defineCommand({
  name: 'grade',
  usage: `readquiz grade QUIZ.json ANSWERS.json [--strict] [--format F] [-o FILE]
       readquiz grade [--bank PATH|ID] --seed S [--variants K] [--count N] [--types LIST]
                      [--strict] [--format F] [-o FILE] ANSWERS.csv`,
  operands: 'QUIZ.json ANSWERS.json | ANSWERS.csv',
  about: `Grade one student's answers against a quiz file, or a whole class from a CSV sheet. Each question is
right, partly right, wrong or not answered; points and totals follow scoring's rules (the same as the
terminal quiz: case, punctuation, accents and one typo in a long word are forgiven unless --strict).

One student: QUIZ.json from 'readquiz generate --format json'; ANSWERS.json maps question ids (or
question numbers) to answers, as the quiz contract's answer or as typed:
  {"ferry-years:multiple-choice": "b", "first-asked:numeric": "1998", "silva-role:matching": "1d 2a 3c 4b"}

A class: the quizzes are made again from --seed (and --variants, --count, --types as the worksheets used).
${CLASS_SHEET_HELP}`,
  options: {
    ...CLASS_OPTIONS,
    strict: flag({ description: 'no leniency: typed answers must match exactly' }),
    format: choice({
      short: 'f',
      value: 'F',
      choices: GRADE_FORMATS,
      default: 'table',
      description: 'table (fits the terminal), json, csv (for spreadsheets) or md',
    }),
    ...OUTPUT_OPTIONS,
  },
  after: `Problems in the answers (an unknown question id, an unknown variant, a letter that is not an option, a
malformed pair, a missing or extra column) are reported on stderr as FILE:LINE:COL, each saying what was
done: the row skipped (its student is still listed, with the reason), or the answer scored as not
answered (shown as ?; in CSV a ? with a note). The results are still printed, and the last
line on stderr counts the problems. Exit codes: 0 all graded, 2 something was skipped or could not be read
(or bad usage), 1 internal error.

Examples:
  readquiz generate --seed class1 --format json -o quiz.json
  readquiz grade quiz.json maria.json
  readquiz grade --seed class1 --variants 2 answers.csv --format csv -o grades.csv`,
});

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = options.parse(args);
    const o = p.values;
    const format = o.format;
    const width = o.output ? 80 : (io.stdout.columns ?? 80);
    const classMode =
      o.seed !== undefined || (p.positionals.length === 1 && /\.(csv|tsv|txt)$/i.test(p.positionals[0]!));
    if (classMode) {
      if (p.positionals.length !== 1) {
        throw new ReadquizError(
          `readquiz grade: a class takes one CSV sheet, got ${p.positionals.length === 0 ? 'none' : p.positionals.length} (see 'readquiz grade --help')`,
        );
      }
      const file = p.positionals[0]!;
      const { grades, meta, warnings } = await gradeSheetFromOptions(o, file, io, 'grade');
      for (const w of warnings) io.stderr.write(`${w}\n`);
      writeOutput(o, io, renderClass(grades, meta, format, width), plural(grades.students.length, 'student'));
      const problems = sheetProblemSummary(grades);
      if (problems) {
        io.stderr.write(
          `readquiz grade: ${plural(grades.students.length, 'student')} graded, but ${problems}; see the messages above (exit code 2)\n`,
        );
        return EXIT.badInput;
      }
      return EXIT.ok;
    }
    for (const opt of ['bank', 'variants', 'count', 'types', 'skills'] as const) {
      if (o[opt] !== undefined)
        throw new ReadquizError(
          `readquiz grade: --${opt} is for a class sheet (with --seed); a quiz file already holds its questions`,
        );
    }
    if (p.positionals.length !== 2) {
      throw new ReadquizError(
        `readquiz grade: expected QUIZ.json ANSWERS.json, or --seed S ANSWERS.csv for a class (see 'readquiz grade --help')`,
      );
    }
    const [quizFile, answersFile] = p.positionals as [string, string];
    const quiz = readQuizFile(resolve(io.cwd, quizFile), quizFile);
    const answers = readAnswersFile(resolve(io.cwd, answersFile), answersFile);
    const result = gradeStudent(quiz, answers.entries, { strict: o.strict });
    const messages: { line: number; col: number; text: string }[] = answers.warnings.map((w) => ({
      line: w.line,
      col: w.col,
      text: w.message,
    }));
    const n = quiz.questions.length;
    const example = quiz.questions[0] ? ` such as '${quiz.questions[0].id}'` : '';
    for (const k of result.unknown) {
      const e = answers.entries[k]!;
      messages.push({
        line: e.line,
        col: e.col,
        text: `unknown question '${e.key}'; not graded (expected a question id of ${quizFile}${example}, or a number 1-${n})`,
      });
    }
    for (const { entry, number } of result.repeated) {
      const e = answers.entries[entry]!;
      messages.push({
        line: e.line,
        col: e.col,
        text: `question ${number} is answered twice ('${e.key}'); the first answer is graded`,
      });
    }
    result.graded.answers.forEach((a) => {
      if (a.problem === undefined) return;
      const e = answers.entries.find((x) => x.key === a.questionId || x.key.trim() === String(a.number));
      messages.push({
        line: e?.line ?? 1,
        col: e?.col ?? 1,
        text: `question ${a.number} (${a.questionId}): ${a.problem}; scored as not answered`,
      });
    });
    messages.sort((x, y) => x.line - y.line || x.col - y.col);
    for (const m of messages) io.stderr.write(`${messageLine(`${answersFile}:${m.line}:${m.col}: ${m.text}`)}\n`);
    writeOutput(
      o,
      io,
      renderStudent(quiz, result.graded, format, width),
      `${result.graded.points} of ${result.graded.max} points`,
    );
    if (messages.length > 0) {
      io.stderr.write(
        `readquiz grade: graded, but ${plural(messages.length, 'answer')} had problems; see the messages above (exit code 2)\n`,
      );
      return EXIT.badInput;
    }
    return EXIT.ok;
  },
};
