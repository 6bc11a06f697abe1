import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article.js';
import { allQuestions } from '../../src/core/generate.js';
import { givesAway, secretsOf } from '../../src/core/giveaway.js';
import { createContext } from '../../src/core/makers/context.js';
import type { QuantityFact, Question } from '../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from './fixtures/mini-bank.js';
import { MORE_ACTIONS } from './fixtures/more-actions.js';
import { readingBank } from './fixtures/reading-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const all = allQuestions(bank, { seed: 'g' });
const find = (qs: Question[], id: string) => {
  const found = qs.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const q = (id: string) => find(all, id);
const reading = readingBank();
const rctx = createContext(reading);
const rall = allQuestions(reading, { seed: 'g' });
const rq = (id: string) => find(rall, id);
// Matching (who did what) needs four actions of distinct actors: the mini bank has three.
const actsBank = miniBank({ facts: [...MINI_BANK_FILE.facts, ...MORE_ACTIONS] });
const actsCtx = createContext(actsBank);
const matchings = allQuestions(actsBank, { seed: 'g', types: ['matching'] }).filter(
  (x): x is Extract<Question, { type: 'matching' }> => x.type === 'matching',
);

describe('giveaway', () => {
  it('a typed answer is secret with all the names of its entity', () => {
    expect(secretsOf(ctx, q('lind-against:short-answer:1'))).toEqual(['Eva Lind', 'Lind']);
    expect(secretsOf(ctx, q('build-years:numeric:1'))).toEqual(['3', 'three']);
    // A figure written in digits is secret in words too: "For more than fifty years now, ..." in another question tells
    // "50 years" (trial 348).
    expect(secretsOf(ctx, q('cost:numeric:1'))).toEqual(expect.arrayContaining(['12', 'twelve']));
  });

  it('what a question shows itself is no secret', () => {
    expect(secretsOf(ctx, q('reyes-welcomed:short-answer:1'))).toEqual(['Carla Reyes', 'Reyes']);
    const shows = { ...q('reyes-welcomed:short-answer:1'), prompt: 'Which Reyes welcomed the vote?' } as Question;
    expect(secretsOf(ctx, shows)).toEqual(['Carla Reyes']);
  });

  it('true/false, matching and ordering hold no secret answer text', () => {
    for (const id of ['okafor-warned:true-false:true', 'okafor-warned:true-false:false-1'])
      expect(secretsOf(ctx, q(id))).toEqual([]);
    expect(matchings.length).toBeGreaterThan(0);
    for (const m of matchings) expect(secretsOf(actsCtx, m)).toEqual([]);
    const ordering = allQuestions(readingBank(), { seed: 'g', types: ['ordering'] });
    expect(ordering.length).toBeGreaterThan(0);
    for (const o of ordering) expect(secretsOf(createContext(readingBank()), o)).toEqual([]);
  });

  it("a prompt stating another question's answer gives it away, in either order", () => {
    // "Who voted against the plan?" vs the vocabulary question whose quoted sentence names Eva Lind.
    const vocabulary = rq('voc-reckless:multiple-choice:1');
    const who = rq('lind-against:short-answer:1');
    expect(vocabulary.prompt).toContain('Eva Lind');
    expect(givesAway(rctx, vocabulary, who)).toBe(true);
    expect(givesAway(rctx, who, vocabulary)).toBe(true);
    // Her position question is answered by that sentence, which calls her the head of the opposition.
    const position = rq('lind-role:multiple-choice:role');
    expect(position.prompt).toBe('According to the article, what is Eva Lind\u2019s position?');
    expect(givesAway(rctx, vocabulary, position)).toBe(true);
    expect(givesAway(rctx, position, vocabulary)).toBe(true);
    // The cloze of the cost sentence (its figure with no question of its own) shows "three", the answer to the
    // build-years numeric question.
    const unasked = miniBank({
      facts: MINI_BANK_FILE.facts.map((f) => {
        if (f.id !== 'cost') return f;
        const { question: _q, ...rest } = f as QuantityFact;
        return rest;
      }),
    });
    const cloze = find(allQuestions(unasked, { seed: 'g' }), 'cost:cloze:1');
    expect(givesAway(createContext(unasked), cloze, q('build-years:numeric:1'))).toBe(true);
  });

  it('unrelated questions do not clash; names must match as whole words', () => {
    expect(givesAway(ctx, q('first-asked:numeric:1'), q('lind-against:short-answer:1'))).toBe(false);
    const fake = { ...q('new-road:true-false:true'), prompt: 'Lindsay came to town.' } as Question;
    expect(givesAway(ctx, fake, q('lind-against:short-answer:1'))).toBe(false);
  });
});

describe('giveaway of a matching question', () => {
  it('a prompt naming one of its actors together with what they did gives it away', () => {
    const matching = matchings.find((m) => m.left.slice(0, 3).includes('Eva Lind'))!;
    expect(matching).toBeDefined();
    const telling = { ...q('new-road:true-false:true'), prompt: 'Councillor Lind voted against the plan.' } as Question;
    const harmless = { ...q('new-road:true-false:true'), prompt: 'Eva Lind opened the road.' } as Question;
    expect(givesAway(actsCtx, matching, telling)).toBe(true);
    expect(givesAway(actsCtx, telling, matching)).toBe(true);
    expect(givesAway(actsCtx, matching, harmless)).toBe(false);
  });
});

describe('giveaway of options', () => {
  it("a multi-select's answers are no secret: another prompt may name its members", () => {
    const ms = q('voted-for:multi-select:1');
    expect(secretsOf(ctx, ms)).toEqual([]);
    const naming = {
      ...q('new-road:true-false:true'),
      prompt: 'Ben Okafor, Carla Reyes and Dan Weiss met.',
    } as Question;
    expect(givesAway(ctx, ms, naming)).toBe(false);
  });

  it('an option that shows a number’s answer gives it away ("panel of twelve"); an option naming a person does not', () => {
    // build-years: "How many years ...?", 3 ("three"). A role question whose option holds "three" shows it.
    const years = q('build-years:numeric:1');
    const role = {
      ...rq('inf-started:multiple-choice:1'),
      prompt: 'According to the article, what is Ana Silva’s position?',
      choices: ['Mayor', 'Chair of the panel of three', 'Head of the opposition'],
      answer: 0,
    } as Question;
    expect(givesAway(ctx, role, years)).toBe(true);
    expect(givesAway(ctx, years, role)).toBe(true);
    // "Who voted against the plan?" (Eva Lind) beside a question offering Eva Lind as a wrong option: no clash.
    const offering = { ...role, choices: ['Mayor', 'Eva Lind', 'Head of the opposition'] } as Question;
    expect(givesAway(ctx, offering, q('lind-against:short-answer:1'))).toBe(false);
  });

  it('a date among the options shows no count: "March 3" beside "How many years ...?" (3) is no clash (trial 317)', () => {
    const years = q('build-years:numeric:1');
    const dated = (choices: string[]) =>
      ({
        ...rq('inf-started:multiple-choice:1'),
        prompt: 'According to the article, on what day did the works start?',
        choices,
        answer: 0,
      }) as Question;
    expect(givesAway(ctx, dated(['March 3', 'March 11', '14 April']), years)).toBe(false);
    expect(givesAway(ctx, dated(['3rd April', 'March 11', 'May 1']), years)).toBe(false);
    // A figure that stands alone in an option still shows it.
    expect(givesAway(ctx, dated(['March 3', 'after 3 years', 'May 1']), years)).toBe(true);
  });

  it('a quoted-word option that another prompt quotes is ruled out by it, so the two clash', () => {
    // "Which word did Eva Lind use ...?" with "reckless" among its options, against the vocabulary question quoting it.
    const base = rq('lind-against:short-answer:1');
    const which = {
      ...rq('inf-started:multiple-choice:1'),
      prompt: 'Which word did Ana Silva use about the critics?',
      choices: ['\u201Cpremature\u201D', '\u201Creckless\u201D', '\u201Ctight\u201D', '\u201Chistoric\u201D'],
      answer: 0,
    } as Question;
    expect(givesAway(rctx, which, rq('voc-reckless:multiple-choice:1'))).toBe(true);
    expect(givesAway(rctx, rq('voc-reckless:multiple-choice:1'), which)).toBe(true);
    // A prompt that quotes none of them is no clash.
    expect(givesAway(rctx, which, base)).toBe(false);
  });

  describe('"X said: ..." true/false items', () => {
    const ARTICLE = `Ferry to stop in spring

“The ferry has served this town for forty years,” Eva Lind said. “It should run until the bridge is built.”

Carla Reyes said the council “will not leave the island without a link to the mainland”.
`;
    const quote = (id: string, speaker: string, text: string, evidence: string) =>
      ({ id, kind: 'quote', speaker, text, about: 'the ferry', evidence }) as const;
    const b = {
      ...miniBank(),
      articleText: parseArticle(ARTICLE),
      facts: [
        quote(
          'lind-1',
          'eva-lind',
          'The ferry has served this town for forty years',
          '“The ferry has served this town for forty years,” Eva Lind said.',
        ),
        quote(
          'lind-2',
          'eva-lind',
          'It should run until the bridge is built',
          '“It should run until the bridge is built.”',
        ),
        quote(
          'reyes',
          'carla-reyes',
          'will not leave the island without a link to the mainland',
          'Carla Reyes said the council “will not leave the island without a link to the mainland”.',
        ),
      ],
    };
    const c = createContext(b);
    const qs = allQuestions(b, { seed: 'g', types: ['true-false'] });
    const tf = (factId: string, answer: boolean) => {
      const found = qs.find((x) => x.factId === factId && x.type === 'true-false' && x.answer === answer);
      if (!found) throw new Error(`no ${factId} ${answer}`);
      return found;
    };

    it('two sentences of one quotation by one speaker are one claim: never both in a quiz', () => {
      expect(givesAway(c, tf('lind-1', true), tf('lind-2', true))).toBe(true);
      expect(givesAway(c, tf('lind-1', true), tf('lind-2', false))).toBe(true);
    });

    it('two false items crossing the same two people read off each other; one of each speaker is fine', () => {
      expect(givesAway(c, tf('lind-1', false), tf('reyes', false))).toBe(true);
      expect(givesAway(c, tf('lind-1', true), tf('reyes', true))).toBe(false);
    });
  });

  describe('true or false on reasons', () => {
    // Two reasons, neither with a stem or wrong reasons of its own: each is asked as a claim, its false
    // version borrowing the other's reason.
    const b = readingBank({
      facts: readingBank().facts.map((f) => {
        if (f.kind !== 'cause') return f;
        const { question: _q, wrong: _w, ...rest } = f;
        return rest;
      }),
    });
    const c = createContext(b);
    const qs = allQuestions(b, { seed: 'g', types: ['true-false'] });
    const tf = (factId: string, answer: boolean) => {
      const found = qs.find((x) => x.factId === factId && x.answer === answer);
      if (!found) throw new Error(`no ${factId} ${answer}`);
      return found;
    };

    it("a claim that sets one reason in another's place is never beside a question on that reason", () => {
      expect(givesAway(c, tf('why-bridge', false), tf('why-lind', true))).toBe(true);
      expect(givesAway(c, tf('why-bridge', false), tf('why-lind', false))).toBe(true);
      expect(givesAway(c, tf('why-bridge', true), tf('why-lind', true))).toBe(false);
    });
  });
});

describe('the headline gives no typed answer away', () => {
  it('never asks a blank or a number whose answer the headline prints (the title is above every quiz)', async () => {
    const { generateQuiz } = await import('../../src/core/generate.js');
    const { titleGivesAway } = await import('../../src/core/giveaway.js');
    // "build-years" asks 3 years as a number: a headline that says "three years" answers it.
    const titled = miniBank({ title: 'Council plans a bridge that takes three years to build' });
    const tctx = createContext(titled);
    const numeric = allQuestions(titled, { seed: 'g' }).find((x) => x.id === 'build-years:numeric:1')!;
    expect(titleGivesAway(tctx, numeric)).toBe(true);
    expect(titleGivesAway(ctx, q('build-years:numeric:1'))).toBe(false);
    for (let i = 0; i < 40; i++) {
      const quiz = generateQuiz(titled, { seed: `t${i}`, count: 5 });
      expect(quiz.questions.map((x) => x.id)).not.toContain('build-years:numeric:1');
      for (const x of quiz.questions) expect(titleGivesAway(tctx, x), x.id).toBe(false);
    }
  });
});
