import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/makers/context.js';
import { negatedPrompt, setMaker } from '../../../src/core/makers/set.js';
import { createRng } from '../../../src/core/rng.js';
import type { Question, SetFact } from '../../../src/core/types.js';
import { miniBank, MINI_BANK_FILE } from '../fixtures/mini-bank.js';

const bank = miniBank();
const ctx = createContext(bank);
const fact = bank.facts.find((f) => f.id === 'voted-for') as SetFact;
const MEMBERS = ['Ben Okafor', 'Carla Reyes', 'Dan Weiss'];
const build = (type: Question['type'], variant: string, seed: string) =>
  setMaker.build(ctx, fact, type, variant, createRng(seed)) as Question;

describe('set maker', () => {
  it('multi-select: right answers are exactly the members shown, with at least one non-member; 2 points', () => {
    for (let i = 0; i < 200; i++) {
      const q = build('multi-select', '1', `ms${i}`);
      if (q.type !== 'multi-select') throw new Error('type');
      expect(q.prompt).toBe('Which of these voted for the plan? Select all that apply.');
      expect(q.points).toBe(2);
      expect(new Set(q.choices).size).toBe(q.choices.length);
      const right = q.choices.filter((c) => MEMBERS.includes(c));
      expect(q.answer.map((j) => q.choices[j])).toEqual(right);
      expect(right.length).toBeGreaterThanOrEqual(1);
      expect(q.choices.length - right.length).toBeGreaterThanOrEqual(1);
      expect(q.choices.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('"Which of these ...?": one member; when the bank lists non-members, only those are offered', () => {
    for (let i = 0; i < 100; i++) {
      const q = build('multiple-choice', 'member', `m${i}`);
      if (q.type !== 'multiple-choice') throw new Error('type');
      // Two listed non-members: three options, never padded with Ana Silva, whom the list does not rule out.
      expect([...q.choices].sort()).toEqual(['Eva Lind', 'Finn Moss', q.choices[q.answer]].sort());
      expect(MEMBERS).toContain(q.choices[q.answer]);
      expect(q.negated).toBeUndefined();
    }
  });

  it("without a list of non-members, other entities of the members' kind are the outsiders", () => {
    const open: SetFact = { ...fact, nonMembers: undefined };
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const q = setMaker.build(ctx, open, 'multiple-choice', 'member', createRng(`o${i}`)) as Question;
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.choices).toHaveLength(4);
      expect(q.choices.filter((c) => MEMBERS.includes(c))).toEqual([q.choices[q.answer]]);
      q.choices.forEach((c) => seen.add(c));
    }
    expect(seen).toEqual(new Set([...MEMBERS, 'Ana Silva', 'Eva Lind', 'Finn Moss']));
  });

  it('"Which of these did NOT ...?": negated, NOT in capitals, the answer is the only non-member', () => {
    for (let i = 0; i < 100; i++) {
      const q = build('multiple-choice', 'not', `n${i}`);
      if (q.type !== 'multiple-choice') throw new Error('type');
      expect(q.prompt).toBe('Which of these did NOT vote for the plan?');
      expect(q.negated).toBe(true);
      expect(MEMBERS).not.toContain(q.choices[q.answer]);
      expect(q.choices.filter((c) => !MEMBERS.includes(c))).toHaveLength(1);
    }
  });

  it('no true/false: one name of a list is a coin toss of recall, not reading', () => {
    const v = setMaker.variants(ctx, fact);
    expect(v['true-false']).toBeUndefined();
    expect(Object.keys(v).sort()).toEqual(['multi-select', 'multiple-choice']);
    expect(() => build('true-false', 'true-dan-weiss', 'x')).toThrow();
  });

  it('multi-select only with two wrong options or more: with one, "all but the odd one out" answers it', () => {
    const oneOut: SetFact = { ...fact, nonMembers: ['eva-lind'] };
    expect(setMaker.variants(ctx, oneOut)['multi-select']).toBeUndefined();
    expect(setMaker.variants(ctx, fact)['multi-select']).toEqual(['1']);
    for (let i = 0; i < 100; i++) {
      const q = build('multi-select', '1', `two${i}`);
      if (q.type !== 'multi-select') throw new Error('type');
      expect(q.choices.filter((c) => !MEMBERS.includes(c)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a set whose members are every entity of their kind makes no question (nothing to contrast)', () => {
    const people = MINI_BANK_FILE.entities.filter((e) => e.kind === 'person').map((e) => e.id);
    const all: SetFact = { ...fact, members: people, nonMembers: [] };
    expect(setMaker.variants(ctx, all)).toEqual({});
  });

  it('negates the usual verb phrases in plain English', () => {
    expect(negatedPrompt('took part in the videoconference')).toBe(
      'Which of these did NOT take part in the videoconference?',
    );
    expect(negatedPrompt('participated in the meeting')).toBe('Which of these did NOT participate in the meeting?');
    expect(negatedPrompt('were present')).toBe('Which of these were NOT present?');
    expect(negatedPrompt('backed the plan')).toBe('Which of these did NOT back the plan?');
    expect(negatedPrompt('figured in the demand')).toBe('Which of these did NOT figure in the demand?');
    expect(negatedPrompt('lobbied for the plan')).toBe('Which of these is NOT among those who lobbied for the plan?');
  });
});
