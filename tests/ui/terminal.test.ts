// The app on (fake) terminal streams as take.ts mounts it: leaving restores the terminal on every path,
// a resize re-wraps, and NO_COLOR drops colour. Ink and chalk read CI and FORCE_COLOR when first loaded,
// so this file sets them and loads the app afterwards.
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppProps } from '../../src/ui/App.js';
import { colorEnabled } from '../../src/ui/theme.js';
import { ARTICLE, QUESTIONS, QUIZ, quizOf } from './fixtures/quiz.js';
import { FakeStdin, FakeStdout } from '../helpers/fake-tty.js';

process.env.CI = '0';
process.env.CONTINUOUS_INTEGRATION = '0';
process.env.FORCE_COLOR = '1';

let runApp: typeof import('../../src/ui/run-app.js').runApp;
beforeAll(async () => {
  ({ runApp } = await import('../../src/ui/run-app.js'));
});

const pause = (ms = 60) => new Promise((r) => setTimeout(r, ms));
/** Waits until `ready()` holds, up to `ms`: a loaded machine (a CI run beside other jobs) repaints late. */
async function until(ready: () => boolean, ms = 3000): Promise<void> {
  for (let waited = 0; !ready() && waited < ms; waited += 25) await pause(25);
}

function mount(props: Partial<AppProps> = {}) {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout();
  const stderr = new FakeStdout();
  let t = 0;
  const done = runApp(
    {
      quiz: QUIZ,
      article: ARTICLE,
      options: { noArticle: true },
      newQuiz: (seed) => ({ ...QUIZ, seed }),
      freshSeed: () => 'next',
      now: () => (t += 1000),
      ...props,
    },
    {
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
    },
  );
  return { stdin, stdout, done };
}

describe('leaving restores the terminal', () => {
  it('Ctrl+C leaves at once, mid-question, as "interrupted"', async () => {
    const { stdin, stdout, done } = mount();
    await pause();
    stdin.type('\r');
    await pause();
    expect(stdin.isRaw).toBe(true);
    stdin.type('\u0003');
    await expect(done).resolves.toBe('interrupted');
    expect(stdin.rawCalls.at(-1)).toBe(false);
    expect(stdin.isRaw).toBe(false);
    // Ink hid the cursor while drawing and shows it again on the way out.
    expect(stdout.out).toContain('\u001b[?25l');
    expect(stdout.out.lastIndexOf('\u001b[?25h')).toBeGreaterThan(stdout.out.lastIndexOf('\u001b[?25l'));
  });

  it('q on the summary leaves as "quit", raw mode off', async () => {
    const { stdin, done } = mount();
    await pause();
    for (const k of ['\r', 'q', 'y', 'q']) {
      stdin.type(k);
      await pause();
    }
    await expect(done).resolves.toBe('quit');
    expect(stdin.isRaw).toBe(false);
  });
});

describe('resize', () => {
  it('re-wraps to the new width', async () => {
    const { stdin, stdout, done } = mount({ options: {} });
    await pause();
    expect(stripVTControlCharacters(stdout.out)).toContain('Read the article first, then answer questions about it.');
    const before = stdout.out.length;
    stdout.columns = 30;
    stdout.emit('resize');
    await until(() => stripVTControlCharacters(stdout.out.slice(before)).includes('Read the article first, then\n'));
    await pause(50);
    const after = stripVTControlCharacters(stdout.out.slice(before));
    // Ink repaints at once; the last frame is ours, wrapped to 30 columns (29 used, one spare).
    const last = after.slice(after.lastIndexOf('Biden tries'));
    expect(last).toContain('Read the article first, then\nanswer questions about it.');
    for (const l of last.split('\n')) expect(l.length).toBeLessThanOrEqual(30);
    stdin.type('\u0003');
    await done;
  });
});

describe('resize leaves no stale frames', () => {
  it('80 -> 50 -> 200 columns: the screen is cleared once the new frame is drawn, and that frame drawn again whole', async () => {
    const { stdin, stdout, done } = mount({ options: {} });
    await pause();
    for (const columns of [50, 200]) {
      const before = stdout.out.length;
      stdout.columns = columns;
      stdout.emit('resize');
      // The clear and the whole frame after it, however late the repaint comes.
      await until(() => /\u001b\[2J\u001b\[H[\s\S]*seed fixture/.test(stdout.out.slice(before)));
      await pause(50);
      const written = stdout.out.slice(before);
      // The terminal re-flows old lines on a resize, so Ink's erase count is off: the app clears the screen...
      const clear = written.lastIndexOf('\u001b[2J\u001b[H');
      expect(clear, `after resizing to ${columns}`).toBeGreaterThanOrEqual(0);
      // ...and what follows the clear is the whole frame of the new size, from its title to its footer.
      const after = stripVTControlCharacters(written.slice(clear));
      expect(after).toMatch(/^Biden tries to change the balance/);
      expect(after).toContain('seed fixture');
      for (const l of after.split('\n')) expect(l.length).toBeLessThanOrEqual(columns);
    }
    stdin.type('\u0003');
    await done;
  });
});

describe('colour', () => {
  const COLOUR = /\u001b\[(3[0-7]|9[0-7]|38;)/;

  it('colours by default (FORCE_COLOR here, a TTY in life)', async () => {
    const { stdin, stdout, done } = mount({ color: true });
    await pause();
    stdin.type('\u0003');
    await done;
    expect(stdout.out).toMatch(COLOUR);
  });

  it('NO_COLOR: no colour codes, bold still marks the title and selection', async () => {
    const { stdin, stdout, done } = mount({ color: false });
    await pause();
    stdin.type('\r');
    await pause();
    stdin.type('\u0003');
    await done;
    expect(stdout.out).not.toMatch(COLOUR);
    expect(stdout.out).toContain('\u001b[1m');
    expect(stripVTControlCharacters(stdout.out)).toContain('› a) French President');
  });

  it('a pair made in a matching question is not shown green (right) before the answer is submitted', async () => {
    const { stdin, stdout, done } = mount({ quiz: quizOf(QUESTIONS.find((q) => q.type === 'matching')!), color: true });
    await pause();
    for (const k of ['\r', '1', 'b']) {
      stdin.type(k);
      await pause();
    }
    const frame = stdout.out.slice(stdout.out.lastIndexOf('Match each person'));
    expect(stripVTControlCharacters(frame)).toContain('1. Emmanuel Macron → b) French President');
    // 1b is right, yet before submitting it must look like any other pair: no green (SGR 32).
    const pair = frame.slice(0, frame.indexOf('b) French President'));
    expect(pair.slice(pair.lastIndexOf('→'))).not.toContain('\u001b[32m');
    stdin.type('\u0003');
    await done;
  });

  it('colorEnabled follows NO_COLOR, and FORCE_COLOR wins over it', () => {
    expect(colorEnabled({})).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' })).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' })).toBe(false);
  });
});
