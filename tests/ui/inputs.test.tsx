// Every input type, driven by keys, asserting what the reader sees.
import { afterEach, describe, expect, it } from 'vitest';
import { QUESTIONS, quizOf } from './fixtures/quiz.js';
import { KEY, renderApp, type Driver } from './helpers.js';

const byType = (t: string) => QUESTIONS.find((q) => q.type === t)!;
let app: Driver | undefined;
afterEach(() => app?.unmount());

/** A one-question quiz, already past the start screen. */
async function ask(type: string, flow = {}) {
  app = await renderApp({ quiz: quizOf(byType(type)), flow: { noArticle: true, ...flow } });
  await app.press(KEY.enter);
  return app;
}

describe('multiple choice', () => {
  it('shows progress, the prompt and lettered options', async () => {
    const a = await ask('multiple-choice');
    const f = a.frame();
    expect(f).toContain('1/1');
    expect(f).toContain('score 0/0');
    expect(f).toContain('Which role does the article give Olaf Scholz?');
    expect(f).toContain('› a) French President');
    expect(f).toContain('  b) German Chancellor');
    expect(f).toContain('seed fixture');
  });

  it('answers with arrows and Enter', async () => {
    const a = await ask('multiple-choice');
    await a.press(KEY.down);
    expect(a.frame()).toContain('› b) German Chancellor');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✔ Right: 1 point');
    expect(a.frame()).toContain('The article, paragraph 6:');
    expect(a.frame()).toContain('“French President Emmanuel Macron, German Chancellor Olaf Scholz');
  });

  it('answers with a letter at once, and says what was right when wrong', async () => {
    const a = await ask('multiple-choice');
    await a.press('c');
    expect(a.frame()).toContain('✘ Wrong: 0 of 1 point');
    expect(a.frame()).toContain('Your answer: c) Italian Prime Minister');
    expect(a.frame()).toContain('Right answer: b) German Chancellor');
  });

  it('answers with an option number', async () => {
    const a = await ask('multiple-choice');
    await a.press('2');
    expect(a.frame()).toContain('✔ Right');
  });

  it('options that are figures ignore digit keys (4 must not answer the fourth, "5"); letters still answer', async () => {
    const q = { ...byType('multiple-choice'), prompt: 'How many days?', choices: ['2', '3', '4', '5'], answer: 3 };
    app = await renderApp({ quiz: quizOf(q as (typeof QUESTIONS)[number]), flow: { noArticle: true } });
    await app.press(KEY.enter);
    await app.press('4');
    expect(app.frame()).toContain('How many days?');
    expect(app.frame()).not.toContain('Right');
    await app.press('d');
    expect(app.frame()).toContain('✔ Right');
    expect(app.frame()).toContain('Your answer: d) 5');
  });
});

describe('true or false', () => {
  it('takes t/f', async () => {
    const a = await ask('true-false');
    expect(a.frame()).toContain('t) True');
    expect(a.frame()).toContain('f) False');
    await a.press('f');
    expect(a.frame()).toContain('✔ Right');
  });

  it('takes arrows and Enter', async () => {
    const a = await ask('true-false');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✘ Wrong');
    expect(a.frame()).toContain('Right answer: False');
  });
});

describe('multi-select', () => {
  it('space toggles, letters toggle, Enter submits; partial credit shows', async () => {
    const a = await ask('multi-select');
    await a.press(' ');
    expect(a.frame()).toContain('› [x] a) Olaf Scholz');
    await a.press('c', 'b');
    expect(a.frame()).toContain('[x] b) Josep Borrell');
    expect(a.frame()).toContain('picked: a, b, c');
    await a.press('b');
    expect(a.frame()).toContain('[ ] b) Josep Borrell');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('◐ Partly right: 1.33 of 2 points');
    expect(a.frame()).toContain('Right answer: a) Olaf Scholz; c) Mario Draghi; e) Jens Stoltenberg');
  });

  it('all right earns full points', async () => {
    const a = await ask('multi-select');
    await a.press('a', 'c', 'e', KEY.enter);
    expect(a.frame()).toContain('✔ Right: 2 points');
  });
});

describe('text fields', () => {
  it('numeric: reads "8,500 soldiers"', async () => {
    const a = await ask('numeric');
    expect(a.frame()).toContain('a number (soldiers)');
    await a.type('8,500 soldiers');
    expect(a.frame()).toContain('> 8,500 soldiers');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✔ Right');
  });

  it('numeric: an unreadable answer is explained and can be fixed', async () => {
    const a = await ask('numeric');
    await a.type('lots');
    await a.press(KEY.enter);
    expect(a.frame()).toContain("'lots' is not a number");
    expect(a.frame()).toContain('> lots');
    await a.press(KEY.ctrlU);
    await a.type('8.5k');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✔ Right');
  });

  it('short answer: cursor editing with arrows, backspace, Ctrl+D, home and end', async () => {
    const a = await ask('short-answer');
    await a.type('XStoltenbxerg');
    await a.press(KEY.left, KEY.left, KEY.left, KEY.backspace);
    expect(a.frame()).toContain('> XStoltenberg');
    await a.press(KEY.home, KEY.ctrlD);
    expect(a.frame()).toContain('> Stoltenberg');
    await a.press(KEY.end);
    await a.type('!');
    expect(a.frame()).toContain('> Stoltenberg!');
    await a.press(KEY.backspace, KEY.enter);
    expect(a.frame()).toContain('✔ Right');
    // A name the bank accepts is simply right: no leniency note.
    expect(a.frame()).not.toMatch(/alias|folded|forgiven/);
  });

  it('short answer: a typo is forgiven and said so', async () => {
    const a = await ask('short-answer');
    await a.type('jens stoltenburg');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✔ Right');
    expect(a.frame()).toContain('(typo forgiven: "jens stoltenburg" for "Jens Stoltenberg")');
  });

  it('short answer: --strict takes no typo', async () => {
    const a = await ask('short-answer', { strict: true });
    await a.type('Jens Stoltenburg');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✘ Wrong');
  });

  it('cloze: shows the blank and takes the word', async () => {
    const a = await ask('cloze');
    expect(a.frame()).toContain('He praised the "total ____"');
    await a.type('Unanimity');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✔ Right');
  });

  it('letters are typed, not taken as keys: q and s go into the field', async () => {
    const a = await ask('short-answer');
    await a.type('qs');
    expect(a.frame()).toContain('> qs');
  });
});

describe('matching', () => {
  it('typed pairs show as they are made, then Done submits', async () => {
    const a = await ask('matching');
    expect(a.frame()).toContain('1. Emmanuel Macron → ?');
    await a.press('1', 'b');
    expect(a.frame()).toContain('1. Emmanuel Macron → b) French President');
    await a.press('2', 'c', '3', 'a');
    expect(a.frame()).toContain('3 of 3 paired');
    expect(a.frame()).toContain('› ✔ Done');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('✔ Right: 3 points');
    // Feedback cites each sentence the pairs rest on with its own paragraph: one sentence for two
    // people (once), another paragraph for the third.
    const f = a.frame();
    expect(f.match(/The article, paragraph 6:/g)).toHaveLength(1);
    expect(f).toContain('The article, paragraph 12:');
  });

  it('pick a left item with Enter, its partner with arrows and Enter', async () => {
    const a = await ask('matching');
    await a.press(KEY.enter);
    expect(a.frame()).toContain('Partner for 1:');
    await a.press(KEY.down, KEY.enter);
    expect(a.frame()).toContain('1. Emmanuel Macron → b) French President');
    // The cursor moved on to item 2; pair it wrongly, then submit with one of three right.
    await a.press(KEY.enter, KEY.enter);
    expect(a.frame()).toContain('2. Mario Draghi → a) Secretary of State');
    await a.press(KEY.down, KEY.enter);
    const f = a.frame();
    expect(f).toContain('◐ Partly right: 1 of 3 points');
    expect(f).toContain('Your pairs:');
    expect(f).toContain('✔ Emmanuel Macron = French President');
    expect(f).toContain('✘ Mario Draghi = Secretary of State');
    expect(f).toContain('Right pairs:');
    expect(f).toContain('Antony Blinken = Secretary of State');
  });

  it('a partner taken again moves to the new item; x unpairs', async () => {
    const a = await ask('matching');
    await a.press('1', 'b', '2', 'b');
    expect(a.frame()).toContain('1. Emmanuel Macron → ?');
    expect(a.frame()).toContain('2. Mario Draghi → b) French President');
    await a.press(KEY.up, 'x');
    expect(a.frame()).toContain('2. Mario Draghi → ?');
  });
});

describe('ordering', () => {
  it('grab an item, move it with arrows, drop it, Done submits', async () => {
    const a = await ask('ordering');
    expect(a.frame()).toContain('› 1. 40,000 soldiers in the rapid reaction force');
    await a.press(' ', KEY.down);
    expect(a.frame()).toContain('⇅ 2. 40,000 soldiers');
    expect(a.frame()).toContain('1. 5 days to be ready');
    await a.press(KEY.down, KEY.enter);
    expect(a.frame()).toContain('› 3. 40,000 soldiers');
    await a.press(KEY.down, KEY.enter);
    expect(a.frame()).toContain('✔ Right: 2 points');
  });

  it('an order no better than the one shown earns nothing, and shows both orders', async () => {
    const a = await ask('ordering');
    // Move "5 days" to the top: 5 days, 40,000, 8,500 keeps one of the two pairs, as the order shown did.
    await a.press(KEY.down, ' ', KEY.up, ' ', KEY.down, KEY.down, KEY.down, KEY.enter);
    const f = a.frame();
    expect(f).toContain('✘ Wrong: 0 of 2 points');
    expect(f).toMatch(
      /Your order:\n +1\. 5 days to be ready\n +2\. 40,000 soldiers in the rapid reaction force\n +3\. 8,500 soldiers on alert/,
    );
    expect(f).toMatch(/Right order:\n +1\. 5 days to be ready\n +2\. 8,500 soldiers on alert\n +3\. 40,000 soldiers/);
  });
});

describe('skipping', () => {
  it('s skips a choice question, Tab a text field; skipped ones come back before the end', async () => {
    app = await renderApp({ quiz: quizOf(byType('multiple-choice'), byType('numeric')), flow: { noArticle: true } });
    const a = app;
    await a.press(KEY.enter, 's');
    expect(a.frame()).toContain('2/2');
    await a.press(KEY.tab);
    expect(a.frame()).toContain('skipped 1/2');
    expect(a.frame()).toContain('Which role does the article give Olaf Scholz?');
    await a.press('b', KEY.enter, KEY.tab);
    expect(a.frame()).toContain('Score 1 / 2 points · 50%');
    expect(a.frame()).toContain('1 answered');
    expect(a.frame()).toContain('yours: (no answer)');
  });
});

describe('bank text is shown safely', () => {
  it('escape sequences in a bank are shown escaped, never sent to the terminal', async () => {
    const mc = byType('multiple-choice');
    // Feedback cites the question's sources (quiz@2): the hostile sentence is one of them.
    const proof = 'proof \u009b31m here';
    const evil = {
      ...mc,
      prompt: 'Who? \u001b]0;pwned\u0007\u001b[2J',
      choices: ['\u001b[31mred', 'b', 'c', 'd'],
      evidence: proof,
      sources: [{ ...mc.sources[0]!, evidence: proof }],
    } as typeof mc;
    app = await renderApp({ quiz: quizOf(evil), flow: { noArticle: true } });
    await app.press(KEY.enter);
    let f = app.frame();
    expect(f).toContain('Who? \\u{1b}]0;pwned\\u{7}\\u{1b}[2J');
    expect(f).toContain('a) \\u{1b}[31mred');
    await app.press('a');
    f = app.frame();
    expect(f).toContain('proof \\u{9b}31m here');
    for (const frame of app.frames()) {
      expect(frame).not.toContain('\u001b]0;');
      expect(frame).not.toContain('\u001b[2J');
      expect(frame).not.toContain('\u009b');
    }
  });
});
