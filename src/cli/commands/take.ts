// `readquiz take` (and `readquiz` alone): the interactive quiz. Ink and React are loaded only here, and
// only once we know there is a terminal on both ends, so pipes get one clear line instead of Ink's
// raw-mode error, and other commands never pay for the UI.
import { resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import type { FlowState } from '../../core/quiz-flow.js';
import { QUESTION_TYPES } from '../../core/types.js';
import { boolOpt, intOpt, parseCommandArgs, stringOpt, typesOpt } from '../args.js';
import { BANK_HELP, loadBankOption, quizFromBank, seedOption } from '../bank-option.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { loadUi } from '../ui-loader.js';

export const NOT_A_TERMINAL =
  "readquiz: the interactive quiz needs a terminal; for files and pipes use 'readquiz generate', 'readquiz worksheet' or 'readquiz grade'";

const MAX_COUNT = 1000;

const help = `Usage: readquiz [take] [--bank PATH|ID] [--seed S] [--count N] [--types LIST]
                     [--no-article] [--no-feedback] [--strict] [--record FILE]

Take a quiz in the terminal: read the article, answer one question at a time, see your score.

Options:
${BANK_HELP}
  --seed S           any text; the same seed gives the same questions (default: a fresh one, shown)
  --count N          how many questions (default 10)
  --types LIST       comma-separated question types (default: all):
                     ${QUESTION_TYPES.join(', ')}
  --no-article       skip the reading screen (the article stays one key away)
  --no-feedback      exam mode: right answers only in the summary
  --strict           no leniency: case, punctuation, aliases and typos must match exactly
  --record FILE      append the attempt to FILE as one JSON line (readquiz/attempt@1)
  -h, --help         show this help

Keys: arrows and Enter everywhere; letters or numbers pick options; s skips (Tab in a text field);
q or Esc stops (asks first, then shows the score so far); Ctrl+C leaves at once.
Needs a terminal on stdin and stdout; for files and pipes use readquiz generate, worksheet or grade.`;

/**
 * Loads Ink and the app. yoga-layout (inside Ink) reads its embedded wasm through `fetch` whenever one
 * exists, which makes Node 20 load its whole HTTP client (~20 ms) to read a data: URL; with no `fetch` it
 * decodes the same bytes directly. So `fetch` is hidden for the length of the import, then put back.
 */
async function importUi() {
  const fetchProp = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await loadUi();
  } finally {
    if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProp);
  }
}

/** One attempt worth recording: finished, or stopped after answering something. */
function worthRecording(state: FlowState): boolean {
  return state.ended === 'finished' || state.answers.some((a) => a !== undefined && a.result.status !== 'unanswered');
}

export const command: Command = {
  summary: 'take a quiz in the terminal (the default command)',
  help,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = parseCommandArgs('take', args, {
      bank: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string', short: 'n' },
      types: { type: 'string' },
      'no-article': { type: 'boolean' },
      'no-feedback': { type: 'boolean' },
      strict: { type: 'boolean' },
      record: { type: 'string' },
    });
    const count = intOpt(p, 'count', 'take', 1, MAX_COUNT) ?? 10;
    const types = typesOpt(p, 'take');
    if (!io.stdin.isTTY || !io.stdout.isTTY) {
      io.stderr.write(`${NOT_A_TERMINAL}\n`);
      return EXIT.badInput;
    }
    // The UI is the slow part to load: start now, while the bank loads and the quiz is made.
    const ui = importUi();
    ui.catch(() => {});
    const recordArg = stringOpt(p, 'record');
    const recordFile = recordArg === undefined ? undefined : resolve(io.cwd, recordArg);
    const { checkRecordFile, appendRecord } = recordFile ? await import('../../io/record.js') : { checkRecordFile: undefined, appendRecord: undefined };
    if (recordFile && checkRecordFile) {
      try {
        checkRecordFile(recordFile);
      } catch (err) {
        throw err instanceof ReadquizError ? err.at({ file: recordArg }) : err;
      }
    }
    const { seed } = seedOption(stringOpt(p, 'seed'), io);
    const bank = await loadBankOption(stringOpt(p, 'bank'), io);
    const makeQuiz = (s: string) => quizFromBank(stringOpt(p, 'bank'), bank, { seed: s, count, types });
    const quiz = makeQuiz(seed);
    if (quiz.questions.length === 0) {
      throw new ReadquizError(`readquiz take: bank '${bank.id}' gives no questions${types ? ` of type ${types.join(', ')}` : ''}; try other --types`);
    }

    const { runApp, attemptRecord, colorEnabled } = await ui;
    const recordErrors: string[] = [];
    const onRoundEnd = (state: FlowState) => {
      if (!recordFile || !appendRecord || !worthRecording(state)) return;
      try {
        appendRecord(recordFile, attemptRecord(state));
      } catch (err) {
        recordErrors.push(err instanceof ReadquizError ? err.at({ file: recordArg }).format() : String(err));
      }
    };
    const reason = await runApp(
      {
        quiz,
        article: bank.articleText,
        options: { noArticle: boolOpt(p, 'no-article'), noFeedback: boolOpt(p, 'no-feedback'), strict: boolOpt(p, 'strict') },
        newQuiz: makeQuiz,
        freshSeed: () => io.freshSeed(),
        now: () => io.now(),
        onRoundEnd,
        color: colorEnabled(io.env),
      },
      // A command only sees the process streams through io.
      io.terminal?.() ?? { stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream, stderr: io.stderr as NodeJS.WriteStream },
    );
    for (const e of recordErrors) io.stderr.write(`${e}\n`);
    if (reason === 'interrupted') return EXIT.interrupted;
    return recordErrors.length > 0 ? EXIT.badInput : EXIT.ok;
  },
};
