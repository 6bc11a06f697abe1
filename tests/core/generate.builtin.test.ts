// The rules again, on the real built-in bank (60 facts of every kind) rather than the mini fixture.
// The 500-seed properties run at full size in CI (tests/helpers/test-size.ts).
// On failure fast-check prints the seed and path: pass them back as fc.assert(..., { seed, path }).
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minGap } from '../../src/core/distractors.js';
import { allQuestions, generateQuiz, questionTypesForFact } from '../../src/core/generate.js';
import { givesAway } from '../../src/core/giveaway.js';
import { createContext } from '../../src/core/makers/context.js';
import { quizSchema } from '../../src/core/schemas.js';
import type { Question } from '../../src/core/types.js';
import { bankOrThrow, parseBankFile } from '../../src/io/parse-bank.js';
import { optionsOf, TEACHER_PROMPT } from './fixtures/helpers.js';
import { testSize } from '../helpers/test-size.js';

const bank = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
const pristine = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
const ctx = createContext(bank);
// ajv's default export is a class at run time; its typings do not say so under NodeNext.
const Ajv = Ajv2020 as unknown as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
const validQuiz = new Ajv({ discriminator: true, strict: false, allErrors: true }).compile(quizSchema);

function wellFormed(q: Question): void {
  expect(q.prompt, q.id).toMatch(TEACHER_PROMPT);
  const opts = optionsOf(q);
  // Printed text uses typographic quotes and apostrophes, like the article.
  for (const text of [q.prompt, ...opts]) expect(text, q.id).not.toMatch(/["']/);
  expect(new Set(opts.map((o) => o.toLowerCase())).size, q.id).toBe(opts.length);
  if (q.type === 'multiple-choice') {
    expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
    expect(q.choices.length, q.id).toBeLessThanOrEqual(4);
    const fact = bank.facts.find((f) => f.id === q.factId)!;
    if (fact.kind === 'quantity') {
      const values = q.choices.map((c) => Number(c.replace(/,/g, '')));
      expect(values[q.answer]).toBe(fact.value);
      for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!, q.id).toBeGreaterThanOrEqual(minGap(fact.value, fact.unit));
    }
  }
}

describe('generator on the built-in bank', () => {
  it('quizzes follow the quiz schema, whatever the seed, count and --all', () => {
    for (const [seed, count] of [['demo', 12], ['a', 1], ['b', 30]] as const) {
      const quiz = generateQuiz(bank, { seed, count });
      expect(validQuiz(quiz), JSON.stringify(validQuiz.errors)).toBe(true);
    }
    expect(validQuiz(generateQuiz(bank, { seed: 'x', count: 'all' })), JSON.stringify(validQuiz.errors)).toBe(true);
  });

  it('every fact of the bank feeds at least two question types', () => {
    const thin = bank.facts.filter((f) => questionTypesForFact(bank, f).length < 2).map((f) => f.id);
    expect(thin).toEqual([]);
  });

  it('over 500 seeds: deterministic, no fact twice, no giveaway, well-formed, at least 6 types in 12', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (seed) => {
        const quiz = generateQuiz(bank, { seed, count: 12 });
        expect(JSON.stringify(generateQuiz(bank, { seed, count: 12 }))).toBe(JSON.stringify(quiz));
        const qs = quiz.questions;
        const facts = qs.flatMap((q) => q.factIds);
        expect(new Set(facts).size).toBe(facts.length);
        qs.forEach((a, i) => qs.slice(i + 1).forEach((b) => expect(givesAway(ctx, a, b), `${a.id} / ${b.id}`).toBe(false)));
        qs.forEach(wellFormed);
        expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
      }),
      { numRuns: testSize(500) },
    );
  });

  it('over 500 seeds: prefix-stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 10 }), (seed, n, k) => {
        expect(generateQuiz(bank, { seed, count: n + k }).questions.slice(0, n)).toEqual(generateQuiz(bank, { seed, count: n }).questions);
      }),
      { numRuns: testSize(500) },
    );
  });

  it('true/false is true about half the time; the right option is spread evenly', () => {
    let t = 0;
    let n = 0;
    const positions = [0, 0, 0, 0];
    for (let i = 0; i < 500; i++) {
      for (const q of generateQuiz(bank, { seed: `fair${i}`, count: 20 }).questions) {
        if (q.type === 'true-false') {
          n++;
          if (q.answer) t++;
        }
        if (q.type === 'multiple-choice' && q.choices.length === 4) positions[q.answer]! += 1;
      }
    }
    expect(n).toBeGreaterThan(500);
    expect(t / n).toBeGreaterThan(0.42);
    expect(t / n).toBeLessThan(0.58);
    const total = positions.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(400);
    for (const p of positions) expect(Math.abs(p / total - 0.25), positions.join(' ')).toBeLessThan(0.05);
  });

  it('allQuestions: every question well-formed; its variants cover true and false versions', () => {
    const all = allQuestions(bank, { seed: 'wf' });
    all.forEach(wellFormed);
    const tf = all.filter((q) => q.type === 'true-false');
    expect(tf.some((q) => q.answer)).toBe(true);
    expect(tf.some((q) => !q.answer)).toBe(true);
  });
});

describe('quizzes made one after another from one bank (worksheet variants, stress)', () => {
  it.each([1, 12])('come out exactly as from a fresh copy of the bank, whatever earlier quizzes (of %i) were and however they were changed', (earlierCount) => {
    const seeds = Array.from({ length: 60 }, (_, i) => `history#${i}`);
    const shared = bankOrThrow(parseBankFile('questions/biden-ukraine.yaml'));
    // One-question quizzes hand out questions before any giveaway check has looked at them.
    const one = seeds.map((seed) => generateQuiz(shared, { seed, count: earlierCount }));
    // A caller scribbling over what it got must not reach the next quiz (questions that draw nothing
    // at random are made once per bank and copied).
    for (const quiz of one) {
      for (const q of quiz.questions) {
        for (const v of Object.values(q)) if (Array.isArray(v)) v.fill(v[0]).push(v[0]);
        (q as { prompt: string }).prompt = 'changed';
      }
    }
    const again = seeds.map((seed) => generateQuiz(shared, { seed, count: 12 }));
    // A fresh copy per quiz: a deep copy of a bank parsed once and never generated from (no cache).
    const fresh = seeds.map((seed) => generateQuiz(structuredClone(pristine), { seed, count: 12 }));
    expect(JSON.stringify(again)).toBe(JSON.stringify(fresh));
    // The same question in two quizzes is two objects.
    const byId = new Map<string, Question>();
    for (const q of again.flatMap((quiz) => quiz.questions)) {
      const seen = byId.get(q.id);
      if (seen) expect(seen).not.toBe(q);
      byId.set(q.id, q);
    }
  });
});
