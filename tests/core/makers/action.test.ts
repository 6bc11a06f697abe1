import { describe, expect, it } from 'vitest';
import { actionMaker } from '../../../src/core/makers/action.js';
import { createContext } from '../../../src/core/makers/context.js';
import { createRng } from '../../../src/core/rng.js';
import type { ActionFact, Question } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as ActionFact;

describe('action maker', () => {
  it('"Who ...?" as multiple choice: the actor among others of the same kind', () => {
    for (let i = 0; i < 50; i++) {
      const q = actionMaker.build(ctx, fact('lind-against'), 'multiple-choice', '1', createRng(`a${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Who voted against the plan?');
      expect(q.choices[q.answer]).toBe('Eva Lind');
      expect(q.choices).toHaveLength(4);
    }
  });

  it('no multiple choice when the kind has too few other entities (never padded); true/false and short answer remain', () => {
    expect(Object.keys(actionMaker.variants(ctx, fact('council-voted'))).sort()).toEqual(['short-answer', 'true-false']);
  });

  it('true/false with a swapped actor; short answer accepts the name and aliases', () => {
    const f = actionMaker.build(ctx, fact('council-voted'), 'true-false', 'false', createRng('t')) as Question;
    expect(f).toMatchObject({ prompt: 'Regional government of Westmark voted on Tuesday to build a new bridge over the Alder river.', answer: false });
    const s = actionMaker.build(ctx, fact('council-voted'), 'short-answer', '1', createRng('t')) as Question;
    expect(s).toMatchObject({ answer: 'Riverton town council', accept: ['Riverton town council', 'the council'] });
  });

  it('a swapped actor is never one the action itself names', () => {
    const b = miniBank({
      facts: [...MINI_BANK_FILE.facts, { id: 'lind-criticised', kind: 'action', actor: 'eva-lind', action: 'criticised Ben Okafor and Dan Weiss', evidence: 'Councillor Eva Lind voted against it, and Councillor Finn Moss was absent.' }],
    });
    const c = createContext(b);
    for (let i = 0; i < 100; i++) {
      const tf = actionMaker.build(c, fact('lind-criticised', b), 'true-false', 'false', createRng(`n${i}`)) as Question;
      expect(tf.prompt).toMatch(/^(Ana Silva|Carla Reyes|Finn Moss) criticised Ben Okafor and Dan Weiss\.$/);
    }
  });

  it('whoever else the bank says did the same is never a wrong option, and is accepted as typed answer', () => {
    const b = miniBank({
      facts: [...MINI_BANK_FILE.facts, { id: 'moss-against', kind: 'action', actor: 'finn-moss', action: 'voted against the plan', evidence: 'Councillor Eva Lind voted against it, and Councillor Finn Moss was absent.' }],
    });
    const c = createContext(b);
    for (let i = 0; i < 50; i++) {
      const q = actionMaker.build(c, fact('lind-against', b), 'multiple-choice', '1', createRng(`d${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices).not.toContain('Finn Moss');
      const tf = actionMaker.build(c, fact('lind-against', b), 'true-false', 'false', createRng(`d${i}`)) as Question;
      expect(tf.prompt.startsWith('Finn Moss')).toBe(false);
    }
    const s = actionMaker.build(c, fact('lind-against', b), 'short-answer', '1', createRng('s')) as Question;
    expect(s).toMatchObject({ answer: 'Eva Lind', accept: ['Eva Lind', 'Lind', 'Finn Moss'] });
  });
});
