import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { inNumericOrder, writtenMaker } from '../../../src/core/makers/written.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, WrittenFact } from '../../../src/core/types.js';
import { readingBank, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const fact = (id: string) => bank.facts.find((f) => f.id === id) as WrittenFact;
const build = (f: WrittenFact, type: Question['type'], variant: string, seed = 'w') =>
  writtenMaker.build(ctx, f, type, variant, createRng(seed)) as Question;

describe('written maker', () => {
  it('true/false as written, with the skill the author named; only the version the author wrote', () => {
    const f = fact('wr-everyone');
    expect(writtenMaker.variants(ctx, f)).toEqual({ 'true-false': ['false'] });
    expect(build(f, 'true-false', 'false')).toMatchObject({
      type: 'true-false',
      prompt: 'According to the article, every councillor voted for the plan.',
      answer: false,
      skill: 'inference',
      factKind: 'written',
      sources: [{ factId: 'wr-everyone', evidence: S.voters, paragraph: 3 }],
    });
    expect(writtenMaker.variants(ctx, { ...f, answer: true })).toEqual({ 'true-false': ['true'] });
  });

  it("multiple choice: the answer among the author's options, shuffled; a question mark added to a bare stem", () => {
    const f = fact('wr-debate');
    expect(writtenMaker.variants(ctx, f)).toEqual({ 'multiple-choice': ['1'] });
    const positions = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const q = build(f, 'multiple-choice', '1', `m${i}`);
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('When did residents debate the plan?');
      expect(q.choices[q.answer]).toBe('Before the vote');
      expect([...q.choices].sort()).toEqual([
        'After the vote',
        'Before the vote',
        'In 1998',
        'Once the builders had started',
      ]);
      expect(q.skill).toBe('sequence');
      positions.add(q.answer);
    }
    expect(positions.size).toBeGreaterThan(2);
    const bare = build({ ...f, prompt: 'when did residents debate the plan' }, 'multiple-choice', '1');
    expect(bare.prompt).toBe('When did residents debate the plan?');
  });

  it('short answer: the answer and the other wordings the author accepts', () => {
    const f = fact('wr-who-absent');
    expect(writtenMaker.variants(ctx, f)).toEqual({ 'short-answer': ['1'] });
    expect(build(f, 'short-answer', '1')).toMatchObject({
      prompt: 'Which councillor did not vote at all?',
      answer: 'Finn Moss',
      accept: ['Finn Moss', 'Moss'],
      skill: 'inference',
    });
  });

  it('no question when what the author wrote does not fit the type (too few options, an answer of the wrong sort)', () => {
    const mc = fact('wr-debate');
    expect(writtenMaker.variants(ctx, { ...mc, choices: ['After the vote'] })).toEqual({});
    expect(writtenMaker.variants(ctx, { ...mc, choices: ['After the vote', 'before the vote'] })).toEqual({});
    expect(writtenMaker.variants(ctx, { ...mc, answer: true })).toEqual({});
    expect(writtenMaker.variants(ctx, { ...fact('wr-everyone'), answer: 'no' })).toEqual({});
    expect(writtenMaker.variants(ctx, { ...fact('wr-who-absent'), answer: false })).toEqual({});
    expect(() => build(mc, 'cloze', '1')).toThrow(/no cloze/);
  });
});

describe("a written question's figures in ascending order (trial 330)", () => {
  it('years, figures with one unit, and amounts sort; options of another shape keep the shuffle', () => {
    expect(inNumericOrder(['2009', '1999', '1979', '1959'])).toEqual(['1959', '1979', '1999', '2009']);
    expect(inNumericOrder(['22 feet', '19 feet', '3 feet'])).toEqual(['3 feet', '19 feet', '22 feet']);
    expect(inNumericOrder(['$5 million', '$12 million', '$2.5 million'])).toEqual([
      '$2.5 million',
      '$5 million',
      '$12 million',
    ]);
    expect(inNumericOrder(['1,200', '950', '10,000'])).toEqual(['950', '1,200', '10,000']);
    expect(inNumericOrder(['19 feet', '22 meters'])).toBeUndefined();
    expect(inNumericOrder(['1979', 'the 1980s'])).toBeUndefined();
  });
});
