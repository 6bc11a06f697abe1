// Whole quizzes driven by keystrokes, from the start screen to the summary and beyond.
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/types.js';
import { QUESTIONS, QUIZ } from './fixtures/quiz.js';
import { KEY, renderApp, RIGHT_KEYS, type Driver } from './helpers.js';

let app: Driver | undefined;
afterEach(() => app?.unmount());

const WRONG_KEYS: Record<string, string[]> = {
  ...RIGHT_KEYS,
  'true-false': ['t'],
  // One typo, forgiven: the summary lists it.
  'short-answer': [...'Stoltenburg', KEY.enter],
  matching: ['1', 'b', '2', 'a', '3', 'c', KEY.enter],
};

async function answerAll(
  a: Driver,
  keys: Record<string, string[]>,
  feedback: boolean,
  questions: readonly Question[] = QUESTIONS,
) {
  for (const q of questions) {
    await a.press(...keys[q.type]!);
    if (feedback) await a.press(KEY.enter);
  }
}

describe('a whole quiz', () => {
  it('start, read the article, answer every type, see the score', async () => {
    app = await renderApp();
    const a = app;
    expect(a.frame()).toContain('Biden tries to change the balance of power on Ukraine');
    expect(a.frame()).toContain('8 questions, 12 points in all');
    expect(a.frame()).toContain('seed fixture');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('[1] By announcing the possible deployment');
    expect(a.frame()).not.toContain('[7] Closing paragraph');
    await a.press('G');
    expect(a.frame()).toContain('[7] Closing paragraph, the last line of the article.');
    expect(a.frame()).not.toContain('[1] By announcing');
    await a.press('g');
    expect(a.frame()).toContain('[1] By announcing');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('1/8');
    await answerAll(a, RIGHT_KEYS, true);
    const f = a.frame();
    expect(f).toContain('Quiz finished');
    expect(f).toContain('Score 12 / 12 points · 100%');
    expect(f).toContain('8 of 8 right · 8 answered');
    expect(f).toContain('Nothing missed.');
    expect(f).toContain('n new quiz (seed fresh1)');
    expect(a.rounds).toHaveLength(1);
    expect(a.rounds[0]!.ended).toBe('finished');
  });

  it('shows the running score and progress while answering', async () => {
    app = await renderApp({ flow: { noArticle: true } });
    const a = app;
    await a.press(KEY.enter, 'b', KEY.enter, 't', KEY.enter);
    expect(a.frame()).toMatch(/3\/8 \S+ +score 1\/2/);
  });

  it('exam mode: no feedback; the summary lists what was missed, review and retry them', async () => {
    app = await renderApp({ flow: { noArticle: true, noFeedback: true }, size: { columns: 80, rows: 40 } });
    const a = app;
    await a.press(KEY.enter);
    expect(a.frame()).toContain('0 answered');
    await answerAll(a, WRONG_KEYS, false);
    let f = a.frame();
    expect(f).toContain('Score 9 / 12 points · 75%');
    expect(f).toContain('6 of 8 right');
    expect(f).toContain('Wrong: 2');
    expect(f).toContain('Partly right: 7');
    expect(f).toContain('(r to review, m to retry the ones above; details below)');
    // The summary scrolls: the details are below the breakdowns.
    await a.press('G');
    f = a.frame();
    expect(f).toContain('7. Match each person with the role the article gives them.');
    expect(f).toContain('5. typo forgiven: "Stoltenburg" for "Stoltenberg"');
    expect(f).toContain('yours: True');
    expect(f).toContain('right: False');
    expect(f).toContain('¶2: “The United States has placed up to 8,500 soldiers on alert.”');
    expect(f).toContain('right: Emmanuel Macron = French President; Mario Draghi = Italian Prime');

    await a.press('r');
    expect(a.frame()).toContain('Missed 1 of 2');
    expect(a.frame()).toContain('True or false: the United States has placed up to 40,000 soldiers on alert.');
    await a.press(KEY.right);
    expect(a.frame()).toContain('Missed 2 of 2');
    expect(a.frame()).toContain('◐ Partly right: 1 of 3 points');
    await a.press(KEY.esc);
    expect(a.frame()).toContain('Score 9 / 12 points');

    await a.press('m');
    expect(a.frame()).toContain('1/2');
    expect(a.frame()).toContain('True or false');
    await answerAll(
      a,
      RIGHT_KEYS,
      false,
      QUESTIONS.filter((q) => q.type === 'true-false' || q.type === 'matching'),
    );
    expect(a.frame()).toContain('Retry finished');
    expect(a.frame()).toContain('Score 4 / 4 points · 100%');
    expect(a.rounds.map((r) => r.round)).toEqual([1, 2]);
  });

  it('q asks before stopping, n keeps going, y shows the score so far', async () => {
    app = await renderApp({ flow: { noArticle: true } });
    const a = app;
    await a.press(KEY.enter, 'b', KEY.enter);
    await a.press('q');
    expect(a.frame()).toContain('Stop the quiz now?');
    expect(a.frame()).toContain('You have answered 1 of 8 questions');
    await a.press('n');
    expect(a.frame()).toContain('2/8');
    await a.press(KEY.esc);
    expect(a.frame()).toContain('Stop the quiz now?');
    await a.press('y');
    expect(a.frame()).toContain('Stopped early: the score so far');
    expect(a.frame()).toContain('Score 1 / 12 points · 8%');
    expect(a.rounds[0]!.ended).toBe('quit');
  });

  it('Esc in a text field asks to stop too', async () => {
    app = await renderApp({ flow: { noArticle: true } });
    const a = app;
    await a.press(KEY.enter, 's', 's', 's');
    expect(a.frame()).toContain('number · 1 point');
    await a.type('85');
    await a.press(KEY.esc);
    expect(a.frame()).toContain('Stop the quiz now?');
  });

  it('n on the summary starts a new quiz with the seed it showed', async () => {
    const seen: string[] = [];
    app = await renderApp({ flow: { noArticle: true }, newQuiz: (seed) => (seen.push(seed), { ...QUIZ, seed }) });
    const a = app;
    await a.press(KEY.enter, 'q', 'y');
    expect(a.frame()).toContain('n new quiz (seed fresh1)');
    await a.press('n');
    expect(seen).toEqual(['fresh1']);
    expect(a.frame()).toContain('8 questions, 12 points in all');
    expect(a.frame()).toContain('seed fresh1');
  });

  it('the article can be read from the summary and closed again', async () => {
    app = await renderApp({ flow: { noArticle: true } });
    const a = app;
    await a.press(KEY.enter, 'q', 'y', 'a');
    expect(a.frame()).toContain('[1] By announcing');
    expect(a.frame()).toContain('Enter back');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('Stopped early');
  });

  it('keys typed faster than the screens change all land where they belong', async () => {
    app = await renderApp({ flow: { noArticle: true } });
    const a = app;
    // One write, as a paste or tmux send-keys delivers it.
    const burst = ['\r', ...QUESTIONS.flatMap((q) => [...RIGHT_KEYS[q.type]!, '\r'])].join('');
    await a.press(burst);
    await new Promise((r) => setTimeout(r, 200));
    expect(a.frame()).toContain('Score 12 / 12 points · 100%');
  });
});
