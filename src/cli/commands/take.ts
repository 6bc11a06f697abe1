// `readquiz take` (and `readquiz` alone): the interactive quiz. Ink and React are loaded only here, and
// only once we know there is a terminal on both ends, so pipes get one clear line instead of Ink's
// raw-mode error, and other commands never pay for the UI.
import { resolve } from 'node:path';
import { ReadquizError } from '../../core/errors.js';
import { DEFAULT_COUNT } from '../../core/generate.js';
import type { FlowState } from '../../core/quiz-flow.js';
import { QUESTION_TYPES } from '../../core/types.js';
import { defineCommand, flag, int, questionTypes, SKILLS_OPTION, text } from '../args.js';
import { BANK_OPTION, loadBankOption, quizFromBank, seedOption } from '../bank-option.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { loadUi } from '../ui-loader.js';

export const NOT_A_TERMINAL =
  "readquiz: the interactive quiz needs a terminal; for files and pipes use 'readquiz generate', 'readquiz worksheet' or 'readquiz grade'";

const MAX_COUNT = 1000;

const options = defineCommand({
  name: 'take',
  usageName: '[take]',
  about: 'Take a quiz in the terminal: read the article, answer one question at a time, see your score.',
  options: {
    bank: BANK_OPTION,
    seed: text({
      value: 'S',
      description: 'any text; the same seed gives the same questions (default: a fresh one, shown)',
    }),
    count: int({
      short: 'n',
      value: 'N',
      min: 1,
      max: MAX_COUNT,
      description: 'how many questions (without it: 10, or as many as the bank holds)',
      defaultText: '10',
    }),
    types: questionTypes({
      value: 'LIST',
      description: `comma-separated question types; mc, tf, ms abbreviate the first three:\n${QUESTION_TYPES.join(', ')}`,
      defaultText: 'all',
    }),
    skills: SKILLS_OPTION,
    'no-article': flag({ description: 'skip the reading screen (the article stays one key away)' }),
    'no-feedback': flag({ description: 'exam mode: right answers only in the summary' }),
    strict: flag({ description: 'no leniency: an answer the bank accepts, exactly (case, punctuation, typos)' }),
    record: text({ value: 'FILE', description: 'append the attempt to FILE as one JSON line (readquiz/attempt@1)' }),
  },
  after: `Keys: arrows and Enter everywhere; letters or numbers pick options; s skips (Tab in a text field);
q or Esc stops (asks first, then shows the score so far); Ctrl+C leaves at once.
Needs a terminal on stdin and stdout; for files and pipes use readquiz generate, worksheet or grade.`,
});

/**
 * Loads Ink and the app. yoga-layout (inside Ink) reads its embedded wasm through `fetch` whenever one
 * exists, which makes Node 20 load its whole HTTP client (~20 ms) to read a data: URL; with no `fetch` it
 * decodes the same bytes directly. So `fetch` is hidden for the length of the import, then put back.
 */
async function importUi() {
  const fetchProp = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProp?.configurable)
    Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
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
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values: o } = options.parse(args);
    const { count, types } = o;
    if (!io.stdin.isTTY || !io.stdout.isTTY) {
      io.stderr.write(`${NOT_A_TERMINAL}\n`);
      return EXIT.badInput;
    }
    // The UI is the slow part to load: start now, while the bank loads and the quiz is made.
    const ui = importUi();
    ui.catch(() => {});
    const recordArg = o.record;
    const recordFile = recordArg === undefined ? undefined : resolve(io.cwd, recordArg);
    const { checkRecordFile, appendRecord } = recordFile
      ? await import('../../io/record.js')
      : { checkRecordFile: undefined, appendRecord: undefined };
    if (recordFile && checkRecordFile) {
      try {
        checkRecordFile(recordFile);
      } catch (err) {
        throw err instanceof ReadquizError ? err.at({ file: recordArg }) : err;
      }
    }
    const { seed } = seedOption(o.seed, io);
    const bank = await loadBankOption(o.bank, io);
    // Without --count, a draft that holds fewer than 10 questions is taken as it stands, as generate gives it (init's
    // "Next: readquiz take --bank ..." failed on most first drafts); a count asked for is a promise.
    const makeQuiz = (s: string) =>
      quizFromBank(
        o.bank,
        bank,
        { seed: s, count: count ?? DEFAULT_COUNT, types, skills: o.skills },
        count === undefined,
      );
    const quiz = makeQuiz(seed);
    if (quiz.questions.length === 0) {
      throw new ReadquizError(
        `readquiz take: bank '${bank.id}' gives no questions${types ? ` of type ${types.join(', ')}` : ''}; try other --types`,
      );
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
        options: { noArticle: o['no-article'], noFeedback: o['no-feedback'], strict: o.strict },
        newQuiz: makeQuiz,
        freshSeed: () => io.freshSeed(),
        now: () => io.now(),
        onRoundEnd,
        color: colorEnabled(io.env),
      },
      // A command only sees the process streams through io.
      io.terminal?.() ?? {
        stdout: io.stdout as NodeJS.WriteStream,
        stdin: io.stdin as NodeJS.ReadStream,
        stderr: io.stderr as NodeJS.WriteStream,
      },
    );
    for (const e of recordErrors) io.stderr.write(`${e}\n`);
    if (reason === 'interrupted') return EXIT.interrupted;
    return recordErrors.length > 0 ? EXIT.badInput : EXIT.ok;
  },
};
