import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { roleMaker, whatRolePrompt } from '../../../src/core/makers/role.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, RoleFact } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = (id: string, b = bank) => b.facts.find((f) => f.id === id) as RoleFact;

describe('role maker', () => {
  it('asks only for the position the article gives a person, as multiple choice: never "Who is the <role>?", never typed', () => {
    // "Who is the Mayor?" can be answered without the article (and is dated); a typed role cannot be graded fairly.
    for (const r of bank.facts.filter((f): f is RoleFact => f.kind === 'role')) {
      expect(roleMaker.variants(ctx, r), r.id).toEqual({ 'multiple-choice': ['role'] });
    }
    expect(() => roleMaker.build(ctx, fact('silva-role'), 'short-answer', '1', createRng('x'))).toThrow(
      /no short-answer/,
    );
    expect(whatRolePrompt(ctx.entity('ana-silva')!)).toBe(
      'According to the article, what is Ana Silva\u2019s position?',
    );
  });

  it("the person's own role among other roles of the bank, never another of their own; no role twice", () => {
    for (let i = 0; i < 50; i++) {
      const q = roleMaker.build(ctx, fact('okafor-role'), 'multiple-choice', 'role', createRng(`o${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('According to the article, what is Ben Okafor\u2019s position?');
      expect(q.choices[q.answer]).toBe('Council\u2019s treasurer');
      expect([...q.choices].sort()).toEqual([
        'Chair of the transport committee',
        'Council\u2019s treasurer',
        'Head of the opposition',
        'Mayor',
      ]);
      expect(q).toMatchObject({
        skill: 'detail',
        factKind: 'role',
        sources: [{ factId: 'okafor-role', paragraph: 4 }],
      });
    }
    // Finn Moss made a second "the Mayor": still one "Mayor" option, and never for Ana Silva as a wrong one.
    const b = miniBank({
      entities: MINI_BANK_FILE.entities.map((e) => (e.id === 'finn-moss' ? { ...e, role: 'the Mayor' } : e)),
    });
    const c = createContext(b);
    for (let i = 0; i < 50; i++) {
      const q = roleMaker.build(c, fact('silva-role', b), 'multiple-choice', 'role', createRng(`r${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices[q.answer]).toBe('Mayor');
      expect(q.choices.filter((o) => o.toLowerCase() === 'mayor')).toHaveLength(1);
      expect(q.choices).toHaveLength(4);
    }
  });

  it('roles of people only: a role given to an organisation or a country makes no question', () => {
    const b = miniBank({
      facts: [
        ...MINI_BANK_FILE.facts,
        {
          id: 'council-role',
          kind: 'role',
          entity: 'council',
          role: 'owner of the old ferry',
          evidence: 'Traffic on the old ferry has doubled in ten years.',
        },
      ],
    });
    expect(roleMaker.variants(createContext(b), fact('council-role', b))).toEqual({});
  });

  it('no multiple choice with fewer than two other roles to offer (never padded); with one, a claim to judge, true or false', () => {
    const two = miniBank({
      facts: MINI_BANK_FILE.facts.filter((f) => f.kind !== 'role' || f.id === 'silva-role' || f.id === 'okafor-role'),
    });
    const c = createContext(two);
    // Only "Council's treasurer" is left to offer against "Mayor": both versions of one claim, never a choice of two.
    expect(roleMaker.variants(c, fact('silva-role', two))).toEqual({ 'true-false': ['true', 'false'] });
    const truth = roleMaker.build(c, fact('silva-role', two), 'true-false', 'true', createRng('t')) as Question;
    const lie = roleMaker.build(c, fact('silva-role', two), 'true-false', 'false', createRng('f')) as Question;
    expect(truth).toMatchObject({
      type: 'true-false',
      prompt: 'According to the article, Ana Silva\u2019s position is Mayor.',
      answer: true,
      skill: 'detail',
      factKind: 'role',
    });
    expect(lie).toMatchObject({
      type: 'true-false',
      prompt: 'According to the article, Ana Silva\u2019s position is the council\u2019s treasurer.',
      answer: false,
    });
    // The other position is written as the bank writes it (above), not capitalised as an option is: no capital
    // tells the false claim from the true one.
    // Two positions that share a word ("spokeswoman for the ministry", "health ministry spokesman") may both be true.
    const near = miniBank({
      facts: MINI_BANK_FILE.facts
        .filter((f) => f.kind !== 'role' || f.id === 'silva-role' || f.id === 'okafor-role')
        .map((f) => (f.id === 'okafor-role' ? { ...(f as RoleFact), role: 'deputy Mayor' } : f)),
      entities: MINI_BANK_FILE.entities.map((e) => {
        const { role: _role, ...rest } = e as typeof e & { role?: string };
        return rest;
      }),
    });
    expect(roleMaker.variants(createContext(near), fact('silva-role', near))).toEqual({});
    // With no other position at all, nothing: a claim that can only be true teaches the reader to answer "true".
    const one = miniBank({
      facts: MINI_BANK_FILE.facts.filter((f) => f.kind !== 'role' || f.id === 'silva-role'),
      entities: MINI_BANK_FILE.entities.map((e) => {
        const { role: _role, ...rest } = e as typeof e & { role?: string };
        return rest;
      }),
    });
    expect(roleMaker.variants(createContext(one), fact('silva-role', one))).toEqual({});
  });

  it('no true/false that sets a bare title against a post at a named body ("Wesley Kennedy’s position is President"; trial 287)', () => {
    /** The mini bank with Silva's and Okafor's positions only, as role facts written `silva` and `okafor`. */
    const twoPositions = (silva: string | undefined, okafor: string) =>
      miniBank({
        facts: MINI_BANK_FILE.facts
          .filter((f) => f.kind !== 'role' || f.id === 'silva-role' || f.id === 'okafor-role')
          .map((f) =>
            f.id === 'okafor-role'
              ? { ...(f as RoleFact), role: okafor }
              : f.id === 'silva-role' && silva
                ? { ...(f as RoleFact), role: silva }
                : f,
          ),
        entities: MINI_BANK_FILE.entities.map((e) => {
          const { role: _role, ...rest } = e as typeof e & { role?: string };
          return rest;
        }),
      });
    const swaps = (b: ReturnType<typeof miniBank>, id: string) => roleMaker.variants(createContext(b), fact(id, b));
    const two = twoPositions(undefined, 'principal of the Riverside Institute');
    expect(swaps(two, 'silva-role')).toEqual({});
    expect(swaps(two, 'okafor-role')).toEqual({});
    // Two posts both said with where ("lead researcher on the project", "professor ... at Duke University"; trial 299).
    const posts = twoPositions('lead researcher on the project', 'professor of anthropology at Duke University');
    expect(swaps(posts, 'silva-role')).toEqual({ 'true-false': ['true', 'false'] });
    // "adviser on foreign policy" says on what, not where: a post as bare as "Mayor" (the third review).
    expect(swaps(twoPositions(undefined, 'adviser on foreign policy'), 'silva-role')).toEqual({
      'true-false': ['true', 'false'],
    });
  });
});
