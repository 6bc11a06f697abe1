// Over random valid banks and random seeds: the generator never throws except the documented
// ReadquizError for an impossible request, is deterministic and prefix-stable, and every quiz keeps the
// fairness rules `readquiz stress` checks (no duplicate option, no alias of the answer among the wrong
// options, numbers in ascending order, indices in range, verbatim evidence, no fact asked twice) and the
// composition rules (one question per sentence, one role question, orderings of events in time order,
// a spare option in every matching, a skill on every question).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSentence } from '../../src/core/article.js';
import { ReadquizError } from '../../src/core/errors.js';
import { allQuestions, generateQuiz } from '../../src/core/generate.js';
import { optionNumber, stressBank } from '../../src/core/stress.js';
import { foldForMatch } from '../../src/core/text.js';
import { asItem } from '../../src/core/makers/context.js';
import {
  FACT_KINDS,
  QUESTION_TYPES,
  SKILLS,
  type Bank,
  type EventFact,
  type Question,
  type QuestionType,
  type Quiz,
} from '../../src/core/types.js';
import { bankArb } from './bank-arbitrary.js';
import { testSize } from '../helpers/test-size.js';

const seedArb = fc.string({ minLength: 0, maxLength: 12 });
const typesArb = fc.option(fc.subarray([...QUESTION_TYPES], { minLength: 1 }), { nil: undefined });
const RUNS = { numRuns: testSize(150) }; // full size under CI=true (tests/helpers/test-size.ts)

/** The documented ways a valid bank can refuse a request. */
const IMPOSSIBLE = /can make only \d+ questions?|cannot make any/;

function tryGenerate(bank: Bank, seed: string, count: number | 'all', types?: QuestionType[]): Quiz | undefined {
  try {
    return generateQuiz(bank, { seed, count, types });
  } catch (err) {
    if (err instanceof ReadquizError && IMPOSSIBLE.test(err.message)) return undefined;
    throw err;
  }
}

const norm = (s: string) => foldForMatch(s).toLowerCase();

function entityOf(bank: Bank, text: string) {
  return bank.entities.find((e) => [e.name, ...(e.aliases ?? [])].some((n) => norm(n) === norm(text)));
}

/** Every rule one quiz must keep, as assertions with the question in the message. */
function checkQuestion(bank: Bank, q: Question) {
  const where = `${q.id}: ${q.prompt}`;
  expect(
    bank.facts.map((f) => f.id),
    where,
  ).toEqual(expect.arrayContaining(q.factIds));
  expect(q.factIds[0], where).toBe(q.factId);
  expect(q.prompt.trim().length, where).toBeGreaterThan(0);
  // Every source is one sentence of the article, verbatim, with its own paragraph; one per fact used.
  expect(q.sources.map((s) => s.factId).sort(), where).toEqual([...q.factIds].sort());
  for (const s of q.sources) {
    const found = findSentence(bank.articleText, s.evidence);
    expect(found?.sentence, `${where}: ${s.evidence}`).toBe(s.evidence);
    expect(s.paragraph, where).toBe(found!.paragraph);
  }
  expect(q.evidence, where).toBe(q.sources[0]!.evidence);
  expect(q.paragraph, where).toBe(q.sources[0]!.paragraph);
  expect(SKILLS, where).toContain(q.skill);
  const distinct = (items: readonly string[]) =>
    expect(new Set(items.map(norm)).size, `${where}: ${items.join(' | ')}`).toBe(items.length);
  switch (q.type) {
    case 'multiple-choice': {
      expect(q.choices.length, where).toBeGreaterThanOrEqual(2);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, where).toBe(true);
      distinct(q.choices);
      const answer = entityOf(bank, q.choices[q.answer]!);
      if (answer)
        q.choices.forEach(
          (c, i) => i !== q.answer && expect(entityOf(bank, c)?.id, `${where}: "${c}"`).not.toBe(answer.id),
        );
      const nums = q.choices.map(optionNumber);
      if (nums.every((n) => n !== undefined))
        for (let i = 1; i < nums.length; i++) expect(nums[i]!, where).toBeGreaterThan(nums[i - 1]!);
      break;
    }
    case 'multi-select':
      distinct(q.choices);
      expect(q.answer.length, where).toBeGreaterThan(0);
      for (const i of q.answer) expect(i >= 0 && i < q.choices.length, where).toBe(true);
      expect(new Set(q.answer).size, where).toBe(q.answer.length);
      break;
    case 'true-false':
      expect(typeof q.answer, where).toBe('boolean');
      break;
    case 'numeric':
      expect(Number.isFinite(q.answer) && q.tolerance >= 0, where).toBe(true);
      break;
    case 'short-answer':
    case 'cloze':
      expect(q.answer.trim().length, where).toBeGreaterThan(0);
      expect(q.accept.map(norm), where).toContain(norm(q.answer));
      break;
    case 'matching':
      distinct(q.left);
      distinct(q.right);
      // A spare option on the right: the last pair never comes free.
      expect(q.right.length, where).toBeGreaterThan(q.left.length);
      expect(q.answer.length, where).toBe(q.left.length);
      expect(new Set(q.answer).size, where).toBe(q.answer.length);
      for (const r of q.answer) expect(r >= 0 && r < q.right.length, where).toBe(true);
      // Who did what: three actors, four actions, never roles.
      expect([q.left.length, q.right.length], where).toEqual([3, 4]);
      for (const id of q.factIds) expect(bank.facts.find((f) => f.id === id)!.kind, where).toBe('action');
      break;
    case 'ordering': {
      distinct(q.items);
      expect(
        [...q.answer].sort((a, b) => a - b),
        where,
      ).toEqual(q.items.map((_, i) => i));
      // Events only, and the answer is their time order.
      const events = q.factIds.map((id) => bank.facts.find((f) => f.id === id)!);
      for (const e of events) expect(e.kind, where).toBe('event');
      const orders = q.answer.map(
        (j) => (events.find((e) => e.kind === 'event' && asItem(e.text) === q.items[j]) as EventFact).order,
      );
      expect(orders, where).toEqual([...orders].sort((a, b) => a - b));
      expect(new Set(orders).size, where).toBe(orders.length);
      break;
    }
  }
}

describe('the random-bank arbitrary', () => {
  it('covers every fact kind and every question type across a sample (else the properties prove little)', () => {
    const kinds = new Set<string>();
    const types = new Set<string>();
    for (const bank of fc.sample(bankArb, { numRuns: 150, seed: 42 })) {
      for (const f of bank.facts) kinds.add(f.kind);
      for (const q of allQuestions(bank, { seed: 's' })) types.add(q.type);
    }
    expect([...kinds].sort()).toEqual([...FACT_KINDS].sort());
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });
});

describe('generator over random valid banks', () => {
  it('never throws but the documented impossible-request error; every question keeps the rules', () => {
    fc.assert(
      fc.property(bankArb, seedArb, fc.integer({ min: 1, max: 15 }), typesArb, (bank, seed, count, types) => {
        const quiz = tryGenerate(bank, seed, count, types);
        if (!quiz) return;
        expect(quiz.questions).toHaveLength(count);
        expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(count);
        if (types) for (const q of quiz.questions) expect(types).toContain(q.type);
        // No fact is asked twice in one quiz, no sentence either, and one role question at most.
        const facts = quiz.questions.flatMap((q) => q.factIds);
        expect(new Set(facts).size).toBe(facts.length);
        const sentences = quiz.questions.flatMap((q) => [...new Set(q.sources.map((s) => s.evidence))]);
        expect(new Set(sentences).size).toBe(sentences.length);
        expect(quiz.questions.filter((q) => q.factKind === 'role').length).toBeLessThanOrEqual(1);
        for (const q of quiz.questions) checkQuestion(bank, q);
      }),
      RUNS,
    );
  });

  it('--all: every question the bank can make keeps the rules, and a bank with a question never refuses', () => {
    fc.assert(
      fc.property(bankArb, seedArb, (bank, seed) => {
        const all = allQuestions(bank, { seed });
        for (const q of all) checkQuestion(bank, q);
        const quiz = tryGenerate(bank, seed, 'all');
        expect(quiz === undefined).toBe(all.length === 0);
        if (all.length > 0) expect(tryGenerate(bank, seed, 1)).toBeDefined();
      }),
      RUNS,
    );
  });

  it('is deterministic and prefix-stable for any seed', () => {
    fc.assert(
      fc.property(
        bankArb,
        seedArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (bank, seed, n, k) => {
          const a = tryGenerate(bank, seed, n);
          expect(tryGenerate(bank, seed, n)).toEqual(a);
          const longer = tryGenerate(bank, seed, n + k);
          if (a && longer) expect(longer.questions.slice(0, n)).toEqual(a.questions);
        },
      ),
      RUNS,
    );
  });

  it('the stress rules that need no statistics hold on random banks (50 seeds each)', () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        const possible = allQuestions(bank, { seed: 'p' }).length;
        if (possible === 0) return;
        const report = stressBank(bank, { seeds: 50, count: 1 });
        for (const id of ['duplicate-options', 'option-is-answer', 'numeric-order']) {
          const r = report.rules.find((x) => x.id === id)!;
          expect(r.status, `${id}: ${r.detail} ${r.examples.join('; ')}`).not.toBe('fail');
        }
        const errors = report.rules.find((x) => x.id === 'generation-errors')!;
        for (const e of errors.examples) expect(e).toMatch(IMPOSSIBLE);
      }),
      { numRuns: 40 },
    );
  });
});
