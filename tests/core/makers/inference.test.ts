import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { inferenceMaker } from '../../../src/core/makers/inference.js';
import { createRng } from '../../../src/core/rng.js';
import type { InferenceFact, Question } from '../../../src/core/types.js';
import { readingBank, S } from '../fixtures/reading-bank.js';

const bank = readingBank();
const ctx = createContext(bank);
const fact = (id: string) => bank.facts.find((f) => f.id === id) as InferenceFact;

describe('inference maker', () => {
  it("the author's question, the supported answer among the unsupported ones; skill inference", () => {
    const f = fact('inf-started');
    const positions = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const q = inferenceMaker.build(ctx, f, 'multiple-choice', '1', createRng(`i${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Has work on the bridge already started?');
      expect(q.choices[q.answer]).toBe('No: builders will start work in the spring.');
      expect([...q.choices].sort()).toEqual([f.answer, ...f.wrong].map((t) => `${t}.`).sort());
      expect(q).toMatchObject({
        skill: 'inference',
        factKind: 'inference',
        sources: [{ factId: 'inf-started', evidence: S.builders, paragraph: 6 }],
      });
      positions.add(q.answer);
    }
    expect(positions.size).toBeGreaterThan(2);
  });

  it('at most three wrong answers; two are enough', () => {
    const q = inferenceMaker.build(ctx, fact('inf-costs'), 'multiple-choice', '1', createRng('two')) as Question;
    if (q.type !== 'multiple-choice') throw new Error('type');
    expect(q.choices).toHaveLength(3);
    const many: InferenceFact = { ...fact('inf-costs'), wrong: ['a', 'b', 'c', 'd', 'e'] };
    const m = inferenceMaker.build(ctx, many, 'multiple-choice', '1', createRng('many')) as Question;
    if (m.type !== 'multiple-choice') throw new Error('type');
    expect(m.choices).toHaveLength(4);
  });

  it('a question only with two distinct wrong answers (a repeat of the answer does not count)', () => {
    expect(inferenceMaker.variants(ctx, fact('inf-costs'))).toEqual({ 'multiple-choice': ['1'] });
    const f = fact('inf-costs');
    expect(inferenceMaker.variants(ctx, { ...f, wrong: [f.wrong[0]!, f.answer.toUpperCase()] })).toEqual({});
    expect(inferenceMaker.variants(ctx, { ...f, wrong: [f.wrong[0]!, f.wrong[0]!] })).toEqual({});
    expect(() => inferenceMaker.build(ctx, f, 'short-answer', '1', createRng('x'))).toThrow(/no short-answer/);
  });
});
