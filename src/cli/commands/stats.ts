// `readquiz stats`: item analysis from `--record` attempt files or from a graded class sheet.
import { resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import { allQuestions, generateQuiz } from '../../core/generate.js';
import { analyzeItems, observe, type Observation, type Respondent } from '../../core/item-analysis.js';
import type { AttemptAnswer } from '../../core/attempt-record.js';
import { scoreAnswer } from '../../core/scoring.js';
import { QUIZ_FORMAT, type Bank, type Question, type Quiz } from '../../core/types.js';
import { readRecordFile, type AttemptLine } from '../../io/answers.js';
import { BUILTIN_BANKS } from '../../io/builtin-banks.js';
import { loadBank } from '../../io/load-bank.js';
import { renderStats, STATS_FORMATS } from '../../render/grades.js';
import { messageLine, quoteForMessage } from '../../core/terminal-safe.js';
import { choice, defineCommand, flag } from '../args.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import {
  CLASS_OPTIONS,
  CLASS_SHEET_HELP,
  OUTPUT_OPTIONS,
  gradeSheetFromOptions,
  sheetProblemSummary,
  writeOutput,
} from '../class-sheet.js';
import { plural } from '../../core/plural.js';

const options = defineCommand({
  name: 'stats',
  usage: `readquiz stats RECORD.jsonl... [--bank PATH] [--format F] [-o FILE]
       readquiz stats [--bank PATH|ID] --seed S [--variants K] [--count N] [--types LIST]
                      [--format F] [-o FILE] ANSWERS.csv`,
  operands: 'RECORD.jsonl... | ANSWERS.csv',
  about: `Item analysis: which questions work. From attempts recorded by 'readquiz take --record FILE' (one JSON
line per attempt; several files and seeds may be mixed), or from a class sheet as 'readquiz grade' reads it.

Per question:
  facility        the share of its points earned (0-1): partial credit counts as points/max
  discrimination  point-biserial correlation (r, -1..1) between the item score (points/max) and the
                  rest score: the share of the points on the OTHER questions of the same quiz. Good items
                  are above 0.2; below 0 means stronger students did worse on it. '-' when fewer than
                  3 took it or nobody differed; marked '?' (and never flagged) below 10 respondents.
  options         how often each option was chosen (choice and true/false questions), counted by the
                  option's text, so the same question across seeds adds up
  flags           negative discrimination (from 10 respondents); a distractor chosen more often than the
                  answer; nobody earned a point; everybody right
  n, out          answers counted, and answers left out of every figure: questions an attempt never
                  reached, sheet cells that could not be read or that a short row lacks
An item is one id (<fact>:<type>) under one prompt, so the same question from different seeds is one item
and a fact asked two ways (a true/false asked negated and plainly) is two, each with its answer; from
a class sheet they are numbered as on the sheet (q3, or v2 q3 with variants). Also:
mean score per fact kind and per question type, a histogram of the scores, and each student's total.

Records name their bank by id; the quizzes are made again to know the options. --bank PATH supplies a
bank file for records whose bank is not built in (a record's bank id is never opened as a path).

${CLASS_SHEET_HELP}`,
  options: {
    ...CLASS_OPTIONS,
    strict: flag({ description: '(class sheet) no leniency' }),
    format: choice({
      short: 'f',
      value: 'F',
      choices: STATS_FORMATS,
      default: 'table',
      description: 'table, json or csv (one row per question, for spreadsheets)',
    }),
    ...OUTPUT_OPTIONS,
  },
  after: `Bad record lines and bad sheet rows are reported as FILE:LINE:COL and left out; the analysis of the rest is
still printed. Exit codes: 0 ok, 2 something was left out (or bad usage), 1 internal error.

Examples:
  readquiz stats attempts.jsonl
  readquiz stats --seed class1 answers.csv
  readquiz stats attempts.jsonl --format csv -o items.csv`,
});

/**
 * points / max before rounding, from scoring the recorded response again (records keep points to
 * hundredths); undefined when the score differs from the recorded one, which then stands.
 */
function exactShare(q: Question, a: AttemptAnswer, strict: boolean): number | undefined {
  const r = scoreAnswer(q, a.response, { strict });
  return r.points === a.points ? r.share : undefined;
}

/** The quiz an attempt was taken on, made again (as many questions as it answered), or why it cannot be. */
async function quizFor(at: AttemptLine, bankFor: (id: string) => Promise<Bank | string>): Promise<QuizSource> {
  const bank = await bankFor(at.bank.id);
  if (typeof bank === 'string') return { problem: bank };
  if (bank.contentHash !== at.bank.contentHash) {
    return {
      problem: `recorded with another version of bank '${quoteForMessage(at.bank.id)}' (content hash ${at.bank.contentHash}, now ${bank.contentHash})`,
    };
  }
  const types = at.options.types.length > 0 ? at.options.types : undefined;
  const skills = at.options.skills;
  const n = at.answers.length;
  try {
    if (at.options.count === 'all') {
      const questions = allQuestions(bank, { seed: at.seed, types, skills, limit: n });
      return {
        quiz: {
          format: QUIZ_FORMAT,
          seed: at.seed,
          bank: { id: bank.id, title: bank.title, contentHash: bank.contentHash },
          options: { count: 'all', types: types ?? [] },
          questions,
        },
      };
    }
    if (n === 0) return {};
    return { quiz: generateQuiz(bank, { seed: at.seed, count: Math.min(at.options.count, n), types, skills }) };
  } catch (err) {
    if (!(err instanceof ReadquizError)) throw err;
    return { problem: `cannot make its quiz again: ${err.message}` };
  }
}

interface QuizSource {
  quiz?: Quiz;
  /** Why option counts are left out for this attempt. */
  problem?: string;
}

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = options.parse(args);
    const o = p.values;
    const format = o.format;
    const width = o.output ? 80 : (io.stdout.columns ?? 80);
    if (p.positionals.length === 0)
      throw new ReadquizError(
        `readquiz stats: expected record files, or --seed S and a class sheet (see 'readquiz stats --help')`,
      );
    const classMode = o.seed !== undefined;

    if (classMode) {
      if (p.positionals.length !== 1) throw new ReadquizError('readquiz stats: a class takes one CSV sheet');
      const file = p.positionals[0]!;
      const { grades, meta, warnings } = await gradeSheetFromOptions(o, file, io, 'stats');
      for (const w of warnings) io.stderr.write(`${w}\n`);
      const respondents: Respondent[] = grades.students.map((s) => {
        const quiz = grades.quizzes[s.variant - 1]!;
        // Each item keeps the number it had on the sheet (and the variant, with several).
        const where = (n: number) => ({
          label: meta.variants > 1 ? `v${s.variant} q${n}` : `q${n}`,
          order: s.variant * 100_000 + n,
        });
        return {
          label: s.student,
          // A cell that could not be read (or a row too short to have it) is no answer at all: left out of
          // the item's n and facility and counted apart, never a silent zero.
          observations: s.answers.map((a, i) =>
            observe(
              quiz.questions[i]!,
              a,
              a.value,
              where(a.number),
              a.problem !== undefined || a.response === null ? 'unread' : undefined,
            ),
          ),
        };
      });
      if (respondents.length === 0) throw new ReadquizError('no student could be graded; nothing to analyse', { file });
      const source = `${respondents.length} students (${file}, seed ${meta.seed}${meta.variants > 1 ? `, variants 1-${meta.variants}` : ''})`;
      writeOutput(
        o,
        io,
        renderStats(analyzeItems(respondents), { source, unit: 'students' }, format, width),
        `${respondents.length} students`,
      );
      const problems = sheetProblemSummary(grades, 'left out of the item statistics');
      if (problems) {
        io.stderr.write(
          `readquiz stats: analysed ${plural(respondents.length, 'student')}, but ${problems}; see the messages above (exit code 2)\n`,
        );
        return EXIT.badInput;
      }
      return EXIT.ok;
    }

    for (const opt of ['variants', 'count', 'types'] as const) {
      if (o[opt] !== undefined)
        throw new ReadquizError(
          `readquiz stats: --${opt} is for a class sheet (with --seed); records say how their quiz was made`,
        );
    }
    const warnings: string[] = [];
    const attempts: AttemptLine[] = [];
    let retries = 0;
    for (const file of p.positionals) {
      const r = readRecordFile(resolve(io.cwd, file), file);
      for (const w of r.warnings) warnings.push(`${w.file}:${w.line}:${w.col}: ${w.message}`);
      // A retry round repeats questions the student has just seen answered: counting it would make items
      // look easier and the student look like two.
      for (const at of r.attempts) {
        if (at.round > 1) retries++;
        else attempts.push(at);
      }
    }
    if (retries > 0)
      io.stderr.write(
        `readquiz stats: left out ${plural(retries, 'retry round')} (questions asked again after their answers were shown)\n`,
      );
    const banks = new Map<string, Bank | string>();
    const bankRef = o.bank;
    if (bankRef !== undefined) {
      const b = await loadBank(bankRef, { cwd: io.cwd });
      banks.set(b.id, b);
    }
    // A record names its bank by id: a built-in bank, or the one --bank supplied. Never a path taken from
    // the record (a record is input: it must not make readquiz open whatever file it names).
    const bankFor = async (id: string): Promise<Bank | string> => {
      let b = banks.get(id);
      if (b === undefined) {
        b = BUILTIN_BANKS.some((x) => x.id === id)
          ? await loadBank(id)
          : `bank '${quoteForMessage(id)}' is not built in; pass --bank PATH with the bank file it was recorded from`;
        banks.set(id, b);
      }
      return b;
    };
    // Attempts that share a bank, seed and options share one quiz, made once. Quizzes are prefix-stable, so
    // only as many questions as the attempt answered are made; each quiz is dropped once its attempts are
    // read, so memory follows the record file, not the number of seeds.
    const groups = new Map<string, number[]>();
    attempts.forEach((at, k) => {
      const key = JSON.stringify([
        at.bank.id,
        at.bank.contentHash,
        at.seed,
        at.options.count,
        at.options.types,
        at.options.skills ?? null,
        at.answers.length,
      ]);
      const list = groups.get(key);
      if (list) list.push(k);
      else groups.set(key, [k]);
    });
    const observed: Observation[][] = new Array(attempts.length);
    const placed: { file: number; line: number; text: string }[] = [];
    const fileIndex = new Map(p.positionals.map((f, i) => [f, i]));
    const note = (at: AttemptLine, text: string) =>
      placed.push({ file: fileIndex.get(at.file) ?? 0, line: at.line, text: `${at.file}:${at.line}:1: ${text}` });
    for (const members of groups.values()) {
      const first = attempts[members[0]!]!;
      const src = await quizFor(first, bankFor);
      if (!src.quiz && src.problem)
        note(first, `${src.problem}; option counts left out for attempts with seed '${quoteForMessage(first.seed)}'`);
      for (const k of members) {
        const at = attempts[k]!;
        let quiz = src.quiz;
        if (quiz && !at.answers.every((a, i) => quiz!.questions[i]?.id === a.questionId)) {
          quiz = undefined;
          note(
            at,
            `its questions differ from the quiz made again from seed '${quoteForMessage(at.seed)}'; option counts left out for it`,
          );
        }
        observed[k] = at.answers.map((a, i) => {
          const q = quiz?.questions[i];
          // A question the round never showed is no evidence about it: left out of its n, counted apart.
          const status = a.status === 'not-reached' ? 'unanswered' : a.status;
          const leftOut = a.status === 'not-reached' ? ('not-reached' as const) : undefined;
          if (q)
            return observe(q, { ...a, status, share: exactShare(q, a, at.strict) }, a.response, undefined, leftOut);
          return {
            questionId: a.questionId,
            type: a.type,
            factKind: a.factKind,
            points: a.points,
            max: a.max,
            status,
            ...(leftOut ? { leftOut } : {}),
          };
        });
      }
    }
    placed.sort((x, y) => x.file - y.file || x.line - y.line);
    for (const w of placed) warnings.push(w.text);
    const respondents: Respondent[] = attempts.map((at, k) => ({
      label: `${at.file}:${at.line}`,
      observations: observed[k]!,
    }));
    // Left-out option counts are a note, not a failure: facility and discrimination still use every attempt.
    const lostLines = warnings.filter((w) => / line skipped$/.test(w)).length;
    for (const w of warnings) io.stderr.write(`${messageLine(w)}\n`);
    if (respondents.length === 0) {
      throw new ReadquizError(
        `no attempts to analyse in ${p.positionals.join(', ')}${lostLines ? ` (${plural(lostLines, 'bad line')})` : ''}; record some with: readquiz take --record FILE`,
      );
    }
    const files = p.positionals.length;
    const source = `${plural(respondents.length, 'attempt')} from ${files === 1 ? p.positionals[0] : `${files} record files`}`;
    writeOutput(
      o,
      io,
      renderStats(analyzeItems(respondents), { source, unit: 'attempts' }, format, width),
      `${respondents.length} attempts`,
    );
    if (lostLines > 0) {
      io.stderr.write(
        `readquiz stats: analysed ${plural(respondents.length, 'attempt')}, but ${lostLines} line${lostLines === 1 ? ' was' : 's were'} left out; see the messages above (exit code 2)\n`,
      );
      return EXIT.badInput;
    }
    return EXIT.ok;
  },
};
