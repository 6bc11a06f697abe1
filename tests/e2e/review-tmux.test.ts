// End to end: `readquiz init ARTICLE --review` with the built bin in a real pseudo-terminal (tmux), a draft
// checked with keys as an author would press them, at 80x24 and at 40x20.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PENDING_MARK } from '../../src/cli/commands/init.js';
import { lintFile } from '../../src/cli/commands/lint.js';
import { parseBankFile } from '../../src/io/parse-bank.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist', 'readquiz.cjs');
const ARTICLE = join(ROOT, 'tests', 'fixtures', 'articles', 'riverside-footbridge.md');
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAS_TMUX) console.warn('tests/e2e/review-tmux.test.ts: skipped, tmux is not installed (apt-get install tmux)');

const SOCKET = `readquiz-review-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);

async function waitFor(name: string, test: (s: string) => boolean, what: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    last = screen(name);
    if (test(last)) return last;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

describe.skipIf(!HAS_TMUX)('readquiz review in tmux', () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error('dist/readquiz.cjs is missing: run `npm run build` first (npm test does it)');
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  function start(name: string, columns: number, rows: number, env = '') {
    const dir = mkdtempSync(join(tmpdir(), 'rq-review-e2e-'));
    copyFileSync(ARTICLE, join(dir, 'article.md'));
    const exitFile = join(dir, 'exit');
    const cmd = `cd ${JSON.stringify(dir)} && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init article.md -o bank.yaml --review; echo $? > exit; sleep 60`;
    tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), cmd);
    return { dir, exitFile, bank: join(dir, 'bank.yaml') };
  }

  it('drafts, then every guess is decided with keys (80x24); the bank lints, no # check: left on entities or facts', async () => {
    const name = 'rev80';
    const { exitFile, bank } = start(name, 80, 24);
    const first = await waitFor(name, (s) => /0 of \d+ checked/.test(s), 'the first guess');
    expect(first).toContain('riverside-town-council  entity · organisation');
    // Every entity and fact of init's draft carries a guess (init left out the facts that make no question).
    const guesses = Number(/0 of (\d+) checked/.exec(first)![1]);
    const drafted = parseBankFile(bank).bank!;
    expect(guesses).toBe(drafted.entities.length + drafted.facts.length);
    for (let done = 0; done < guesses; done++) {
      const s = await waitFor(
        name,
        (x) => x.includes(`${done} of ${guesses} checked`) || x.includes('Review done'),
        `guess ${done + 1}`,
      );
      if (s.includes('Review done')) break;
      const id = s.split('\n')[1]!.split(' ')[0]!;
      if (id === 'years-2') {
        // The cursor starts on the field the note is about (the question: counts shows in no quiz beside one); a
        // pasted question replaces it.
        expect(s).toMatch(/› question +Which number fills the blank/);
        tmux('send-keys', '-t', name, 'e', 'C-u');
        tmux('send-keys', '-t', name, '-l', 'For more than how many years had the dispute over the crossing lasted?');
        tmux('send-keys', '-t', name, 'Enter');
        await waitFor(name, (x) => x.includes('question changed'), 'the edit');
      }
      tmux('send-keys', '-t', name, id === 'minutes-8' ? 'd' : 'Enter');
    }
    const end = await waitFor(name, (s) => s.includes('Review done'), 'the end screen');
    expect(end).toContain(`${guesses} of ${guesses} checked`);
    expect(end).toContain('✔ it lints: no errors');
    tmux('send-keys', '-t', name, 'q');
    for (let i = 0; i < 100 && !existsSync(exitFile); i++) await sleep(50);
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
    const text = readFileSync(bank, 'utf8');
    expect(text).toContain('question: For more than how many years had the dispute over the crossing lasted?');
    expect(text).not.toContain('id: minutes-8');
    // (init's header mentions '# check:' in a sentence; the notes are comment lines of their own.) After the
    // facts, init's commented drafts keep theirs (a main idea without two wrong summaries): the review cannot
    // decide what does not load yet, and its end screen sends the author to the file for them.
    const [body, commented] = text.split(PENDING_MARK);
    expect(body!.match(/^\s*# check:.*$/gm)!.map((l) => l.trim())).toEqual([
      '# check: lines left out as page furniture; delete any that belong to the article',
    ]);
    expect(commented).toMatch(/^# check: main idea: .*\n(# check: .*\n)*# - id: main-idea$/m);
    expect(end.replace(/\n +/g, ' ')).toContain(
      '2 # check: outside entities and facts are left: article.exclude, the commented drafts at the end',
    );
    expect(lintFile(bank).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('fits 40x20 with NO_COLOR; Ctrl+C leaves at once (exit 130) with what was decided saved', async () => {
    const name = 'rev40';
    const { exitFile, bank } = start(name, 40, 20, 'NO_COLOR=1');
    const first = await waitFor(name, (s) => /0 of \d+ checked/.test(s), 'the first guess');
    const guesses = /0 of (\d+) checked/.exec(first)![1];
    tmux('send-keys', '-t', name, 'Enter');
    const s = await waitFor(name, (x) => x.includes(`1 of ${guesses} checked`), 'the second guess');
    for (const line of s.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    expect(s.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(20);
    expect(readFileSync(bank, 'utf8')).not.toContain('# check: kind guessed: organisation');
    tmux('send-keys', '-t', name, 'C-c');
    for (let i = 0; i < 100 && !existsSync(exitFile); i++) await sleep(50);
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('130');
  });
});
