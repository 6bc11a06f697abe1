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

  it('80x24: the article keeps its keys on one row however it was opened (start, a question, the summary)', async () => {
    app = await renderApp({ size: { columns: 80, rows: 24 } });
    const a = app;
    const footer = () => {
      const lines = stripVTControlCharacters(a.frame()).replace(/\n$/, '').split('\n');
      // The row above the keys is the status row (the scroll position), not keys wrapped onto two rows.
      expect(lines.at(-2), a.frame()).toMatch(/^ *[↑↓ ]* \d+-\d+ of \d+$/);
      return lines.at(-1)!;
    };
    await a.press(KEY.enter);
    // "g/G top/end" shows where there is room (a seed of four letters leaves it room at 80 columns).
    expect(footer()).toBe('seed fixture · ↑↓ PgUp/PgDn scroll · Enter start the quiz · q quit');
    await a.press(KEY.enter, KEY.ctrlR);
    expect(footer()).toBe('seed fixture · ↑↓ PgUp/PgDn scroll · Enter/Esc back to the question · q quit');
    await a.press(KEY.esc, 'q', 'y', 'a');
    expect(footer()).toBe('seed fixture · ↑↓ PgUp/PgDn scroll · g/G top/end · Enter back · q quit');
  });

  it('200x50: the article is set in a column of at most 100, centred, not across all 200 columns', async () => {
    app = await renderApp({ size: { columns: 200, rows: 50 } });
    await app.press(KEY.enter);
    const lines = stripVTControlCharacters(app.frame()).split('\n');
    const body = lines.slice(0, -2).filter((l) => l.trim() !== '');
    const first = body.find((l) => l.includes('[1] By announcing'))!;
    const margin = first.indexOf('[1]');
    expect(margin).toBeGreaterThanOrEqual(45);
    for (const l of body) {
      expect(l.slice(0, margin).trim(), l).toBe('');
      expect([...l.slice(margin).trimEnd()].length, l).toBeLessThanOrEqual(100);
    }
    // The column is used: paragraphs run to near its width.
    expect(Math.max(...body.map((l) => l.trimEnd().length - margin))).toBeGreaterThan(90);
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
