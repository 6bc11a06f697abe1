// Defects found when a class day was tried in tmux (issue 14, "The terminal quiz"): each test drives the
// app with keys and reads the frames a student would see.
import { afterEach, describe, expect, it } from 'vitest';
import type { MatchingQuestion, Question } from '../../src/core/types.js';
import { QUESTIONS, QUIZ, quizOf } from './fixtures/quiz.js';
import { KEY, renderApp, RIGHT_KEYS, type Driver } from './helpers.js';

const byType = (t: string) => QUESTIONS.find((q) => q.type === t)!;
let app: Driver | undefined;
afterEach(() => app?.unmount());

async function ask(question: Question, flow = {}, size = { columns: 80, rows: 24 }) {
  app = await renderApp({ quiz: quizOf(question), flow: { noArticle: true, ...flow }, size });
  await app.press(KEY.enter);
  return app;
}

describe('an answer being written survives other screens', () => {
  it('cancelling the stop dialog keeps the typed text (quiet, Esc, n)', async () => {
    const a = await ask(byType('short-answer'));
    await a.type('quiet');
    await a.press(KEY.esc);
    expect(a.frame()).toContain('Stop the quiz now?');
    await a.press('n');
    expect(a.frame()).toContain('> quiet');
  });

  it('cancelling the stop dialog keeps typed matching pairs', async () => {
    const a = await ask(byType('matching'));
    await a.press('1', 'b', '2', 'c');
    await a.press('q', 'n');
    const f = a.frame();
    expect(f).toContain('1. Emmanuel Macron → b) French President');
    expect(f).toContain('2. Mario Draghi → c) Italian Prime Minister');
  });

  it('Ctrl+R opens the article during a question; Enter comes back to the same answer', async () => {
    const a = await ask(byType('short-answer'));
    await a.type('Stolt');
    await a.press(KEY.ctrlR);
    expect(a.frame()).toContain('[1] By announcing');
    expect(a.frame()).toMatch(/Enter\/Esc back\s+to the question/);
    await a.press(KEY.enter);
    expect(a.frame()).toContain('Who is the NATO Secretary General?');
    expect(a.frame()).toContain('> Stolt');
    // Esc from the article goes back too, and exam mode allows the article.
    await a.press(KEY.ctrlR, KEY.esc);
    expect(a.frame()).toContain('> Stolt');
  });

  it("exam mode allows the article too, and keeps a multi-select's picks", async () => {
    const a = await ask(byType('multi-select'), { noFeedback: true });
    await a.press('a', 'c', KEY.ctrlR);
    expect(a.frame()).toContain('[2] The United States');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('picked: a, c');
  });
});

describe('exam mode keeps its key', () => {
  it('stopping from the reading screen (Esc, Enter) shows no answers, and m retries nothing', async () => {
    app = await renderApp({ flow: { noFeedback: true } });
    const a = app;
    await a.press(KEY.enter);
    expect(a.frame()).toContain('[1] By announcing');
    await a.press(KEY.esc, KEY.enter);
    let f = a.frame();
    expect(f).toContain('Stopped early');
    expect(f).toContain('Not reached: 1, 2, 3, 4, 5, 6, 7, 8');
    expect(f).not.toContain('right:');
    await a.press('G');
    f = a.frame();
    expect(f).not.toContain('right:');
    expect(f).not.toContain('German Chancellor');
    expect(f).not.toContain('m retry');
    await a.press('m');
    expect(a.frame()).toContain('n new quiz (seed fresh1)');
    expect(a.frame()).not.toMatch(/\d\/8/);
    expect(a.rounds).toHaveLength(1);
  });
});

describe('what the screen says', () => {
  it('Enter on an empty field says so instead of skipping silently', async () => {
    const a = await ask(byType('short-answer'));
    await a.press(KEY.enter);
    expect(a.frame()).toContain('Nothing typed yet: type an answer, then Enter (Tab skips).');
    expect(a.frame()).toContain('Who is the NATO Secretary General?');
  });

  it('Enter on a multi-select with nothing picked says so', async () => {
    const a = await ask(byType('multi-select'));
    await a.press(KEY.enter);
    expect(a.frame()).toContain('Nothing picked yet');
  });

  it('"Nothing paired yet" goes once an item is paired (it stayed beside "✔ Done (3 of 3 paired)")', async () => {
    const a = await ask(byType('matching'));
    // ↑ from the first item is Done: submitting no pair says so.
    await a.press(KEY.up, KEY.enter);
    expect(a.frame()).toContain('Nothing paired yet');
    await a.press('1', 'b');
    expect(a.frame()).toContain('1. Emmanuel Macron → b) French President');
    expect(a.frame()).not.toContain('Nothing paired yet');
    await a.press('2', 'c', '3', 'a');
    expect(a.frame()).toContain('✔ Done (3 of 3 paired)');
    expect(a.frame()).not.toContain('Nothing paired yet');
  });

  it('"Nothing picked yet" goes once an option is picked', async () => {
    const a = await ask(byType('multi-select'));
    await a.press(KEY.enter);
    expect(a.frame()).toContain('Nothing picked yet');
    await a.press('a');
    expect(a.frame()).toContain('picked: a');
    expect(a.frame()).not.toContain('Nothing picked yet');
  });

  it('a skip is announced on the next question', async () => {
    app = await renderApp({ flow: { noArticle: true } });
    await app.press(KEY.enter, 's');
    expect(app.frame()).toContain('Question 1 skipped: it comes back before the end.');
  });

  it('a "not a number" problem goes once the text is changed', async () => {
    const a = await ask(byType('numeric'));
    await a.type('lots');
    await a.press(KEY.enter);
    expect(a.frame()).toContain("'lots' is not a number");
    await a.press(KEY.ctrlU);
    await a.type('8500');
    expect(a.frame()).not.toContain('is not a number');
  });

  it('the summary keeps wrong, partly right, not answered and not reached apart', async () => {
    app = await renderApp({ flow: { noArticle: true, noFeedback: true }, size: { columns: 80, rows: 40 } });
    const a = app;
    // 1 wrong, 2 skipped, 3 partly right, then stop on 4.
    await a.press(KEY.enter, 'a', 's', 'a', KEY.enter, KEY.esc, 'y');
    const f = a.frame();
    expect(f).toContain('Wrong: 1');
    expect(f).toContain('Partly right: 3');
    expect(f).toContain('Not answered: 2, 4');
    expect(f).toContain('Not reached: 5, 6, 7, 8');
  });

  it('the breakdowns by kind and type leave out the questions never reached', async () => {
    app = await renderApp({ flow: { noArticle: true, noFeedback: true }, size: { columns: 80, rows: 60 } });
    const a = app;
    // 1 wrong, 2 skipped, 3 partly right, then stop on 4: short answer, cloze, matching and ordering unseen.
    await a.press(KEY.enter, 'a', 's', 'a', KEY.enter, KEY.esc, 'y');
    const f = a.frame();
    const section = (title: string) => {
      const rest = f.slice(f.indexOf(title));
      return rest.slice(0, rest.indexOf('\n\n') < 0 ? undefined : rest.indexOf('\n\n'));
    };
    // role: only the multiple-choice question (1 point) was reached, not the short answer and the matching.
    expect(f).toContain('By kind of fact (questions reached)');
    expect(section('By kind of fact')).toMatch(/role\s+0\/1 /);
    expect(section('By kind of fact')).not.toContain('quote');
    expect(section('By type of question')).not.toMatch(/Cloze|Matching|Ordering|Short answer/i);
  });

  it('the stop dialog names the questions left as the summary lists them: Not answered and Not reached', async () => {
    app = await renderApp({ flow: { noArticle: true, noFeedback: true }, size: { columns: 140, rows: 40 } });
    const a = app;
    // 1 wrong, 2 skipped, 3 partly right, then stop on 4.
    await a.press(KEY.enter, 'a', 's', 'a', KEY.enter, KEY.esc);
    const dialog = a.frame();
    expect(dialog).toContain('Stop the quiz now?');
    expect(dialog.replace(/\s+/g, ' ')).toContain(
      'You have answered 2 of 8 questions. Stopping shows your score so far; the rest are listed as Not answered (2 seen) and Not reached (4 not yet shown).',
    );
    await a.press('y');
    expect(a.frame()).toContain('Not answered: 2, 4');
    expect(a.frame()).toContain('Not reached: 5, 6, 7, 8');
  });

  it('a retry (m) numbers its questions as the quiz does (3 and 5), in the header and the summary', async () => {
    app = await renderApp({ flow: { noArticle: true, noFeedback: true }, size: { columns: 80, rows: 40 } });
    const a = app;
    const header = () => a.frame().split('\n').slice(0, 2).join('\n');
    // 3 partly right, 5 skipped (Tab: letters are typed in a text field), the rest right.
    await a.press(KEY.enter, 'b', 'f', 'a', KEY.enter, ...'8500', KEY.enter, KEY.tab, ...'unanimity', KEY.enter);
    await a.press(...RIGHT_KEYS.matching!, ...RIGHT_KEYS.ordering!);
    // Question 5 comes back once, and is skipped again.
    expect(header()).toMatch(/^skipped 1\/1 .*\nquestion 5 · short answer/);
    await a.press(KEY.tab);
    expect(a.frame()).toContain('Partly right: 3');
    expect(a.frame()).toContain('Not answered: 5');
    await a.press('m');
    expect(header()).toMatch(/^retry 1\/2 .*\nquestion 3 · pick every right option/);
    // Stopped on 3: 3 not answered, 5 not reached, as the quiz numbers them.
    await a.press('q', 'y');
    let f = a.frame();
    expect(f).toContain('Not answered: 3');
    expect(f).toContain('Not reached: 5');
    expect(f).toContain('3. Who took part in the videoconference?');
    // Another retry asks 3 alone (5 was never reached), still as question 3.
    await a.press('m');
    expect(header()).toMatch(/^retry 1\/1 .*\nquestion 3 · /);
    await a.press('s');
    expect(header()).toMatch(/^skipped 1\/1 .*\nquestion 3 · /);
    expect(a.frame()).toContain('Question 3 skipped: it comes back before the end.');
    await a.press('a', KEY.enter);
    f = a.frame();
    expect(f).toContain('Retry finished');
    expect(f).toContain('Partly right: 3');
  });

  it('the progress bar keeps its width as the score grows (a narrow terminal)', async () => {
    app = await renderApp({ flow: { noArticle: true }, size: { columns: 36, rows: 20 } });
    const a = app;
    await a.press(KEY.enter);
    const bar = () => (a.frame().split('\n')[0]!.match(/[█░]+/) ?? [''])[0].length;
    const widths = [bar()];
    // Right, right, partly right (0.67 of 2): the score grows from "0/0" to "2.67/4".
    for (const keys of [['b'], ['f'], ['a', KEY.enter]]) {
      await a.press(...keys, KEY.enter);
      widths.push(bar());
    }
    expect(a.frame()).toContain('score 2.67/4');
    expect(widths[0]).toBeGreaterThan(0);
    expect(new Set(widths).size).toBe(1);
  });

  it('at 40 columns each breakdown row keeps its percent on the row', async () => {
    app = await renderApp({ flow: { noArticle: true }, size: { columns: 40, rows: 60 } });
    const a = app;
    // Stopped on question 3, the multi-select: the breakdowns list the questions reached.
    await a.press(KEY.enter, 's', 's', KEY.esc, 'y');
    const lines = a.frame().split('\n');
    expect(lines.filter((l) => /^\s*\d+%\s*$/.test(l))).toEqual([]);
    expect(lines.some((l) => /pick every.*0\/2 +0%/.test(l))).toBe(true);
  });

  it('quotes inside the evidence are not nested double quotes', async () => {
    const a = await ask(byType('cloze'));
    await a.type('unanimity');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('“He praised the ‘total unanimity’ between Americans');
  });
});

describe('matching and ordering', () => {
  it('Done carries a tick only when every item is paired; pairs are not shown as right before submitting', async () => {
    const a = await ask(byType('matching'));
    expect(a.frame()).toContain('  Done (0 of 3 paired)');
    expect(a.frame()).not.toContain('✔ Done (0');
    await a.press('1', 'b', '2', 'c', '3', 'a');
    expect(a.frame()).toContain('✔ Done (3 of 3 paired)');
  });

  it('at 40x20 PgDn reaches the last partner before a left item is picked', async () => {
    const long: MatchingQuestion = {
      ...(byType('matching') as MatchingQuestion),
      left: ['Emmanuel Macron', 'Mario Draghi', 'Antony Blinken', 'Jens Stoltenberg'],
      right: [
        'Secretary of State of the United States',
        'President of the French Republic',
        'Prime Minister of the Italian Republic',
        'Secretary General of the North Atlantic alliance',
      ],
      answer: [1, 2, 0, 3],
    };
    const a = await ask(long, {}, { columns: 40, rows: 20 });
    expect(a.frame()).not.toContain('d) Secretary General');
    await a.press(KEY.pageDown);
    expect(a.frame()).toContain('d) Secretary General');
    await a.press(KEY.pageUp);
    expect(a.frame()).toContain('Match each person');
  });

  it('Esc on a grabbed ordering item cancels the move', async () => {
    const a = await ask(byType('ordering'));
    await a.press(' ', KEY.down, KEY.down);
    expect(a.frame()).toMatch(/3\. 40,000 soldiers/);
    await a.press(KEY.esc);
    const f = a.frame();
    expect(f).toMatch(/1\. 40,000 soldiers/);
    expect(f).toMatch(/2\. 5 days/);
    expect(f).not.toContain('Stop the quiz now?');
  });
});

describe('text fields: Backspace and Delete as terminals send them', () => {
  it('DEL (0x7f, Backspace in most terminals), BS and ESC[3~ all delete backwards; Ctrl+D deletes forwards', async () => {
    const a = await ask(byType('short-answer'));
    await a.type('abcd');
    await a.press(KEY.backspace);
    expect(a.frame()).toContain('> abc');
    await a.press('\b');
    expect(a.frame()).toContain('> ab');
    await a.press(KEY.delete);
    expect(a.frame()).toMatch(/> a\s/);
    await a.type('xyz');
    await a.press(KEY.home, KEY.ctrlD);
    expect(a.frame()).toContain('> xyz');
  });
});

void QUIZ;
