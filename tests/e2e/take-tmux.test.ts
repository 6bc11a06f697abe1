// End to end: the built bin in a real pseudo-terminal (tmux), a seeded quiz answered with keys as a reader
// would press them, and the summary's score checked. The right keys come from the generator itself, run
// with the same bank, seed and options.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/core/generate.js';
import type { Question, Quiz } from '../../src/core/types.js';
import { loadBank } from '../../src/io/load-bank.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist', 'readquiz.cjs');
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAS_TMUX) console.warn('tests/e2e/take-tmux.test.ts: skipped, tmux is not installed (apt-get install tmux)');

const SOCKET = `readquiz-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The keys that answer `q` right, as tmux send-keys arguments. */
export function rightKeys(q: Question): string[] {
  switch (q.type) {
    case 'multiple-choice': return [LETTERS[q.answer]!];
    case 'true-false': return [q.answer ? 't' : 'f'];
    case 'multi-select': return [...q.answer.map((i) => LETTERS[i]!), 'Enter'];
    case 'numeric': return [String(q.answer), 'Enter'];
    case 'short-answer':
    case 'cloze': return [q.answer, 'Enter'];
    // Typed pairs; after the last one the cursor rests on Done.
    case 'matching': return [...q.answer.flatMap((r, i) => [String(i + 1), LETTERS[r]!]), 'Enter'];
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

async function screen(name: string): Promise<string> {
  return tmux('capture-pane', '-p', '-t', name);
}

async function waitFor(name: string, test: (s: string) => boolean, what: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    last = await screen(name);
    if (test(last)) return last;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

describe.skipIf(!HAS_TMUX)('readquiz take in tmux', () => {
  let quiz: Quiz;
  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error('dist/readquiz.cjs is missing: run `npm run build` first (npm test does it)');
    quiz = generateQuiz(await loadBank('biden-ukraine'), { seed: 'e2e', count: 5 });
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  async function start(name: string, columns: number, rows: number, args: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'rq-e2e-'));
    const exitFile = join(dir, 'exit');
    // CI=... would make Ink draw only the last frame; a reader's terminal is not CI.
    const cmd = `cd ${JSON.stringify(ROOT)} && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color ${JSON.stringify(process.execPath)} dist/readquiz.cjs ${args.map((a) => JSON.stringify(a)).join(' ')}; echo $? > ${JSON.stringify(exitFile)}; sleep 60`;
    tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), cmd);
    return { exitFile };
  }

  async function answerAll(name: string, rows: number, questions = quiz.questions, feedback = true) {
    const n = questions.length;
    for (const [i, q] of questions.entries()) {
      await waitFor(name, (s) => s.includes(`${i + 1}/${n}`) && !s.includes('Right:'), `question ${i + 1} (${q.type})`);
      // Typed answers go literally (-l), so a word such as "Enter" in them is not taken for a key.
      tmux('send-keys', '-t', name, ...(q.type === 'short-answer' || q.type === 'cloze' ? ['-l', q.answer] : rightKeys(q)));
      if (q.type === 'short-answer' || q.type === 'cloze') tmux('send-keys', '-t', name, 'Enter');
      if (!feedback) continue;
      const shown = await waitFor(name, (s) => /✔ Right|✘ Wrong|◐ Partly/.test(s), `feedback on question ${i + 1}`);
      expect(shown, `question ${i + 1} (${q.type}) at ${rows} rows`).toContain('✔ Right');
      tmux('send-keys', '-t', name, 'Enter');
    }
  }

  it('answers every question of the seeded quiz with keys and scores them all (80x24)', async () => {
    const name = 'e2e80';
    const { exitFile } = await start(name, 80, 24, ['take', '--seed', 'e2e', '--count', '5', '--no-article']);
    const first = await waitFor(name, (s) => s.includes('Enter'), 'the start screen');
    expect(first).toContain('5 questions');
    expect(first).toContain('seed e2e');
    tmux('send-keys', '-t', name, 'Enter');
    await answerAll(name, 24);
    const max = quiz.questions.reduce((s, q) => s + q.points, 0);
    const summary = await waitFor(name, (s) => s.includes('Quiz finished'), 'the summary');
    expect(summary).toContain(`Score ${max} / ${max} points · 100%`);
    expect(summary).toContain('5 of 5 right · 5 answered');
    tmux('send-keys', '-t', name, 'q');
    for (let i = 0; i < 100 && !existsSync(exitFile); i++) await sleep(50);
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
    // The summary stays on screen after leaving, and the shell is back in normal mode.
    expect(await screen(name)).toContain(`Score ${max} / ${max} points`);
  });

  it('exam mode (--no-feedback) with ordering, short answers and true/false', async () => {
    const name = 'e2exam';
    const types = ['ordering', 'short-answer', 'true-false', 'numeric'] as const;
    const exam = generateQuiz(await loadBank('biden-ukraine'), { seed: 'e2e', count: 8, types });
    expect(exam.questions.some((q) => q.type === 'ordering')).toBe(true);
    const { exitFile } = await start(name, 80, 24, ['take', '--seed', 'e2e', '--count', '8', '--types', types.join(','), '--no-article', '--no-feedback']);
    await waitFor(name, (s) => s.includes('Exam mode'), 'the start screen');
    tmux('send-keys', '-t', name, 'Enter');
    await answerAll(name, 24, exam.questions, false);
    const max = exam.questions.reduce((s, q) => s + q.points, 0);
    const summary = await waitFor(name, (s) => s.includes('Quiz finished'), 'the summary');
    expect(summary).toContain(`Score ${max} / ${max} points · 100%`);
    tmux('send-keys', '-t', name, 'q');
    for (let i = 0; i < 100 && !existsSync(exitFile); i++) await sleep(50);
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
  });

  it('works the same at 40x20, and Ctrl+C leaves at once with exit 130', async () => {
    const name = 'e2e40';
    const { exitFile } = await start(name, 40, 20, ['--seed', 'e2e', '--count', '5', '--no-article']);
    await waitFor(name, (s) => s.includes('5 questions'), 'the start screen');
    tmux('send-keys', '-t', name, 'Enter');
    await answerAll(name, 20);
    await waitFor(name, (s) => s.includes('Quiz finished'), 'the summary');
    for (const line of (await screen(name)).split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    tmux('send-keys', '-t', name, 'C-c');
    for (let i = 0; i < 100 && !existsSync(exitFile); i++) await sleep(50);
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('130');
  });
});
