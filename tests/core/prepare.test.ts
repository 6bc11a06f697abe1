// prepareBank: the bank's indexes and plan worked out once, frozen, and giving exactly the quizzes the
// plain bank gives. Plan data stored beside a bank (the build's precompiled plan) is used only when it
// lines up with the bank's facts.
import { describe, expect, it } from 'vitest';
import { allQuestions, generateQuiz } from '../../src/core/generate.js';
import { exportPlan, isPrepared, prepareBank, type BankPlanData } from '../../src/core/prepare.js';
import { bankOrThrow, parseBankFile } from '../../src/io/parse-bank.js';
import { miniBank } from './fixtures/mini-bank.js';
import { readingBank } from './fixtures/reading-bank.js';

const builtin = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
const SEEDS = Array.from({ length: 40 }, (_, i) => `prep${i}`);

describe('prepareBank', () => {
  it("returns a frozen bank: the bank, its indexes and every fact's plan cannot be changed", () => {
    const plain = readingBank();
    const prepared = prepareBank(plain);
    expect(isPrepared(prepared)).toBe(true);
    expect(isPrepared(plain)).toBe(false);
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(Object.isFrozen(prepared.prepared)).toBe(true);
    expect(Object.isFrozen(prepared.prepared.plans)).toBe(true);
    for (const plan of prepared.prepared.plans) expect(Object.isFrozen(plan), plan.fact.id).toBe(true);
    expect(() => {
      (prepared as { id: string }).id = 'changed';
    }).toThrow(TypeError);
    expect(() => (prepared.prepared.plans as unknown[]).push({})).toThrow(TypeError);
    expect(prepared.id).toBe('reading');
    // The bank handed in is left as it was: not frozen, not given a `prepared`.
    expect(Object.isFrozen(plain)).toBe(false);
    expect(plain).not.toHaveProperty('prepared');
  });

  it('one plan per fact, in bank order, each naming the article sentence its fact rests on', () => {
    const plain = readingBank();
    const { plans, ctx } = prepareBank(plain).prepared;
    expect(plans.map((p) => p.fact.id)).toEqual(plain.facts.map((f) => f.id));
    for (const p of plans) expect(p.sentence).toBe(ctx.sentence(p.fact.evidence).sentence);
    const gist = plans.find((p) => p.fact.id === 'gist')!;
    expect(gist.single).toEqual({ 'multiple-choice': ['1'] });
    expect(plans.find((p) => p.fact.id === 'ev-road')!.groups).toEqual(['ordering']);
  });

  it('preparing a prepared bank returns it unchanged', () => {
    const prepared = prepareBank(miniBank());
    expect(prepareBank(prepared)).toBe(prepared);
    // A plan handed in for an already prepared bank changes nothing.
    expect(prepareBank(prepared, { facts: [] })).toBe(prepared);
  });

  it('a copy of a prepared bank with other facts is prepared afresh, never served the old plans', () => {
    const prepared = prepareBank(readingBank());
    const fewer = { ...prepared, facts: prepared.facts.filter((f) => f.id !== 'gist') };
    expect(isPrepared(fewer)).toBe(false);
    const quiz = generateQuiz(fewer, { seed: 'copy', count: 'all' });
    expect(quiz.questions.some((q) => q.factIds.includes('gist'))).toBe(false);
    expect(quiz).toEqual(generateQuiz(readingBank({ facts: fewer.facts }), { seed: 'copy', count: 'all' }));
    // Other entities or another article: prepared afresh too.
    expect(isPrepared({ ...prepared, entities: prepared.entities.slice() })).toBe(false);
    expect(isPrepared({ ...prepared, articleText: { ...prepared.articleText } })).toBe(false);
    expect(isPrepared({ ...prepared })).toBe(true);
  });

  it('gives the same quizzes as the plain bank, for any seed, count, types and skills, and --all', () => {
    for (const plain of [miniBank(), readingBank(), builtin]) {
      const prepared = prepareBank(plain);
      for (const seed of SEEDS) {
        expect(generateQuiz(prepared, { seed, count: 8 }), `${plain.id} ${seed}`).toEqual(
          generateQuiz(plain, { seed, count: 8 }),
        );
      }
      expect(generateQuiz(prepared, { seed: 'x', count: 4, types: ['true-false', 'multiple-choice'] })).toEqual(
        generateQuiz(plain, { seed: 'x', count: 4, types: ['true-false', 'multiple-choice'] }),
      );
      expect(allQuestions(prepared, { seed: 'all' })).toEqual(allQuestions(plain, { seed: 'all' }));
    }
    const prepared = prepareBank(builtin);
    expect(generateQuiz(prepared, { seed: 's', count: 3, skills: ['stance', 'inference'] })).toEqual(
      generateQuiz(builtin, { seed: 's', count: 3, skills: ['stance', 'inference'] }),
    );
  });

  it('one prepared bank serves quiz after quiz: no state carried from one to the next', () => {
    const prepared = prepareBank(builtin);
    const first = SEEDS.map((seed) => generateQuiz(prepared, { seed, count: 10 }));
    // Other banks and other options in between.
    generateQuiz(prepareBank(readingBank()), { seed: 'between', count: 10 });
    generateQuiz(prepared, { seed: 'between', count: 'all' });
    const again = SEEDS.map((seed) => generateQuiz(prepared, { seed, count: 10 }));
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(
      JSON.stringify(
        SEEDS.map((seed) =>
          generateQuiz(bankOrThrow(parseBankFile('questions/biden-ukraine.yaml')), { seed, count: 10 }),
        ),
      ),
    ).toBe(JSON.stringify(first));
  });
});

describe('plan data (exportPlan, as the build stores it)', () => {
  it('round-trips through JSON and gives the same quizzes as preparing from scratch', () => {
    const plan: BankPlanData = JSON.parse(JSON.stringify(exportPlan(builtin)));
    expect(plan.facts.map((f) => f.id)).toEqual(builtin.facts.map((f) => f.id));
    const fromPlan = prepareBank(bankOrThrow(parseBankFile('questions/biden-ukraine.yaml')), plan);
    for (const seed of SEEDS)
      expect(generateQuiz(fromPlan, { seed, count: 10 })).toEqual(generateQuiz(builtin, { seed, count: 10 }));
  });

  it('is used when it lines up with the facts (same ids, same order)', () => {
    const plain = readingBank();
    // A plan that says no fact can make anything but true/false: followed, so it was used.
    const onlyTf: BankPlanData = {
      facts: exportPlan(plain).facts.map((f) => ({
        id: f.id,
        single: f.single['true-false'] ? { 'true-false': f.single['true-false'] } : {},
        groups: [],
      })),
    };
    const quiz = generateQuiz(prepareBank(plain, onlyTf), { seed: 'tf', count: 4 });
    expect(quiz.questions.every((q) => q.type === 'true-false')).toBe(true);
  });

  it('is ignored when it does not line up: a fact more or fewer, or the facts in another order', () => {
    const plain = readingBank();
    const real = exportPlan(plain).facts;
    const bogus = (facts: BankPlanData['facts']): BankPlanData => ({
      facts: facts.map((f) => ({ id: f.id, single: {}, groups: [] })),
    });
    const misaligned = [
      bogus(real.slice(1)),
      bogus([...real, { id: 'extra', single: {}, groups: [] }]),
      bogus([real[1]!, real[0]!, ...real.slice(2)]),
    ];
    for (const plan of misaligned) {
      const prepared = prepareBank(plain, plan);
      // Had the empty plan been used, no question could be made at all.
      for (const seed of SEEDS.slice(0, 10))
        expect(generateQuiz(prepared, { seed, count: 8 })).toEqual(generateQuiz(plain, { seed, count: 8 }));
    }
  });
});
