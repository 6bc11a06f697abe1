import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { acceptNames, roleMaker, whoIsPrompt } from '../../../src/core/makers/role.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, RoleFact } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as RoleFact;

describe('role maker', () => {
  it('"Who is the ...?": the holder among other people, none of whom the bank gives the same role', () => {
    // Finn Moss is made a second "Mayor": he would be a second right answer.
    const b = miniBank({ entities: MINI_BANK_FILE.entities.map((e) => (e.id === 'finn-moss' ? { ...e, role: 'the Mayor' } : e)) });
    const c = createContext(b);
    for (let i = 0; i < 100; i++) {
      const q = roleMaker.build(c, fact('silva-role', b), 'multiple-choice', 'who', createRng(`r${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Who is the Mayor?');
      expect(q.choices[q.answer]).toBe('Ana Silva');
      expect(q.choices).not.toContain('Finn Moss');
      expect(q.choices).toHaveLength(4);
    }
  });

  it('"What role does the article give X?": other roles of the bank, never another of X\'s own', () => {
    for (let i = 0; i < 50; i++) {
      const q = roleMaker.build(ctx, fact('okafor-role'), 'multiple-choice', 'role', createRng(`o${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('What role does the article give Ben Okafor?');
      expect(q.choices[q.answer]).toBe('Council\u2019s treasurer');
      expect([...q.choices].sort()).toEqual(['Chair of the transport committee', 'Council\u2019s treasurer', 'Head of the opposition', 'Mayor']);
    }
  });

  it('short answer: the name, accepting aliases but not one that merely restates the role', () => {
    expect(whoIsPrompt("the council's treasurer")).toBe('Who is the council\u2019s treasurer?');
    const q = roleMaker.build(ctx, fact('silva-role'), 'short-answer', '1', createRng('x')) as Question;
    expect(q).toMatchObject({ prompt: 'Who is the Mayor?', answer: 'Ana Silva', accept: ['Ana Silva', 'Mayor Ana Silva', 'Silva'] });
    expect(acceptNames({ id: 'a', kind: 'person', name: 'Ana Silva', aliases: ['the Mayor', 'Silva'] }, 'Mayor')).toEqual(['Ana Silva', 'Silva']);
  });
});
