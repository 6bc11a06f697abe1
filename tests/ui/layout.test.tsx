// Every screen fits the terminal: at 40x20 and at 200 columns no line is longer than the width and no
// frame is taller than the screen (what does not fit scrolls, with its position shown).
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { QUESTIONS } from './fixtures/quiz.js';
import { KEY, renderApp, RIGHT_KEYS, type Driver } from './helpers.js';

let app: Driver | undefined;
afterEach(() => app?.unmount());

function checkFrames(frames: string[], columns: number, rows: number, atLeast = 10) {
  expect(frames.length).toBeGreaterThanOrEqual(atLeast);
  for (const frame of frames) {
    const lines = stripVTControlCharacters(frame).replace(/\n$/, '').split('\n');
    expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
    for (const l of lines) expect([...l].length, `${l}\n---\n${frame}`).toBeLessThanOrEqual(columns);
  }
}

async function fullQuiz(a: Driver) {
  await a.press(KEY.enter, KEY.pageDown, 'G', KEY.enter);
  for (const q of QUESTIONS) await a.press(...RIGHT_KEYS[q.type]!, KEY.enter);
  await a.press('G', 'q');
}

describe('terminal sizes', () => {
  it('40x20: every frame of a whole quiz fits', async () => {
    app = await renderApp({ size: { columns: 40, rows: 20 } });
    await fullQuiz(app);
    checkFrames(app.frames(), 40, 20);
  });

  it('40x20: a long question keeps the selected option in view and says there is more', async () => {
    app = await renderApp({ size: { columns: 40, rows: 14 }, flow: { noArticle: true } });
    const a = app;
    await a.press(KEY.enter, 's', 's');
    expect(a.frame()).toContain('Who took part in the videoconference?');
    await a.press(KEY.up);
    expect(a.frame()).toContain('› [ ] e) Jens Stoltenberg');
    expect(a.frame()).toMatch(/↑↓ \d+-\d+ of \d+/);
    checkFrames(a.frames(), 40, 14, 4);
  });

  it('200 columns: fits, and a prompt stays on one line', async () => {
    app = await renderApp({ size: { columns: 200, rows: 50 } });
    const a = app;
    await a.press(KEY.enter, KEY.enter);
    expect(a.frame()).toContain('Which role does the article give Olaf Scholz?');
    await a.press('b');
    const evidence = stripVTControlCharacters(a.frame())
      .split('\n')
      .find((l) => l.includes('“French President'))!;
    expect([...evidence].length).toBeGreaterThan(180);
    await fullQuiz(app);
    checkFrames(a.frames(), 200, 50);
  });

  it('the article wraps to the width with paragraph numbers kept apart', async () => {
    app = await renderApp({ size: { columns: 40, rows: 20 } });
    await app.press(KEY.enter);
    const lines = stripVTControlCharacters(app.frame()).split('\n');
    const first = lines.findIndex((l) => l.startsWith('[1] '));
    expect(first).toBeGreaterThan(0);
    // Continuation lines hang under the text, not under the number.
    expect(lines[first + 1]).toMatch(/^ {4}\S/);
  });
});
