// `readquiz review BANK.yaml`: check a drafted bank's guesses with keys instead of a text editor. The
// screen (src/ui/review) runs the review reducer (src/core/review); this command reads the bank, and after
// every decision writes it back atomically through src/io/bank-edit.ts, comments and layout kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticle } from '../../core/article.js';
import { ReadquizError } from '../../core/errors.js';
import { reviewInsight } from '../../core/review/insight.js';
import type { ReviewInput, ReviewState } from '../../core/review/model.js';
import type { BankFile } from '../../core/types.js';
import { applyEdits, readReviewSource } from '../../io/bank-edit.js';
import { parseBankText, resolveArticlePath } from '../../io/parse-bank.js';
import { LIMITS, readTextFile } from '../../io/read-text.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { defineCommand, flag } from '../args.js';
import type { CliIo, Command } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { keysHelp } from '../../ui/review/keys.js';
import { loadReviewUi } from '../ui-loader.js';

export const NOT_A_TERMINAL_REVIEW =
  "readquiz: the review needs a terminal; for files and pipes use 'readquiz lint BANK' and edit the '# check:' comments by hand";

const options = defineCommand({
  name: 'review',
  operands: 'BANK.yaml',
  about: `Check a drafted bank with keys instead of a text editor. One guess at a time (each entity and
fact with a '# check:' comment, as 'readquiz init' writes them): its sentence in the article
(paragraph number, the words it rests on marked), what the draft guessed, lint problems with the
obvious fix, and a question it would make. After every decision the bank is written back
atomically, comments and layout kept and that guess's '# check:' removed: leaving loses nothing.

Keys:
${keysHelp()}`,
  options: {
    all: flag({ description: "also go through entities and facts without a '# check:' (the end screen offers it)" }),
  },
  after: 'Needs a terminal on stdin and stdout. Also: readquiz init ARTICLE --review',
});

/** True (after one line on stderr) when the review cannot run here. */
export function refuseWithoutTerminal(io: CliIo): boolean {
  if (io.stdin.isTTY && io.stdout.isTTY) return false;
  io.stderr.write(`${NOT_A_TERMINAL_REVIEW}\n`);
  return true;
}

export interface Loaded {
  text: string;
  bank: BankFile;
  articleText: string;
  notes: { entities: string[][]; facts: string[][] };
  elsewhere: string[];
}

/** Reads the bank for review. Problems inside entities and facts are for the screen; others stop here. */
export function loadForReview(file: string, shownAs: string): Loaded {
  let text: string;
  try {
    text = readTextFile(file, LIMITS.bankBytes, 'bank');
  } catch (err) {
    throw err instanceof ReadquizError && err.file === file ? err.at({ file: shownAs }) : err;
  }
  let articleText = '';
  const readArticle = (articleFile: string) =>
    (articleText = readTextFile(resolveArticlePath(file, articleFile), LIMITS.articleBytes, 'article'));
  const parsed = parseBankText(text, shownAs, readArticle);
  const blocking = parsed.diagnostics.find(
    (d) =>
      d.severity === 'error' &&
      !(d.path && (d.path[0] === 'entities' || d.path[0] === 'facts') && typeof d.path[1] === 'number'),
  );
  if (blocking) {
    throw new ReadquizError(`${blocking.message}; the review needs this fixed first (readquiz lint ${shownAs})`, {
      file: blocking.file,
      line: blocking.line,
      col: blocking.col,
      path: blocking.path,
    });
  }
  const src = readReviewSource(text);
  const data = src.data as BankFile;
  if (!Array.isArray(data?.entities) || !Array.isArray(data?.facts) || typeof data.article?.file !== 'string') {
    throw new ReadquizError(`expected a bank with article, entities and facts (readquiz lint ${shownAs})`, {
      file: shownAs,
    });
  }
  const badItem = [...data.entities, ...data.facts].findIndex((x) => !x || typeof x !== 'object' || Array.isArray(x));
  if (badItem >= 0)
    throw new ReadquizError(`every entity and fact must be a mapping (readquiz lint ${shownAs})`, { file: shownAs });
  // Schema problems stop the loader before it reads the article: read it here then.
  if (!articleText) readArticle(data.article.file);
  return { text, bank: data, articleText, notes: src.notes, elsewhere: src.elsewhere };
}

/** The `save` of the review screen: the file after each decision, written atomically; undo writes the one before. */
export function createSaver(
  file: string,
  shownAs: string,
  original: string,
): (state: ReviewState) => string | undefined {
  // texts[i]: the file after the first i decisions.
  const texts = [original];
  let lastWritten = original;
  return (state) => {
    try {
      while (texts.length - 1 > state.journal.length) texts.pop();
      while (texts.length - 1 < state.journal.length) {
        const i = texts.length - 1;
        // The bank as it stood after decision i: the snapshot before the next one, or the state itself.
        const expected = state.history[i + 1]?.bank ?? state.bank;
        texts.push(applyEdits(texts[i]!, state.journal[i]!, expected).text);
      }
      // Someone (an editor) changed the file meanwhile: do not write over their work.
      if (readFileSync(file, 'utf8') !== lastWritten)
        return `${shownAs} was changed outside the review; not saved (quit and review it again)`;
      writeFileAtomic(file, texts[texts.length - 1]!, { force: true });
      lastWritten = texts[texts.length - 1]!;
      return undefined;
    } catch (err) {
      return `not saved: ${err instanceof ReadquizError ? err.format() : err instanceof Error ? err.message : String(err)}`;
    }
  };
}

/** What the review screen starts from. */
export function reviewInput(loaded: Loaded, all = false): ReviewInput {
  return {
    bank: loaded.bank,
    article: parseArticle(loaded.articleText, loaded.bank.article.exclude ?? [], loaded.bank.title),
    notes: loaded.notes,
    all,
    elsewhere: loaded.elsewhere,
  };
}

/** Runs the review screen on `file` (also used by `init --review`). */
export async function reviewFile(
  file: string,
  shownAs: string,
  io: CliIo,
  options: { all?: boolean } = {},
): Promise<number> {
  const ui = loadReviewUi();
  ui.catch(() => {});
  const loaded = loadForReview(file, shownAs);
  const save = createSaver(file, shownAs, loaded.text);
  const { runReview, colorEnabled } = await ui;
  const reason = await runReview(
    {
      input: reviewInput(loaded, options.all),
      insight: reviewInsight,
      name: shownAs,
      save,
      color: colorEnabled(io.env),
    },
    io.terminal?.() ?? {
      stdout: io.stdout as NodeJS.WriteStream,
      stdin: io.stdin as NodeJS.ReadStream,
      stderr: io.stderr as NodeJS.WriteStream,
    },
  );
  return reason === 'interrupted' ? EXIT.interrupted : EXIT.ok;
}

export const command: Command = {
  options,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = options.parse(args);
    if (p.positionals.length !== 1) {
      throw new ReadquizError(
        `readquiz review: expected one bank file, e.g. 'readquiz review questions/my-article.yaml' (see 'readquiz review --help')`,
      );
    }
    const arg = p.positionals[0]!;
    if (!/\.ya?ml$/i.test(arg)) {
      throw new ReadquizError(
        `readquiz review: '${arg}' is not a bank (a .yaml file); to draft one from an article and review it: readquiz init ${arg} --review`,
      );
    }
    if (refuseWithoutTerminal(io)) return EXIT.badInput;
    return reviewFile(resolve(io.cwd, arg), arg, io, { all: p.values.all });
  },
};
