import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { MAIN_IDEA_PROMPT, mainIdeaMaker } from '../../../src/core/makers/main-idea.js';
import { createRng } from '../../../src/core/rng.js';
import type { MainIdeaFact, Question } from '../../../src/core/types.js';
import { readingBank, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const gist = bank.facts.find((f) => f.id === 'gist') as MainIdeaFact;

describe('main-idea maker', () => {
  it('"Which sentence best sums up the article?": the summary among the author\'s wrong summaries, skill main-idea', () => {
    const firsts = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const q = mainIdeaMaker.build(ctx, gist, 'multiple-choice', '1', createRng(`m${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe(MAIN_IDEA_PROMPT);
      expect(q.choices[q.answer]).toBe(gist.text);
      expect([...q.choices].sort()).toEqual([gist.text, ...gist.wrong.map((w) => w.text)].sort());
      expect(q).toMatchObject({
        skill: 'main-idea',
        factKind: 'main-idea',
        points: 1,
        evidence: S.lede,
        paragraph: 1,
        sources: [{ factId: 'gist', evidence: S.lede, paragraph: 1 }],
      });
      firsts.add(q.answer);
    }
    // The right summary is not always in one place.
    expect(firsts.size).toBeGreaterThan(2);
  });

  it('offers at most three wrong summaries, never one equal to the answer', () => {
    const many: MainIdeaFact = {
      ...gist,
      wrong: [
        ...gist.wrong,
        { text: 'Builders from Northbay will build a road.', flaw: 'too-narrow' },
        { text: gist.text.toUpperCase(), flaw: 'distorted' },
      ],
    };
    for (let i = 0; i < 40; i++) {
      const q = mainIdeaMaker.build(ctx, many, 'multiple-choice', '1', createRng(`w${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices).toHaveLength(4);
      expect(q.choices.filter((c) => c.toLowerCase() === gist.text.toLowerCase())).toHaveLength(1);
    }
  });

  it('a question only with two wrong summaries or more (a repeat of the answer does not count); multiple choice only', () => {
    expect(mainIdeaMaker.variants(ctx, gist)).toEqual({ 'multiple-choice': ['1'] });
    const two: MainIdeaFact = { ...gist, wrong: gist.wrong.slice(0, 2) };
    expect(mainIdeaMaker.variants(ctx, two)).toEqual({ 'multiple-choice': ['1'] });
    const one: MainIdeaFact = { ...gist, wrong: [gist.wrong[0]!, { text: gist.text, flaw: 'distorted' }] };
    expect(mainIdeaMaker.variants(ctx, one)).toEqual({});
    expect(() => mainIdeaMaker.build(ctx, gist, 'true-false', 'true', createRng('x'))).toThrow(/no true-false/);
  });
});
