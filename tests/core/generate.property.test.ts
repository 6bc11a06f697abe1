// Property tests over many seeds. On failure fast-check prints the seed and counterexample path:
// pass them back as fc.assert(..., { seed, path }) to replay exactly that case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minGap } from '../../src/core/distractors.js';
import { allQuestions, generateQuiz } from '../../src/core/generate.js';
import { givesAway } from '../../src/core/giveaway.js';
import { createContext } from '../../src/core/makers/context.js';
import type { QuantityFact, Question } from '../../src/core/types.js';
import { optionsOf } from './fixtures/helpers.js';
import { miniBank } from './fixtures/mini-bank.js';
import { testSize } from '../helpers/test-size.js';

const bank = miniBank();
const ctx = createContext(bank);
const RUNS = testSize(500); // full size under CI=true (tests/helpers/test-size.ts)
const seedArb = fc.string({ maxLength: 24 });

function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

function checkQuestion(q: Question): void {
  const opts = optionsOf(q);
  expect(new Set(opts.map((o) => o.toLowerCase())).size, q.id).toBe(opts.length);
  if (q.type === 'multiple-choice') {
    expect(q.choices.length).toBeGreaterThanOrEqual(3);
    expect(q.answer).toBeGreaterThanOrEqual(0);
    expect(q.answer).toBeLessThan(q.choices.length);
    const fact = bank.facts.find((f) => f.id === q.factId)!;
    if (fact.kind === 'quantity') {
      const values = q.choices.map((c) => Number(c.replace(/,/g, '')));
      expect(values[q.answer]).toBe(fact.value);
      for (let i = 1; i < values.length; i++)
        expect(values[i]! - values[i - 1]!).toBeGreaterThanOrEqual(minGap(fact.value, (fact as QuantityFact).unit));
    }
  }
  if (q.type === 'multi-select') {
    expect(q.answer.length).toBeGreaterThanOrEqual(1);
    expect(q.answer.length).toBeLessThan(q.choices.length);
  }
}

describe('generator properties (mini bank)', () => {
  it('same seed and options: deep-equal and byte-equal JSON, and the bank is not mutated', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 8 }), (seed, count) => {
        const before = JSON.stringify(bank);
        const a = generateQuiz(bank, { seed, count });
        const b = generateQuiz(structuredClone(bank), { seed, count });
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(JSON.stringify(bank)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('prefix-stable: the first N questions of a longer quiz are the quiz of N', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (seed, n, k) => {
        const short = generateQuiz(bank, { seed, count: n }).questions;
        const long = generateQuiz(bank, { seed, count: n + k }).questions;
        expect(long.slice(0, n)).toEqual(short);
      }),
      { numRuns: RUNS },
    );
  });

  it('within a quiz: no fact twice, no giveaway, unique ids, well-formed options', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const qs = generateQuiz(bank, { seed, count: 8 }).questions;
        const facts = qs.flatMap((q) => q.factIds);
        expect(new Set(facts).size).toBe(facts.length);
        expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
        qs.forEach((a, i) =>
          qs.slice(i + 1).forEach((b) => expect(givesAway(ctx, a, b), `${a.id} / ${b.id}`).toBe(false)),
        );
        qs.forEach(checkQuestion);
      }),
      { numRuns: RUNS },
    );
  });

  it('allQuestions is deterministic and well-formed for any seed', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const a = allQuestions(bank, { seed });
        expect(JSON.stringify(allQuestions(bank, { seed }))).toBe(JSON.stringify(a));
        a.forEach(checkQuestion);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fairness over seeds', () => {
  it('the right option of multiple choice sits in each position about equally often', () => {
    // Entity options (shuffled) and numeric options (ascending, split drawn at random) alike.
    // (The mini bank's quotes make no question: too few people shown speaking, no other short quotes.)
    const ids = [
      'reyes-welcomed:multiple-choice:1',
      'lind-against:multiple-choice:1',
      'vehicles:multiple-choice:1',
      'silva-role:multiple-choice:role',
    ];
    const counts = ids.map(() => [0, 0, 0, 0]);
    for (let i = 0; i < 2000; i++) {
      const all = allQuestions(bank, { seed: `pos${i}`, types: ['multiple-choice'] });
      ids.forEach((id, j) => {
        const q = all.find((x) => x.id === id);
        if (q?.type !== 'multiple-choice') throw new Error(`no ${id}`);
        counts[j]![q.answer]! += 1;
      });
    }
    // df = 3; 16.3 is the 0.1% point. A fixed position scores 6000.
    ids.forEach((id, j) => expect(chiSquare(counts[j]!), `${id}: ${counts[j]!.join(' ')}`).toBeLessThan(16.3));
  });

  it('true/false questions are true about half the time', () => {
    let t = 0;
    let n = 0;
    for (let i = 0; i < 1000; i++) {
      // The mini bank's four statements are its only true/false (no quantity, set or quote true/false).
      for (const q of generateQuiz(bank, { seed: `tf${i}`, count: 4, types: ['true-false'] }).questions) {
        if (q.type !== 'true-false') throw new Error('type');
        n++;
        if (q.answer) t++;
      }
    }
    expect(n).toBe(4000);
    expect(t / n).toBeGreaterThan(0.45);
    expect(t / n).toBeLessThan(0.55);
  });

  it('a question depends only on the seed and itself, not on what came before it', () => {
    // The same fact and type asked in two different quizzes of one seed comes out identical, except that
    // true or false is the quiz's coin: a true/false question is identical when the coin fell alike.
    let compared = 0;
    let tfCompared = 0;
    for (let i = 0; i < 50; i++) {
      const seed = `own${i}`;
      const a = generateQuiz(bank, { seed, count: 8 }).questions;
      const b = generateQuiz(bank, {
        seed,
        count: 6,
        types: ['multiple-choice', 'true-false', 'numeric', 'cloze', 'short-answer'],
      }).questions;
      for (const q of b) {
        const same = a.find((x) => x.id === q.id);
        if (!same || q.type === 'matching' || q.type === 'ordering') continue;
        if (q.type === 'true-false' && same.answer !== q.answer) continue;
        expect(same).toEqual(q);
        compared++;
        if (q.type === 'true-false') tfCompared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(tfCompared).toBeGreaterThan(5);
  });
});
