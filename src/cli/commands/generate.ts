import { resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import { QUESTION_TYPES } from '../../core/types.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { QUIZ_FORMAT_NAMES, QUIZ_FORMATS, type QuizFormat } from '../../render/formats.js';
import { terminalSafeLine } from '../../core/terminal-safe.js';
import { boolOpt, choiceOpt, intOpt, parseCommandArgs, stringOpt, typesOpt } from '../args.js';
import { BANK_HELP, loadBankOption, quizFromBank, seedOption } from '../bank-option.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

export const MAX_COUNT = 1000;

const help = `Usage: readquiz generate [--bank PATH|ID] [--seed S] [--count N | --all] [--types LIST]
                         [--format FORMAT] [-o FILE] [--force]

Print a seeded quiz. The same bank, seed and options give the same output, byte for byte.

Options:
${BANK_HELP}
  --seed S           any text; without it a fresh seed is drawn and shown on stderr
  --count N          how many questions (default 10); the first N of a larger count are the same
  --all              every question the bank can produce
  --types LIST       comma-separated question types (default: all):
                     ${QUESTION_TYPES.join(', ')}
  --format FORMAT    output format (default json):
${QUIZ_FORMAT_NAMES.map((f) => `                       ${f.padEnd(11)}${(QUIZ_FORMATS as Record<string, QuizFormat>)[f]!.description}`).join('\n')}
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --force            overwrite FILE if it exists
  -h, --help         show this help

Examples:
  readquiz generate --seed demo --count 12 --format text
  readquiz generate --seed demo --format json -o quiz.json
  readquiz generate --all --types true-false --format yaml`;

export const command: Command = {
  summary: 'print a seeded quiz as json, yaml, text or an LMS format',
  help,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = parseCommandArgs('generate', args, {
      bank: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string', short: 'n' },
      all: { type: 'boolean' },
      types: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    });
    const count = intOpt(p, 'count', 'generate', 1, MAX_COUNT);
    const all = boolOpt(p, 'all');
    if (all && count !== undefined) throw new ReadquizError("readquiz generate: --count and --all do not go together; pick one");
    const types = typesOpt(p, 'generate');
    const formatName = choiceOpt(p, 'format', 'generate', QUIZ_FORMAT_NAMES) ?? 'json';
    const format: QuizFormat = QUIZ_FORMATS[formatName];
    const output = stringOpt(p, 'output');
    if (format.binary && !output && io.stdout.isTTY) {
      throw new ReadquizError(`readquiz generate: --format ${formatName} is binary and is not written to a terminal; use -o FILE or a pipe`);
    }
    const { seed, fresh } = seedOption(stringOpt(p, 'seed'), io);
    const bank = await loadBankOption(stringOpt(p, 'bank'), io);
    const quiz = quizFromBank(stringOpt(p, 'bank'), bank, { seed, count: all ? 'all' : (count ?? 10), types });
    const renderer = await format.load();
    const { data, warnings } = await renderer.render(quiz, bank);
    for (const w of warnings) io.stderr.write(`readquiz generate: warning: ${w}\n`);
    if (output) {
      writeFileAtomic(resolve(io.cwd, output), data, { force: boolOpt(p, 'force') });
      io.stderr.write(`wrote ${terminalSafeLine(output)}: ${quiz.questions.length} questions, seed ${terminalSafeLine(seed)}\n`);
    } else {
      io.stdout.write(data);
    }
    if (fresh) io.stderr.write(`seed: ${seed} (pass --seed ${seed} to get this quiz again)\n`); // drawn from a safe alphabet
    return EXIT.ok;
  },
};
