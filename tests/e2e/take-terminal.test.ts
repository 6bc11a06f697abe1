// End to end: the built bin in a real pseudo-terminal (a pty from npm everywhere, tmux too where it is
// installed), a seeded quiz answered with keys as a reader would press them, and the summary's score checked. The right keys come from the generator itself, run
// with the same bank, seed and options.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/core/generate.js';
import type { Question, Quiz } from '../../src/core/types.js';
import { loadBank } from '../../src/io/load-bank.js';
import { availableTerminals, startTerminal, type TerminalRun } from '../helpers/terminal.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist', 'readquiz.cjs');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The keys that answer `q` right, in tmux's key names (tests/helpers/terminal.ts sends them either way). */
export function rightKeys(q: Question): string[] {
  switch (q.type) {
    case 'multiple-choice':
      return [LETTERS[q.answer]!];
    case 'true-false':
      return [q.answer ? 't' : 'f'];
    case 'multi-select':
      return [...q.answer.map((i) => LETTERS[i]!), 'Enter'];
    case 'numeric':
      return [String(q.answer), 'Enter'];
    case 'short-answer':
    case 'cloze':
      return [q.answer, 'Enter'];
    // Typed pairs; after the last one the cursor rests on Done.
    case 'matching':
      return [...q.answer.flatMap((r, i) => [String(i + 1), LETTERS[r]!]), 'Enter'];
    case 'ordering': {
      // Selection by grabbing: bring each right item up to its place, then go down to Done.
      const order = q.items.map((_, i) => i);
      const keys: string[] = [];
      let cursor = 0;
      q.answer.forEach((item, place) => {
        const at = order.indexOf(item);
        for (; cursor < at; cursor++) keys.push('Down');
        keys.push('Space');
        for (let k = at; k > place; k--) {
          keys.push('Up');
          [order[k - 1], order[k]] = [order[k]!, order[k - 1]!];
        }
        cursor = place;
        keys.push('Space');
      });
      for (; cursor < order.length; cursor++) keys.push('Down');
      keys.push('Enter');
      return keys;
    }
  }
}

async function waitFor(run: TerminalRun, test: (s: string) => boolean, what: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    last = await run.screen();
    if (test(last)) return last;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

// The runs wait on the bin most of the time: they go side by side.
describe.concurrent.each(availableTerminals())('readquiz take in a terminal (%s)', (kind) => {
  let quiz: Quiz;
  const runs: TerminalRun[] = [];
  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error('dist/readquiz.cjs is missing: run `npm run build` first (npm test does it)');
    quiz = generateQuiz(await loadBank('biden-ukraine'), { seed: 'e2e', count: 5 });
  });
  afterAll(() => {
    for (const run of runs) run.close();
  });

  function start(columns: number, rows: number, args: string[]): TerminalRun {
    const run = startTerminal(kind, { cwd: ROOT, argv: [process.execPath, BIN, ...args], columns, rows });
    runs.push(run);
    return run;
  }

  async function answerAll(run: TerminalRun, rows: number, questions = quiz.questions, feedback = true) {
    const n = questions.length;
    for (const [i, q] of questions.entries()) {
      await waitFor(run, (s) => s.includes(`${i + 1}/${n}`) && !s.includes('Right:'), `question ${i + 1} (${q.type})`);
      // Typed answers go literally, so a word such as "Enter" in them is not taken for a key.
      if (q.type === 'short-answer' || q.type === 'cloze') run.type(q.answer);
      else run.keys(...rightKeys(q));
      if (q.type === 'short-answer' || q.type === 'cloze') run.keys('Enter');
      if (!feedback) continue;
      const shown = await waitFor(run, (s) => /✔ Right|✘ Wrong|◐ Partly/.test(s), `feedback on question ${i + 1}`);
      expect(shown, `question ${i + 1} (${q.type}) at ${rows} rows`).toContain('✔ Right');
      run.keys('Enter');
    }
  }

  it('answers every question of the seeded quiz with keys and scores them all (80x24)', async () => {
    const run = start(80, 24, ['take', '--seed', 'e2e', '--count', '5', '--no-article']);
    const first = await waitFor(run, (s) => s.includes('Enter'), 'the start screen');
    expect(first).toContain('5 questions');
    expect(first).toContain('seed e2e');
    run.keys('Enter');
    await answerAll(run, 24);
    const max = quiz.questions.reduce((s, q) => s + q.points, 0);
    const summary = await waitFor(run, (s) => s.includes('Quiz finished'), 'the summary');
    expect(summary).toContain(`Score ${max} / ${max} points · 100%`);
    expect(summary).toContain('5 of 5 right · 5 answered');
    run.keys('q');
    expect(await run.exitCode()).toBe(0);
    // The summary stays on screen after leaving, and the shell is back in normal mode.
    expect(await run.screen()).toContain(`Score ${max} / ${max} points`);
  });

  it('exam mode (--no-feedback) with ordering, short answers and true/false', async () => {
    const types = ['ordering', 'short-answer', 'true-false', 'numeric'] as const;
    const exam = generateQuiz(await loadBank('biden-ukraine'), { seed: 'e2e', count: 8, types });
    expect(exam.questions.some((q) => q.type === 'ordering')).toBe(true);
    const run = start(80, 24, [
      'take',
      '--seed',
      'e2e',
      '--count',
      '8',
      '--types',
      types.join(','),
      '--no-article',
      '--no-feedback',
    ]);
    await waitFor(run, (s) => s.includes('Exam mode'), 'the start screen');
    run.keys('Enter');
    await answerAll(run, 24, exam.questions, false);
    const max = exam.questions.reduce((s, q) => s + q.points, 0);
    const summary = await waitFor(run, (s) => s.includes('Quiz finished'), 'the summary');
    expect(summary).toContain(`Score ${max} / ${max} points · 100%`);
    run.keys('q');
    expect(await run.exitCode()).toBe(0);
  });

  it('works the same at 40x20, and Ctrl+C leaves at once with exit 130', async () => {
    const run = start(40, 20, ['--seed', 'e2e', '--count', '5', '--no-article']);
    await waitFor(run, (s) => s.includes('5 questions'), 'the start screen');
    run.keys('Enter');
    await answerAll(run, 20);
    await waitFor(run, (s) => s.includes('Quiz finished'), 'the summary');
    for (const line of (await run.screen()).split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    run.keys('C-c');
    expect(await run.exitCode()).toBe(130);
  });
});
